/**
 * Per-step rules ("每低于1%扣5分", "-5 per 1% below; rounded up", "每次扣3分", "每高于1%加2分") as a
 * formula: scorers.ts's Linear, operation for operation.
 *
 *   IF(met, full [± steps beyond × points], full − steps short × points)
 *
 * A count of steps is the distance divided by the step, snapped as exact.ts's tidy snaps it, then
 * rounded up or down when the rule says so: (0.9 − 0.88) / 0.01 is exactly 2 steps, not 3 rounded up.
 * In proportion (the default), the count is left as it is: the snap only moves it by float noise.
 */
import { tidy as tidyNumber } from "../exact";
import type { Linear, Rounding, Step } from "../scorers";
import { add, call, compareTo, div, IF, mul, num, sub, tidy, type Expr } from "./expr";

/** Whether x meets the standard, decimal-exactly (standard.ts's meets). */
export function meetsExpr(
  s: { readonly value: number; readonly higherIsBetter: boolean; readonly strict: boolean },
  x: Expr,
): Expr {
  const op = s.higherIsBetter ? (s.strict ? ">" : ">=") : s.strict ? "<" : "<=";
  return compareTo(x, op, s.value);
}

/**
 * countSteps(distance, size, rounding): tidy(distance / size), then Math.ceil or Math.floor (INT is
 * Math.floor in Excel and LibreOffice alike). The distance is never below 0 here: on the met side
 * it is MAX(0, margin), as Linear.raw clamps it.
 */
function steps(distance: Expr, size: number, rounding: Rounding): Expr {
  const x = div(distance, num(size));
  if (rounding === "prorate") return x;
  const snapped = tidy(x);
  return rounding === "floor" ? call("INT", snapped) : call("ROUNDUP", snapped, num(0));
}

/** The points of one step; a share of full marks ("每低1%扣2%") is known now that full marks are. */
function stepPoints(step: Step, full: number): number {
  // scorers.ts: tidy(points × full), the same snap in JavaScript.
  return step.ofFull ? tidyNumber(step.points * full) : step.points;
}

export function linearExpr(s: Linear, x: Expr, full: number): Expr {
  const st = s.standard;
  const v = num(st.value);
  // How far the actual is past the threshold on the better side (Linear's margin), and short of it.
  const margin = st.higherIsBetter ? sub(x, v) : sub(v, x);
  const short = st.higherIsBetter ? sub(v, x) : sub(x, v);
  const up = s.beyond ?? s.bonus;
  const whenMet =
    up === null
      ? num(full)
      : (s.beyond ? sub : add)(
          num(full),
          // Met within float noise, the margin may be a hair below 0: no step (Linear.raw clamps it too).
          mul(steps(call("MAX", num(0), margin), up.size, s.rounding), num(stepPoints(up, full))),
        );
  const p = s.penalty;
  const whenNot = p === null ? num(0) : sub(num(full), mul(steps(short, p.size, s.rounding), num(stepPoints(p, full))));
  return IF(meetsExpr(st, x), whenMet, whenNot);
}
