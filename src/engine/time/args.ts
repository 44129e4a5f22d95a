/**
 * The arguments every business-time function shares, read from Excel values: date-times (start,
 * end, as_of, the cells of a pauses range) and the schedule (calendar, holidays, workdays). Kept
 * apart from index.ts so that status.ts and pauses.ts read them exactly as DUE and ELAPSED do.
 */
import { SlaError, valueError } from "../errors";
import { clip, numberFromText } from "../values";
import type { Calendar } from "./calendar";
import { readHolidays, readWorkdays } from "./holidays";
import { scheduleFor, type Schedule } from "./schedule";
import { FIRST_SERIAL, LAST_SERIAL, SECONDS_PER_DAY, secondsFromText } from "./serial";

/** A single cell passed as a range ([[x]]) is that cell. */
export function oneCell(input: unknown): unknown {
  return Array.isArray(input) && input.length === 1 && Array.isArray(input[0]) && input[0].length === 1
    ? input[0][0]
    : input;
}

/**
 * A cell as whole seconds since serial 0; null when it is blank; `notDate()` thrown when it is not a
 * date-time: a serial (below 1 is a bare time of day, with no date), date text (2024-05-06 09:30,
 * 2024年5月6日) or a serial typed as text.
 */
export function secondsOfCell(input: unknown, notDate: () => SlaError): number | null {
  input = oneCell(input);
  if (input === null || input === undefined) return null;
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
  if (!Number.isFinite(serial) || serial < FIRST_SERIAL || serial >= LAST_SERIAL + 1) throw notDate();
  return Math.round(serial * SECONDS_PER_DAY);
}

/** Which date-time argument, for its "is not a date-time" message. */
type Which = "start" | "end" | "asOf";
const NOT_DATE = { start: "startNotDate", end: "endNotDate", asOf: "asOfNotDate" } as const;

/** A start, end or as_of as whole seconds, or null when the cell is empty. */
export function readInstant(input: unknown, which: Which): number | null {
  return secondsOfCell(input, () => valueError(NOT_DATE[which], { value: clip(String(oneCell(input))) }));
}

/** A start is required by every function: without one there is nothing to count from. */
export function readStart(start: unknown): number {
  const t0 = readInstant(start, "start");
  if (t0 === null) throw valueError("startMissing");
  return t0;
}

/** The calendar with the holidays and make-up days of the two optional arguments. */
export function scheduleOf(cal: Calendar, holidays: unknown, workdays: unknown): Schedule {
  return scheduleFor(cal, readHolidays(holidays), readWorkdays(workdays));
}
