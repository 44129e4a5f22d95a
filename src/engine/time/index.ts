/**
 * Business time for SLA limits: SLA.DUE and SLA.ELAPSED.
 *
 *   due(start, duration, calendar?, holidays?, workdays?)   → Excel date-time serial
 *   elapsed(start, end, calendar?, holidays?, workdays?)    → business hours
 *
 * Arguments are Excel values: numbers (date-times as serials), text, null for an omitted argument,
 * "" for an empty cell, 2-D arrays for ranges. Bad input throws SlaError, nothing else.
 *
 * Instants are whole seconds: a start or end with seconds keeps them (a ticket logged at 09:15:37
 * is counted from 09:15:37), only the sub-second noise of floating-point serials is rounded away.
 * A due time typed without seconds therefore comes out on the exact minute.
 */
import { naError, SlaError, valueError } from "../errors";
import { parseCalendar, type Calendar } from "./calendar";
import { dueSeconds, elapsedSeconds } from "./businessTime";
import { durationSeconds, readDuration } from "./duration";
import { readHolidays, readWorkdays } from "./holidays";
import { scheduleFor } from "./schedule";
import { clip, numberFromText } from "../values";
import {
  FIRST_SERIAL,
  LAST_SERIAL,
  SECONDS_PER_DAY,
  formatDateTime,
  secondsFromText,
  serialFromSeconds,
} from "./serial";

export { parseCalendar, ALWAYS } from "./calendar";
export type { Calendar, Period } from "./calendar";
export { CN_HOLIDAY_YEARS } from "./holidays";
export { CN_SOURCE } from "./cn-holidays.generated";

/** A start or end as whole seconds since serial 0, or null when the cell is empty. */
function readInstant(input: unknown, which: "start" | "end"): number | null {
  if (Array.isArray(input) && input.length === 1 && Array.isArray(input[0]) && input[0].length === 1)
    input = input[0][0]; // one cell passed as a range
  if (input === null || input === undefined) return null;
  const notDate = () => valueError(which === "start" ? "startNotDate" : "endNotDate", { value: clip(String(input)) });
  let serial: number;
  if (typeof input === "number") serial = input;
  else if (typeof input === "string") {
    const text = input.trim();
    if (text === "") return null;
    const seconds = secondsFromText(text);
    if (seconds !== null) return seconds;
    const typed = text.includes("%") ? null : numberFromText(text); // a serial typed as text
    if (typed === null) throw notDate();
    serial = typed;
  } else throw notDate();
  // Below 1 is a bare time of day (no date), above the last date Excel has is no date either.
  if (!Number.isFinite(serial) || serial < FIRST_SERIAL || serial >= LAST_SERIAL + 1) throw notDate();
  return Math.round(serial * SECONDS_PER_DAY);
}

/** A start is required by both functions: without one there is nothing to count from. */
function readStart(start: unknown): number {
  const t0 = readInstant(start, "start");
  if (t0 === null) throw valueError("startMissing");
  return t0;
}

/** The calendar with the holidays and make-up days of the two optional arguments. */
function scheduleOf(cal: Calendar, holidays: unknown, workdays: unknown) {
  return scheduleFor(cal, readHolidays(holidays), readWorkdays(workdays));
}

/**
 * The date-time by which `duration` of business time has passed since `start`, as an Excel
 * serial. A start outside working time counts from the next opening; a due time at the end of a
 * working period stays there. Duration: hours as a number, or text such as 2小时, 30分钟, 45min,
 * 1.5h, 3个工作日, 3 working days (a working day is the calendar's regular day length).
 */
export function due(
  start: unknown,
  duration: unknown,
  calendar?: unknown,
  holidays?: unknown,
  workdays?: unknown,
): number {
  const t0 = readStart(start);
  const d = readDuration(duration);
  const cal = parseCalendar(calendar);
  return serialFromSeconds(dueSeconds(scheduleOf(cal, holidays, workdays), t0, durationSeconds(d, cal)));
}

/**
 * Business hours between two date-times. An empty end is #N/A (the ticket is not finished yet);
 * an end before the start is #NUM!.
 */
export function elapsed(
  start: unknown,
  end: unknown,
  calendar?: unknown,
  holidays?: unknown,
  workdays?: unknown,
): number {
  const t0 = readStart(start);
  const t1 = readInstant(end, "end");
  if (t1 === null) throw naError("endMissing");
  if (t1 < t0) throw new SlaError("#NUM!", "endBeforeStart", { start: formatDateTime(t0), end: formatDateTime(t1) });
  const schedule = scheduleOf(parseCalendar(calendar), holidays, workdays);
  // Whole seconds over 3600: 9:00→17:30 is exactly 8.5, with no floating-point residue.
  return elapsedSeconds(schedule, t0, t1) / 3600;
}
