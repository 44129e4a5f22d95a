/**
 * planInsertion: a template, a language and what the workbook already holds → every write of the
 * new sheet, as plain data. Pure: no Office here, so the whole insertion can be checked in tests,
 * and src/excel/insert.ts applies it in one batch.
 */
import { linkedHeader } from "../templates/linked";
import { YES_NO } from "../templates/text";
import type { Lang, Parameter, TableBlock, Template } from "../templates/types";
import { absoluteCell, cellAddress, columnLetter, rangeAddress } from "./address";
import { NUMBER_FORMATS, widthInPoints } from "./formats";
import { resolveFormula, type FormulaScope, type FormulaStyle } from "./formulas";
import { freeSheetName, freeTableName } from "./freeNames";
import { DESCRIPTION_ROW, layOut, TITLE_ROW, type Layout, type PlacedCell, type PlacedTable } from "./layout";
import { decideNames, homesOf, movedValue, nameSteps, type ExistingName, type NameDecision } from "./parameterNames";
import { summarize, type InsertResult } from "./result";
import { inApplyingOrder, type Step } from "./steps";
import { cellWrite, localized, valueWrite, type CellValue, type CellWrite } from "./values";
import { STYLE, Writer } from "./writer";

export interface InsertOptions {
  /** Write the seeds' example rows; otherwise empty rows with the formulas in place. */
  readonly examples: boolean;
  /** What the user typed for labelled input cells, by key (e.g. agreementNo, or a parameter's key). */
  readonly values?: Readonly<Record<string, string | number>>;
}

export interface PlanOptions extends InsertOptions {
  /** "a1": plain A1 references instead of structured ones, for checking the formulas with an engine that has no tables. */
  readonly formulaStyle?: FormulaStyle;
}

/** What planning needs to know about the workbook; read in one sync. */
export interface WorkbookState {
  readonly sheetNames: readonly string[];
  readonly tableNames: readonly string[];
  readonly names: readonly ExistingName[];
}

/** Where things landed on the new sheet, by template key: table columns' data ("G5:G7") and labelled cells ("K4"). */
export interface PlacedAddresses {
  readonly columns: Readonly<Record<string, string>>;
  readonly cells: Readonly<Record<string, string>>;
}

export interface Plan {
  readonly sheetName: string;
  readonly names: readonly NameDecision[];
  readonly addresses: PlacedAddresses;
  readonly steps: readonly Step[];
  readonly result: InsertResult;
}

export const TABLE_STYLE = "TableStyleMedium2";

/** Text columns at least this wide wrap, so long descriptions stay readable on screen and paper. */
export const WRAP_FROM_WIDTH = 28;

interface Context {
  readonly template: Template;
  readonly lang: Lang;
  readonly options: PlanOptions;
  readonly state: WorkbookState;
  readonly scope: FormulaScope;
  readonly decisions: ReadonlyMap<string, NameDecision>;
}

/** Table names free among the workbook's tables and defined names (one namespace in Excel). */
function chooseTableNames(template: Template, state: WorkbookState): string[] {
  const taken = [...state.tableNames, ...state.names.map((n) => n.name)];
  return template.blocks.flatMap((block) => {
    if (block.kind !== "table") return [];
    const name = freeTableName(block.tableName, taken);
    taken.push(name);
    return [name];
  });
}

function scopeOf(layout: Layout, decisions: readonly NameDecision[], lang: Lang, style: FormulaStyle): FormulaScope {
  const links = (table: string, key: string) => linkedHeader(table, key, lang);
  const columns = layout.tables.flatMap((t) =>
    t.columns.map(
      (c) =>
        [
          c.column.key,
          {
            table: t.name,
            header: c.column.header[lang],
            letter: columnLetter(c.col),
            firstRow: t.firstRow,
            lastRow: t.lastRow,
          },
        ] as const,
    ),
  );
  const cells = [...layout.forms.flatMap((f) => f.cells), ...layout.tables.flatMap((t) => t.side)];
  return {
    style,
    links,
    yesNo: YES_NO[lang],
    columns: new Map(columns),
    cells: new Map(cells.map((c) => [c.cell.key, absoluteCell(c.valueCol, c.row)])),
    names: new Map(decisions.map((d) => [d.parameter, d.name])),
  };
}

function addressesOf(scope: FormulaScope): PlacedAddresses {
  const columns = Object.fromEntries(
    [...scope.columns].map(([key, c]) => [key, `${c.letter}${c.firstRow}:${c.letter}${c.lastRow}`]),
  );
  const cells = Object.fromEntries([...scope.cells].map(([key, address]) => [key, address.replace(/\$/g, "")]));
  return { columns, cells };
}

/** The value a parameter's home cell starts with: the user's, the moved constant's, or the default. */
function parameterValue(p: Parameter, ctx: Context): string | number {
  const typed = ctx.options.values?.[p.key];
  if (typed !== undefined) return typed;
  const moved = ctx.decisions.get(p.key)?.action === "move" ? movedValue(ctx.state.names, p.name) : undefined;
  return moved ?? p.value[ctx.lang];
}

function writeLabelledCells(w: Writer, cells: readonly PlacedCell[], ctx: Context): void {
  for (const { cell, parameter: p, row, labelCol, valueCol } of cells) {
    const label = cellAddress(labelCol, row);
    const address = cellAddress(valueCol, row);
    w.text(labelCol, row, cell.label[ctx.lang]);
    w.push({ kind: "font", address: label, bold: true }, { kind: "fill", address: label, color: STYLE.labelFill });
    const decision = p && ctx.decisions.get(p.key);
    if (cell.formula !== undefined) {
      w.formulas(address, [[resolveFormula(String(localized(cell.formula, ctx.lang)), ctx.scope)]], cell.format);
      w.push({ kind: "font", address, bold: true });
    } else if (decision?.action === "elsewhere") {
      // The name points at another sheet's cell: show its value here rather than a second, unlinked copy.
      w.formulas(address, [[`=${decision.name}`]], cell.format === "text" ? "general" : cell.format);
    } else {
      const value = p
        ? parameterValue(p, ctx)
        : (ctx.options.values?.[cell.key] ?? (ctx.options.examples ? cell.example : undefined));
      w.cell(
        valueCol,
        row,
        value === undefined ? { value: "", format: cell.format } : cellWrite(localized(value, ctx.lang), cell.format),
      );
      w.push({ kind: "fill", address, color: STYLE.inputFill });
    }
    const hint = cell.hint && { title: cell.label[ctx.lang], message: cell.hint[ctx.lang] };
    w.validation(address, cell.formula === undefined ? cell.validation : undefined, hint);
  }
}

function writeTable(w: Writer, table: PlacedTable, ctx: Context): void {
  const { block, headerRow, firstRow, lastRow, firstCol, lastCol } = table;
  if (block.heading && table.headingRow !== null) {
    w.text(firstCol, table.headingRow, block.heading[ctx.lang]);
    w.push({ kind: "font", address: cellAddress(firstCol, table.headingRow), ...STYLE.heading });
  }
  const headers = rangeAddress(firstCol, headerRow, lastCol, headerRow);
  w.push(
    { kind: "numberFormat", address: headers, formats: [table.columns.map(() => NUMBER_FORMATS.text)] },
    { kind: "values", address: headers, values: [table.columns.map((c) => c.column.header[ctx.lang])] },
    {
      kind: "table",
      address: rangeAddress(firstCol, headerRow, lastCol, lastRow),
      name: table.name,
      style: TABLE_STYLE,
    },
  );
  const rows = Array.from({ length: lastRow - firstRow + 1 }, (_, i) => firstRow + i);
  const examples = block.rows ?? (ctx.options.examples ? block.examples : []);
  for (const { column, col } of table.columns) {
    const body = rangeAddress(col, firstRow, col, lastRow);
    const formula = column.formula;
    if (formula !== undefined) {
      w.formulas(
        body,
        rows.map((row) => [resolveFormula(formula, ctx.scope, { row })]),
        column.format,
      );
    } else {
      const writes = rows.map((row, i): CellWrite => {
        const value = examples[i]?.[column.key];
        if (value === undefined) return { value: "", format: column.format };
        // A row's formula (a table that starts with a parameter's value): resolved like a column's.
        if (typeof value === "string" && value.startsWith("="))
          return { value: resolveFormula(value, ctx.scope, { row }), format: column.format };
        return valueWrite(value, ctx.lang, column.format);
      });
      w.push({ kind: "numberFormat", address: body, formats: writes.map((x) => [NUMBER_FORMATS[x.format]]) });
      if (writes.some((x) => x.value !== ""))
        w.push({ kind: "values", address: body, values: writes.map((x): CellValue[] => [x.value]) });
    }
    // Input columns are marked as in forms, so a manager sees where to type; a report's fixed rows are not inputs.
    if (formula === undefined && (!block.rows || block.rowsAreInput))
      w.push({ kind: "fill", address: body, color: STYLE.inputFill });
    if (column.wrap || column.width >= WRAP_FROM_WIDTH) w.push({ kind: "wrap", address: body });
    w.validation(body, column.validation);
    if (column.hint)
      w.validation(cellAddress(col, headerRow), undefined, {
        title: column.header[ctx.lang],
        message: column.hint[ctx.lang],
      });
  }
  writeLabelledCells(w, table.side, ctx);
}

/** Conditional formats on a column's data (relative to its first row) or on one labelled cell. */
function writeConditionalFormats(w: Writer, layout: Layout, ctx: Context): void {
  const columns = new Map(
    layout.tables.flatMap((t) => t.columns.map((c) => [c.column.key, { table: t, col: c.col }] as const)),
  );
  for (const cf of ctx.template.conditionalFormats) {
    let address: string;
    let formula: string;
    if ("column" in cf) {
      const at = columns.get(cf.column);
      if (!at) throw new Error(`Conditional format on unknown column "${cf.column}"`);
      address = rangeAddress(at.col, at.table.firstRow, at.col, at.table.lastRow);
      formula = resolveFormula(cf.formula, ctx.scope, { firstRow: at.table.firstRow });
    } else {
      const at = ctx.scope.cells.get(cf.cell);
      if (!at) throw new Error(`Conditional format on unknown cell "${cf.cell}"`);
      address = at.replace(/\$/g, "");
      formula = resolveFormula(cf.formula, ctx.scope);
    }
    w.push({ kind: "conditionalFormat", address, formula, fill: cf.fill, ...(cf.font ? { font: cf.font } : {}) });
  }
}

/** Rows a chart covers, and the gap between charts and below the tables. */
const CHART_ROWS = 16;

/** Charts two to a row below the tables, each over half the tables' width. */
function writeCharts(w: Writer, layout: Layout, ctx: Context): PrintedPart | undefined {
  const charts = ctx.template.charts ?? [];
  if (!charts.length) return undefined;
  const top = Math.max(...layout.tables.map((t) => t.lastRow)) + 2;
  // The charts' own data tables sit to the right, outside what prints.
  const printed = layout.tables.filter((t) => !t.block.chartDataOnly);
  const lastCol = Math.max(...printed.map((t) => t.lastCol));
  const half = Math.ceil((lastCol + 1) / 2);
  const chartRows = Math.ceil(charts.length / 2);
  const rowOf = (i: number) => top + i * (CHART_ROWS + 1);
  charts.forEach((chart, i) => {
    const table = layout.tables.find((t) => t.block.tableName === chart.table);
    const col = (key: string) => table?.columns.find((c) => c.column.key === key)?.col;
    const from = col(chart.from);
    const to = col(chart.to);
    if (!table || from === undefined || to === undefined)
      throw new Error(`Chart ${chart.key} on unknown columns ${chart.table}.${chart.from}:${chart.to}`);
    const row = rowOf(Math.floor(i / 2));
    const left = (i % 2) * half;
    w.push({
      kind: "chart",
      name: `SLA_Chart_${chart.key}`,
      type: chart.type,
      address: rangeAddress(from, table.headerRow, to, table.lastRow),
      seriesBy: chart.seriesBy,
      title: chart.title[ctx.lang],
      from: cellAddress(left, row),
      to: cellAddress(left + half - 1, row + CHART_ROWS - 1),
      ...(chart.min !== undefined ? { min: chart.min } : {}),
      ...(chart.max !== undefined ? { max: chart.max } : {}),
    });
  });
  const lastRow = rowOf(chartRows - 1) + CHART_ROWS - 1;
  // Each row of charts after the first starts a page: a chart is never cut in two.
  const breaksBefore = Array.from({ length: chartRows - 1 }, (_, i) => rowOf(i + 1));
  return { area: `A1:${columnLetter(lastCol)}${lastRow}`, breaksBefore };
}

/** What prints of a sheet with charts: the area, and where pages break. */
interface PrintedPart {
  readonly area: string;
  readonly breaksBefore: readonly number[];
}

/** Widths, frozen header, print setup (all columns on one page wide, the header on every page). */
function writeView(w: Writer, layout: Layout, printScale?: number, printed?: PrintedPart): void {
  for (const [col, chars] of [...layout.widths].sort((a, b) => a[0] - b[0])) {
    const letter = columnLetter(col);
    w.push({ kind: "columnWidth", address: `${letter}:${letter}`, points: widthInPoints(chars) });
  }
  for (const col of layout.hidden) {
    const letter = columnLetter(col);
    w.push({ kind: "hideColumns", address: `${letter}:${letter}` });
  }
  const header = layout.headerRow;
  const sideBySide = layout.tables.filter((t) => !t.block.chartDataOnly);
  if (printScale === undefined && header !== null && sideBySide.length > 1) {
    // Tables side by side: each starts a page, all at the largest scale at which the widest fits
    // (one page wide for the whole sheet would print it at 45% and less).
    const { scale, breaks } = tablePages(layout, sideBySide);
    w.push(
      { kind: "freezeRows", rows: header },
      { kind: "print", landscape: true, titleRows: `$${header}:$${header}`, scale, columnBreaksBefore: breaks },
    );
  } else if (printScale !== undefined) {
    // A report: one page of A4 landscape at a scale still readable, no frozen rows.
    w.push({ kind: "print", landscape: true, scale: printScale, ...(printed ?? {}) });
  } else if (header === null) {
    w.push({ kind: "print", landscape: false });
  } else {
    w.push(
      { kind: "freezeRows", rows: header },
      { kind: "print", landscape: true, titleRows: `$${header}:$${header}` },
    );
  }
}

/** Printable width of A4 landscape between Excel's Normal margins (0.7 in each side), in points. */
const A4_LANDSCAPE_WIDTH = 842 - 2 * 0.7 * 72;

/** A page per table (with the cells beside it): the scale the widest needs, and the columns pages start at. */
function tablePages(layout: Layout, tables: readonly PlacedTable[]): { scale: number; breaks: string[] } {
  const widthOf = (from: number, to: number) => {
    let points = 0;
    for (let c = from; c <= to; c++)
      if (!layout.hidden.includes(c)) points += widthInPoints(layout.widths.get(c) ?? 8.43);
    return points;
  };
  // Each table's pages: from its first column, and from each column it asks a page break before.
  const starts = tables.flatMap((t) => [
    t.firstCol,
    ...(t.block.printBreaksBefore ?? []).map((key) => {
      const c = t.columns.find((x) => x.column.key === key);
      if (!c) throw new Error(`printBreaksBefore: no column ${key} in ${t.block.tableName}`);
      return c.col;
    }),
  ]);
  const last = tables[tables.length - 1];
  const end = Math.max(last.lastCol, ...last.side.map((c) => c.valueCol));
  const widest = Math.max(...starts.map((from, i) => widthOf(from, i + 1 < starts.length ? starts[i + 1] - 1 : end)));
  // 10% to spare: fonts are not measured, and wrapped text and the filter buttons take a little more.
  const scale = Math.max(10, Math.min(100, Math.floor(((0.9 * A4_LANDSCAPE_WIDTH) / widest) * 100)));
  return { scale, breaks: starts.slice(1).map((c) => columnLetter(c)) };
}

/** A value typed for a cell the template does not have is a caller's mistake, not something to drop silently. */
function checkTypedKeys(options: PlanOptions, layout: Layout): void {
  const inputs = [...layout.forms.flatMap((f) => f.cells), ...layout.tables.flatMap((t) => t.side)].filter(
    (c) => c.cell.formula === undefined,
  );
  const keys = new Set(inputs.map((c) => c.cell.key));
  for (const key of Object.keys(options.values ?? {}))
    if (!keys.has(key)) throw new Error(`No input cell "${key}" in this template`);
}

export function planInsertion(template: Template, lang: Lang, options: PlanOptions, state: WorkbookState): Plan {
  const sheetName = freeSheetName(template.sheetName[lang], state.sheetNames);
  const bodyRows = (block: TableBlock) =>
    block.rows?.length ?? (options.examples && block.examples.length ? block.examples.length : block.blankRows);
  const layout = layOut(template, bodyRows, chooseTableNames(template, state));
  checkTypedKeys(options, layout);
  const homes = homesOf(layout);
  const decisions = decideNames(template, homes, state.names);
  const scope = scopeOf(layout, decisions, lang, options.formulaStyle ?? "structured");
  const ctx: Context = {
    template,
    lang,
    options,
    state,
    scope,
    decisions: new Map(decisions.map((d) => [d.parameter, d])),
  };

  const w = new Writer(lang);
  w.text(0, TITLE_ROW, template.title[lang]);
  w.push({ kind: "font", address: cellAddress(0, TITLE_ROW), ...STYLE.title });
  w.text(0, DESCRIPTION_ROW, template.description[lang]);
  w.push({ kind: "font", address: cellAddress(0, DESCRIPTION_ROW), ...STYLE.description });
  for (const form of layout.forms) {
    w.text(0, form.headingRow, form.block.heading[lang]);
    w.push({ kind: "font", address: cellAddress(0, form.headingRow), ...STYLE.heading });
    writeLabelledCells(w, form.cells, ctx);
  }
  for (const table of layout.tables) writeTable(w, table, ctx);
  w.push(...nameSteps(decisions, homes, sheetName, lang, state.names));
  writeConditionalFormats(w, layout, ctx);
  const printed = writeCharts(w, layout, ctx);
  writeView(w, layout, template.printScale, printed);

  return {
    sheetName,
    names: decisions,
    addresses: addressesOf(scope),
    steps: inApplyingOrder(w.steps),
    result: summarize(template, lang, sheetName, layout, decisions, options.examples),
  };
}
