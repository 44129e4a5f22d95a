/**
 * SLA.GRADE as a formula: the first level, highest first, whose lower bound the score reaches
 * (gradeScale.ts's labelFor), else the level for everything below, else #N/A.
 *
 *   IF(B2-90>=-0.000000000001,"优秀",IF(B2-80>=-0.000000000001,"合格","不合格"))
 */
import { grade, parseScale } from "../grade";
import { cmp, compareTo, IF, NA, num, str, type Expr } from "./expr";
import { guarded, inputOf } from "./input";

export function gradeExpr(args: readonly unknown[]): Expr {
  const [score, scaleArg] = args;
  const scale = parseScale(scaleArg);
  const input = inputOf(score, "score", true);
  if (input.kind === "value") grade(input.value, scaleArg); // the function's own error, if any, now
  const x = input.kind === "ref" ? input.expr : num(input.value as number);
  let e: Expr = scale.floor ? str(scale.floor.label) : NA;
  for (let i = scale.ranked.length - 1; i >= 0; i--) {
    const level = scale.ranked[i];
    e = IF(compareTo(x, level.loStrict ? ">" : ">=", level.lo!), str(level.label), e);
  }
  // A scale in fractions ("A≥90%") against a score above 1: which is meant cannot be told (grade.ts).
  const top = scale.ranked.length ? scale.ranked[0].lo! : -Infinity;
  const fractions = top > 0 && top <= 1;
  if (input.kind === "value") return e;
  return guarded(x, e, fractions ? cmp(x, ">", num(1)) : null);
}
