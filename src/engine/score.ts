/**
 * SCORE and EXPLAIN: the score of one indicator as its written rule says, and the same
 * computation in one sentence. Both go through the same compiled scorer.
 */
import { valueError, type Language } from "./errors";
import { scorerFor } from "./rule";
import type { Scorer } from "./scorers";
import { hasChinese } from "./text";
import { isBlank, readActual, toNumber } from "./values";

export const DEFAULT_FULL_MARKS = 100;

/**
 * Full marks from the argument, the rule ("满分10分"), or 100; the two must not disagree, and a
 * band table stated out of 10 must not give 12. A 0 argument is an empty cell (some Excel builds
 * pass empty cells to number parameters as 0), never meant as full marks.
 */
function fullMarks(arg: unknown, scorer: Scorer): number {
  const fromRule = scorer.fullFromRule;
  if (fromRule !== null && !(fromRule > 0)) throw valueError("fullMarksInvalid", { value: String(fromRule) });
  if (isBlank(arg) || arg === 0) return checked(fromRule ?? DEFAULT_FULL_MARKS, fromRule !== null, scorer);
  // "10分" and "10 points" are full marks of 10.
  const n = toNumber(typeof arg === "string" ? arg.replace(/\s*(分|points?)\s*$/i, "") : arg);
  if (n === null || !(n > 0) || !Number.isFinite(n)) throw valueError("fullMarksInvalid", { value: String(arg) });
  if (fromRule !== null && fromRule !== n) throw valueError("fullMarksConflict", { rule: fromRule, arg: n });
  return checked(n, true, scorer);
}

function checked(full: number, stated: boolean, scorer: Scorer): number {
  if (stated && scorer.maxPoints !== undefined && scorer.maxPoints > full) {
    throw valueError("pointsAboveFull", { points: scorer.maxPoints, full });
  }
  return full;
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
