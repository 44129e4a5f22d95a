/**
 * Turning Excel cell values into numbers. Excel hands a custom function numbers, strings,
 * booleans, "" for an empty cell, null for an omitted argument and 2-D arrays for ranges.
 */
import { valueError, naError, SlaError } from "./errors";
import { formatNumber } from "./exact";

export type Cell = number | string | boolean | null | undefined;

/**
 * Built-ins used once per cell or character, bound once. In a test runner's sandbox (jest runs
 * code in a vm context) every read of a global such as Array or Math costs ~100 ns, which turns a
 * million-row range into a tenth of a second; a module constant costs nothing anywhere.
 */
export const isArray = Array.isArray;
export const isFiniteNumber = Number.isFinite;
export const toText = String;
const parseDecimal = Number;

export const isBlank = (v: unknown): boolean => v === null || v === undefined || v === "";

/** White space as JavaScript's \s knows it, full-width and line separators included. */
export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Numbers typed as text ("88", "88%", " -1.5 ", "８８％") are accepted; other text is null.
 * Scanned by hand in one pass: a regular expression with two \s* around an optional % took
 * quadratic time on a number followed by thousands of spaces.
 */
export function numberFromText(text: string): number | null {
  const t = text.normalize("NFKC");
  const n = t.length;
  let i = 0;
  while (i < n && isSpace(t.charCodeAt(i))) i++;
  const start = i;
  const sign = t.charCodeAt(i);
  if (sign === 43 || sign === 45 || sign === 0x2212) i++; // + - −
  const intStart = i;
  while (i < n && isDigit(t.charCodeAt(i))) i++;
  let digits = i - intStart;
  if (t.charCodeAt(i) === 46) {
    const fracStart = ++i;
    while (i < n && isDigit(t.charCodeAt(i))) i++;
    if (i === fracStart) return null; // "1." or "."
    digits += i - fracStart;
  }
  if (digits === 0) return null;
  const value = parseDecimal((sign === 0x2212 ? "-" : "") + t.slice(sign === 0x2212 ? start + 1 : start, i));
  while (i < n && isSpace(t.charCodeAt(i))) i++;
  const percent = t.charCodeAt(i) === 37;
  if (percent) i++;
  while (i < n && isSpace(t.charCodeAt(i))) i++;
  if (i < n) return null;
  return percent ? value / 100 : value;
}

/** x itself when it is a finite number; #NUM! when a result overflows (never NaN or ∞ in a cell). */
export function finite(x: number): number {
  if (!isFiniteNumber(x)) throw new SlaError("#NUM!", "numberTooLarge");
  return x;
}

/** A text short enough to quote in a message: the first `max` characters and "…". */
export function clip(text: string, max = 120): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

/** A cell as a number: numbers as they are, numbers typed as text read, anything else null. */
export function toNumber(v: unknown): number | null {
  if (typeof v === "number") return v;
  return typeof v === "string" ? numberFromText(v) : null;
}

/** The actual value of an indicator, checked against a % standard when there is one. */
export function readActual(input: unknown, percent: boolean, above100 = false): number {
  if (isBlank(input)) throw naError("actualMissing");
  const n = toNumber(input);
  if (n === null || !Number.isFinite(n)) throw valueError("actualNotNumber", { value: clip(String(input)) });
  // Above 100% is a real value where the rule gives it meaning (a bonus, a ratio, a band up there).
  if (!(above100 && n <= 10)) checkPercent(n, percent);
  return n;
}

/** Excel's 85% is 0.85: an actual above 1 against a % standard was surely typed as 85. */
export function checkPercent(n: number, percent: boolean): void {
  if (!percent || n <= 1) return;
  // 1.05 was typed as 105%: it is a rate above 100%, not a whole number meant as a percentage.
  if (n <= 2) throw valueError("percentAbove100", { value: `${formatNumber(n * 100)}%` });
  throw valueError("percentAsWhole", { value: formatNumber(n) });
}

/** Every cell of a range (or a single value) in reading order. */
export function cells(input: unknown): Cell[] {
  if (isArray(input)) {
    const out: Cell[] = [];
    for (const row of input) {
      if (isArray(row)) for (const v of row) out.push(v as Cell);
      else out.push(row as Cell);
    }
    return out;
  }
  return [input as Cell];
}
