/**
 * SLA.MET, SLA.ATTAINMENT and SLA.WEIGHTED as formulas (aggregates.ts, weights.ts).
 *
 *   MET         IF(ISNUMBER(A2),IF(A2>1,#VALUE!,A2-0.9>=-0.000000000001),…)
 *   ATTAINMENT  SUMPRODUCT(ISNUMBER(B2:B13)*(B2:B13<=2+0.000000000001))/COUNT(B2:B13)
 *   WEIGHTED    SUMPRODUCT(C2:C7,D2:D7) when the weights add up to 1, ÷100 when they add up to 100
 *
 * Over a range, each value is compared with the standard moved by the noise (x ≥ 0.9 − 1e-12 rather
 * than x − 0.9 ≥ −1e-12): text in the range would make x − 0.9 an error, and ISNUMBER leaves text out
 * as the engine does. Both forms differ only for a difference of exactly 1e-12.
 */
import { met, attainment } from "../aggregates";
import { weighted } from "../weights";
import { valueError } from "../errors";
import { parseStandard, type Standard } from "../standard";
import { add, call, cmp, div, IF, NA, NOISE, num, ref, sub, Unwritable, VALUE_ERROR, type Expr } from "./expr";
import { guarded, inputOf, literal } from "./input";
import { meetsExpr } from "./steps";

export function metExpr(args: readonly unknown[]): Expr {
  const [actual, standard] = args;
  const s = parseStandard(standard);
  const input = inputOf(actual, "actual", true);
  if (input.kind === "value") {
    met(input.value, standard); // the function's own error, if any, now
    return meetsExpr(s, num(input.value as number));
  }
  const x = input.expr;
  // readActual: against a % standard an actual above 100% was surely typed as a whole number.
  return guarded(x, meetsExpr(s, x), s.percent ? cmp(x, ">", num(1)) : null);
}

/** A range argument: its reference, or the values themselves as an array constant ({1,2;3,4}). */
interface Area {
  readonly expr: Expr;
  /** Rows and columns, when they can be told (not for a defined name). */
  readonly size: { readonly rows: number; readonly cols: number } | null;
  /** The values were given, not a reference: the function's own errors can be found now. */
  readonly given: boolean;
}

/** The empty text, which a blank cell equals. */
const str0 = ref('""');

const ROWS = 1_048_576;
const COLS = 16_384;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** The size of an A1 area ("B2:B13", "B:B", "2:2", "B2"); null for a defined name. */
function sizeOf(reference: string): Area["size"] {
  const area = reference.slice(reference.lastIndexOf("!") + 1).replace(/\$/g, "");
  const [a, b = a] = area.split(":");
  const cell = /^([A-Za-z]{1,3})([0-9]+)$/;
  const ca = cell.exec(a);
  const cb = cell.exec(b);
  if (ca && cb)
    return {
      rows: Math.abs(Number(cb[2]) - Number(ca[2])) + 1,
      cols: Math.abs(columnNumber(cb[1]) - columnNumber(ca[1])) + 1,
    };
  if (/^[A-Za-z]{1,3}$/.test(a) && /^[A-Za-z]{1,3}$/.test(b) && area.includes(":"))
    return { rows: ROWS, cols: Math.abs(columnNumber(b) - columnNumber(a)) + 1 };
  if (/^[0-9]+$/.test(a) && /^[0-9]+$/.test(b)) return { rows: Math.abs(Number(b) - Number(a)) + 1, cols: COLS };
  return null;
}

function areaOf(arg: unknown, what: string): Area {
  const input = inputOf(arg, what, false);
  if (input.kind === "ref") return { expr: input.expr, size: sizeOf(input.expr.text), given: false };
  const v = input.value;
  // Values as Excel passes a range: rows of cells, or one value alone.
  const rows: unknown[][] = Array.isArray(v) ? v.map((r) => (Array.isArray(r) ? r : [r])) : [[v]];
  const cols = rows[0]?.length ?? 0;
  if (rows.length === 0 || rows.some((r) => r.length !== cols))
    throw new TypeError(`${what}: an array of values must be rows of equal length`);
  const text = `{${rows.map((r) => r.map((c) => literalInArray(c)).join(",")).join(";")}}`;
  return { expr: ref(text), size: { rows: rows.length, cols }, given: true };
}

/** A value inside an array constant, which holds no functions: TRUE rather than TRUE(), "" for a blank. */
function literalInArray(value: unknown): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value === null || value === undefined) return '""';
  return literal(value).text;
}

/** x meets the standard, for every value of a range at once: x against the threshold moved by the noise. */
function meetsEach(s: Standard, x: Expr): Expr {
  const v = num(s.value);
  const noise = num(NOISE);
  if (s.higherIsBetter) return s.strict ? cmp(x, ">", add(v, noise)) : cmp(x, ">=", sub(v, noise));
  return s.strict ? cmp(x, "<", sub(v, noise)) : cmp(x, "<=", add(v, noise));
}

const product = (...factors: Expr[]): Expr => ({
  text: factors.map((f) => (f.prec < 4 ? `(${f.text})` : f.text)).join("*"),
  prec: 4,
  depth: Math.max(...factors.map((f) => f.depth)),
});

export function attainmentExpr(args: readonly unknown[]): Expr {
  const [values, standard] = args;
  const s = parseStandard(standard);
  const area = areaOf(values, "values");
  if (area.given) attainment(values, standard); // the function's own error, if any, now
  const r = area.expr;
  // The share of the numbers that meet the standard.
  const hits = call("SUMPRODUCT", product(call("ISNUMBER", r), meetsEach(s, r)));
  // No numbers at all: 0/0, #DIV/0!, as in the engine.
  const share = div(hits, call("COUNT", r));
  // checkPercent: against a % standard, a number above 1 in the range was typed as a whole number.
  return s.percent ? IF(cmp(call("MAX", r), ">", num(1)), VALUE_ERROR, share) : share;
}

const cellCount = (size: NonNullable<Area["size"]>) => size.rows * size.cols;

export function weightedExpr(args: readonly unknown[]): Expr {
  const [scoresArg, weightsArg] = args;
  const sa = areaOf(scoresArg, "scores");
  const wa = areaOf(weightsArg, "weights");
  if (sa.size && wa.size) {
    const [n, m] = [cellCount(sa.size), cellCount(wa.size)];
    if (n !== m) throw valueError("sizeMismatch", { scores: n, weights: m });
    // SUMPRODUCT pairs cells by position: a row of scores beside a column of weights would be #VALUE!.
    if (sa.size.rows !== wa.size.rows)
      throw new Unwritable({
        en: "the scores and the weights are not the same shape",
        zh: "得分与权重的形状不同",
      });
  }
  if (sa.given && wa.given) weighted(scoresArg, weightsArg); // the function's own error, if any, now
  const s = sa.expr;
  const w = wa.expr;
  const blank = (x: Expr) => cmp(x, "=", str0);
  const filled = (x: Expr) => cmp(x, "<>", str0);
  const notNumber = (x: Expr) => sub(num(1), call("ISNUMBER", x));
  // weights.ts, row by row: a negative weight, a weight that is not a number, a score beside no
  // weight, or a score that is not a number is #VALUE!; a weight beside no score is #N/A (the score
  // is missing). When a range has both, the engine names the first row's; the formula says #VALUE!.
  const refused = call(
    "SUMPRODUCT",
    add(
      add(add(cmp(w, "<", num(0)), product(filled(w), notNumber(w))), product(blank(w), filled(s))),
      product(filled(s), notNumber(s)),
    ),
  );
  const missing = call("SUMPRODUCT", product(call("ISNUMBER", w), cmp(w, "<>", num(0)), blank(s)));
  const total = call("SUMPRODUCT", s, w);
  const sum = call("SUM", w);
  // Fractions adding to 1 or whole numbers adding to 100, decimal-exactly; anything else is #VALUE!.
  const adds = (target: number) => cmp(call("ABS", sub(sum, num(target))), "<=", num(NOISE));
  const value = IF(adds(1), total, IF(adds(100), div(total, num(100)), VALUE_ERROR));
  return IF(cmp(refused, ">", num(0)), VALUE_ERROR, IF(cmp(missing, ">", num(0)), NA, value));
}
