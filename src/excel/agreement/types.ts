/**
 * The agreement workbook as src/excel reads it: one agreement per workbook, its sheets linked by
 * fixed table names. These types are the contract between the Office code (reading, actions), the
 * workbook check (pure) and the task pane.
 *
 * Tables of an agreement (their names are fixed, so every formula and co-author finds them):
 *   SLA_Indicators  (standards sheet) one row per indicator: name, weight, standard, rule, full marks…
 *   SLA_Monthly     (monthly sheet)   one row per indicator per period: period, indicator, actual,
 *                                     and formulas: weight/standard/rule looked up, met, score, explanation
 *   SLA_History     (results sheet)   one row per period: total, grade, missed, streak, plan due, fee deduction
 *   SLA_Plan        (plan sheet)      one row per improvement measure, tied to a period and an indicator
 *   SLA_Feed        (results feed)    one row per SLA_Monthly row, plain formulas only: the agreement,
 *                                     the row's figures and its month's total, grade and deduction
 *   SLA_Report*     (report sheet)    the chosen month's figures and the charts' data
 */
import type { Lang } from "../../templates/types";

/** A cell the user can be taken to: sheet name and A1 address ("D7"). */
export interface CellRef {
  readonly sheet: string;
  readonly address: string;
}

/** A cell's value as Excel reports it (Range.values): number, text, boolean; "" when empty. */
export type CellValue = string | number | boolean;

/** One row of SLA_Indicators. `cells` says where each field is, for the check's findings. */
export interface IndicatorRow {
  /** The name, trimmed (for messages and comparisons). */
  readonly name: string;
  /** The name as its cell holds it: what a formula's exact MATCH must be given. */
  readonly typed: CellValue;
  readonly weight: CellValue;
  readonly standard: string;
  readonly rule: string;
  readonly fullMarks: CellValue;
  /** Where its actual comes from ("需求记录：解决" links it to the ticket log: ticketFeed.ts). */
  readonly source: string;
  readonly cells: Readonly<Record<"name" | "weight" | "standard" | "rule" | "fullMarks", CellRef>>;
}

/** One row of SLA_Monthly. `period` is the month's first day as an Excel serial date. */
export interface MonthlyRow {
  readonly period: CellValue;
  readonly indicator: string;
  readonly actual: CellValue;
  /** The actual cell's number format ("0%", "General"…): a duration in a % cell is a finding. */
  readonly actualFormat: string;
  readonly standard: CellValue;
  readonly met: CellValue;
  readonly cells: Readonly<Record<"period" | "indicator" | "actual", CellRef>>;
}

/** One row of SLA_History. */
export interface HistoryRow {
  readonly period: CellValue;
  readonly total: CellValue;
  readonly grade: CellValue;
  readonly streak: CellValue;
  readonly cells: Readonly<Record<"period" | "total", CellRef>>;
}

/** One row of SLA_Plan. */
export interface PlanRow {
  readonly period: CellValue;
  readonly indicator: string;
}

/** What the pane and the actions know about the workbook after one sync. */
export interface AgreementSnapshot {
  /** The workbook's language (SLA_Language), null before anything was inserted. */
  readonly lang: Lang | null;
  readonly sheetNames: readonly string[];
  /** Which sheet holds each linked table; absent when the table does not exist. */
  readonly sheetOf: Readonly<Partial<Record<LinkedTable, string>>>;
  /** null when the table does not exist. */
  readonly indicators: readonly IndicatorRow[] | null;
  /**
   * The first indicator's name cell (SLA_Indicators' first data row), blank rows included: where
   * "Fill in indicators" takes the user when `indicators` (blank rows left out) is empty.
   */
  readonly indicatorsStart?: CellRef | null;
  readonly monthly: readonly MonthlyRow[] | null;
  readonly history: readonly HistoryRow[] | null;
  readonly plan: readonly PlanRow[] | null;
  /** The agreement's parameters by key (gradeScale, penaltyThreshold…), as their names' values. */
  readonly parameters: Readonly<Record<string, CellValue>>;
}

export type LinkedTable =
  "SLA_Indicators" | "SLA_Monthly" | "SLA_History" | "SLA_Plan" | "SLA_Feed" | "SLA_ReportIndicators";

/** A problem the workbook check found, worded in both languages; clicking it selects `at`. */
export interface Finding {
  readonly kind:
    | "weightsSum"
    | "ruleUnreadable"
    | "standardUnreadable"
    | "bandGap"
    | "unitMismatch"
    | "missingActuals"
    | "unknownIndicator"
    | "streakInProgress"
    | "penaltyDue";
  readonly severity: "error" | "warning" | "info";
  readonly message: Readonly<Record<Lang, string>>;
  readonly at: CellRef | null;
}
