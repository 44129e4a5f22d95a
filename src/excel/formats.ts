/** Number formats and widths, in the units Office.js expects. */
import type { ColumnFormat } from "../templates/types";

/** Format codes in Excel's invariant (English) syntax, as range.numberFormat takes them. */
export const NUMBER_FORMATS: Readonly<Record<ColumnFormat, string>> = {
  text: "@",
  general: "General",
  integer: "0",
  number1: "0.0",
  number2: "0.00",
  percent: "0%",
  percent1: "0.0%",
  date: "yyyy-mm-dd",
  month: "yyyy-mm",
  datetime: "yyyy-mm-dd hh:mm",
  currency: "#,##0.00",
};

/**
 * Column width in points for a width in characters: Excel shows n characters of the default font
 * (7 px each at 100%) plus 5 px of padding, and a point is 4/3 px.
 */
export const widthInPoints = (chars: number): number => Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
