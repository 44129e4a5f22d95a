/**
 * Decimal-exact helpers. People write 90% and 88% and expect 2 steps of 1%, but binary
 * floating point gives 0.9 - 0.88 = 0.020000000000000018. A result that lies within float noise
 * of a number with at most 9 decimals is snapped to it: x * 1e9 rounded is an exact integer, and
 * dividing two exact integers yields the double nearest the decimal, so 2.0000000000000018
 * becomes exactly 2. A genuine repeating decimal (2/3) is far from any 9-decimal number in
 * float terms and is left as it is.
 */
const SCALE = 1e9;
/** Beyond this, x * SCALE would lose integer precision; such values are already whole enough. */
const LIMIT = 1e6;
/** Float noise after a few operations stays far below this, relative to the value. */
const NOISE = 1e-12;

export function tidy(x: number): number {
  // Whole numbers (most scores) are already exact; the rest of the work is for fractions.
  if (x === Math.trunc(x)) return x === 0 ? 0 : x;
  if (x >= LIMIT || x <= -LIMIT || x !== x) return x;
  const r = Math.round(x * SCALE) / SCALE;
  const d = x - r;
  const tolerance = x > 1 || x < -1 ? NOISE * (x < 0 ? -x : x) : NOISE;
  if (d > tolerance || d < -tolerance) return x;
  return r === 0 ? 0 : r; // no negative zero in a cell
}

/** Differences this large are never float noise, so they need no snapping (the common case). */
const CLEARLY_APART = 1e-6;

/** -1, 0 or 1 after snapping the difference, so 0.7 + 0.2 equals 0.9 as it does on paper. */
export function compare(a: number, b: number): number {
  return sign(a - b);
}

/** -1, 0 or 1 for a difference already taken, snapped the same way. */
export function sign(difference: number): number {
  let d = difference;
  if (d > CLEARLY_APART) return 1;
  if (d < -CLEARLY_APART) return -1;
  d = tidy(d);
  return d > 0 ? 1 : d < 0 ? -1 : 0;
}

/** Text for a number as a person writes it: at most `decimals` places, no trailing zeros. */
export function formatNumber(x: number, decimals = 4): string {
  const f = 10 ** decimals;
  const r = Math.round(tidy(x) * f) / f;
  return String(r === 0 ? 0 : r);
}
