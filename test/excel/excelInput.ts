/**
 * Excel's input model: what a cell holds after a string is written to it with Range.values or
 * Range.formulas, which Excel reads as if the string were typed (Excel in an en-US locale; the fake
 * models that one locale).
 *
 * - A cell formatted "@" (Text) keeps whatever it is given, as text.
 * - A string starting with = + - or @ (and longer than that one character) is a formula.
 * - Otherwise Excel recognises, and turns into values: numbers (1,234.5 / 1e3 / (5) for −5), percents
 *   (88% → 0.88), currency ($1,234.50 / ¥100 / €5), fractions written with a whole part (0 1/2 → 0.5;
 *   "1/2" alone is a date, 2 January), booleans (true / FALSE), error values (#N/A), dates
 *   (2024-05-01, 2024/5/1, 5/1/2024, 5/1 in the current year), times (10:30, 10:30:15, 9:00 PM) and
 *   date-times. Recognising a percent, currency, date or time also gives a General cell that format,
 *   as typing does.
 * - Anything else is text.
 * That is what makes the formula-injection and "text stays text" tests mean something: a value only
 * stays what the add-in meant if the add-in formats the cell first.
 */

export type Scalar = string | number | boolean;

export interface InputCell {
  kind?: "text" | "number" | "boolean" | "formula" | "error";
  value?: Scalar;
  formula?: string;
  /**
   * What Excel computed for a formula, when a test says so (the fake does not evaluate formulas):
   * Range.values shows it; without it a formula cell shows "". Any new input clears it.
   */
  computed?: Scalar;
  numberFormat?: string;
}

/** The year Excel gives a date typed without one ("5/1"): the fake's "today" is fixed so tests are deterministic. */
export const FAKE_CURRENT_YEAR = 2026;

/** The error values Excel accepts when typed. */
const ERROR_VALUES = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"]);

const CURRENCY = "$¥€£";

/** Days from Excel's epoch (1899-12-30, which absorbs the 1900 leap-year bug for dates after February 1900). */
export function excelSerial(year: number, month: number, day: number): number | null {
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  if (year < 1900 || year > 9999) return null;
  return Math.round((t - Date.UTC(1899, 11, 30)) / 86_400_000);
}

interface Recognised {
  value: Scalar;
  kind: "number" | "boolean" | "error";
  /** The format typing gives a General cell, if any. */
  format?: string;
}

/** "1,234.5" (groups of three only), "1e3", ".5" → the number; anything else null. */
function plainNumber(s: string): number | null {
  if (!/^(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$/.test(s) || !/\d/.test(s.replace(/[eE].*$/, ""))) return null;
  return Number(s.replace(/,/g, ""));
}

function signed(s: string): { negative: boolean; body: string } {
  if (s.startsWith("(") && s.endsWith(")")) return { negative: true, body: s.slice(1, -1).trim() };
  if (s.startsWith("-")) return { negative: true, body: s.slice(1).trim() };
  if (s.startsWith("+")) return { negative: false, body: s.slice(1).trim() };
  return { negative: false, body: s };
}

function numberLike(s: string): Recognised | null {
  const { negative, body } = signed(s);
  const sign = negative ? -1 : 1;
  let text = body;
  let format: string | undefined;
  let scale = 1;
  if (text && CURRENCY.includes(text[0])) {
    format = `${text[0]}#,##0.00`;
    text = text.slice(1).trim();
  }
  if (text.endsWith("%")) {
    format = "0%";
    scale = 100;
    text = text.slice(0, -1).trim();
  }
  const n = plainNumber(text);
  if (n !== null) return { kind: "number", value: (sign * n) / scale, format };
  // A fraction needs its whole part ("0 1/2"); "1/2" alone is a date.
  const fraction = /^(\d+) (\d+)\/(\d+)$/.exec(text);
  if (fraction && !format && Number(fraction[3]) !== 0)
    return {
      kind: "number",
      value: sign * (Number(fraction[1]) + Number(fraction[2]) / Number(fraction[3])),
      format: "# ?/?",
    };
  return null;
}

/** "10:30", "10:30:15", "9:00 PM" → the fraction of a day. */
function timeOfDay(s: string): number | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])[Mm])?$/.exec(s);
  if (!m) return null;
  let h = Number(m[1]);
  const [min, sec] = [Number(m[2]), Number(m[3] ?? 0)];
  if (m[4]) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (m[4].toUpperCase() === "P" ? 12 : 0);
  }
  if (h > 23 || min > 59 || sec > 59) return null;
  return (h * 3600 + min * 60 + sec) / 86_400;
}

/** 2024-05-01, 2024/5/1, 5/1/2024 (month first), 5/1 (this year) → a serial. */
function dateOnly(s: string): number | null {
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(s);
  if (m) return excelSerial(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/.exec(s);
  if (m) return excelSerial(Number(m[3]), Number(m[1]), Number(m[2]));
  m = /^(\d{1,2})\/(\d{1,2})$/.exec(s);
  if (m) return excelSerial(FAKE_CURRENT_YEAR, Number(m[1]), Number(m[2]));
  return null;
}

function dateOrTime(s: string): Recognised | null {
  const time = timeOfDay(s);
  if (time !== null) return { kind: "number", value: time, format: "h:mm" };
  const date = dateOnly(s);
  if (date !== null) return { kind: "number", value: date, format: "m/d/yyyy" };
  const both = /^(\S+)\s+(\d.*)$/.exec(s);
  if (both) {
    const [d, t] = [dateOnly(both[1]), timeOfDay(both[2])];
    if (d !== null && t !== null) return { kind: "number", value: d + t, format: "m/d/yyyy h:mm" };
  }
  return null;
}

/** What typing `input` into a non-text cell gives, when Excel recognises it as a value. */
export function recognise(input: string): Recognised | null {
  const s = input.trim();
  if (s === "") return null;
  const upper = s.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { kind: "boolean", value: upper === "TRUE" };
  if (ERROR_VALUES.has(upper)) return { kind: "error", value: upper };
  return numberLike(s) ?? dateOrTime(s);
}

/** A value written to a cell of this format, as Excel takes it. */
export function typeInto(cell: InputCell, input: Scalar): void {
  delete cell.formula;
  delete cell.computed;
  if (typeof input !== "string") {
    cell.kind = typeof input === "number" ? "number" : "boolean";
    cell.value = input;
    return;
  }
  if (cell.numberFormat === "@") {
    cell.kind = "text";
    cell.value = input;
    return;
  }
  if (/^[=+\-@]/.test(input) && input.length > 1 && recognise(input)?.kind !== "number") {
    cell.kind = "formula";
    // Typed @SUM(A1) is entered as =SUM(A1) (the old Lotus way); + and - stay as the formula's first sign.
    cell.formula = input.startsWith("=") ? input : input.startsWith("@") ? `=${input.slice(1)}` : `=${input}`;
    delete cell.value;
    return;
  }
  if (input === "") {
    delete cell.kind;
    delete cell.value;
    return;
  }
  const value = recognise(input);
  if (value) {
    cell.kind = value.kind;
    cell.value = value.value;
    if (value.format && (cell.numberFormat === undefined || cell.numberFormat === "General"))
      cell.numberFormat = value.format;
    return;
  }
  cell.kind = "text";
  cell.value = input;
}
