/**
 * Turning Excel cell values into numbers. Excel hands a custom function numbers, strings,
 * booleans, "" for an empty cell, null for an omitted argument and 2-D arrays for ranges.
 */
import { valueError, naError } from "./errors";
import { formatNumber } from "./exact";

export type Cell = number | string | boolean | null | undefined;

export const isBlank = (v: unknown): boolean => v === null || v === undefined || v === "";

/** Numbers typed as text ("88", "88%") are accepted; other text is #VALUE!. */
export function numberFromText(text: string): number | null {
  const m = /^\s*([+-]?(?:\d+(?:\.\d+)?|\.\d+))\s*(%?)\s*$/.exec(text.normalize("NFKC"));
  if (!m) return null;
  const n = Number(m[1]);
  return m[2] ? n / 100 : n;
}

/** A cell as a number: numbers as they are, numbers typed as text read, anything else null. */
export function toNumber(v: unknown): number | null {
  if (typeof v === "number") return v;
  return typeof v === "string" ? numberFromText(v) : null;
}

/** The actual value of an indicator, checked against a % standard when there is one. */
export function readActual(input: unknown, percent: boolean): number {
  if (isBlank(input)) throw naError("actualMissing");
  const n = toNumber(input);
  if (n === null || !Number.isFinite(n)) throw valueError("actualNotNumber", { value: String(input) });
  checkPercent(n, percent);
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
  if (Array.isArray(input)) {
    const out: Cell[] = [];
    for (const row of input) {
      if (Array.isArray(row)) for (const v of row) out.push(v as Cell);
      else out.push(row as Cell);
    }
    return out;
  }
  return [input as Cell];
}
