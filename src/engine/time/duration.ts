/**
 * Durations of business time as SLA documents write them: a number of hours (2, 1.5), or text
 * "2小时", "30分钟", "2h", "45min", "1.5小时", "1小时30分钟", "3天", "3个工作日", "3 working days".
 *
 * A working day is the length of the calendar's regular working day (the total of its regular
 * weekday hours: 9 h for 9:00-18:00, 8 h for 9:00-12:00,13:00-18:00, 24 h for 7×24), counted as
 * business time like any other hours. So "3个工作日" from Monday 14:00 on a 9:00-18:00 calendar is
 * Thursday 14:00 — the same time of day on the 3rd following working day, which is what people
 * expect — and, unlike "skip to the same clock time", it stays consistent with ELAPSED (ELAPSED of
 * the result is 27 hours) and well defined when days differ in length or the start is off hours.
 *
 * The result is whole seconds, rounded to the nearest second (1/7 hour is 514 s).
 */
import { valueError } from "../errors";
import type { Calendar } from "./calendar";

const NUMBER = String.raw`(\d+(?:\.\d+)?|\.\d+)`;
const UNITS: ReadonlyArray<readonly [RegExp, "h" | "min" | "s" | "day"]> = [
  [/^(?:个工作日|個工作日|工作日|working\s*days?|business\s*days?|work\s*days?|workdays?|days?|天|日|d)$/, "day"],
  [/^(?:个小时|個小時|小时|小時|钟头|鐘頭|hours?|hrs?|h|时|時)$/, "h"],
  [/^(?:分钟|分鐘|minutes?|mins?|m|分)$/, "min"],
  [/^(?:秒钟|秒鐘|秒|seconds?|secs?|s)$/, "s"],
];
const TERM = new RegExp(String.raw`\s*${NUMBER}\s*([^\d.\s,+]+(?:\s+(?:days?))?)?`, "y");

function unitOf(word: string): "h" | "min" | "s" | "day" | null {
  for (const [re, unit] of UNITS) if (re.test(word)) return unit;
  return null;
}

/**
 * A duration as written: clock seconds plus working days. Kept apart so a duration can be read
 * (and refused) before the calendar that gives a working day its length.
 */
export interface Duration {
  readonly seconds: number;
  readonly workingDays: number;
}

/** Whole seconds of business time: working days take the calendar's regular day length. */
export function durationSeconds(d: Duration, calendar: Calendar): number {
  return Math.round(d.seconds + d.workingDays * calendar.regularTotal);
}

/** Reads a duration argument. Empty, negative or unreadable is #VALUE!. */
export function readDuration(input: unknown): Duration {
  if (Array.isArray(input) && input.length === 1 && Array.isArray(input[0]) && input[0].length === 1)
    return readDuration(input[0][0]);
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw valueError("durationUnreadable", { value: String(input) });
    if (input < 0) throw valueError("durationNegative", { value: String(input) });
    return { seconds: input * 3600, workingDays: 0 };
  }
  if (input === null || input === undefined || input === "") throw valueError("durationMissing");
  if (typeof input !== "string") throw valueError("durationUnreadable", { value: String(input) });
  return readDurationText(input);
}

function readDurationText(text: string): Duration {
  let s = text
    .normalize("NFKC")
    .trim()
    .replace(/[A-Z]/g, (c) => c.toLowerCase());
  s = s.replace(/(?:以内|之内|内|within)$/, "").trim(); // "24小时内" is a limit of 24 hours
  if (/^[-−]\s*[\d.]/.test(s)) throw valueError("durationNegative", { value: text });
  const half = /^半\s*(个小时|個小時|小时|小時|钟头|天|个工作日|工作日)$/.exec(s);
  if (half) s = "0.5" + half[1];
  if (s === "") throw valueError("durationMissing");
  let seconds = 0;
  let workingDays = 0;
  let pos = 0;
  let terms = 0;
  while (pos < s.length) {
    TERM.lastIndex = pos;
    const m = TERM.exec(s);
    if (!m) throw valueError("durationUnreadable", { value: text });
    const n = Number(m[1]);
    const word = (m[2] ?? "").trim();
    // A bare number is hours, but only on its own: "2 30分钟" is a typo, not 2 h 30 min.
    const unit = word === "" ? (terms === 0 && m.index + m[0].length === s.length ? "h" : null) : unitOf(word);
    if (!unit) throw valueError("durationUnreadable", { value: text });
    if (unit === "day") workingDays += n;
    else seconds += unit === "h" ? n * 3600 : unit === "min" ? n * 60 : n;
    pos = m.index + m[0].length;
    terms++;
    while (pos < s.length && /[\s,+]/.test(s[pos])) pos++; // "2h, 30min", "1天+4小时"
  }
  if (!Number.isFinite(seconds) || !Number.isFinite(workingDays))
    throw valueError("durationUnreadable", { value: text });
  return { seconds, workingDays };
}
