/**
 * The table of clause kinds. A rule is split into clauses; each clause is read by the first kind
 * whose reader consumes all of it. Adding a phrasing is a spelling in words/vocabulary.ts, or a
 * reader and its examples here; how kinds combine is declared in combine.ts.
 */
import { valueError, type SlaError } from "../errors";
import { clip as clipText } from "../values";
import { Cursor, canonical, clauseText, splitClauses, splitShown, takeNotes, type ClauseText } from "../text";
import { band } from "./band";
import { label } from "./label";
import { bonusCap, cap, deductionCap, floor, fullMarks, negative, noBonus, untilZero } from "./limits";
import { ratio, linear } from "./ratio";
import { rounding } from "./rounding";
import { standardStatement } from "./standard";
import { step } from "./step";
import type { Clause, ClauseKind } from "./types";

export type { Amount, BandTest, Clause, ClauseKind, ClauseKindName, Example, Of, Side } from "./types";

/** In the order they are tried: specific words first, the label (anything without numbers) last. */
export const clauseKinds: readonly ClauseKind[] = [
  fullMarks,
  floor,
  cap,
  deductionCap,
  bonusCap,
  untilZero,
  negative,
  noBonus,
  rounding,
  ratio,
  linear,
  step,
  band,
  standardStatement,
  label,
];

/**
 * The examples a "cannot read" message offers, from the table itself: the first Chinese and the
 * first English example of the commonest kinds.
 */
const hasHan = (t: string) => /[\u4e00-\u9fff]/.test(t);
function examplesIn(lang: "en" | "zh"): string {
  const kinds = [step, band, ratio, deductionCap];
  const pick = kinds.map((k) => k.examples.find((e) => hasHan(e.rule) === (lang === "zh"))?.rule).filter(Boolean);
  return lang === "zh" ? pick.map((r) => `“${r}”`).join("、") : pick.map((r) => `"${r}"`).join(", ");
}
const EXAMPLES = { en: examplesIn("en"), zh: examplesIn("zh") };

/** #VALUE! naming a clause the engine cannot read, with examples of what it can. */
export function unreadable(clause: string): SlaError {
  return valueError("ruleUnreadable", { clause: clip(clause), examples: EXAMPLES });
}

function readClause(key: string): Omit<Clause, "text"> | null {
  for (const kind of clauseKinds) {
    const c = new Cursor(key);
    const read = kind.read(c);
    if (read && c.done) return read;
  }
  return null;
}

const MAX_CLAUSES = 100;

/** parts[i] read together with the next one or two, when they end with points: the clause and its last piece. */
function joinedWithNext(parts: readonly ClauseText[], i: number): { clause: Clause; last: number } | null {
  for (let last = i + 1; last < Math.min(parts.length, i + 3); last++) {
    // The last piece gives the points, perhaps after a few words: "扣2分", "不规范扣0.2".
    if (!/^[^0-9]{0,8}?(扣|加|得)/.test(parts[last].key) || readClause(parts[last].key)?.kind === "step") continue;
    const pieces = parts.slice(i, last + 1);
    const read = readClause(pieces.map((p) => p.key).join(""));
    if (read && read.kind !== "label")
      return { clause: { ...read, text: pieces.map((p) => p.shown).join("，") } as Clause, last };
  }
  return null;
}
const MAX_CLAUSE_LENGTH = 500;

/** Tokens that start a limit, where a clause written without a comma may be split. */
const LIMITS = ["扣完为止", "可为负分", "扣分上限", "加分上限", "不加分", "最高", "最低", "向上取整", "向下取整", "每"];

function readSplit(key: string, shown: string): Clause[] | null {
  for (const w of LIMITS) {
    const at = key.indexOf(w, 1);
    if (at < 0) continue;
    const a = readClause(key.slice(0, at));
    const b = readClause(key.slice(at));
    if (a && b && a.kind !== "label" && b.kind !== "label")
      return [{ ...a, text: shown } as Clause, { ...b, text: shown } as Clause];
  }
  return null;
}

/** Anything in a note that a rule could mean: a digit or a token of the grammar. */
const MEANINGFUL = /[0-9≥≤<>扣加%]|不含|满分|最低|最高|取整|比例|上限|为止|负分|exclud/;

/**
 * All clauses of a rule; the first unreadable one is a #VALUE! naming it as the user wrote it.
 * Text in parentheses counts when it reads as a clause ("每低于1%扣5分（最低六十分）"), is dropped as
 * a note when nothing in it could be a rule ("(电话)"), and is refused otherwise.
 */
export function readClauses(rule: string): Clause[] {
  const { main, notes } = takeNotes(rule);
  const clauses: Clause[] = [];
  // Real rules have a handful of short clauses; thousands, or one of thousands of characters, are a
  // paste gone wrong: said at once, before any reading.
  const shown = splitShown(main);
  if (shown.length + notes.length > MAX_CLAUSES) throw valueError("ruleTooLong", { n: MAX_CLAUSES });
  const long = [...shown, ...notes].find((c) => c.length > MAX_CLAUSE_LENGTH);
  if (long) throw unreadable(long);
  const parts = shown.map(clauseText).filter((c) => c.key.length > 0);
  for (let i = 0; i < parts.length; i++) {
    const { shown, key } = parts[i];
    const read = readClause(key);
    // A comma (or 、) inside one clause: "故障率每高於目標值0.5%，扣2分", "实际响应时间≤目标值，得10分",
    // "每发现一处睡岗、串岗聊天的，扣2分". Up to three pieces are joined when the last gives the points.
    const joined = read && read.kind !== "label" ? null : joinedWithNext(parts, i);
    if (joined) {
      clauses.push(joined.clause);
      i = joined.last;
      continue;
    }
    if (!read) {
      // Two clauses without a comma between: "每处扣5分直到扣完为止".
      const split = readSplit(key, shown);
      if (!split) throw unreadable(shown);
      clauses.push(...split);
      continue;
    }
    clauses.push({ ...read, text: shown } as Clause);
  }
  for (const note of notes) {
    // "(15分钟)" after what is counted restates a limit the count already reflects.
    if (/^\d+(\.\d+)?(秒|分钟|小时|天|次|%)?$/.test(canonical(note))) continue;
    for (const { shown, key } of splitClauses(note)) {
      const read = readClause(key);
      if (read && read.kind !== "label") clauses.push({ ...read, text: shown } as Clause);
      else if (read && "needsFact" in read && read.needsFact) clauses.push({ ...read, text: shown } as Clause);
      else if (MEANINGFUL.test(canonical(shown))) throw unreadable(`(${shown})`);
    }
  }
  return clauses;
}

/** Messages quote at most 100 characters of a clause: a 32,767-character cell is not a message. */
export function clip(text: string): string {
  return clipText(text, 100);
}
