/**
 * The SLA custom functions: one thin wrapper per function over the engine. Each turns Excel's
 * values into engine arguments and engine errors into Excel errors, nothing more.
 * custom-functions-metadata reads the JSDoc below to write functions.json.
 *
 * A parameter that takes a range is typed as a matrix (`any[][]`), which functions.json records as
 * "dimensionality": "matrix": only then does Excel pass the range whole, as rows of cells. Typed as a single
 * value, it would make Excel call the function once per cell of the range and spill the results.
 * A single value given to a matrix parameter ("CN", or a defined name holding "CN" or "") arrives as
 * [[value]]; an omitted one as null. The engine reads both.
 */
import * as engine from "../engine";
import { excel } from "./excelErrors";

/**
 * The score of one indicator, computed exactly as its written scoring rule says.
 * @customfunction SCORE
 * @param actual The actual value (88%, 12 minutes as 12 when the standard is in minutes).
 * @param standard The standard, e.g. "≥90%", "≤15分钟", "24小时内", or a number meaning "at least this".
 * @param [rule] The scoring rule, e.g. "每低于1%扣5分", "≥95%:10; ≥90%:8; 其他:0", "按达成率". Empty: full marks if met, else 0.
 * @param [full_marks] Full marks (default 100, or what the rule states).
 * @returns The score.
 */
export function score(actual: any, standard: any, rule?: string, full_marks?: any): number {
  return excel(() => engine.score(actual, standard, rule, full_marks));
}

/**
 * The share of the fee a fee clause deducts (or credits): 0 when the standard is met.
 * @customfunction CREDIT
 * @param actual The actual value (99.5%, or 6 hours when the standard is in hours).
 * @param standard The standard, e.g. "≥99.9%"; may be empty when the fee table carries it.
 * @param rule The fee clause, e.g. "每低1%扣减当月服务费1.5%", "<99.9%: 10%; <99%: 25%", "2% of the monthly charge for each 0.5% below target, up to 30%".
 * @returns A fraction of the fee (format the cell as %).
 */
export function credit(actual: any, standard: any, rule: any): number {
  return excel(() => engine.credit(actual, standard, rule));
}

/**
 * How the add-in reads a scoring rule, in one sentence in the rule's language, so both parties can check it.
 * @customfunction RULE
 * @param standard The standard, e.g. "≥90%".
 * @param rule The scoring rule, e.g. "每低于1%扣5分，最多扣30分，低于80%不得分".
 * @param [full_marks] Full marks (default 100, or what the rule states).
 * @returns The reading of the rule.
 */
export function rule(standard: any, rule: any, full_marks?: any): string {
  return excel(() => engine.describeRule(standard, rule, full_marks));
}

/**
 * The grade of a score on a grade scale.
 * @customfunction GRADE
 * @param score The score, e.g. a weighted total.
 * @param [scale] The scale as text, "优秀≥90;合格≥80;不合格", or a two-column range (label, minimum; the last minimum blank). Default "Excellent>=90; Pass>=80; Fail".
 * @returns The grade's label.
 */
export function grade(score: any, scale?: any[][]): string {
  return excel(() => engine.grade(score, scale));
}

/**
 * The weighted total: the sum of each score times its weight.
 * @customfunction WEIGHTED
 * @param scores The scores of the indicators.
 * @param weights Their weights: fractions adding up to 100%, or whole numbers adding up to 100.
 * @returns The weighted total.
 */
export function weighted(scores: any[][], weights: any[][]): number {
  return excel(() => engine.weighted(scores, weights));
}

/**
 * Whether an actual value meets the standard.
 * @customfunction MET
 * @param actual The actual value.
 * @param standard The standard, e.g. "≥85%" or "≤2小时".
 * @returns TRUE when the standard is met.
 */
export function met(actual: any, standard: any): boolean {
  return excel(() => engine.met(actual, standard));
}

/**
 * The share of values that meet the standard, e.g. the rate of tickets answered within 2 hours.
 * @customfunction ATTAINMENT
 * @param values The values; blank cells and text are skipped.
 * @param standard The standard, e.g. "≤2小时".
 * @returns A fraction between 0 and 1 (format the cell as %).
 */
export function attainment(values: any[][], standard: any): number {
  return excel(() => engine.attainment(values, standard));
}

/**
 * How many of the latest periods in a row scored below the threshold (blank periods at the end are ignored).
 * @customfunction STREAK
 * @param values The scores of the periods, oldest first.
 * @param [threshold] The threshold (default 80).
 * @returns The number of periods in a row below the threshold.
 */
export function streak(values: any[][], threshold?: any): number {
  return excel(() => engine.streak(values, threshold));
}

/**
 * One sentence that shows how the score is computed, in the language of the rule.
 * @customfunction EXPLAIN
 * @param actual The actual value.
 * @param standard The standard, e.g. "≥90%".
 * @param [rule] The scoring rule.
 * @param [full_marks] Full marks (default 100, or what the rule states).
 * @returns The explanation.
 */
export function explain(actual: any, standard: any, rule?: string, full_marks?: any): string {
  return excel(() => engine.explain(actual, standard, rule, full_marks));
}

/**
 * The date-time by which a duration of business time has passed since the start, e.g. a ticket's due time.
 * @customfunction DUE
 * @param start The start date-time, e.g. when the ticket was recorded.
 * @param duration Hours as a number, or text such as "2小时", "30分钟", "2h", "3个工作日", "3 days".
 * @param [calendar] The service calendar, e.g. "周一至周五 9:00-18:00", "Mon-Fri 09:00-12:00,13:00-18:00", "7x24" (the default).
 * @param [holidays] Dates that are not worked (a range), or "CN" for mainland China's holidays and make-up working days; "CN" in a cell beside dates adds those dates.
 * @param [workdays] Dates that are worked although the calendar says otherwise (make-up days), as a range.
 * @param [pauses] Times the ticket was on hold, a two-column range of from and to (to empty while still on hold); time on hold does not count, and while on hold there is no due time (#N/A).
 * @returns A date-time (format the cell as a date and time).
 */
export function due(
  start: any,
  duration: any,
  calendar?: any,
  holidays?: any[][],
  workdays?: any[][],
  pauses?: any[][],
): number {
  return excel(() => engine.due(start, duration, calendar, holidays, workdays, pauses));
}

/**
 * The business hours between two date-times under a service calendar, less the time on hold.
 * @customfunction ELAPSED
 * @param start The start date-time.
 * @param end The end date-time; empty while the ticket is open (#N/A).
 * @param [calendar] The service calendar, e.g. "周一至周五 9:00-18:00" or "7x24" (the default).
 * @param [holidays] Dates that are not worked (a range), or "CN" for mainland China's holidays and make-up working days; "CN" in a cell beside dates adds those dates.
 * @param [workdays] Dates that are worked although the calendar says otherwise (make-up days), as a range.
 * @param [pauses] Times the ticket was on hold, a two-column range of from and to (to empty while still on hold: it runs to the end).
 * @returns Business hours.
 */
export function elapsed(
  start: any,
  end: any,
  calendar?: any,
  holidays?: any[][],
  workdays?: any[][],
  pauses?: any[][],
): number {
  return excel(() => engine.elapsed(start, end, calendar, holidays, workdays, pauses));
}

/**
 * Where a ticket stands against its time limit: Met, Breached, At risk, Open or Paused (in Chinese when the calendar or the limit is written in Chinese).
 * @customfunction STATUS
 * @param start The start date-time, e.g. when the ticket was recorded.
 * @param limit The time limit: hours as a number, or text such as "2小时", "30分钟", "3个工作日".
 * @param [end] When the ticket was closed; empty while it is open.
 * @param [as_of] The date-time an open ticket is measured at, e.g. NOW().
 * @param [calendar] The service calendar, e.g. "周一至周五 9:00-18:00" or "7x24" (the default).
 * @param [holidays] Dates that are not worked (a range), or "CN" for mainland China's holidays and make-up working days; "CN" in a cell beside dates adds those dates.
 * @param [workdays] Dates that are worked although the calendar says otherwise (make-up days), as a range.
 * @param [pauses] Times the ticket was on hold, a two-column range of from and to (to empty while still on hold).
 * @param [warning] The share of the limit used from which an open ticket is at risk, e.g. 80% (the default).
 * @returns Met, Breached, At risk, Open or Paused.
 */
export function status(
  start: any,
  limit: any,
  end?: any,
  as_of?: any,
  calendar?: any,
  holidays?: any[][],
  workdays?: any[][],
  pauses?: any[][],
  warning?: any,
): string {
  return excel(() => engine.status(start, limit, end, as_of, calendar, holidays, workdays, pauses, warning));
}

/**
 * The share of a ticket's time limit used: business time not on hold until the end (or as_of) ÷ the limit.
 * @customfunction USED
 * @param start The start date-time, e.g. when the ticket was recorded.
 * @param limit The time limit: hours as a number, or text such as "2小时", "30分钟", "3个工作日".
 * @param [end] When the ticket was closed; empty while it is open.
 * @param [as_of] The date-time an open ticket is measured at, e.g. NOW().
 * @param [calendar] The service calendar, e.g. "周一至周五 9:00-18:00" or "7x24" (the default).
 * @param [holidays] Dates that are not worked (a range), or "CN" for mainland China's holidays and make-up working days; "CN" in a cell beside dates adds those dates.
 * @param [workdays] Dates that are worked although the calendar says otherwise (make-up days), as a range.
 * @param [pauses] Times the ticket was on hold, a two-column range of from and to (to empty while still on hold).
 * @returns A fraction of the limit (format the cell as %); above 1 when over the limit.
 */
export function used(
  start: any,
  limit: any,
  end?: any,
  as_of?: any,
  calendar?: any,
  holidays?: any[][],
  workdays?: any[][],
  pauses?: any[][],
): number {
  return excel(() => engine.used(start, limit, end, as_of, calendar, holidays, workdays, pauses));
}
