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
import { clip, finite } from "../values";
import { canonical } from "../words";
import type { Calendar } from "./calendar";

type DurationUnit = "h" | "min" | "s" | "day";

/**
 * Units as the word table writes them in canonical text (小時, 个小时, hours, h → 小时; 分鐘, min →
 * 分钟; 个工作日, working days → 工作日; days, d → 天), longest first. 时, 日, 分 and m are spellings
 * the word table does not give these meanings (分 is "points" there), read here as before.
 * A calendar day (天) counts as a working day, as it always has: durations are business time.
 */
const UNITS: ReadonlyArray<readonly [string, DurationUnit]> = [
  ["工作日", "day"],
  ["小时", "h"],
  ["分钟", "min"],
  ["秒", "s"],
  ["天", "day"],
  ["日", "day"],
  ["时", "h"],
  ["分", "min"],
  ["m", "min"],
];

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
    return { seconds: finite(input * 3600), workingDays: 0 };
  }
  if (input === null || input === undefined || input === "") throw valueError("durationMissing");
  if (typeof input !== "string") throw valueError("durationUnreadable", { value: String(input) });
  return readDurationText(input);
}

/**
 * Reads canonical text term by term ("1小时30分钟", "2小时, 30分钟", "1天+4小时"), one pass with
 * no regular expression, so any text up to Excel's 32,767 characters costs linear time.
 */
function readDurationText(text: string): Duration {
  const unreadable = () => valueError("durationUnreadable", { value: clip(text) });
  // The longest duration anyone writes ("1个工作日4小时30分钟15秒") is a few dozen characters:
  // refuse a page of text before handing it to the word table.
  if (text.length > MAX_LENGTH) throw unreadable();
  const lower = text.toLowerCase();
  // The word table reads 自然日 and calendar days as 天, but here 天 is a working day: refuse them.
  if (lower.includes("自然日") || /calendar\s*days?/.test(lower)) throw unreadable();
  let s = canonical(text);
  let a = 0;
  let b = s.length;
  if (s.startsWith("≤")) a++; // "within 2 hours", "不超过2小时"
  if (s.endsWith("以内"))
    b -= 2; // "24小时以内"
  else if (s.endsWith("内")) b--; // "24小时内"
  s = s.slice(a, b).trim();
  if (s === "") throw valueError("durationMissing");
  if (s[0] === "-" && /[\d.半]/.test(s[1] ?? "")) throw valueError("durationNegative", { value: clip(text) });
  let seconds = 0;
  let workingDays = 0;
  let pos = 0;
  let terms = 0;
  while (pos < s.length) {
    const numberStart = pos;
    let n: number;
    if (s[pos] === "半") {
      n = 0.5; // 半个工作日: the numerals only turn 半 into 0.5 before 小时, 天 and the like
      pos++;
    } else {
      while (pos < s.length && isDigit(s.charCodeAt(pos))) pos++;
      if (s[pos] === "." && isDigit(s.charCodeAt(pos + 1))) {
        pos++;
        while (pos < s.length && isDigit(s.charCodeAt(pos))) pos++;
      }
      if (pos === numberStart) throw unreadable();
      n = Number(s.slice(numberStart, pos));
    }
    while (s[pos] === " ") pos++;
    const hit = UNITS.find(([word]) => s.startsWith(word, pos) && !(word === "m" && isLetter(s.charCodeAt(pos + 1))));
    let unit: DurationUnit | null = null;
    if (hit) {
      unit = hit[1];
      pos += hit[0].length;
    } else if (pos === s.length && terms === 0) {
      unit = "h"; // a bare number is hours, but only on its own: "2 30分钟" is a typo, not 2 h 30 min
    }
    if (!unit) throw unreadable();
    if (unit === "day") workingDays += n;
    else seconds += unit === "h" ? n * 3600 : unit === "min" ? n * 60 : n;
    terms++;
    while (pos < s.length && (s[pos] === " " || s[pos] === "," || s[pos] === "+")) pos++; // "2h, 30min", "1天+4小时"
  }
  return { seconds: finite(seconds), workingDays: finite(workingDays) };
}

const MAX_LENGTH = 200;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
