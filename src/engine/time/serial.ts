/**
 * Excel date-time serials as whole seconds. A serial counts days since 1899-12-30 and its fraction
 * is the time of day; Excel knows no time zone and no daylight saving, so neither may we: every
 * computation here is integer arithmetic on days and seconds. Date is used only through its UTC
 * methods, which are plain proleptic-Gregorian arithmetic with no local-time shift.
 */
import { isSpace } from "../values";

export const SECONDS_PER_DAY = 86400;

/** Serial of 1970-01-01, the Unix epoch that Date.UTC counts from. */
const UNIX_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86_400_000;

/** 1900-01-01: Excel has no dates before it (serial 0 is a bare time of day). */
export const FIRST_SERIAL = 1;
/** 9999-12-31, the last date Excel can show. */
export const LAST_SERIAL = 2958465;

/** Day serial of a civil date, or null when the date does not exist (2023-02-29, month 13). */
export function serialFromCivil(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 9999) return null;
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  // Date.UTC rolls 2023-02-29 over to March 1st; a date that does not come back unchanged is invalid.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return ms / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** [year, month, day] of a day serial. */
export function civilFromSerial(day: number): [number, number, number] {
  const d = new Date((day - UNIX_EPOCH_SERIAL) * MS_PER_DAY);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

export const yearOfSerial = (day: number): number => civilFromSerial(day)[0];

/** Monday = 0 … Sunday = 6. Serial 0 (1899-12-30) was a Saturday, hence the offset 5. */
export function weekdayOf(day: number): number {
  return (((day + 5) % 7) + 7) % 7;
}

const pad2 = (n: number): string => (n < 10 ? "0" : "") + n;

/** "2024-05-06" for messages. */
export function formatDate(day: number): string {
  const [y, m, d] = civilFromSerial(day);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** "2024-05-06 09:30" (with ":ss" only when there are seconds) for messages. */
export function formatDateTime(seconds: number): string {
  const day = Math.floor(seconds / SECONDS_PER_DAY);
  const s = seconds - day * SECONDS_PER_DAY;
  const hh = Math.floor(s / 3600);
  const mm = Math.floor((s % 3600) / 60);
  const ss = s % 60;
  return `${formatDate(day)} ${pad2(hh)}:${pad2(mm)}${ss ? ":" + pad2(ss) : ""}`;
}

/**
 * Serial of an instant given in whole seconds: one division of two exact integers, so the result is
 * the double nearest the true date-time, which is what Excel stores for a typed 2024-05-06 10:00 and
 * what DATE()+TIME() yields. (Snapping it to 9 decimals would move it off that value, so a DUE
 * result would no longer compare equal to the same date-time typed into a cell.)
 */
export function serialFromSeconds(seconds: number): number {
  return seconds / SECONDS_PER_DAY;
}

/**
 * Text dates as ticket exports write them: 2024-05-06, 2024/5/6, 2024.5.6, 2024年5月6日, each
 * optionally followed by a time 9:30 or 09:30:15 (T or a space between). Returns whole seconds, or
 * null when the text is not such a date-time. Scanned by hand in one pass: no input can make it
 * backtrack, so a 32,767-character cell costs linear time.
 */
export function secondsFromText(text: string): number | null {
  const t = text.normalize("NFKC");
  let i = 0;
  const n = t.length;
  const spaces = (): number => {
    const from = i;
    while (i < n && isSpace(t.charCodeAt(i))) i++;
    return i - from;
  };
  /** 1 to `max` digits (exactly `max` when `exact`), or null. */
  const digits = (max: number, exact = false): number | null => {
    const from = i;
    while (i < n && i - from < max && isDigit(t.charCodeAt(i))) i++;
    if (i === from || (exact && i - from < max) || (i < n && isDigit(t.charCodeAt(i)))) return null;
    return Number(t.slice(from, i));
  };
  spaces();
  const year = digits(4, true);
  if (year === null) return null;
  spaces();
  let month: number | null;
  let day: number | null;
  const sep = t[i];
  if (sep === "-" || sep === "/" || sep === ".") {
    i++;
    spaces();
    month = digits(2);
    spaces();
    if (month === null || (t[i] !== "-" && t[i] !== "/" && t[i] !== ".")) return null;
    i++;
    spaces();
    day = digits(2);
    if (day === null) return null;
  } else if (sep === "年") {
    i++;
    spaces();
    month = digits(2);
    spaces();
    if (month === null || t[i] !== "月") return null;
    i++;
    spaces();
    day = digits(2);
    if (day === null) return null;
    const save = i;
    spaces();
    if (t[i] === "日" || t[i] === "号" || t[i] === "號") i++;
    else i = save;
  } else return null;
  const date = serialFromCivil(year, month, day);
  if (date === null) return null;
  const gap = spaces();
  if (i === n) return date * SECONDS_PER_DAY;
  if (t[i] === "t" || t[i] === "T") {
    i++;
    spaces();
  } else if (gap === 0) return null;
  const h = digits(2);
  if (h === null || t[i] !== ":") return null;
  i++;
  const min = digits(2, true);
  if (min === null) return null;
  let sec = 0;
  if (t[i] === ":") {
    i++;
    const s = digits(2, true);
    if (s === null) return null;
    sec = s;
  }
  spaces();
  if (i < n || h > 23 || min > 59 || sec > 59) return null;
  return date * SECONDS_PER_DAY + h * 3600 + min * 60 + sec;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
