/**
 * A tiny builder of Excel formula text. Each piece knows its precedence, so parentheses appear only
 * where Excel needs them, and where the engine's own order of operations must be kept: `a-(b-c)` is
 * never flattened, because the formula must do the same floating-point operations, in the same
 * order, as the engine does in JavaScript. Each piece also knows how deeply it nests functions
 * (Excel refuses more than 64 levels).
 *
 * Only functions that Excel 2010+, LibreOffice Calc and WPS all have are written here: IF, AND, OR,
 * MIN, MAX, ABS, ROUND, ROUNDUP, INT, SUMPRODUCT, SUM, COUNT, ISNUMBER, NA. No number is written
 * with an exponent (1E-12): HyperFormula, one of the engines the tests use, cannot read one.
 */

import type { SlaErrorCode } from "../errors";

/** Precedence, lowest first: comparison, &, + and -, * and /, a negative number, an atom. */
const COMPARE = 1;
const ADD = 3;
const MUL = 4;
const NEGATIVE = 6;
const ATOM = 7;

export interface Expr {
  readonly text: string;
  readonly prec: number;
  /** How many functions are nested in it. */
  readonly depth: number;
  /** The number it is, when it is a literal (for folding a − (−5) into a + 5). */
  readonly value?: number;
}

const atom = (text: string, depth = 0): Expr => ({ text, prec: ATOM, depth });

/**
 * A number as plain decimal text with at most 15 significant digits, as Excel keeps a number typed
 * into a formula (so 99.9% is 0.999, not 0.9990000000000001), any exponent written out ("1e-7" →
 * "0.0000001"). The difference from the engine's double is below 1e-15 of it: far inside the noise
 * every comparison and step count allows for.
 */
export function numberText(x: number): string {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  if (x === 0) return "0"; // -0 too
  const s = String(Number(x.toPrecision(15)));
  const e = s.indexOf("e");
  if (e < 0) return s;
  const negative = s[0] === "-";
  const mantissa = s.slice(negative ? 1 : 0, e);
  const exponent = Number(s.slice(e + 1));
  const [whole, fraction = ""] = mantissa.split(".");
  const digits = whole + fraction;
  const point = whole.length + exponent;
  const plain =
    point <= 0
      ? `0.${"0".repeat(-point)}${digits}`
      : point >= digits.length
        ? digits + "0".repeat(point - digits.length)
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return (negative ? "-" : "") + plain;
}

export function num(x: number): Expr {
  const text = numberText(x);
  return { text, prec: x < 0 ? NEGATIVE : ATOM, depth: 0, value: x === 0 ? 0 : x };
}

/** A cell or range reference, or a defined name, as given. */
export const ref = (text: string): Expr => atom(text);

/** Excel's error values as constants (all three engines read them in a formula); #N/A as NA(). */
export const VALUE_ERROR = atom("#VALUE!");
export const DIV0_ERROR = atom("#DIV/0!");
export const NA = call("NA");

/** The formula for an error the engine gives. */
export const errorExpr = (code: SlaErrorCode): Expr => (code === "#N/A" ? NA : atom(code));

/** Something a formula cannot say (a kind of scorer the writer does not know, Excel's limits): the reason, in words. */
export class Unwritable extends Error {
  constructor(readonly reason: { readonly en: string; readonly zh: string }) {
    super(reason.en);
  }
}

/** A text constant; Excel allows 255 characters in one, so longer texts are joined with &. */
export function str(text: string): Expr {
  const pieces: string[] = [];
  for (let i = 0; i < text.length || i === 0; i += 255) pieces.push(`"${text.slice(i, i + 255).replace(/"/g, '""')}"`);
  return pieces.length === 1 ? atom(pieces[0]) : { text: pieces.join("&"), prec: 2, depth: 0 };
}

export function call(name: string, ...args: Expr[]): Expr {
  const depth = 1 + Math.max(0, ...args.map((a) => a.depth));
  return atom(`${name}(${args.map((a) => a.text).join(",")})`, depth);
}

const wrap = (e: Expr, needs: boolean): string => (needs ? `(${e.text})` : e.text);

/**
 * `a op b`, left to right: the left side in parentheses only when it binds less tightly, the right
 * side also when it binds the same (a-(b-c), a/(b*c), and a+(b+c) too: a different grouping would
 * round differently).
 */
function binary(a: Expr, op: string, b: Expr, prec: number): Expr {
  // A negative number right of * or / reads better in parentheses: A2*(-5).
  const right = b.prec <= prec || (b.prec === NEGATIVE && prec >= MUL);
  return { text: `${wrap(a, a.prec < prec)}${op}${wrap(b, right)}`, prec, depth: Math.max(a.depth, b.depth) };
}

// Folds that give the very same double, so the formula reads as a person would write it:
// x − 0, x + 0, x × 1 and x ÷ 1 are x; adding a negative number is subtracting it.

export function add(a: Expr, b: Expr): Expr {
  if (b.value === 0) return a;
  if (b.value !== undefined && b.value < 0) return binary(a, "-", num(-b.value), ADD);
  return binary(a, "+", b, ADD);
}

export function sub(a: Expr, b: Expr): Expr {
  if (b.value === 0) return a;
  if (b.value !== undefined && b.value < 0) return binary(a, "+", num(-b.value), ADD);
  return binary(a, "-", b, ADD);
}

export const mul = (a: Expr, b: Expr): Expr => (b.value === 1 ? a : binary(a, "*", b, MUL));
export const div = (a: Expr, b: Expr): Expr => (b.value === 1 ? a : binary(a, "/", b, MUL));

/** −a (a literal is simply negated). */
export function neg(a: Expr): Expr {
  if (a.value !== undefined) return num(-a.value);
  return { text: `-${wrap(a, a.prec < ATOM)}`, prec: NEGATIVE, depth: a.depth };
}

export type Comparator = "<" | "<=" | ">" | ">=" | "=" | "<>";

export function cmp(a: Expr, op: Comparator, b: Expr): Expr {
  return {
    text: `${wrap(a, a.prec <= COMPARE)}${op}${wrap(b, b.prec <= COMPARE)}`,
    prec: COMPARE,
    depth: Math.max(a.depth, b.depth),
  };
}

export const IF = (test: Expr, then: Expr, otherwise: Expr): Expr => call("IF", test, then, otherwise);
export const MIN = (a: Expr, b: Expr): Expr => call("MIN", a, b);
export const MAX = (a: Expr, b: Expr): Expr => call("MAX", a, b);

/**
 * The engine's float noise: exact.ts counts a difference of at most 1e-12 as none at all (compare()
 * snaps a difference to 9 decimals when it lies within 1e-12 of one; the only such number near 0
 * is 0 itself), so 0.7 + 0.2 meets ≥90%.
 */
export const NOISE = 1e-12;
const noise = num(NOISE);

/**
 * The engine's compare(x, c) against 0, as a formula: x − c beyond the noise on the right side.
 * ">=" is "x is not below c", "<" is "x is below c", and so on; "=" is "within the noise".
 */
export function compareTo(x: Expr, op: Exclude<Comparator, "<>">, c: number): Expr {
  const d = c === 0 ? x : sub(x, num(c));
  switch (op) {
    case ">":
      return cmp(d, ">", noise);
    case ">=":
      return cmp(d, ">=", neg(noise));
    case "<":
      return cmp(d, "<", neg(noise));
    case "<=":
      return cmp(d, "<=", noise);
    case "=":
      return cmp(call("ABS", d), "<=", noise);
  }
}

/**
 * exact.ts's tidy(x) as a formula: x snapped to 9 decimals when it lies within float noise of them
 * (1e-12, relative above 1), below a million. So (0.9 − 0.88) / 0.01 = 2.0000000000000018 is exactly 2
 * steps, and 2.0000000004 is not (it is more than noise away). Used before rounding a count of
 * steps up or down, where a hair either way changes a whole step.
 */
export function tidy(x: Expr): Expr {
  const r = call("ROUND", x, num(9));
  const abs = call("ABS", x);
  const close = cmp(call("ABS", sub(x, r)), "<=", mul(noise, call("MAX", num(1), abs)));
  return IF(call("AND", cmp(abs, "<", num(1e6)), close), r, x);
}

/** Excel's limits on a formula: 8,192 characters and 64 nested functions. */
export const MAX_LENGTH = 8192;
export const MAX_DEPTH = 64;
