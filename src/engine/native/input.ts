/**
 * The cells a native formula reads: what may be given for them (a reference, or the value itself),
 * and the guard that turns what the function would refuse into the same Excel error: an empty cell
 * is #N/A (nothing to score yet), text or TRUE/FALSE is #VALUE!, and so is a value outside what
 * the function accepts (85 typed against a % standard, a negative time).
 *
 * One difference is left on purpose: the engine also reads a number typed as text ("88%" in a text
 * cell); the formula gives #VALUE! there, as Excel's own arithmetic in LibreOffice would, rather than
 * parse text in a way that differs between spreadsheet programs and their locales.
 */
import { call, cmp, IF, NA, num, ref, str, VALUE_ERROR, type Expr } from "./expr";

/** A1 references with an optional sheet ('My sheet'!$B$2, Data!B2:B13, B:B, 2:2) or a defined name. */
const SHEET = String.raw`(?:'(?:[^']|'')+'|[A-Za-z_\u00a0-\uffff][\w.\u00a0-\uffff]*)!`;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?[0-9]{1,7}`;
const AREA = String.raw`${CELL}(?::${CELL})?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?[0-9]{1,7}:\$?[0-9]{1,7}`;
const NAME = String.raw`[A-Za-z_\\\u00a0-\uffff][\w.\u00a0-\uffff]*`;
const REFERENCE = new RegExp(`^(?:${SHEET})?(?:${AREA})$|^${NAME}$`);
const ONE_CELL = new RegExp(`^(?:${SHEET})?${CELL}$|^${NAME}$`);

/** An argument the formula reads: a reference, or a literal value (as in SLA.SCORE(88%, …)). */
export type Input = { readonly kind: "ref"; readonly expr: Expr } | { readonly kind: "value"; readonly value: unknown };

export function inputOf(arg: unknown, what: string, oneCell: boolean): Input {
  if (typeof arg === "string") {
    const text = arg.trim();
    if (!(oneCell ? ONE_CELL : REFERENCE).test(text))
      throw new TypeError(`${what}: "${arg}" is not ${oneCell ? "a cell reference" : "a reference"} (A1 style)`);
    return { kind: "ref", expr: ref(text) };
  }
  return { kind: "value", value: arg };
}

/** A literal value in a formula: a number, TRUE/FALSE, or a text. */
export function literal(value: unknown): Expr {
  if (typeof value === "number") return num(value);
  if (typeof value === "boolean") return call(value ? "TRUE" : "FALSE");
  if (value === null || value === undefined) return str("");
  return str(String(value));
}

/**
 * `body` when the cell holds a number (and `invalid`, when given, does not hold), else the error the
 * engine gives: #N/A for an empty cell, #VALUE! for anything else. An error in the cell passes through.
 */
export function guarded(x: Expr, body: Expr, invalid: Expr | null): Expr {
  const checked = invalid ? IF(invalid, VALUE_ERROR, body) : body;
  return IF(call("ISNUMBER", x), checked, IF(cmp(x, "=", str("")), NA, VALUE_ERROR));
}
