/**
 * Business time for SLA limits: SLA.DUE, SLA.ELAPSED, SLA.STATUS and SLA.USED.
 *
 *   due(start, duration, calendar?, holidays?, workdays?, pauses?)   → Excel date-time serial
 *   elapsed(start, end, calendar?, holidays?, workdays?, pauses?)    → business hours
 *   status(start, limit, end?, as_of?, calendar?, holidays?, workdays?, pauses?, warning?) → text
 *   used(start, limit, end?, as_of?, calendar?, holidays?, workdays?, pauses?)             → share
 *
 * Arguments are Excel values: numbers (date-times as serials), text, null for an omitted argument,
 * "" for an empty cell, 2-D arrays for ranges. Bad input throws SlaError, nothing else.
 *
 * Instants are whole seconds: a start or end with seconds keeps them (a ticket logged at 09:15:37
 * is counted from 09:15:37), only the sub-second noise of floating-point serials is rounded away.
 * A due time typed without seconds therefore comes out on the exact minute.
 *
 * Pauses (pauses.ts) are the times the ticket was on hold, a two-column range of from and to; the
 * clock stops during them. Every argument after the first two is optional and new ones come last,
 * so a workbook's existing calls keep their meaning.
 */
import { naError, SlaError } from "../errors";
import { parseCalendar } from "./calendar";
import { durationSeconds, readDuration } from "./duration";
import { readInstant, readStart, scheduleOf } from "./args";
import { dueOrOnHold, elapsedWithPauses, readPauses } from "./pauses";
import { formatDateTime, serialFromSeconds } from "./serial";

export { parseCalendar, ALWAYS } from "./calendar";
export type { Calendar, Period } from "./calendar";
export { CN_HOLIDAY_YEARS } from "./holidays";
export { CN_SOURCE } from "./cn-holidays.generated";
export { status, used, DEFAULT_WARNING, statusTexts } from "./status";

/**
 * The date-time by which `duration` of business time has passed since `start`, as an Excel
 * serial. A start outside working time counts from the next opening; a due time at the end of a
 * working period stays there; a zero duration is due at the start, or at the next opening when the
 * start is outside working time. Duration: hours as a number, or text such as 2小时, 30分钟, 45min,
 * 1.5h, 3个工作日, 3 working days (a working day is the calendar's regular day length). Time on
 * hold (pauses) does not count; while a pause has no end the ticket has no due time: #N/A saying
 * since when it is on hold.
 */
export function due(
  start: unknown,
  duration: unknown,
  calendar?: unknown,
  holidays?: unknown,
  workdays?: unknown,
  pauses?: unknown,
): number {
  const t0 = readStart(start);
  const d = readDuration(duration);
  const cal = parseCalendar(calendar);
  const schedule = scheduleOf(cal, holidays, workdays);
  return serialFromSeconds(dueOrOnHold(schedule, t0, durationSeconds(d, cal), readPauses(pauses)));
}

/**
 * Business hours between two date-times, less the time on hold (a pause with no end runs to the
 * end). An empty end is #N/A (the ticket is not finished yet); an end before the start is #NUM!.
 */
export function elapsed(
  start: unknown,
  end: unknown,
  calendar?: unknown,
  holidays?: unknown,
  workdays?: unknown,
  pauses?: unknown,
): number {
  const t0 = readStart(start);
  const t1 = readInstant(end, "end");
  if (t1 === null) throw naError("endMissing");
  if (t1 < t0) throw new SlaError("#NUM!", "endBeforeStart", { start: formatDateTime(t0), end: formatDateTime(t1) });
  const schedule = scheduleOf(parseCalendar(calendar), holidays, workdays);
  const p = readPauses(pauses);
  // Whole seconds over 3600: 9:00→17:30 is exactly 8.5, with no floating-point residue.
  return elapsedWithPauses(schedule, t0, t1, p) / 3600;
}
