/**
 * What the task pane offers first (pure): set the agreement up, fill in the latest month's actuals,
 * or add the next month.
 *
 * - setUp: there is no SLA_Monthly table (snapshot.monthly === null).
 * - restore: some of the agreement's sheets were deleted (missingSheets): set-up puts them back.
 * - enterActuals: the latest period of SLA_Monthly has rows (naming an indicator) with an empty
 *   actual; `missing` is how many.
 * - newMonth: otherwise; `period` is the first day of the month after the latest (December →
 *   January of the next year). With no dated rows at all the latest month is unknowable from the
 *   workbook, and this code has no clock: the caller passes `today` (an Excel serial, any day) and
 *   the new month is today's.
 *
 * Periods are Excel serials of a month's first day (45352 = 2024-03-01); a period on another day
 * counts for its month. Text periods are not dates and are left out.
 */
import { civilFromSerial, serialFromCivil } from "../../engine/time/serial";
import { isBlankCell, monthOf, periods } from "./check";
import type { AgreementSnapshot, LinkedTable } from "./types";

/** The agreement's own sheets, by their tables: the standards, the months, the plan and the history. */
const AGREEMENT_TABLES: readonly LinkedTable[] = ["SLA_Indicators", "SLA_Monthly", "SLA_Plan", "SLA_History"];

/**
 * The agreement's sheets a user deleted: empty when there is no agreement at all (a standards
 * sheet inserted alone is not one) or when all are there. "Set up agreement" puts them back.
 */
export function missingSheets(snapshot: AgreementSnapshot): LinkedTable[] {
  const has = (t: LinkedTable) => snapshot.sheetOf[t] !== undefined;
  if (!AGREEMENT_TABLES.some((t) => t !== "SLA_Indicators" && has(t))) return [];
  return AGREEMENT_TABLES.filter((t) => !has(t));
}

/**
 * Whether an agreement lacks its results feed (SLA_Feed): deleted, or set up before the feed existed.
 * Not a missing sheet: nothing else reads the feed, so it never holds the pane's next step or New
 * month back; "Set up agreement" puts it back with any other missing sheet, or alone.
 */
export function feedMissing(snapshot: AgreementSnapshot): boolean {
  return snapshot.sheetOf.SLA_Monthly !== undefined && snapshot.sheetOf.SLA_Feed === undefined;
}

export type NextStep =
  | { readonly kind: "setUp" }
  | { readonly kind: "restore"; readonly missing: readonly LinkedTable[] }
  | { readonly kind: "enterActuals"; readonly period: number; readonly missing: number }
  | { readonly kind: "newMonth"; readonly period: number };

/** The first day of the month after the month of `serial` (any day of it). */
export function monthAfter(serial: number): number {
  const [y, m] = civilFromSerial(Math.floor(serial));
  const next = m === 12 ? serialFromCivil(y + 1, 1, 1) : serialFromCivil(y, m + 1, 1);
  // Only 9999-12 has no next month in Excel: stay on it rather than leave the calendar.
  return next ?? Math.floor(serial) - civilFromSerial(Math.floor(serial))[2] + 1;
}

export function nextStep(snapshot: AgreementSnapshot, today: number): NextStep {
  const gone = missingSheets(snapshot);
  if (gone.length) return { kind: "restore", missing: gone };
  if (snapshot.monthly === null) return { kind: "setUp" };
  const dated = periods(snapshot.monthly).filter((g) => typeof g.period === "number");
  const latest = dated.length > 0 ? dated[dated.length - 1] : null;
  if (latest === null) return { kind: "newMonth", period: monthOf(today) ?? Math.floor(today) };
  const period = latest.period as number;
  const missing = latest.rows.filter((r) => isBlankCell(r.actual)).length;
  return missing > 0 ? { kind: "enterActuals", period, missing } : { kind: "newMonth", period: monthAfter(period) };
}

/**
 * The month a report shows by default: the latest with a total (a month just added, its actuals not
 * typed yet, would show an empty report), else the latest month there is.
 */
export function reportPeriod(snapshot: AgreementSnapshot): number | null {
  const totals = (snapshot.history ?? []).filter((h) => typeof h.period === "number" && h.total !== "");
  if (totals.length) return monthOf(totals[totals.length - 1].period as number);
  const all = periods(snapshot.monthly ?? []).filter((g) => typeof g.period === "number");
  return all.length ? (all[all.length - 1].period as number) : null;
}
