/**
 * A compiled rule (compiledRule.ts) as one formula over the actual's cell: its scorer, then its
 * limits in the order CompiledRule.score applies them: band changes and caps on deductions or bonus,
 * the floor, the cap, then cut-offs, which override everything.
 *
 *   MIN(MAX(100-(0.9-A2)/0.01*5, 0), 100)       每低于1%扣5分
 *
 * Every constant is the engine's own number (a step in minutes against a standard in hours is
 * already 0.5 hours in the compiled rule: the actual is read in the standard's unit, as SCORE reads it).
 */
import { CompiledRule } from "../compiledRule";
import { SlaError } from "../errors";
import { BandChange, BonusCap, Cap, Cutoff, DeductionCap, MetIsNothing, type Modifier } from "../modifiers";
import { Bands, Constant, Interpolation, Linear, PassFail, Rate, Ratio, type Scorer } from "../scorers";
import { inBandExpr, bandsExpr } from "./bands";
import { add, cmp, div, errorExpr, IF, MAX, MIN, mul, num, sub, Unwritable, type Expr } from "./expr";
import { linearExpr, meetsExpr } from "./steps";

/** The scorer's raw points for x (Scorer.raw). */
function scorerExpr(s: Scorer, x: Expr, full: number, rule: CompiledRule): Expr {
  if (s instanceof Constant) return num(full);
  if (s instanceof PassFail) return IF(meetsExpr(s.standard, x), num(full), num(s.failPoints));
  if (s instanceof Linear) return linearExpr(s, x, full);
  if (s instanceof Bands) return bandsExpr(s, x);
  if (s instanceof Ratio) return ratioExpr(s, x, full, rule);
  if (s instanceof Rate) {
    // (complement ? 1 − actual : actual) × times
    const times = num(s.times ?? full);
    return mul(s.complement ? sub(num(1), x) : x, times);
  }
  if (s instanceof Interpolation) return lineExpr(s, x);
  throw new Unwritable({ en: "a kind of rule the formula writer does not know", zh: "公式生成器不认识的规则类型" });
}

/**
 * Full marks × actual ÷ standard, or standard ÷ actual when lower is better: times × x ÷ y multiplied
 * first, as the engine does. An actual of 0 when lower is better is infinitely good: the engine's
 * limits bring it down to the cap, so the formula takes the engine's own score for 0 there.
 */
function ratioExpr(s: Ratio, x: Expr, full: number, rule: CompiledRule): Expr {
  const m = s.times ?? full;
  const t = s.standard.value;
  if (s.standard.higherIsBetter) return div(mul(num(m), x), num(t));
  return IF(cmp(x, "=", num(0)), atZero(rule, full), div(num(m * t), x));
}

/** The rule's whole score for an actual of 0, worked out now (used where the formula would divide by 0). */
function atZero(rule: CompiledRule, full: number): Expr {
  try {
    return num(rule.score(0, full));
  } catch (e) {
    if (e instanceof SlaError) return errorExpr(e.code); // not seen: the limits always cap a ratio
    throw e;
  }
}

/**
 * A straight line through points, flat beyond the ends (Interpolation.raw, with its plain ≤):
 * p + (x − a) × (q − p) ÷ (b − a) between neighbouring points (a, p) and (b, q). The differences of
 * the points are written as differences, as the engine computes them, so the line can be read off.
 */
function lineExpr(s: Interpolation, x: Expr): Expr {
  const ps = s.points;
  let e: Expr = num(ps[ps.length - 1].points);
  for (let i = ps.length - 1; i >= 1; i--) {
    const p = ps[i - 1];
    const q = ps[i];
    const rise = q.points === p.points ? null : p.points === 0 ? num(q.points) : sub(num(q.points), num(p.points));
    const run = p.at === 0 ? num(q.at) : sub(num(q.at), num(p.at));
    const dx = p.at === 0 ? x : sub(x, num(p.at));
    // p + 0 is p, and 0 + y is y, exactly: those additions are left out.
    const along =
      rise === null
        ? num(p.points)
        : p.points === 0
          ? div(mul(dx, rise), run)
          : add(num(p.points), div(mul(dx, rise), run));
    e = IF(cmp(x, "<=", num(q.at)), along, e);
  }
  return IF(cmp(x, "<=", num(ps[0].at)), num(ps[0].points), e);
}

/** One limit of the chain applied to the score so far (Modifier.apply, with full marks known). */
function limitExpr(m: Modifier, s: Expr, x: Expr, full: number): Expr {
  if (m instanceof BandChange) {
    // Points off (or on) once inside the band: s + IF(in band, delta, 0).
    const inside = inBandExpr(m.band, x);
    return inside ? add(s, IF(inside, num(m.delta), num(0))) : add(s, num(m.delta));
  }
  if (m instanceof DeductionCap) return MAX(s, num(full - (m.ofFull ? m.most * full : m.most)));
  if (m instanceof BonusCap) return MIN(s, num(full + m.most));
  if (m instanceof Cap) {
    if (m.most < full && m.belowFull === "deductions") return MAX(s, num(full - m.most));
    if (m.most < full && m.belowFull === "bonus") return MIN(s, num(full + m.most));
    return MIN(s, num(m.most));
  }
  if (m instanceof Cutoff) {
    const inside = inBandExpr(m.band, x);
    return inside ? IF(inside, num(m.band.points), s) : num(m.band.points);
  }
  if (m instanceof MetIsNothing) return IF(meetsExpr(m.standard, x), num(0), s);
  throw new Unwritable({ en: "a limit the formula writer does not know", zh: "公式生成器不认识的限制条款" });
}

/** The score of x under the rule with these full marks (CompiledRule.score; its final tidy only moves float noise). */
export function ruleExpr(rule: CompiledRule, x: Expr, full: number): Expr {
  let s = scorerExpr(rule.scorer, x, full, rule);
  for (const m of rule.before) s = limitExpr(m, s, x, full);
  if (rule.lowest !== -Infinity) s = MAX(s, num(rule.lowest));
  const high = rule.capAtFull ? full : rule.highest;
  if (high !== Infinity) s = MIN(s, num(high));
  for (const m of rule.after) s = limitExpr(m, s, x, full);
  return s;
}
