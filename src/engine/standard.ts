/**
 * Standards (标准值) as people write them: "≥90%", "≤15分钟", "24小时内", "≥4.5分", "<=30s",
 * "不低于95%", "at most 4h", or a plain number in a cell (meaning "at least this").
 */
import { valueError, naError } from "./errors";
import { compare } from "./exact";
import { Cursor, takeNotes, toKey, lowerIsBetter, type Comparator, type Quantity } from "./text";
import type { Unit } from "./units";

export interface Standard {
  readonly comparator: Comparator;
  /** The threshold in the standard's own unit (a % standard as a fraction: 90% is 0.9). */
  readonly value: number;
  readonly percent: boolean;
  readonly unit: Unit | null;
  /** True for ≥ and >: a larger actual is better. */
  readonly higherIsBetter: boolean;
  /** True for > and <: the threshold itself does not meet the standard. */
  readonly strict: boolean;
  /** As the user wrote it, for explanations. */
  readonly text: string;
}

export function makeStandard(comparator: Comparator, q: Quantity, text: string): Standard {
  return {
    comparator,
    value: q.value,
    percent: q.percent,
    unit: q.unit,
    higherIsBetter: !lowerIsBetter(comparator),
    strict: comparator === ">" || comparator === "<",
    text,
  };
}

/** Reads "≥90%" style text; null when the text is not a standard at all. */
export function readStandardText(text: string): Standard | null {
  const { main, notes } = takeNotes(text);
  // "(在线客服)" or "(5分制)" is a note; "(不含90%)" or "(at least)" would change the meaning: refuse it.
  if (notes.some(changesMeaning)) return null;
  const c = new Cursor(toKey(main));
  c.skipLabel();
  const prefix = c.comparator();
  const q = c.quantity();
  if (!q) return null;
  const suffix = c.comparatorSuffix();
  if (!c.done) return null;
  if (prefix && suffix && prefix !== suffix) return null;
  // Without a comparator a time is a limit ("2小时" is "within 2 hours"); anything else is a floor.
  const comparator = prefix ?? suffix ?? (q.unit?.family === "time" ? "<=" : ">=");
  return makeStandard(comparator, q, text.trim());
}

function changesMeaning(note: string): boolean {
  const c = new Cursor(toKey(note));
  for (; !c.done; c.pos++)
    if (c.comparator() || /^(不含|含|包含|including|excluding|inclusive|exclusive)/.test(c.rest)) return true;
  return false;
}

const cache = new Map<string, Standard>();
const CACHE_LIMIT = 10_000;

/** A standard from a cell: a number ("at least this") or text. Blank → #N/A; unreadable → #VALUE!. */
export function parseStandard(input: unknown): Standard {
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw valueError("standardUnreadable", { text: String(input) });
    return makeStandard(">=", { value: input, percent: false, unit: null }, String(input));
  }
  if (input === null || input === undefined || input === "") throw naError("standardMissing");
  if (typeof input !== "string") throw valueError("standardUnreadable", { text: String(input) });
  const hit = cache.get(input);
  if (hit) return hit;
  const s = readStandardText(input);
  if (!s) throw valueError("standardUnreadable", { text: input.trim() });
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(input, s);
  return s;
}

/** Does `actual` (in the standard's unit) meet the standard? Compared decimal-exactly. */
export function meets(s: Standard, actual: number): boolean {
  const d = s.higherIsBetter ? compare(actual, s.value) : compare(s.value, actual);
  return s.strict ? d > 0 : d >= 0;
}
