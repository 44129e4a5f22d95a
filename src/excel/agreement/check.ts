/**
 * The workbook check: what is wrong or due in an agreement, read from one snapshot (pure: no Office,
 * no clock). Every judgement about a standard, a rule or a weight is the engine's own, so the check
 * never disagrees with the cells' SLA.* formulas. Findings come in this order (kind by kind, each
 * kind in row order), each worded in both languages (checkMessages.ts) with the cell to select:
 *
 * - weightsSum (error): the weights of SLA_Indicators are not what SLA.WEIGHTED accepts. First each
 *   weight alone: an indicator with no weight, a weight that is not a number or is negative, at
 *   that weight cell. When every weight is a number, their sum as SLA.WEIGHTED judges it (fractions
 *   adding to exactly 1, or whole numbers to 100, after the engine's 9-decimal tidying; 0.3333333333
 *   × 3 is not 1), with the engine's message giving the sum, at the first weight cell.
 * - standardUnreadable (error): a standard the engine refuses (parseStandard, or describeRule's
 *   refusals that concern the standard: missing, unreadable, a plain number where the rule is in %),
 *   with the engine's message, at the standard cell.
 * - ruleUnreadable (error): describeRule(standard, rule, full marks) throws (as SLA.RULE would), or
 *   the rule only reads as a fee clause (SLA.SCORE refuses it in the monthly sheet): the engine's
 *   message at the rule cell; when the refusal is about the full marks cell (not a positive number,
 *   in conflict with the rule's own, below the rule's points) and that cell is filled, at the full
 *   marks cell. An indicator with no rule is fine (pass/fail against its standard).
 * - bandGap (warning): a band rule that leaves actual values without a band, where SLA.SCORE would
 *   answer #N/A. The engine does not refuse such rules, so the gaps are read from the engine's own
 *   resolved bands (src/engine/bandGaps.ts): gaps it closes itself (90%-94% beside ≥95%) and rules
 *   with a catch-all have none. One finding per rule, listing its gaps, at the rule cell.
 * - unitMismatch (error): an actual (a number) whose unit cannot be the standard's, judged by the
 *   cell's number format and the indicator's standard in SLA_Indicators:
 *   (a) the cell is formatted as a percentage (a % outside quotes in the format's first section),
 *       and the standard is not a % and either has a unit (≤15分钟, ≥4.5分, 0次) or is a plain
 *       number above 1: 18 typed into a % cell is stored as 0.18 and would be scored as 0.18 minutes.
 *       A plain-number standard of at most 1 (0.9) is a fraction, which a % cell fits.
 *   (b) the standard is a %, the cell is not formatted as a percentage and holds a number above 1:
 *       88 typed for 88% (or 1.5 for 1.5%). A % cell above 100% (120%) is left alone.
 *   Rows whose indicator is unknown or whose standard is unreadable are judged by those findings.
 * - unknownIndicator (error): SLA_Monthly names an indicator SLA_Indicators does not hold, compared
 *   as Excel's lookups compare (case-insensitively, spaces count). One finding per name, at its
 *   first row, saying how many rows name it.
 * - missingActuals: a period of SLA_Monthly with rows (naming an indicator) whose actual is empty:
 *   one finding per period, oldest first, at the first empty actual. "info" for the latest period
 *   (the month being filled in), "warning" for an earlier one (its total cannot be worked out).
 * - penaltyDue (error) / streakInProgress (warning): from SLA_History's last row with a number as
 *   total. The months in a row below the penalty line are that row's streak when it is a number,
 *   else the engine's STREAK over the totals up to that row with SLA_PenaltyThreshold (default 80).
 *   At least SLA_PenaltyMonths (default 3) → penaltyDue; 1 to one less → streakInProgress; at the total.
 */
import {
  bandGaps,
  DEFAULT_STREAK_THRESHOLD,
  describeRule,
  parseStandard,
  SlaError,
  streak,
  tidy,
  weighted,
  type Standard,
} from "../../engine";
import { civilFromSerial, FIRST_SERIAL, LAST_SERIAL } from "../../engine/time/serial";
import type { Texts } from "../../templates/types";
import { checkMessages as m, engineText, indicatorName } from "./checkMessages";
import type { AgreementSnapshot, CellRef, CellValue, Finding, HistoryRow, IndicatorRow, MonthlyRow } from "./types";

type Kind = Finding["kind"];

const ORDER: readonly Kind[] = [
  "weightsSum",
  "standardUnreadable",
  "ruleUnreadable",
  "bandGap",
  "unitMismatch",
  "unknownIndicator",
  "missingActuals",
  "penaltyDue",
  "streakInProgress",
];

/** The penalty terms when the workbook does not say (SLA_PenaltyMonths, SLA_PenaltyThreshold). */
export const DEFAULT_PENALTY_MONTHS = 3;

export function checkAgreement(snapshot: AgreementSnapshot): Finding[] {
  const indicators = (snapshot.indicators ?? []).filter((r) => !emptyIndicator(r));
  const monthly = snapshot.monthly ?? [];
  const findings = [
    ...weightFindings(indicators),
    ...ruleFindings(indicators),
    ...unitFindings(monthly, indicators),
    ...(snapshot.indicators === null ? [] : unknownIndicatorFindings(monthly, indicators)),
    ...missingActualFindings(monthly),
    ...penaltyFindings(snapshot.history ?? [], snapshot.parameters),
  ];
  // Kind by kind; within a kind the order each part produced (a stable sort).
  return findings.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
}

const finding = (kind: Kind, severity: Finding["severity"], message: Texts, at: CellRef | null): Finding => ({
  kind,
  severity,
  message,
  at,
});

// ---------------------------------------------------------------------------------------- cells

/** Empty as Excel reports it (""), or only spaces: the engine treats both as no value. */
export const isBlankCell = (v: CellValue): boolean => v === "" || (typeof v === "string" && v.trim() === "");

/** A number, or a number typed as text ("3"); null otherwise. */
function numberIn(v: CellValue): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v !== "string" || v.trim() === "") return null;
  const n = Number(v.trim());
  return Number.isFinite(n) ? n : null;
}

const emptyIndicator = (r: IndicatorRow): boolean =>
  isBlankCell(r.name) && isBlankCell(r.weight) && isBlankCell(r.standard) && isBlankCell(r.rule);

/** Up to 4 decimals, as a person writes a number: 0.18, 18, 94.8. */
const show = (x: number): string => String(Math.round(tidy(x) * 1e4) / 1e4);

/** "2024-03" for a period's serial (any day of the month); a text period as written; "" for none. */
export function periodText(period: CellValue): string {
  const month = monthOf(period);
  if (month !== null) {
    const [y, mo] = civilFromSerial(month);
    return `${y}-${mo < 10 ? "0" : ""}${mo}`;
  }
  return typeof period === "string" ? period.trim() : isBlankCell(period) ? "" : String(period);
}

/** The serial of the first day of the period's month, or null when the period is not a date serial. */
export function monthOf(period: CellValue): number | null {
  if (typeof period !== "number" || !(period >= FIRST_SERIAL && period < LAST_SERIAL + 1)) return null;
  const day = Math.floor(period);
  return day - civilFromSerial(day)[2] + 1;
}

/** Is this percentage format? A % outside quotes, brackets and escapes, in the format's first section. */
export function isPercentFormat(format: string): boolean {
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === ";") return false;
    if (ch === '"') i = skipTo(format, i, '"');
    else if (ch === "[") i = skipTo(format, i, "]");
    else if (ch === "\\" || ch === "_" || ch === "*")
      i++; // an escaped, spacing or fill character
    else if (ch === "%") return true;
  }
  return false;
}

function skipTo(text: string, from: number, close: string): number {
  const at = text.indexOf(close, from + 1);
  return at < 0 ? text.length : at;
}

// -------------------------------------------------------------------------------------- weights

function weightFindings(rows: readonly IndicatorRow[]): Finding[] {
  if (rows.length === 0) return [];
  const out: Finding[] = [];
  for (const r of rows) {
    const name = indicatorName(r.name, r.cells.name.address);
    const at = r.cells.weight;
    if (isBlankCell(r.weight)) {
      out.push(finding("weightsSum", "error", m.weightMissing(name), at));
      continue;
    }
    // The engine's verdict on this weight alone; that it is not 100% by itself is no finding.
    const e = refusal(() => weighted([0], [r.weight]));
    if (e === null || e.id === "weightsSum") continue;
    const text = String(r.weight).trim();
    const message =
      e.id === "notNumber"
        ? m.weightNotNumber(name, text)
        : e.id === "negative"
          ? m.weightNegative(name, text)
          : m.weightsSum(engineText(e));
    out.push(finding("weightsSum", "error", message, at));
  }
  if (out.length > 0) return out;
  const e = refusal(() =>
    weighted(
      rows.map(() => 0),
      rows.map((r) => r.weight),
    ),
  );
  return e === null ? [] : [finding("weightsSum", "error", m.weightsSum(engineText(e)), rows[0].cells.weight)];
}

/** The engine's result, or its refusal (an SlaError). Bugs are not findings: they throw. */
function attempt<T>(compute: () => T): T | SlaError {
  try {
    return compute();
  } catch (e) {
    if (e instanceof SlaError) return e;
    throw e;
  }
}

/** The engine's refusal of a computation, or null when it succeeds. */
function refusal(compute: () => unknown): SlaError | null {
  const result = attempt(compute);
  return result instanceof SlaError ? result : null;
}

// ---------------------------------------------------------------------------- standards and rules

/** Refusals of describeRule that concern the standard cell rather than the rule. */
const STANDARD_IDS: ReadonlySet<string> = new Set(["standardMissing", "standardUnreadable", "standardNotPercent"]);
/** Refusals that concern the full marks cell, when it is filled. */
const FULL_MARKS_IDS: ReadonlySet<string> = new Set(["fullMarksInvalid", "fullMarksConflict", "pointsAboveFull"]);

function ruleFindings(rows: readonly IndicatorRow[]): Finding[] {
  const out: Finding[] = [];
  for (const r of rows) {
    const name = indicatorName(r.name, r.cells.name.address);
    const standardError = (e: SlaError) =>
      finding("standardUnreadable", "error", m.standardUnreadable(name, r.standard, engineText(e)), r.cells.standard);
    const parsed = isBlankCell(r.standard) ? null : refusal(() => parseStandard(r.standard));
    if (parsed) {
      out.push(standardError(parsed));
      continue;
    }
    // As SLA.RULE reads it on the standards sheet, then as SLA.SCORE compiles it on the monthly sheet.
    const read = attempt(() => describeRule(r.standard, r.rule, r.fullMarks));
    const gaps = read instanceof SlaError ? read : attempt(() => bandGaps(r.standard, r.rule));
    const e = gaps instanceof SlaError ? gaps : null;
    if (e && STANDARD_IDS.has(e.id)) out.push(standardError(e));
    else if (e && FULL_MARKS_IDS.has(e.id) && !isBlankCell(r.fullMarks))
      out.push(
        finding(
          "ruleUnreadable",
          "error",
          m.fullMarksUnusable(name, String(r.fullMarks), engineText(e)),
          r.cells.fullMarks,
        ),
      );
    else if (e)
      out.push(finding("ruleUnreadable", "error", m.ruleUnreadable(name, r.rule, engineText(e)), r.cells.rule));
    else if (!(gaps instanceof SlaError) && gaps.length > 0) {
      const list = { zh: gaps.map((g) => g.text.zh).join("、"), en: gaps.map((g) => g.text.en).join(", ") };
      out.push(finding("bandGap", "warning", m.bandGap(name, r.rule, list), r.cells.rule));
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------- monthly data

/** Excel's lookups ignore case: "sla" finds "SLA". */
const key = (name: string): string => name.toLowerCase();

function indicatorIndex(rows: readonly IndicatorRow[]): Map<string, IndicatorRow> {
  const byName = new Map<string, IndicatorRow>();
  for (const r of rows) if (!isBlankCell(r.name) && !byName.has(key(r.name))) byName.set(key(r.name), r);
  return byName;
}

function unitFindings(monthly: readonly MonthlyRow[], indicators: readonly IndicatorRow[]): Finding[] {
  const byName = indicatorIndex(indicators);
  const standards = new Map<IndicatorRow, Standard | null>();
  const standardOf = (r: IndicatorRow): Standard | null => {
    if (!standards.has(r)) {
      const s = isBlankCell(r.standard) ? null : attempt(() => parseStandard(r.standard));
      standards.set(r, s instanceof SlaError ? null : s);
    }
    return standards.get(r)!;
  };
  const out: Finding[] = [];
  for (const row of monthly) {
    if (typeof row.actual !== "number" || !Number.isFinite(row.actual)) continue;
    const indicator = byName.get(key(row.indicator));
    const s = indicator ? standardOf(indicator) : null;
    if (!indicator || !s) continue;
    const name = indicatorName(indicator.name, indicator.cells.name.address);
    const period = periodText(row.period);
    const standard = s.text;
    const x = row.actual;
    const percentCell = isPercentFormat(row.actualFormat);
    if (percentCell && !s.percent && (s.unit !== null || Math.abs(s.value) > 1))
      out.push(
        finding(
          "unitMismatch",
          "error",
          m.percentCell(name, period, standard, show(x * 100), show(x)),
          row.cells.actual,
        ),
      );
    else if (!percentCell && s.percent && x > 1)
      out.push(
        finding(
          "unitMismatch",
          "error",
          m.wholeForPercent(name, period, standard, show(x), show(x * 100)),
          row.cells.actual,
        ),
      );
  }
  return out;
}

function unknownIndicatorFindings(monthly: readonly MonthlyRow[], indicators: readonly IndicatorRow[]): Finding[] {
  const byName = indicatorIndex(indicators);
  const unknown = new Map<string, { first: MonthlyRow; rows: number }>();
  for (const row of monthly) {
    if (isBlankCell(row.indicator) || byName.has(key(row.indicator))) continue;
    const seen = unknown.get(row.indicator);
    if (seen) seen.rows++;
    else unknown.set(row.indicator, { first: row, rows: 1 });
  }
  return [...unknown].map(([name, { first, rows }]) =>
    finding("unknownIndicator", "error", m.unknownIndicator(name, rows), first.cells.indicator),
  );
}

/** The rows of each period (rows naming an indicator), oldest period first; text periods after dates. */
export function periods(monthly: readonly MonthlyRow[]): { period: CellValue; rows: MonthlyRow[] }[] {
  const groups = new Map<string | number, { period: CellValue; rows: MonthlyRow[] }>();
  for (const row of monthly) {
    if (isBlankCell(row.period) || isBlankCell(row.indicator)) continue;
    const month = monthOf(row.period);
    const k = month ?? `text:${String(row.period).trim()}`;
    const group = groups.get(k);
    if (group) group.rows.push(row);
    else groups.set(k, { period: month ?? row.period, rows: [row] });
  }
  const all = [...groups.values()];
  const dated = all.filter((g) => typeof g.period === "number").sort((a, b) => +a.period - +b.period);
  return [...dated, ...all.filter((g) => typeof g.period !== "number")];
}

function missingActualFindings(monthly: readonly MonthlyRow[]): Finding[] {
  const all = periods(monthly);
  const dated = all.filter((g) => typeof g.period === "number");
  const latest = dated.length > 0 ? dated[dated.length - 1] : null;
  const out: Finding[] = [];
  for (const g of all) {
    const empty = g.rows.filter((r) => isBlankCell(r.actual));
    if (empty.length === 0) continue;
    const severity = g === latest ? "info" : "warning";
    out.push(
      finding("missingActuals", severity, m.missingActuals(periodText(g.period), empty.length), empty[0].cells.actual),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------- penalty

function penaltyFindings(history: readonly HistoryRow[], parameters: AgreementSnapshot["parameters"]): Finding[] {
  let last = -1;
  history.forEach((r, i) => {
    if (typeof r.total === "number" && Number.isFinite(r.total)) last = i;
  });
  if (last < 0) return [];
  const row = history[last];
  const total = row.total as number;
  const line = numberIn(parameters.penaltyThreshold ?? "") ?? DEFAULT_STREAK_THRESHOLD;
  const given = numberIn(parameters.penaltyMonths ?? "");
  const penaltyMonths = given !== null && given >= 1 ? Math.floor(given) : DEFAULT_PENALTY_MONTHS;
  const months =
    typeof row.streak === "number" && Number.isFinite(row.streak)
      ? row.streak
      : attempt(() =>
          streak(
            history.slice(0, last + 1).map((r) => r.total),
            line,
          ),
        );
  if (months instanceof SlaError || months < 1) return [];
  const p = periodText(row.period);
  const period = p ? { zh: p, en: p } : { zh: "最近一期", en: "the latest period" };
  const args = [period, months, show(line), show(total), penaltyMonths] as const;
  return months >= penaltyMonths
    ? [finding("penaltyDue", "error", m.penaltyDue(...args), row.cells.total)]
    : [finding("streakInProgress", "warning", m.streakInProgress(...args), row.cells.total)];
}
