/**
 * SCORE, EXPLAIN, CREDIT and RULE: the score of one indicator as its written rule says, the same
 * computation in one sentence, the share of the fee a fee clause deducts, and how a rule is read.
 * All go through the same compiled rule.
 */
import { SlaError, valueError, type Language } from "./errors";
import { formatNumber, tidy } from "./exact";
import type { CompiledRule } from "./compiledRule";
import { ruleFor } from "./ruleCache";
import { hasChinese } from "./text";
import { finite, isBlank, readActual, toNumber } from "./values";

export const DEFAULT_FULL_MARKS = 100;

/**
 * Full marks from the argument, the rule ("满分10分"), or 100; the two must not disagree, and a
 * band table stated out of 10 must not give 12. A 0 argument is an empty cell (some Excel builds
 * pass empty cells to number parameters as 0), never meant as full marks. (native/ reads it too.)
 */
export function fullMarks(arg: unknown, rule: CompiledRule): number {
  // Most cells leave full marks out: work that case out once per rule.
  if (arg === null || arg === undefined) {
    let d = rule.defaultFull;
    if (d === undefined) {
      try {
        d = fullMarksOf("", rule);
      } catch (e) {
        if (!(e instanceof SlaError)) throw e;
        d = e;
      }
      rule.defaultFull = d;
    }
    if (d instanceof SlaError) throw d;
    return d;
  }
  return fullMarksOf(arg, rule);
}

function fullMarksOf(arg: unknown, rule: CompiledRule): number {
  const fromRule = rule.fullFromRule;
  if (fromRule !== null && !(fromRule > 0)) throw valueError("fullMarksInvalid", { value: String(fromRule) });
  if (isBlank(arg) || arg === 0) return checked(fromRule ?? DEFAULT_FULL_MARKS, fromRule !== null, rule);
  // "10分" and "10 points" are full marks of 10.
  const n = toNumber(typeof arg === "string" ? arg.trim().replace(/(分|points?)$/i, "") : arg);
  if (n === null || !(n > 0) || !Number.isFinite(n))
    throw valueError("fullMarksInvalid", { value: String(arg).slice(0, 100) });
  if (fromRule !== null && fromRule !== n) throw valueError("fullMarksConflict", { rule: fromRule, arg: n });
  return checked(n, true, rule);
}

function checked(full: number, stated: boolean, rule: CompiledRule): number {
  const most = rule.scorer.maxPoints;
  if (stated && most !== undefined && most > full) throw valueError("pointsAboveFull", { points: most, full });
  // "full 10; min 60": a floor above full marks cannot be meant.
  if (rule.floor !== null && rule.floor > full && rule.scorer.maxPoints === undefined)
    throw valueError("floorAboveCap", { floor: rule.floor, cap: full });
  return full;
}

/** The actual value of an indicator, in the rule's frame: a % rule wants 85% typed as 85%. */
function actualFor(input: unknown, rule: CompiledRule): number {
  // The common case first: a number within 0–100% (or any number where the rule has no %).
  if (typeof input === "number" && input >= 0 && (input <= 1 || !rule.frame.percent) && input < Infinity) return input;
  const n = readActual(input, rule.frame.percent, rule.scorer.above100);
  // A rate, a time or a count below zero is a typing mistake, not a very bad month.
  const family = rule.frame.unit?.family;
  if (n < 0 && (rule.frame.percent || family === "time" || family === "count" || family === "workday"))
    throw valueError("negative", { what: { en: "The actual value", zh: "实际值" }, value: formatNumber(n) });
  return n;
}

export function score(actual: unknown, standard: unknown, rule?: unknown, full?: unknown): number {
  const r = ruleFor(standard, rule);
  const f = fullMarks(full, r);
  return r.score(actualFor(actual, r), f);
}

/** The share of the fee deducted (or credited) under a fee clause: 0 when the standard is met. */
export function credit(actual: unknown, standard: unknown, rule: unknown): number {
  const r = ruleFor(standard, rule, "credit");
  return finite(tidy(-r.score(actualFor(actual, r), 0)));
}

/** The language of a rule: Chinese when the rule or the standard is written in Chinese. */
function languageOf(...texts: unknown[]): Language {
  return texts.some((t) => typeof t === "string" && hasChinese(t)) ? "zh" : "en";
}

export function explain(actual: unknown, standard: unknown, rule?: unknown, full?: unknown): string {
  const r = ruleFor(standard, rule);
  const f = fullMarks(full, r);
  return r.explain(actualFor(actual, r), f, languageOf(rule, standard));
}

/** How the rule is read, in one sentence in the rule's language (SLA.RULE). A fee clause reads as one. */
export function describeRule(standard: unknown, rule: unknown, full?: unknown): string {
  const lang = languageOf(rule, standard);
  let r: CompiledRule;
  try {
    r = ruleFor(standard, rule);
  } catch (e) {
    if (!(e instanceof Error) || !("id" in e) || e.id !== "feeRuleUseCredit") throw e;
    r = ruleFor(standard, rule, "credit");
    return r.describe(lang, 0, false);
  }
  return r.describe(lang, fullMarks(full, r), r.fullFromRule !== null || !(isBlank(full) || full === 0));
}
