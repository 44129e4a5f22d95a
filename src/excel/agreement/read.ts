/**
 * Reading the agreement in one sync: the workbook's sheets, tables and names (what planning any
 * write needs), and the linked tables' headers and rows. Columns are found by their header text in
 * either language, so a user's own columns, or columns moved around, are read right (and ignored
 * when they are not ours).
 */
import { PARAMETERS } from "../../templates/parameters";
import { LINKED_TABLES, linkedTable } from "../../templates/linked";
import type { Lang, TableBlock } from "../../templates/types";
import { columnLetter } from "../address";
import type { WorkbookState } from "../plan";
import { languageFromFormula, LANGUAGE_NAME } from "../settings";
import type {
  AgreementSnapshot,
  CellRef,
  CellValue,
  HistoryRow,
  IndicatorRow,
  LinkedTable,
  MonthlyRow,
  PlanRow,
} from "./types";

/** A linked table as it stands: its sheet, where its body is, its headers and rows. */
export interface TableState {
  readonly sheet: string;
  /** First data row and first column (0-based), from the body's address. */
  readonly firstRow: number;
  readonly firstCol: number;
  readonly headers: readonly string[];
  readonly values: readonly (readonly CellValue[])[];
  readonly formats: readonly (readonly string[])[];
}

export interface AgreementState {
  readonly workbook: WorkbookState;
  /** The ticket log's headers (SLA_Tickets), when the workbook has one: monthly rates read it. */
  readonly ticketHeaders: readonly string[] | null;
  readonly tables: Readonly<Partial<Record<LinkedTable, TableState>>>;
  readonly snapshot: AgreementSnapshot;
}

/** The ticket log's table: its headers are read, for the monthly rates it feeds (ticketFeed.ts). */
export const TICKET_TABLE = "SLA_Tickets";

/** The report's first table: its sheet is the report sheet. */
export const REPORT_TABLE = "SLA_ReportIndicators" satisfies LinkedTable;

/** The tables read: the linked ones and the report's first. */
export const READ_TABLES: readonly LinkedTable[] = [...LINKED_TABLES, REPORT_TABLE];

/** "'Monthly Scores'!A5:M28" → sheet, first row and column. */
export function parseAddress(address: string): { sheet: string; row: number; col: number } {
  const bang = address.lastIndexOf("!");
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const m = /^\$?([A-Z]+)\$?(\d+)/.exec(address.slice(bang + 1));
  if (!m) throw new Error(`Unexpected address ${address}`);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { sheet, row: Number(m[2]), col };
}

/** Column key → index in the table as it is now, matching the header in either language. */
export function columnIndex(block: TableBlock, headers: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  for (const column of block.columns) {
    const i = headers.findIndex((h) => h === column.header.zh || h === column.header.en);
    if (i >= 0) index.set(column.key, i);
  }
  return index;
}

/** The language headers were written in (most of the block's headers found in it); `fallback` on a tie. */
export function headersLanguage(block: TableBlock, headers: readonly string[], fallback: Lang): Lang {
  let zh = 0;
  let en = 0;
  for (const c of block.columns) {
    if (headers.includes(c.header.zh)) zh++;
    if (c.header.en !== c.header.zh && headers.includes(c.header.en)) en++;
  }
  return zh === en ? fallback : zh > en ? "zh" : "en";
}

/** A table's rows as objects by column key, with where each cell is. */
function rowsOf(name: LinkedTable, t: TableState) {
  const index = columnIndex(linkedTable(name), t.headers);
  return t.values.map((row, r) => {
    const get = (key: string): CellValue => {
      const i = index.get(key);
      return i === undefined ? "" : row[i];
    };
    const at = (key: string): CellRef => ({
      sheet: t.sheet,
      address: `${columnLetter(t.firstCol + (index.get(key) ?? 0))}${t.firstRow + r}`,
    });
    const format = (key: string): string => {
      const i = index.get(key);
      return i === undefined ? "General" : t.formats[r][i];
    };
    return { get, at, format };
  });
}

const text = (v: CellValue): string => (typeof v === "string" ? v.trim() : String(v));
const blankRow = (values: readonly CellValue[]): boolean => values.every((v) => v === "");

function snapshotOf(
  tables: AgreementState["tables"],
  workbook: WorkbookState,
  lang: AgreementSnapshot["lang"],
  cellValues: ReadonlyMap<string, CellValue>,
) {
  const read = <T>(name: LinkedTable, f: (r: ReturnType<typeof rowsOf>[number]) => T | null): T[] | null => {
    const t = tables[name];
    if (!t) return null;
    return rowsOf(name, t).flatMap((r, i) => (blankRow(t.values[i]) ? [] : [f(r)].filter((x): x is T => x !== null)));
  };
  const indicators = read<IndicatorRow>("SLA_Indicators", (r) =>
    text(r.get("level2")) === ""
      ? null
      : {
          name: text(r.get("level2")),
          typed: r.get("level2"),
          weight: r.get("weight"),
          standard: text(r.get("target")),
          rule: text(r.get("rule")),
          fullMarks: r.get("fullMarks"),
          source: text(r.get("indicatorSource")),
          cells: {
            name: r.at("level2"),
            weight: r.at("weight"),
            standard: r.at("target"),
            rule: r.at("rule"),
            fullMarks: r.at("fullMarks"),
          },
        },
  );
  const monthly = read<MonthlyRow>("SLA_Monthly", (r) => ({
    period: r.get("period"),
    indicator: text(r.get("indicator")),
    actual: r.get("actual"),
    actualFormat: r.format("actual"),
    standard: r.get("standard"),
    met: r.get("met"),
    cells: { period: r.at("period"), indicator: r.at("indicator"), actual: r.at("actual") },
  }));
  const history = read<HistoryRow>("SLA_History", (r) => ({
    period: r.get("period"),
    total: r.get("total"),
    grade: r.get("grade"),
    streak: r.get("streak"),
    cells: { period: r.at("period"), total: r.at("total") },
  }));
  const plan = read<PlanRow>("SLA_Plan", (r) => ({ period: r.get("period"), indicator: text(r.get("indicator")) }));
  const parameters = Object.fromEntries(
    PARAMETERS.flatMap((p) => {
      const n = workbook.names.find((x) => x.name.toUpperCase() === p.name.toUpperCase());
      const v = cellValues.get(p.key) ?? (n?.type === "Range" ? undefined : n?.value);
      return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? [[p.key, v]] : [];
    }),
  );
  const standards = tables.SLA_Indicators;
  const nameCol = standards ? columnIndex(linkedTable("SLA_Indicators"), standards.headers).get("level2") : undefined;
  const indicatorsStart: CellRef | null =
    standards && nameCol !== undefined
      ? { sheet: standards.sheet, address: `${columnLetter(standards.firstCol + nameCol)}${standards.firstRow}` }
      : null;
  const sheetOf = Object.fromEntries(Object.entries(tables).map(([k, t]) => [k, t.sheet]));
  const snapshot: AgreementSnapshot = {
    lang,
    sheetNames: workbook.sheetNames,
    sheetOf,
    indicators,
    indicatorsStart,
    monthly,
    history,
    plan,
    parameters,
  };
  return snapshot;
}

/** Queues every read and syncs once. */
export async function readAgreementState(context: Excel.RequestContext): Promise<AgreementState> {
  const { workbook } = context;
  const sheets = workbook.worksheets.load("items/name");
  const tableItems = workbook.tables.load("items/name");
  const names = workbook.names.load("items/name,items/type,items/value,items/formula");
  const found = READ_TABLES.map((name) => {
    const table = workbook.tables.getItemOrNullObject(name);
    return {
      table,
      sheet: table.worksheet.load("name"),
      header: table.getHeaderRowRange().load("values"),
      body: table.getDataBodyRange().load("values,numberFormat,address"),
    };
  });
  const ticketLog = workbook.tables.getItemOrNullObject(TICKET_TABLE);
  const ticketHeader = ticketLog.getHeaderRowRange().load("values");
  // A parameter's name points at its cell (its value is the address, not what the cell holds) or
  // holds a constant: the cell's value is read through the name's range where there is one.
  const parameterCells = PARAMETERS.map((p) =>
    workbook.names.getItemOrNullObject(p.name).getRangeOrNullObject().load("values"),
  );
  await context.sync();
  const state: WorkbookState = {
    sheetNames: sheets.items.map((s) => s.name),
    tableNames: tableItems.items.map((t) => t.name),
    names: names.items.map((n) => ({ name: n.name, type: n.type, value: n.value, formula: n.formula })),
  };
  const tables: Partial<Record<LinkedTable, TableState>> = {};
  READ_TABLES.forEach((name, i) => {
    const f = found[i];
    if (f.table.isNullObject) return;
    const at = parseAddress(f.body.address);
    tables[name] = {
      sheet: f.sheet.name,
      firstRow: at.row,
      firstCol: at.col,
      headers: (f.header.values[0] ?? []).map((h) => String(h)),
      values: f.body.values as CellValue[][],
      formats: f.body.numberFormat as string[][],
    };
  });
  const lang = languageFromFormula(state.names.find((n) => n.name === LANGUAGE_NAME)?.formula);
  const cellValues = new Map(
    PARAMETERS.flatMap((p, i) => {
      const r = parameterCells[i];
      return r.isNullObject ? [] : [[p.key, r.values[0]?.[0] as CellValue] as const];
    }),
  );
  const ticketHeaders = ticketLog.isNullObject ? null : (ticketHeader.values[0] ?? []).map((h) => String(h));
  return { workbook: state, tables, ticketHeaders, snapshot: snapshotOf(tables, state, lang, cellValues) };
}
