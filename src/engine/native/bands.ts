/**
 * Band tables ("≥95%:10; 90%-94%:8; 其他:0") as a formula. The engine has already resolved which band
 * counts where (precedence, shared edges, closed gaps: bands.ts's segments, what SLA.RULE shows), so
 * the formula is one pass up the value line:
 *
 *   IF(x<0.85, 0, IF(x<0.9, 6, IF(x<0.95, 8, 10)))
 *
 * every edge compared decimal-exactly (within the engine's noise), and #N/A where no band holds the
 * value, as SLA.SCORE says.
 */
import type { Band, Segment } from "../bands";
import type { Bands } from "../scorers";
import { call, compareTo, IF, NA, num, type Expr } from "./expr";

type Interval = Pick<Band, "low" | "lowIncluded" | "high" | "highIncluded">;

/** x is not past the interval's high edge (bands.ts's inBand, the upper half). */
const belowHigh = (b: Interval, x: Expr): Expr => compareTo(x, b.highIncluded ? "<=" : "<", b.high);
/** x is not before the interval's low edge (the lower half). */
const aboveLow = (b: Interval, x: Expr): Expr => compareTo(x, b.lowIncluded ? ">=" : ">", b.low);

/** Whether x lies in a band (inBand); an open end tests nothing. */
export function inBandExpr(b: Interval, x: Expr): Expr | null {
  const tests: Expr[] = [];
  if (b.low !== -Infinity) tests.push(aboveLow(b, x));
  if (b.high !== Infinity) tests.push(belowHigh(b, x));
  if (tests.length === 0) return null;
  return tests.length === 1 ? tests[0] : call("AND", ...tests);
}

/** Whether nothing lies between two neighbouring segments: one ends exactly where the next begins. */
const adjoining = (a: Segment, b: Segment): boolean => a.high === b.low && a.highIncluded !== b.lowIncluded;

export function bandsExpr(s: Bands, x: Expr): Expr {
  const segs = s.segments;
  const points = (seg: Segment) => num(s.table.bands[seg.band].points);
  if (segs.length === 0) return NA;
  // Built from the top down: each segment's value is taken when x has not passed its high edge.
  let e: Expr | null = null;
  for (let i = segs.length - 1; i >= 0; i--) {
    const seg = segs[i];
    let value = points(seg);
    // A gap below this segment (or nothing below the first one): x must also have reached its low edge.
    const gapBelow = i === 0 ? seg.low !== -Infinity : !adjoining(segs[i - 1], seg);
    if (gapBelow) value = IF(aboveLow(seg, x), value, NA);
    if (e === null) e = seg.high === Infinity ? value : IF(belowHigh(seg, x), value, NA);
    else e = IF(belowHigh(seg, x), value, e);
  }
  return e!;
}
