/**
 * Native formulas: SLA.SCORE, CREDIT, MET, GRADE, WEIGHTED and ATTAINMENT written as plain Excel
 * formulas that compute the same result from the same cells, for a workbook that must work without
 * the add-in (a client's copy, LibreOffice, WPS, Power Query reading saved values).
 *
 * `args` are the function's arguments in the order the SLA.* function takes them. A cell the
 * formula reads (the actual, the score, a range) is given as its reference text ("A2", "B2:B13",
 * "'月度数据'!C5") or as the value itself; the texts the function reads once (standard, rule, scale,
 * full marks) are given as their values. Bad texts throw the same SlaError the function gives; a
 * rule the engine reads but no formula can say throws SlaError "notCompilable", so a caller keeps the
 * cell's value instead.
 *
 * Each function's module says how; the pieces are in expr.ts (formula text, the engine's decimal
 * exactness as ROUND and a 1e-12 noise band) and input.ts (the guard for empty and refused cells).
 */
import { SlaError } from "../errors";
import { attainmentExpr, metExpr, weightedExpr } from "./aggregates";
import { MAX_DEPTH, MAX_LENGTH, Unwritable, type Expr } from "./expr";
import { gradeExpr } from "./grade";
import { creditExpr, scoreExpr } from "./score";

export type NativeFunction = "SCORE" | "CREDIT" | "MET" | "GRADE" | "WEIGHTED" | "ATTAINMENT";

const writers: Record<NativeFunction, (args: readonly unknown[]) => Expr> = {
  SCORE: scoreExpr,
  CREDIT: creditExpr,
  MET: metExpr,
  GRADE: gradeExpr,
  WEIGHTED: weightedExpr,
  ATTAINMENT: attainmentExpr,
};

/** The functions that have a native formula. */
export const NATIVE_FUNCTIONS = Object.keys(writers) as NativeFunction[];

export function nativeFormula(fn: NativeFunction, args: readonly unknown[]): string {
  const write = writers[fn];
  if (!write) throw new TypeError(`SLA.${String(fn)} has no native formula`);
  let e: Expr;
  try {
    e = write(args);
    if (e.depth > MAX_DEPTH)
      throw new Unwritable({
        en: `${e.depth} functions nested, Excel allows ${MAX_DEPTH}`,
        zh: `函数嵌套${e.depth}层，Excel 最多允许${MAX_DEPTH}层`,
      });
    if (e.text.length + 1 > MAX_LENGTH)
      throw new Unwritable({
        en: `${e.text.length + 1} characters, Excel allows ${MAX_LENGTH}`,
        zh: `公式长${e.text.length + 1}个字符，Excel 最多允许${MAX_LENGTH}个`,
      });
  } catch (err) {
    if (err instanceof Unwritable) throw new SlaError("#VALUE!", "notCompilable", { fn, reason: err.reason });
    throw err;
  }
  return `=${e.text}`;
}
