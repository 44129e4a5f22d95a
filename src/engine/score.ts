/**
 * SCORE and EXPLAIN: the score of one indicator as its written rule says, and the same
 * computation in one sentence. Both go through the same compiled scorer.
 */
import { valueError, type Language } from "./errors";
import { scorerFor } from "./rule";
import type { Scorer } from "./scorers";
import { hasChinese } from "./text";
import { isBlank, numberFromText, readActual } from "./values";

export const DEFAULT_FULL_MARKS = 100;

/** Full marks from the argument, the rule ("满分10分"), or 100; the two must not disagree. */
function fullMarks(arg: unknown, scorer: Scorer): number {
  const fromRule = scorer.fullFromRule;
  if (isBlank(arg)) return fromRule ?? DEFAULT_FULL_MARKS;
  const n = typeof arg === "number" ? arg : typeof arg === "string" ? numberFromText(arg) : null;
  if (n === null || !(n > 0) || !Number.isFinite(n)) throw valueError("fullMarksInvalid", { value: String(arg) });
  if (fromRule !== null && fromRule !== n) throw valueError("fullMarksConflict", { rule: fromRule, arg: n });
  return n;
}

export function score(actual: unknown, standard: unknown, rule?: unknown, full?: unknown): number {
  const scorer = scorerFor(standard, rule);
  const f = fullMarks(full, scorer);
  return scorer.score(readActual(actual, scorer.frame.percent), f);
}

/** The explanation is in Chinese when the rule or the standard is written in Chinese. */
export function explain(actual: unknown, standard: unknown, rule?: unknown, full?: unknown): string {
  const scorer = scorerFor(standard, rule);
  const f = fullMarks(full, scorer);
  const a = readActual(actual, scorer.frame.percent);
  const lang: Language = [rule, standard].some((t) => typeof t === "string" && hasChinese(t)) ? "zh" : "en";
  return scorer.explain(a, f, lang);
}
