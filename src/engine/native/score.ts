/**
 * SLA.SCORE and SLA.CREDIT as formulas: the compiled rule over the actual's cell, behind the guard
 * that gives the function's errors for an empty cell, text, or a value the function refuses.
 */
import type { CompiledRule } from "../compiledRule";
import { ruleFor } from "../ruleCache";
import { credit, fullMarks, score } from "../score";
import { call, cmp, neg, num, type Expr } from "./expr";
import { guarded, inputOf } from "./input";
import { ruleExpr } from "./rule";

/**
 * What SCORE refuses of a number (score.ts's actualFor): against a % rule, anything outside 0–100%
 * (0–1000% where the rule gives meaning above 100%: a bonus, a ratio, a band up there); a negative
 * rate, time or count.
 */
function refused(rule: CompiledRule, x: Expr): Expr | null {
  const family = rule.frame.unit?.family;
  if (rule.frame.percent) return call("OR", cmp(x, "<", num(0)), cmp(x, ">", num(rule.scorer.above100 ? 10 : 1)));
  if (family === "time" || family === "count" || family === "workday") return cmp(x, "<", num(0));
  return null;
}

function over(actual: unknown, rule: CompiledRule, body: (x: Expr) => Expr, check: (value: unknown) => void): Expr {
  const input = inputOf(actual, "actual", true);
  if (input.kind === "value") {
    // A value written into the formula (SLA.SCORE(88%, …)): the function's own error, if any, now.
    check(input.value);
    return body(num(input.value as number));
  }
  return guarded(input.expr, body(input.expr), refused(rule, input.expr));
}

export function scoreExpr(args: readonly unknown[]): Expr {
  const [actual, standard, rule, full] = args;
  const compiled = ruleFor(standard, rule);
  const f = fullMarks(full, compiled);
  return over(
    actual,
    compiled,
    (x) => ruleExpr(compiled, x, f),
    (v) => score(v, standard, rule, full),
  );
}

/** CREDIT is minus the score of the fee clause with full marks 0 (score.ts). */
export function creditExpr(args: readonly unknown[]): Expr {
  const [actual, standard, rule] = args;
  const compiled = ruleFor(standard, rule, "credit");
  return over(
    actual,
    compiled,
    (x) => neg(ruleExpr(compiled, x, 0)),
    (v) => credit(v, standard, rule),
  );
}
