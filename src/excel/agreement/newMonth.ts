/**
 * "New month": the next period's rows for every indicator of the service standards, one results
 * row for it, and plan rows proposed for the indicators the month before missed. Rows are appended
 * (TableRowCollection.add): earlier months and any rows, columns or sheets of the user's stay as
 * they are; a column the user added to a table gets null, which leaves its cell to Excel (a
 * calculated column of the user's fills itself).
 */
import { gradeThresholds } from "../../engine";
import { parameter } from "../../templates/parameters";
import { linkedHeader, linkedTable } from "../../templates/linked";
import { STATUSES } from "../../templates/improvement";
import { YES_NO } from "../../templates/text";
import { feedTemplate, type AgreementRefs } from "../../templates/feed";
import { isTable, type Lang, type TableBlock } from "../../templates/types";
import { cellAddress, columnLetter } from "../address";
import { NUMBER_FORMATS } from "../formats";
import { escapeHeader, resolveFormula, type ColumnRef, type FormulaScope } from "../formulas";
import { isBlankCell, monthOf, periods } from "./check";
import { ActionError } from "./errors";
import { refsFromWorkbook } from "./feed";
import { missingSheets, monthAfter } from "./nextStep";
import { columnIndex, headersLanguage, type AgreementState, type TableState } from "./read";
import { ticketClock, ticketRateFormula } from "./ticketFeed";
import type { AgreementSnapshot, CellValue, IndicatorRow, LinkedTable } from "./types";

/** Rows to add to one table, and the number formats of some of their cells. */
export interface TableAppend {
  readonly table: LinkedTable;
  /** Data row index (0-based) the first new row takes. */
  readonly first: number;
  /** One value per column as the table has them now; null leaves a cell to Excel. */
  readonly rows: (CellValue | null)[][];
  /** An empty placeholder row (left by a set-up without examples) is filled rather than appended to. */
  readonly fillsBlankRow: boolean;
  /** Number formats by column index for the new rows (the actual cell of a % standard gets "0%"). */
  readonly formats: readonly { col: number; formats: string[] }[];
  readonly sheet: string;
  readonly address: (row: number, col: number) => string;
}

export interface MonthPlan {
  readonly period: number;
  readonly appends: readonly TableAppend[];
  /** Indicators proposed as the previous month's problems. */
  readonly proposed: readonly string[];
  /** The first new actual, to select. */
  readonly select: { sheet: string; address: string };
}

/** A month's "met" cell that says the standard was missed, in either language (or FALSE). */
const MISSED = new Set<CellValue>([YES_NO.zh[1], YES_NO.en[1], false]);

/** The agreement parameters the linked tables' formulas name. */
const NAMED = ["gradeScale", "penaltyThreshold", "penaltyMonths", "penaltyRate", "monthlyFee", "feeClause"];

/**
 * The language a table was written in, from its headers: the pane's language may have been
 * switched since, and a formula must name the linked table's columns as they are, not as they
 * would be in the pane's language.
 */
export const tableLanguage = (name: LinkedTable, t: TableState, fallback: Lang): Lang =>
  headersLanguage(linkedTable(name), t.headers, fallback);

/** The header of a linked table's column as the workbook has it (the language it was written in). */
function headerIn(tables: AgreementState["tables"], table: string, key: string, fallback: Lang): string {
  const t = tables[table as LinkedTable];
  if (!t) return linkedHeader(table, key, fallback);
  const i = columnIndex(linkedTable(table as LinkedTable), t.headers).get(key);
  return i === undefined ? linkedHeader(table, key, tableLanguage(table as LinkedTable, t, fallback)) : t.headers[i];
}

/** The formulas of a table's calculated columns, over its columns as they are now. */
function scopeOf(
  name: LinkedTable,
  t: TableState,
  tables: AgreementState["tables"],
  lang: Lang,
  index: ReadonlyMap<string, number>,
): FormulaScope {
  const block = linkedTable(name);
  const columns = new Map<string, ColumnRef>();
  for (const c of block.columns) {
    const i = index.get(c.key);
    if (i === undefined) continue;
    const letter = columnLetter(t.firstCol + i);
    columns.set(c.key, { table: name, header: t.headers[i], letter, firstRow: t.firstRow, lastRow: t.firstRow });
  }
  return {
    style: "structured",
    columns,
    cells: new Map(),
    names: new Map(NAMED.map((k) => [k, parameter(k).name])),
    links: (table, key) => headerIn(tables, table, key, lang),
    yesNo: YES_NO[lang],
  };
}

/** One row of a table: typed values by key, formulas for calculated columns, null for the user's columns. */
function rowOf(
  block: TableBlock,
  t: TableState,
  index: ReadonlyMap<string, number>,
  scope: FormulaScope,
  values: Readonly<Record<string, CellValue>>,
): (CellValue | null)[] {
  const row: (CellValue | null)[] = t.headers.map(() => null);
  for (const c of block.columns) {
    const i = index.get(c.key);
    if (i === undefined) continue;
    row[i] = c.formula !== undefined ? resolveFormula(c.formula, scope) : (values[c.key] ?? "");
  }
  return row;
}

/**
 * A table left with one empty row by a set-up without examples: that row is filled rather than
 * appended to. Only the typed columns decide; its formulas may show "" or an error.
 */
function isBlankPlaceholder(block: TableBlock, t: TableState, index: ReadonlyMap<string, number>): boolean {
  if (t.values.length !== 1) return false;
  return block.columns.every((c) => {
    const i = index.get(c.key);
    return c.formula !== undefined || i === undefined || isBlankCell(t.values[0][i]) || t.values[0][i] === 0;
  });
}

/** A table's cell by data row and column index (0-based) → "H7". */
const cellOf =
  (t: TableState) =>
  (row: number, col: number): string =>
    cellAddress(t.firstCol + col, t.firstRow + row);

function append(
  name: LinkedTable,
  tables: AgreementState["tables"],
  fallback: Lang,
  values: (lang: Lang) => readonly Readonly<Record<string, CellValue>>[],
  formats: (index: ReadonlyMap<string, number>) => TableAppend["formats"] = () => [],
): TableAppend {
  const t = tables[name]!;
  const block = linkedTable(name);
  const index = columnIndex(block, t.headers);
  const lang = tableLanguage(name, t, fallback);
  const scope = scopeOf(name, t, tables, lang, index);
  const fillsBlankRow = isBlankPlaceholder(block, t, index);
  return {
    table: name,
    first: fillsBlankRow ? 0 : t.values.length,
    rows: values(lang).map((v) => rowOf(block, t, index, scope, v)),
    fillsBlankRow,
    formats: formats(index),
    sheet: t.sheet,
    address: cellOf(t),
  };
}

/** A calculated column's formula for every row of a table: one structured formula, the same on each row. */
export interface ColumnFormula {
  readonly sheet: string;
  /** The column's data cells, "H5:H28". */
  readonly address: string;
  readonly formula: string;
  readonly rows: number;
}

/**
 * The formulas of a table's calculated columns over its rows as they are: what a linked table's
 * formulas are written back as after a sheet they name was deleted (Excel turned them into #REF!).
 */
export function calculatedColumns(
  name: LinkedTable,
  tables: AgreementState["tables"],
  fallback: Lang,
  block: TableBlock = linkedTable(name),
): ColumnFormula[] {
  const t = tables[name];
  if (!t || t.values.length === 0) return [];
  const index = columnIndex(block, t.headers);
  const lang = tableLanguage(name, t, fallback);
  const scope = scopeOf(name, t, tables, lang, index);
  return block.columns.flatMap((c) => {
    const i = index.get(c.key);
    if (c.formula === undefined || i === undefined) return [];
    const letter = columnLetter(t.firstCol + i);
    const address = `${letter}${t.firstRow}:${letter}${t.firstRow + t.values.length - 1}`;
    return [{ sheet: t.sheet, address, formula: resolveFormula(c.formula, scope), rows: t.values.length }];
  });
}

/** The feed's table as it is written for this workbook: its agreement columns name the agreement sheet's cells. */
const feedBlock = (refs: AgreementRefs | null): TableBlock => feedTemplate(refs).blocks.find(isTable)!;

/**
 * The results feed's formulas over its rows as they are, naming the agreement's cells at `refs`
 * (found in the workbook when not given): written again when a sheet they read was put back.
 */
export function feedColumns(
  tables: AgreementState["tables"],
  fallback: Lang,
  refs: AgreementRefs | undefined,
  current: AgreementState,
): ColumnFormula[] {
  const t = tables.SLA_Feed;
  if (!t) return [];
  const lang = tableLanguage("SLA_Feed", t, fallback);
  return calculatedColumns("SLA_Feed", tables, lang, feedBlock(refs ?? refsFromWorkbook(current, lang)));
}

/**
 * Rows for the results feed, when the workbook has one, up to one per monthly row (`monthlyRows`,
 * the count once the month is added): all formulas, row n reading monthly row n. Counting rather
 * than adding as many as the month adds also mends a feed a user cut short.
 */
function feedAppend(current: AgreementState, fallback: Lang, monthlyRows: number): TableAppend | null {
  const t = current.tables.SLA_Feed;
  if (!t || monthlyRows <= t.values.length) return null;
  const index = columnIndex(linkedTable("SLA_Feed"), t.headers);
  const lang = tableLanguage("SLA_Feed", t, fallback);
  const scope = scopeOf("SLA_Feed", t, current.tables, lang, index);
  const row = rowOf(feedBlock(refsFromWorkbook(current, lang)), t, index, scope, {});
  return {
    table: "SLA_Feed",
    first: t.values.length,
    rows: Array.from({ length: monthlyRows - t.values.length }, () => [...row]),
    fillsBlankRow: false,
    formats: [],
    sheet: t.sheet,
    address: cellOf(t),
  };
}

const isPercentStandard = (standard: string): boolean => /[%％]|百分/.test(standard);

/** The grade scale's lines (90, 80), for the history's chart columns; none when the scale cannot be read. */
export function gradeLines(snapshot: AgreementSnapshot): number[] {
  try {
    return gradeThresholds(snapshot.parameters.gradeScale);
  } catch {
    return []; // an unreadable scale: no lines (the grade column says why)
  }
}

export function planNewMonth(lang: Lang, current: AgreementState, today: number): MonthPlan {
  const { tables, snapshot } = current;
  const monthlyTable = tables.SLA_Monthly;
  const historyTable = tables.SLA_History;
  // The results feed is not among them: without it the month is added all the same.
  const missing = missingSheets(snapshot);
  if (missing.length) throw new ActionError("sheetsMissing", { tables: missing.join(", ") });
  if (!monthlyTable || !historyTable || !snapshot.monthly) throw new ActionError("noAgreement");
  const indicators = snapshot.indicators ?? [];
  if (indicators.length === 0) throw new ActionError("noIndicators", { sheet: tables.SLA_Indicators?.sheet ?? "" });

  const dated = periods(snapshot.monthly).filter((g) => typeof g.period === "number");
  const latest = dated.length ? (dated[dated.length - 1].period as number) : null;
  const period = latest === null ? (monthOf(today) ?? Math.floor(today)) : monthAfter(latest);

  // An indicator fed by the ticket log gets its rate as a formula; the others an empty actual to type.
  const periodCol = columnIndex(linkedTable("SLA_Monthly"), monthlyTable.headers).get("period");
  const monthRef = periodCol === undefined ? null : `[@[${escapeHeader(monthlyTable.headers[periodCol])}]]`;
  const actualOf = (ind: IndicatorRow): CellValue => {
    const clock = ticketClock(ind.source);
    if (!clock || !current.ticketHeaders || !monthRef) return "";
    return ticketRateFormula(clock, current.ticketHeaders, monthRef) ?? "";
  };
  const monthly = append(
    "SLA_Monthly",
    tables,
    lang,
    // The name as typed in its cell: MATCH compares exactly, spaces included.
    () => indicators.map((ind) => ({ period, indicator: ind.typed, actual: actualOf(ind) })),
    (index) => {
      const col = index.get("actual");
      if (col === undefined) return [];
      const formats = indicators.map((ind) =>
        isPercentStandard(ind.standard) ? NUMBER_FORMATS.percent : NUMBER_FORMATS.general,
      );
      return [{ col, formats }];
    },
  );

  const lines = gradeLines(snapshot);
  const history = append("SLA_History", tables, lang, () => [
    { period, topLine: lines[0] ?? "", passLine: lines[1] ?? "" },
  ]);

  const appends = [monthly, history];
  const feed = feedAppend(current, lang, monthly.first + monthly.rows.length);
  if (feed) appends.push(feed);
  const proposed: string[] = [];
  const planTable = tables.SLA_Plan;
  if (latest !== null && planTable) {
    const planned = new Set((snapshot.plan ?? []).filter((p) => p.period === latest).map((p) => p.indicator));
    for (const row of dated[dated.length - 1].rows)
      if (MISSED.has(row.met) && !planned.has(row.indicator) && !proposed.includes(row.indicator))
        proposed.push(row.indicator);
    if (proposed.length)
      appends.push(
        append("SLA_Plan", tables, lang, (planLang) =>
          proposed.map((indicator) => ({ period: latest, indicator, status: STATUSES[0][planLang] })),
        ),
      );
  }
  const actualCol = columnIndex(linkedTable("SLA_Monthly"), monthlyTable.headers).get("actual") ?? 0;
  return {
    period,
    appends,
    proposed,
    select: { sheet: monthlyTable.sheet, address: monthly.address(monthly.first, actualCol) },
  };
}
