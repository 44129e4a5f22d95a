/**
 * Standards (标准值) as people write them: "≥90%", "≤15分钟", "24小时内", "≥4.5分", "<=30s",
 * "不低于95%", "at most 4h", "4小时内到达现场", "≥60通", "0次", "无", "零投诉", or a plain number
 * in a cell. A standard written without a comparator ("5%", "120秒", a number copied from a 目标值
 * column) is "bare": its rule may say which way is better (每下降1%加3分: lower); without one a
 * time or a zero count is a limit and anything else a floor.
 */
import { valueError, naError } from "./errors";
import { sign } from "./exact";
import { TextCache } from "./cache";
import { Cursor, canonical, takeNotes, lowerIsBetter, type Comparator, type Quantity } from "./text";
import { COUNT, otherUnit, type Unit } from "./units";

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
  /** False when no comparator was written: the rule may still say which way is better. */
  readonly stated: boolean;
  /** As the user wrote it, for explanations. */
  readonly text: string;
}

export function makeStandard(
  comparator: Comparator,
  q: Omit<Quantity, "decimals">,
  text: string,
  stated = true,
): Standard {
  return {
    comparator,
    value: q.value,
    percent: q.percent,
    unit: q.unit,
    higherIsBetter: !lowerIsBetter(comparator),
    strict: comparator === ">" || comparator === "<",
    stated,
    text,
  };
}

/** The same standard pointing the other way (a bare "5%" beside 每下降1%加3分 is "≤5%"). */
export function reversed(s: Standard): Standard {
  return makeStandard(s.higherIsBetter ? "<=" : ">=", s, s.text, false);
}

/** Words that mean "none at all": 无, 零投诉 (read as 0投诉), 杜绝. */
const NONE = ["无", "杜绝", "没有", "none", "no", "zero"];

/** Reads "≥90%" style text; null when the text is not a standard at all. */
export function readStandardText(text: string): Standard | null {
  const { main, notes } = takeNotes(text);
  // "(在线客服)" or "(5分制)" is a note; "(不含90%)" or "(at least)" would change the meaning: refuse it.
  if (notes.some(changesMeaning)) return null;
  const key = canonical(main);
  const shown = text.trim();
  // A label may hold numbers ("30天内重复问题数量占比≤30%"), but a text that starts with one is
  // a standard of two parts ("90% of calls within 20 seconds"): not one we can compare with.
  return readFrom(key, 0, shown) ?? (/^\d/.test(key) ? null : readFrom(key, firstComparator(key), shown));
}

/** Where the first comparator is: a label before it may hold numbers ("30天内重复问题数量占比≤30%"). */
function firstComparator(key: string): number {
  for (let i = 0; i < key.length; i++) if ("≥≤<>".includes(key[i])) return i;
  return -1;
}

/** Words that turn a comparison around; before a comparator they are not a mere label. */
const NEGATIONS = ["不", "未", "非", "not", "no", "never"];

function readFrom(key: string, at: number, shown: string): Standard | null {
  if (at < 0) return null;
  const c = new Cursor(key);
  c.pos = at;
  const label = c.skipLabel().trim();
  if (NEGATIONS.some((w) => label.endsWith(w))) return null;
  const prefix = c.comparator();
  if (prefix) c.skipLabel(); // "至少完成100通": words between the comparator and the number
  const q = c.quantity();
  if (!q) return at === 0 ? noneStandard(c.text, shown) : null;
  const unit = q.unit || q.percent ? null : wordUnit(c);
  const suffix = c.comparatorSuffix();
  if (prefix && suffix && prefix[0] !== suffix[0]) return null;
  if (unit) return finish(c, prefix, suffix, { ...q, unit }, shown);
  return finish(c, prefix, suffix, q, shown);
}

/** A word right after the number that the unit table does not know: "200元", "50ms", "8cm". */
function wordUnit(c: Cursor): Unit | null {
  const start = c.pos;
  let end = start;
  while (end < c.text.length && end - start < 4 && !/[\d\s.,;:≥≤<>()÷×%+-]/.test(c.text[end])) end++;
  const name = c.text.slice(start, end);
  if (!name || /^(以上|以下|以内|内)/.test(c.text.slice(start))) return null;
  c.pos = end;
  return otherUnit(name);
}

function finish(
  c: Cursor,
  prefix: Comparator | null,
  suffix: Comparator | null,
  q: Quantity,
  shown: string,
): Standard | null {
  // What follows must be words, not another number or comparison: "4小时内到达现场", "≥60通".
  if (!trailingLabel(c.rest)) return null;
  if (prefix || suffix) return makeStandard((prefix ?? suffix)!, q, shown);
  // Working days count like a time of their own: "1个工作日" is a limit too (they never convert to hours).
  const limit = q.unit?.family === "time" || q.unit?.family === "workday" || (q.value === 0 && !q.percent);
  return makeStandard(limit ? "<=" : ">=", { ...q, unit: q.unit ?? (q.value === 0 ? COUNT : null) }, shown, false);
}

/** "无", "无投诉", "杜绝": none at all, a count of at most 0. */
function noneStandard(key: string, shown: string): Standard | null {
  const k = key.trim();
  if (!NONE.some((w) => k.startsWith(w)) || !trailingLabel(k)) return null;
  return makeStandard("<=", { value: 0, percent: false, unit: COUNT }, shown);
}

/** Words after a standard that do not change it: no digit, no comparison, no negation. */
function trailingLabel(rest: string): boolean {
  for (const ch of rest) if ((ch >= "0" && ch <= "9") || "≥≤<>不未非".includes(ch)) return false;
  return true;
}

function changesMeaning(note: string): boolean {
  const key = canonical(note).trim();
  // "(含)" / "(包含)" only repeats that 以上 and ≥ include the value; "(不含)" would change it.
  if (/^(含|包含|含本数|inclusive|including)$/.test(key) || key === "") return false;
  for (const ch of key) if ("≥≤<>".includes(ch)) return true;
  return /含|including|excluding|inclusive|exclusive/.test(key);
}

/** Standards by their text; a cell holding a number needs no cache. */
const cache = new TextCache<Standard>();

/** A standard from a cell: a number ("at least this") or text. Blank → #N/A; unreadable → #VALUE!. */
export function parseStandard(input: unknown): Standard {
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw valueError("standardUnreadable", { text: String(input) });
    return makeStandard(">=", { value: input, percent: false, unit: null }, String(input), false);
  }
  if (input === null || input === undefined || input === "") throw naError("standardMissing");
  if (typeof input !== "string") throw valueError("standardUnreadable", { text: String(input) });
  const hit = cache.get(input);
  if (hit) return hit;
  // A standard is a few words; thousands of characters are not one (and are not read).
  const s = input.length > 500 ? null : readStandardText(input);
  if (!s) throw valueError("standardUnreadable", { text: input.trim().slice(0, 200) });
  cache.set(input, s, 200);
  return s;
}

/** Does `actual` (in the standard's unit) meet the standard? Compared decimal-exactly. */
export function meets(s: Standard, actual: number): boolean {
  return meetsBy(s, s.higherIsBetter ? actual - s.value : s.value - actual);
}

/** The same, given how far the actual is past the threshold on the better side (scorers have it already). */
export function meetsBy(s: Standard, margin: number): boolean {
  const d = sign(margin);
  return s.strict ? d > 0 : d >= 0;
}
