/**
 * The linked agreement workbook: which sheets make it, in the order they are written (a sheet's
 * formulas may only name tables of the sheets before it), and the headers of the tables the others
 * read ({link:TABLE:KEY}). Table names are fixed (SLA_Indicators, SLA_Monthly, SLA_History,
 * SLA_Plan, SLA_Feed): one agreement per workbook, so every formula and every co-author finds them.
 */
import { agreement } from "./agreement";
import { feed, feedTemplate } from "./feed";
import { history } from "./history";
import { improvement } from "./improvement";
import { monthly } from "./monthly";
import { reportTemplate } from "./report";
import { standards } from "./standards";
import { isTable, type Column, type Lang, type TableBlock, type Template, type Texts } from "./types";

/**
 * The sheets "Set up agreement" writes: the report after the sheets it reads, then the results feed
 * (nothing reads it but Power Query; set-up gives it the agreement's cells and one row per monthly row).
 */
export const agreementSheets = (indicators: number): readonly Template[] => [
  agreement,
  standards,
  monthly,
  improvement,
  history,
  reportTemplate(indicators),
  feedTemplate(null),
];

const LINKED: readonly Template[] = [standards, monthly, improvement, history, feed];

export const LINKED_TABLES = ["SLA_Indicators", "SLA_Monthly", "SLA_Plan", "SLA_History", "SLA_Feed"] as const;
export type LinkedTableName = (typeof LINKED_TABLES)[number];

/** The table block of a linked table. */
export function linkedTable(table: string): TableBlock {
  for (const tp of LINKED) for (const b of tp.blocks) if (isTable(b) && b.tableName === table) return b;
  throw new Error(`No linked table ${table}`);
}

/** The name of the sheet a linked table is written on ("Standards" for SLA_Indicators), as its tab shows it. */
export function linkedSheetName(table: string): Texts {
  for (const tp of LINKED) if (tp.blocks.some((b) => isTable(b) && b.tableName === table)) return tp.sheetName;
  throw new Error(`No linked table ${table}`);
}

export function linkedColumn(table: string, key: string): Column {
  const column = linkedTable(table).columns.find((c) => c.key === key);
  if (!column) throw new Error(`No column ${key} in ${table}`);
  return column;
}

export const linkedHeader = (table: string, key: string, lang: Lang): string => linkedColumn(table, key).header[lang];
