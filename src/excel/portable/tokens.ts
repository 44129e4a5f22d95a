/**
 * Finding the SLA.* calls in a formula and their arguments, in one left-to-right pass (no regular
 * expression runs over the formula: formulas are up to 8,192 characters, and users paste anything).
 *
 * Respected: text in "…" ("" inside is a quote), sheet names in '…' ('' inside is a quote),
 * structured references in […] (nested, ' escapes the next character), parentheses and array
 * constants {…}. A function name is the run of name characters right before "(": SLA.SCORE, and the
 * form Excel saves a JavaScript custom function under (_xldudf_SLA_SCORE; _xldudf_SLA.SCORE also taken), all count.
 */

export interface SlaArg {
  /** The argument as written, trimmed. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface SlaCall {
  /** The function's id in capitals: "SCORE". */
  readonly fn: string;
  /** Where the name starts and where the closing ")" ends (formula.slice(start, end) is the call). */
  readonly start: number;
  readonly end: number;
  readonly args: readonly SlaArg[];
  /** How many SLA calls enclose this one (0: not inside another SLA call's arguments). */
  readonly nesting: number;
}

export interface Scan {
  readonly calls: readonly SlaCall[];
  /** False when the formula does not close what it opens (a string, a bracket, a parenthesis). */
  readonly balanced: boolean;
}

const isNameChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || // 0-9
  (c >= 65 && c <= 90) || // A-Z
  (c >= 97 && c <= 122) || // a-z
  c === 95 || // _
  c === 46 || // .
  c === 92 || // \
  c === 36 || // $
  c > 127;

/** "SLA.SCORE" or "_xldudf_SLA_SCORE" (any case) → "SCORE"; anything else → null. */
export function slaFunctionOf(name: string): string | null {
  const upper = name.toUpperCase();
  for (const prefix of ["SLA.", "_XLDUDF_SLA_", "_XLDUDF_SLA."])
    if (upper.startsWith(prefix) && upper.length > prefix.length) {
      const id = upper.slice(prefix.length);
      return /^[A-Z]+$/.test(id) ? id : null;
    }
  return null;
}

interface Frame {
  /** The SLA function, or null for any other parenthesis or brace. */
  fn: string | null;
  brace: boolean;
  start: number;
  argStart: number;
  args: SlaArg[];
}

const argOf = (formula: string, from: number, to: number): SlaArg => {
  let s = from;
  let e = to;
  while (s < e && formula.charCodeAt(s) <= 32) s++;
  while (e > s && formula.charCodeAt(e - 1) <= 32) e--;
  return { text: formula.slice(s, e), start: s, end: e };
};

export function scanFormula(formula: string): Scan {
  const calls: SlaCall[] = [];
  const stack: Frame[] = [];
  let sla = 0;
  let i = 0;
  const n = formula.length;
  let nameStart = -1;
  while (i < n) {
    const c = formula.charCodeAt(i);
    if (isNameChar(c)) {
      if (nameStart < 0) nameStart = i;
      i++;
      continue;
    }
    const name = nameStart >= 0 ? formula.slice(nameStart, i) : "";
    const at = nameStart;
    nameStart = -1;
    if (c === 34 || c === 39) {
      // "text" or 'sheet name': a doubled quote stays inside.
      i++;
      for (;;) {
        if (i >= n) return { calls, balanced: false };
        if (formula.charCodeAt(i) === c) {
          if (formula.charCodeAt(i + 1) === c) i += 2;
          else break;
        } else i++;
      }
      i++;
      continue;
    }
    if (c === 91) {
      // [structured reference], brackets nested, ' escaping the next character.
      let depth = 0;
      for (;;) {
        if (i >= n) return { calls, balanced: false };
        const d = formula.charCodeAt(i);
        if (d === 39) i += 2;
        else {
          if (d === 91) depth++;
          else if (d === 93 && --depth === 0) break;
          i++;
        }
      }
      i++;
      continue;
    }
    if (c === 40) {
      const fn = name ? slaFunctionOf(name) : null;
      stack.push({ fn, brace: false, start: fn ? at : i, argStart: i + 1, args: [] });
      if (fn) sla++;
    } else if (c === 123) {
      stack.push({ fn: null, brace: true, start: i, argStart: i + 1, args: [] });
    } else if (c === 44 || c === 59) {
      // "," separates arguments (";" only inside array constants, where it separates rows).
      const top = stack[stack.length - 1];
      if (top?.fn && c === 44) {
        top.args.push(argOf(formula, top.argStart, i));
        top.argStart = i + 1;
      }
    } else if (c === 41 || c === 125) {
      const top = stack.pop();
      if (!top || top.brace !== (c === 125)) return { calls, balanced: false };
      if (top.fn) {
        sla--;
        const last = argOf(formula, top.argStart, i);
        // SLA.X() has no arguments; SLA.X(a,) has an empty last one.
        if (top.args.length || last.text) top.args.push(last);
        calls.push({ fn: top.fn, start: top.start, end: i + 1, args: top.args, nesting: sla });
      }
    }
    i++;
  }
  return { calls: calls.sort((a, b) => a.start - b.start), balanced: stack.length === 0 };
}
