/**
 * Months as the agreement keeps them: an Excel serial date of the month's first day (days since
 * 1899-12-30). Pure: the pane names them ("March 2024", "2024年3月").
 */
import { civilFromSerial } from "../engine/time/serial";
import { monthOf } from "../excel/agreement/check";
import type { CellValue } from "../excel/agreement/types";
import type { Lang } from "../templates";

const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * "March 2024" / "2024年3月" for a period (any day of the month). A cell that holds no date (text
 * typed into the period column) is shown as it is, so the status still says what the workbook holds.
 */
export function periodLabel(period: CellValue, lang: Lang): string {
  const month = monthOf(period);
  if (month === null) return String(period).trim();
  const [year, m] = civilFromSerial(month);
  return lang === "zh" ? `${year}年${m}月` : `${MONTHS_EN[m - 1]} ${year}`;
}
