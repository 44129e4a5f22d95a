/**
 * Template values as they go into cells. Text always lands in a text-formatted ("@") cell, so
 * nothing typed by a person or taken from a seed is ever read as a formula or a number:
 * "=1+1", "-5 per 1% below", "@home", "+86 139…" and "0138" all stay the text they are.
 */
import type { ColumnFormat, Lang, Value } from "../templates/types";

export type CellValue = string | number | boolean;

/** A template value in the chosen language (a formatted number: its number). */
export const localized = (value: Value, lang: Lang): string | number =>
  typeof value !== "object" ? value : "number" in value ? value.number : value[lang];

/** What a cell of the given format receives for a template value: a formatted number keeps its own format. */
export const valueWrite = (value: Value, lang: Lang, format: ColumnFormat): CellWrite =>
  typeof value === "object" && "number" in value
    ? { value: value.number, format: value.format }
    : cellWrite(localized(value, lang), format);

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/**
 * The first date whose serial the epoch above gives as Excel does: Excel counts a 29 February 1900
 * that never was, so its serials before March 1900 are one day off ours, and it has no dates before 1900.
 */
const FIRST_EXACT_DATE = Date.UTC(1900, 2, 1);

/**
 * "2024-05-01" or "2024-05-01 10:30" → Excel serial (45413, 45413.4375); null when it is not such a
 * date, or is before 1 March 1900.
 */
export function serialFromText(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map((part) => Number(part ?? 0));
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  date.setUTCHours(h, mi);
  const ms = date.getTime();
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || h > 23 || mi > 59) return null;
  if (ms < FIRST_EXACT_DATE) return null; // stays text: never a date a day off, nor 0050 read as 1950
  return (ms - EXCEL_EPOCH) / DAY_MS;
}

/** What one cell receives: its value and the format that keeps that value what it is. */
export interface CellWrite {
  readonly value: CellValue;
  readonly format: ColumnFormat;
}

/**
 * A value for a cell of the given format: a date written as text becomes a serial in a date cell;
 * any other text makes the cell a text cell, whatever the column's format.
 */
export function cellWrite(value: string | number, format: ColumnFormat): CellWrite {
  if (typeof value === "number") return { value, format };
  if (format === "date" || format === "datetime" || format === "month") {
    const serial = serialFromText(value);
    if (serial !== null) return { value: serial, format };
  }
  return { value, format: "text" };
}
