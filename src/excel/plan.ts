/**
 * planInsertion: a template, a language and what the workbook already holds → every write of the
 * new sheet, as plain data. Pure: no Office here, so the whole insertion can be checked in tests,
 * and src/excel/insert.ts applies it in one batch.
 */
import { parameter } from "../templates/parameters";
import type { ColumnFormat, Lang, Parameter, Template, Validation } from "../templates/types";
import { absoluteCell, cellAddress, columnLetter, quoteSheet, rangeAddress } from "./address";
import { NUMBER_FORMATS, widthInPoints } from "./formats";
import { resolveFormula, type FormulaScope, type FormulaStyle } from "./formulas";
import { freeSheetName, freeTableName } from "./freeNames";
import { DESCRIPTION_ROW, layOut, TITLE_ROW, type Layout, type PlacedCell, type PlacedTable } from "./layout";
import { notice, type Notice } from "./messages";
import { inApplyingOrder, type Step, type ValidationRule } from "./steps";
import { cellWrite, localized, type CellValue, type CellWrite } from "./values";

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

/** A defined name already in the workbook, as Excel reports it (NamedItem.name, .type, .value). */
export interface ExistingName {
  readonly name: string;
  readonly type?: string;
  readonly value?: unknown;
}

/** What planning needs to know about the workbook; read in one sync. */
export interface WorkbookState {
  readonly sheetNames: readonly string[];
  readonly tableNames: readonly string[];
  readonly names: readonly ExistingName[];
}

/**
 * What happens to an agreement parameter's name:
 * - link: missing; created, pointing at its home cell on this sheet
 * - create: missing; created as a constant with the default (the sheet was inserted alone)
 * - move: a constant already (created by an earlier sheet); repointed at its home cell here, value kept
 * - elsewhere: already points at cells elsewhere; untouched, and the home cell here shows its value
 * - keep: already there and this sheet only uses it; untouched
 */
export interface NameDecision {
  readonly parameter: string;
  readonly name: string;
  readonly action: "link" | "create" | "move" | "elsewhere" | "keep";
}

export interface InsertResult {
  readonly sheetName: string;
  readonly tableNames: readonly string[];
  /** Data rows of the tables (examples or empty rows). */
  readonly rowsWritten: number;
  readonly exampleRows: number;
  /** Defined names created (linked to this sheet's cells or holding defaults). */
  readonly namesCreated: readonly string[];
  readonly namesCreatedWithDefaults: readonly string[];
  /** Constants moved into this sheet's cells. */
  readonly namesMoved: readonly string[];
  /** Names that were there and were not touched. */
  readonly namesKept: readonly string[];
  readonly notices: readonly Notice[];
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
const WRAP_FROM_WIDTH = 28;
const PROMPT_TITLE_MAX = 32;

const STYLE = {
  title: { bold: true, size: 16 },
  description: { italic: true, color: "#595959" },
  heading: { bold: true, size: 12, color: "#1F3864" },
  labelFill: "#F2F2F2",
  inputFill: "#FFF8E1",
} as const;

const CONSTANT_TYPES = new Set(["String", "Integer", "Double", "Boolean"]);

const sameName = (a: string, b: string) => a.toLocaleUpperCase() === b.toLocaleUpperCase();

/** A defined name's formula for a constant: ="text" (quotes doubled) or =number. */
export const constantFormula = (value: string | number): string =>
  typeof value === "number" ? `=${value}` : `="${value.replace(/"/g, '""')}"`;

function chooseTableNames(template: Template, state: WorkbookState): string[] {
  const taken = [...state.tableNames, ...state.names.map((n) => n.name)];
  return template.blocks.flatMap((block) => {
    if (block.kind !== "table") return [];
    const name = freeTableName(block.tableName, taken);
    taken.push(name);
    return [name];
  });
}

function homesOf(layout: Layout): Map<string, PlacedCell> {
  const cells = [...layout.forms.flatMap((f) => f.cells), ...layout.tables.flatMap((t) => t.side)];
  return new Map(cells.filter((c) => c.parameter).map((c) => [c.parameter!.key, c]));
}

function decideNames(template: Template, homes: ReadonlyMap<string, PlacedCell>, state: WorkbookState): NameDecision[] {
  return template.parameters.map((key) => {
    const { name } = parameter(key);
    const existing = state.names.find((n) => sameName(n.name, name));
    const home = homes.has(key);
    const action: NameDecision["action"] = !existing
      ? home
        ? "link"
        : "create"
      : !home
        ? "keep"
        : CONSTANT_TYPES.has(existing.type ?? "")
          ? "move"
          : "elsewhere";
    return { parameter: key, name, action };
  });
}

function validationRule(v: Validation, lang: Lang): ValidationRule | null {
  switch (v.kind) {
    case "list":
      return { list: { inCellDropDown: true, source: v.options.map((o) => o[lang]).join(",") } };
    case "date":
      return { date: { operator: "GreaterThanOrEqualTo", formula1: "1" } };
    case "decimal":
    case "whole": {
      const range =
        v.min !== undefined && v.max !== undefined
          ? { operator: "Between" as const, formula1: v.min, formula2: v.max }
          : v.min !== undefined
            ? { operator: "GreaterThanOrEqualTo" as const, formula1: v.min }
            : v.max !== undefined
              ? { operator: "LessThanOrEqualTo" as const, formula1: v.max }
              : null;
      if (!range) return null;
      return v.kind === "decimal" ? { decimal: range } : { wholeNumber: range };
    }
  }
}

/** Collects steps; every write of a value goes with the number format that keeps it what it is. */
class Writer {
  readonly steps: Step[] = [];
  constructor(readonly lang: Lang) {}

  /** One cell's value, after its format. */
  cell(col: number, row: number, write: CellWrite): void {
    const address = cellAddress(col, row);
    this.steps.push({ kind: "numberFormat", address, formats: [[NUMBER_FORMATS[write.format]]] });
    this.steps.push({ kind: "values", address, values: [[write.value]] });
  }

  text(col: number, row: number, text: string): void {
    this.cell(col, row, { value: text, format: "text" });
  }

  /** A calculated cell or column: never text-formatted, or Excel would keep the formula as text. */
  formulas(address: string, formulas: string[][], format: ColumnFormat): void {
    if (format === "text") throw new Error(`A formula cell cannot be text-formatted (${address}): ${formulas[0][0]}`);
    this.steps.push({ kind: "numberFormat", address, formats: formulas.map(() => [NUMBER_FORMATS[format]]) });
    this.steps.push({ kind: "formulas", address, formulas });
  }

  validation(address: string, v: Validation | undefined, hint?: { title: string; message: string }): void {
    const rule = v && validationRule(v, this.lang);
    if (rule) this.steps.push({ kind: "validation", address, rule });
    if (hint) this.steps.push({ kind: "prompt", address, title: hint.title.slice(0, PROMPT_TITLE_MAX), message: hint.message });
  }

  push(...steps: Step[]): void {
    this.steps.push(...steps);
  }
}

interface Context {
  readonly template: Template;
  readonly lang: Lang;
  readonly options: PlanOptions;
  readonly sheetName: string;
  readonly scope: FormulaScope;
  readonly decisions: ReadonlyMap<string, NameDecision>;
  readonly state: WorkbookState;
}

/** The value a parameter's home cell starts with: the user's, the moved constant's, or the default. */
function parameterValue(p: Parameter, ctx: Context): string | number {
  const typed = ctx.options.values?.[p.key];
  if (typed !== undefined) return typed;
  if (ctx.decisions.get(p.key)?.action === "move") {
    const existing = ctx.state.names.find((n) => sameName(n.name, p.name))?.value;
    if (typeof existing === "string" || typeof existing === "number") return existing;
  }
  return p.value[ctx.lang];
}

function writeLabelledCells(w: Writer, cells: readonly PlacedCell[], ctx: Context): void {
  for (const placed of cells) {
    const { cell, parameter: p, row, labelCol, valueCol } = placed;
    const address = cellAddress(valueCol, row);
    w.text(labelCol, row, cell.label[ctx.lang]);
    w.push({ kind: "font", address: cellAddress(labelCol, row), bold: true }, { kind: "fill", address: cellAddress(labelCol, row), color: STYLE.labelFill });
    const decision = p && ctx.decisions.get(p.key);
    if (cell.formula !== undefined) {
      w.formulas(address, [[resolveFormula(cell.formula, ctx.scope)]], cell.format);
      w.push({ kind: "font", address, bold: true });
    } else if (decision?.action === "elsewhere") {
      // The name points at another sheet's cell: show its value here rather than a second, unlinked copy.
      w.formulas(address, [[`=${decision.name}`]], cell.format === "text" ? "general" : cell.format);
    } else {
      const value = p ? parameterValue(p, ctx) : (ctx.options.values?.[cell.key] ?? (ctx.options.examples ? cell.example : undefined));
      const write = value === undefined ? { value: "", format: cell.format } : cellWrite(localized(value, ctx.lang), cell.format);
      w.cell(valueCol, row, write);
      w.push({ kind: "fill", address, color: STYLE.inputFill });
    }
    w.validation(address, cell.formula === undefined ? cell.validation : undefined, cell.hint && { title: cell.label[ctx.lang], message: cell.hint[ctx.lang] });
  }
}

function writeTable(w: Writer, table: PlacedTable, ctx: Context): void {
  const { block, headerRow, firstRow, lastRow, firstCol, lastCol } = table;
  const rows = lastRow - firstRow + 1;
  if (block.heading && table.headingRow !== null) {
    w.text(firstCol, table.headingRow, block.heading[ctx.lang]);
    w.push({ kind: "font", address: cellAddress(firstCol, table.headingRow), ...STYLE.heading });
  }
  const headerAddress = rangeAddress(firstCol, headerRow, lastCol, headerRow);
  w.push(
    { kind: "numberFormat", address: headerAddress, formats: [table.columns.map(() => NUMBER_FORMATS.text)] },
    { kind: "values", address: headerAddress, values: [table.columns.map((c) => c.column.header[ctx.lang])] },
    { kind: "table", address: rangeAddress(firstCol, headerRow, lastCol, lastRow), name: table.name, style: TABLE_STYLE },
  );
  const examples = ctx.options.examples ? block.examples : [];
  for (const { column, col } of table.columns) {
    const body = rangeAddress(col, firstRow, col, lastRow);
    if (column.formula !== undefined) {
      const formula = column.formula;
      const formulas = Array.from({ length: rows }, (_, i) => [resolveFormula(formula, ctx.scope, { row: firstRow + i })]);
      w.formulas(body, formulas, column.format);
    } else {
      const writes = Array.from({ length: rows }, (_, i): CellWrite => {
        const value = examples[i]?.[column.key];
        return value === undefined ? { value: "", format: column.format } : cellWrite(localized(value, ctx.lang), column.format);
      });
      w.push({ kind: "numberFormat", address: body, formats: writes.map((x) => [NUMBER_FORMATS[x.format]]) });
      if (writes.some((x) => x.value !== "")) w.push({ kind: "values", address: body, values: writes.map((x): CellValue[] => [x.value]) });
    }
    if (column.width >= WRAP_FROM_WIDTH) w.push({ kind: "wrap", address: body });
    w.validation(body, column.validation);
    if (column.hint) w.validation(cellAddress(col, headerRow), undefined, { title: column.header[ctx.lang], message: column.hint[ctx.lang] });
  }
  writeLabelledCells(w, table.side, ctx);
}

function writeConditionalFormats(w: Writer, layout: Layout, ctx: Context): void {
  const columns = new Map(layout.tables.flatMap((t) => t.columns.map((c) => [c.column.key, { table: t, col: c.col }] as const)));
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

function writeNames(w: Writer, decisions: readonly NameDecision[], homes: ReadonlyMap<string, PlacedCell>, ctx: Context): void {
  for (const d of decisions) {
    const p = parameter(d.parameter);
    const home = homes.get(d.parameter);
    const reference = home ? `=${quoteSheet(ctx.sheetName)}!${absoluteCell(home.valueCol, home.row)}` : constantFormula(p.value[ctx.lang]);
    if (d.action === "link" || d.action === "create") w.push({ kind: "addName", name: d.name, reference, comment: p.label[ctx.lang] });
    if (d.action === "move") w.push({ kind: "setNameReference", name: d.name, reference });
  }
}

function scopeOf(layout: Layout, decisions: readonly NameDecision[], lang: Lang, style: FormulaStyle): FormulaScope {
  const columns = new Map(
    layout.tables.flatMap((t) =>
      t.columns.map((c) => [c.column.key, { table: t.name, header: c.column.header[lang], letter: columnLetter(c.col), firstRow: t.firstRow, lastRow: t.lastRow }] as const),
    ),
  );
  const cells = [...layout.forms.flatMap((f) => f.cells), ...layout.tables.flatMap((t) => t.side)];
  return {
    style,
    columns,
    cells: new Map(cells.map((c) => [c.cell.key, absoluteCell(c.valueCol, c.row)])),
    names: new Map(decisions.map((d) => [d.parameter, d.name])),
  };
}

function summarize(template: Template, lang: Lang, sheetName: string, layout: Layout, decisions: readonly NameDecision[], options: PlanOptions): InsertResult {
  const pick = (...actions: NameDecision["action"][]) => decisions.filter((d) => actions.includes(d.action)).map((d) => d.name);
  const notices: Notice[] = [];
  const wanted = template.sheetName[lang];
  if (sheetName !== wanted) notices.push(notice("sheetRenamed", { wanted, sheet: sheetName }));
  for (const t of layout.tables) if (t.name !== t.block.tableName) notices.push(notice("tableRenamed", { wanted: t.block.tableName, table: t.name }));
  const list = (names: string[]) => names.join(lang === "zh" ? "、" : ", ");
  const groups: [Parameters<typeof notice>[0], string[]][] = [
    ["namesLinked", pick("link")],
    ["namesCreatedWithDefaults", pick("create")],
    ["namesMoved", pick("move")],
    ["namesElsewhere", pick("elsewhere")],
    ["namesKept", pick("keep")],
  ];
  for (const [id, names] of groups) if (names.length) notices.push(notice(id, { names: list(names) }));
  return {
    sheetName,
    tableNames: layout.tables.map((t) => t.name),
    rowsWritten: layout.tables.reduce((n, t) => n + t.lastRow - t.firstRow + 1, 0),
    exampleRows: options.examples ? layout.tables.reduce((n, t) => n + t.block.examples.length, 0) : 0,
    namesCreated: pick("link", "create"),
    namesCreatedWithDefaults: pick("create"),
    namesMoved: pick("move"),
    namesKept: pick("elsewhere", "keep"),
    notices,
  };
}

export function planInsertion(template: Template, lang: Lang, options: PlanOptions, state: WorkbookState): Plan {
  const sheetName = freeSheetName(template.sheetName[lang], state.sheetNames);
  const bodyRows = (block: { examples: readonly unknown[]; blankRows: number }) =>
    options.examples && block.examples.length ? block.examples.length : block.blankRows;
  const layout = layOut(template, bodyRows, chooseTableNames(template, state));
  const homes = homesOf(layout);
  const decisions = decideNames(template, homes, state);
  const scope = scopeOf(layout, decisions, lang, options.formulaStyle ?? "structured");
  const ctx: Context = { template, lang, options, sheetName, scope, decisions: new Map(decisions.map((d) => [d.parameter, d])), state };
  checkTypedKeys(options, layout);

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
  writeNames(w, decisions, homes, ctx);
  writeConditionalFormats(w, layout, ctx);
  for (const [col, chars] of [...layout.widths].sort((a, b) => a[0] - b[0])) {
    const letter = columnLetter(col);
    w.push({ kind: "columnWidth", address: `${letter}:${letter}`, points: widthInPoints(chars) });
  }
  if (layout.headerRow !== null) w.push({ kind: "freezeRows", rows: layout.headerRow });
  w.push(
    layout.headerRow === null
      ? { kind: "print", landscape: false }
      : { kind: "print", landscape: true, titleRows: `$${layout.headerRow}:$${layout.headerRow}` },
  );

  return {
    sheetName,
    names: decisions,
    addresses: addressesOf(scope),
    steps: inApplyingOrder(w.steps),
    result: summarize(template, lang, sheetName, layout, decisions, options),
  };
}

function addressesOf(scope: FormulaScope): PlacedAddresses {
  const columns = Object.fromEntries([...scope.columns].map(([key, c]) => [key, `${c.letter}${c.firstRow}:${c.letter}${c.lastRow}`]));
  const cells = Object.fromEntries([...scope.cells].map(([key, address]) => [key, address.replace(/\$/g, "")]));
  return { columns, cells };
}

/** A value typed for a cell the template does not have is a caller's mistake, not something to drop silently. */
function checkTypedKeys(options: PlanOptions, layout: Layout): void {
  const keys = new Set([...layout.forms.flatMap((f) => f.cells), ...layout.tables.flatMap((t) => t.side)].filter((c) => c.cell.formula === undefined).map((c) => c.cell.key));
  for (const key of Object.keys(options.values ?? {})) if (!keys.has(key)) throw new Error(`No input cell "${key}" in this template`);
}
