/**
 * The portable copy's plan (pure): for every formula that calls SLA.*, either the same formula with
 * each SLA call replaced by its native formula (nativeFormula), or the cell's current value.
 *
 * An SLA call is compiled when its function has a native formula and every argument can be told:
 * - a cell the formula reads (the actual, the score, a range) stays a reference: A1 ($A$1, A1:B2,
 *   'Sheet'!A1), a structured reference ([@Col], [@[Col]], Table[@Col], Table[[#This Row],[Col]],
 *   Table[Col], Table[[Col]]) rewritten in A1 on its table, a defined name to its reference;
 * - a text the function compiles (standard, rule, scale, full marks) is given as its value: a
 *   literal, or the value of the one cell a reference or a defined name points at (as Excel shows
 *   it now), or a defined name's constant.
 * Anything else (an expression as an argument, an SLA call inside another, a function without a
 * native formula, a rule the engine cannot write as a formula, an argument the function refuses)
 * keeps the whole cell's value: when in doubt, the value.
 */
import { nativeFormula, NATIVE_FUNCTIONS, SlaError, type NativeFunction } from "../../engine";
import { absoluteCell, cellAddress, cellPosition, columnLetter, quoteSheet } from "../address";
import { scanFormula, type SlaCall } from "./tokens";

export type Cell = string | number | boolean;

export interface SheetInput {
  readonly name: string;
  /** The used range's address, as Office.js gives it ("Sheet1!A1:C3", "'My sheet'!B2:D9") or bare ("A1:C3"). */
  readonly address: string;
  /** Range.formulas and Range.values of that range (2-D, same size). */
  readonly formulas: readonly (readonly Cell[])[];
  readonly values: readonly (readonly Cell[])[];
}

export interface NameInput {
  readonly name: string;
  /** "='协议信息'!$B$19", "=0.8", "=\"text\"". */
  readonly formula: string;
}

export interface TableInput {
  readonly name: string;
  readonly sheet: string;
  /** The whole table, header row included ("A4:M28", sheet-qualified or not). */
  readonly address: string;
  readonly headers: readonly string[];
}

export interface PortableInput {
  readonly sheets: readonly SheetInput[];
  readonly names: readonly NameInput[];
  readonly tables: readonly TableInput[];
}

export type Rewrite =
  | { readonly sheet: string; readonly address: string; readonly formula: string }
  | { readonly sheet: string; readonly address: string; readonly value: Cell };

/**
 * Why a cell keeps its value: noNative (EXPLAIN, RULE, STREAK, DUE, ELAPSED, STATUS, USED…),
 * notCompilable (the rule is too big for a formula), unresolved (an argument the plan cannot tell),
 * refused (the function itself gives an error for these arguments).
 */
export type KeptReason = "noNative" | "notCompilable" | "unresolved" | "refused";

export interface Kept {
  readonly sheet: string;
  readonly address: string;
  readonly functions: readonly string[];
  readonly reason: KeptReason;
  /** The engine's reason, for notCompilable and refused. */
  readonly detail?: string;
}

export interface PortablePlan {
  readonly rewrites: readonly Rewrite[];
  readonly kept: readonly Kept[];
  /** Cells whose SLA calls all became native formulas. */
  readonly compiled: number;
  /** The agreement number, from the cell right of the label 协议编号 / Agreement number ("" if none). */
  readonly agreementNo: string;
}

// --- addresses

interface Pos {
  readonly col: number; // 0-based
  readonly row: number; // 1-based
}
interface Area {
  readonly sheet: string;
  readonly from: Pos;
  readonly to: Pos;
}

/** "'It''s'!A1:B2" → sheet "It's" and "A1:B2"; "A1" → no sheet. */
function splitSheet(text: string): { sheet: string | null; rest: string } | null {
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { sheet: null, rest: text };
  let sheet = text.slice(0, bang);
  if (sheet.startsWith("'")) {
    if (!sheet.endsWith("'") || sheet.length < 2) return null;
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  } else if (!/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet)) return null;
  return { sheet, rest: text.slice(bang + 1) };
}

/** An A1 reference (a cell or a rectangle), with the sheet it is on. */
function areaOf(text: string, here: string): Area | null {
  const s = splitSheet(text.trim());
  if (!s) return null;
  const [a, b, more] = s.rest.split(":");
  if (more !== undefined) return null;
  const from = cellPosition(a);
  const to = b === undefined ? from : cellPosition(b);
  if (!from || !to) return null;
  return {
    sheet: s.sheet ?? here,
    from: { col: Math.min(from.col, to.col), row: Math.min(from.row, to.row) },
    to: { col: Math.max(from.col, to.col), row: Math.max(from.row, to.row) },
  };
}

const a1 = (p: Pos): string => cellAddress(p.col, p.row);
const single = (a: Area): boolean => a.from.col === a.to.col && a.from.row === a.to.row;

// --- the workbook as the plan reads it

class Book {
  private readonly sheets = new Map<string, { origin: Pos; values: readonly (readonly Cell[])[] }>();
  private readonly names = new Map<string, string>();
  readonly tables: { name: string; sheet: string; area: Area; headers: string[] }[] = [];

  constructor(input: PortableInput) {
    for (const s of input.sheets) {
      const area = areaOf(splitSheet(s.address)?.rest ?? s.address, s.name);
      this.sheets.set(s.name.toUpperCase(), { origin: area?.from ?? { col: 0, row: 1 }, values: s.values });
    }
    for (const n of input.names) this.names.set(n.name.toUpperCase(), n.formula);
    for (const t of input.tables) {
      const area = areaOf(splitSheet(t.address)?.rest ?? t.address, t.sheet);
      if (area) this.tables.push({ name: t.name, sheet: t.sheet, area, headers: t.headers.map(String) });
    }
  }

  /** A cell's value as Excel shows it ("" when outside the used range or the sheet is unknown). */
  value(sheet: string, p: Pos): Cell {
    const s = this.sheets.get(sheet.toUpperCase());
    if (!s) return "";
    return s.values[p.row - s.origin.row]?.[p.col - s.origin.col] ?? "";
  }

  name(name: string): string | undefined {
    return this.names.get(name.toUpperCase());
  }

  table(name: string) {
    const upper = name.toUpperCase();
    return this.tables.find((t) => t.name.toUpperCase() === upper);
  }

  /** The table whose body holds the cell. */
  tableAt(sheet: string, p: Pos) {
    const upper = sheet.toUpperCase();
    return this.tables.find(
      (t) =>
        t.sheet.toUpperCase() === upper &&
        p.row > t.area.from.row &&
        p.row <= t.area.to.row &&
        p.col >= t.area.from.col &&
        p.col <= t.area.to.col,
    );
  }
}

// --- arguments

/** An argument: a reference (written back as text) or a value. */
type Arg = { readonly ref: string; readonly area: Area } | { readonly value: Cell };

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?%?$/;

/** "[#This Row],[Col]" / "@[Col]" / "@Col" / "Col" / "[Col]" → { thisRow, column } or null. */
function structuredItems(inner: string): { thisRow: boolean; column: string } | null {
  const unescape = (s: string) => s.replace(/'(.)/g, "$1");
  let s = inner.trim();
  let thisRow = false;
  if (s.startsWith("@")) {
    thisRow = true;
    s = s.slice(1).trim();
  }
  const items: string[] = [];
  if (s.startsWith("[")) {
    // [a],[b]: split on the top-level brackets.
    let i = 0;
    while (i < s.length) {
      if (s[i] !== "[") return null;
      let j = i + 1;
      let text = "";
      while (j < s.length && s[j] !== "]") {
        if (s[j] === "'") {
          text += s[j + 1] ?? "";
          j += 2;
        } else text += s[j++];
      }
      if (j >= s.length) return null;
      items.push(text);
      i = j + 1;
      while (s[i] === " ") i++;
      if (i < s.length) {
        if (s[i] !== ",") return null;
        i++;
        while (s[i] === " ") i++;
      }
    }
  } else if (s) items.push(unescape(s));
  const columns: string[] = [];
  for (const item of items) {
    const t = item.trim();
    if (/^#this row$/i.test(t)) thisRow = true;
    else if (/^#data$/i.test(t)) continue;
    else if (t.startsWith("#") || t.includes(":")) return null;
    else columns.push(t);
  }
  return columns.length === 1 ? { thisRow, column: columns[0] } : null;
}

function refText(a: Area, here: string): string {
  const body = single(a) ? a1(a.from) : `${a1(a.from)}:${a1(a.to)}`;
  return a.sheet.toUpperCase() === here.toUpperCase() ? body : `${quoteSheet(a.sheet)}!${body}`;
}

function resolve(text: string, book: Book, sheet: string, at: Pos, depth = 0): Arg | null {
  const t = text.trim();
  if (!t || depth > 4) return null;
  if (NUMBER.test(t)) {
    const pct = t.endsWith("%");
    const n = Number(pct ? t.slice(0, -1) : t);
    return Number.isFinite(n) ? { value: pct ? n / 100 : n } : null;
  }
  if (t.length >= 2 && t.startsWith('"') && t.endsWith('"')) {
    const inner = t.slice(1, -1);
    // One string: every quote inside is doubled.
    if (inner.replace(/""/g, "").includes('"')) return null;
    return { value: inner.replace(/""/g, '"') };
  }
  if (/^(TRUE|FALSE)$/i.test(t)) return { value: t.toUpperCase() === "TRUE" };
  const area = areaOf(t, sheet);
  if (area) return { ref: refText(area, sheet), area };
  // A structured reference: Table[…] or […] (the formula's own table).
  const bracket = t.indexOf("[");
  if (bracket >= 0 && t.endsWith("]")) {
    const tableName = t.slice(0, bracket);
    const table = tableName ? book.table(tableName) : book.tableAt(sheet, at);
    const items = structuredItems(t.slice(bracket + 1, -1));
    if (!table || !items) return null;
    const i = table.headers.findIndex((h) => h.trim().toUpperCase() === items.column.trim().toUpperCase());
    if (i < 0) return null;
    const col = table.area.from.col + i;
    const first = table.area.from.row + 1;
    if (items.thisRow) {
      // The formula's own row, which must be in the table's body.
      if (table.sheet.toUpperCase() !== sheet.toUpperCase() || at.row < first || at.row > table.area.to.row)
        return null;
      const cell = { col, row: at.row };
      const area: Area = { sheet: table.sheet, from: cell, to: cell };
      return { ref: refText(area, sheet), area };
    }
    const area: Area = { sheet: table.sheet, from: { col, row: first }, to: { col, row: table.area.to.row } };
    if (area.to.row < first) return null;
    const body = `$${columnLetter(col)}$${first}:$${columnLetter(col)}$${area.to.row}`;
    const same = table.sheet.toUpperCase() === sheet.toUpperCase();
    return { ref: same ? body : `${quoteSheet(table.sheet)}!${body}`, area };
  }
  // A defined name: its constant or its reference.
  if (/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(t)) {
    const formula = book.name(t);
    if (formula === undefined || !formula.startsWith("=")) return null;
    const target = resolve(formula.slice(1), book, sheet, at, depth + 1);
    if (!target) return null;
    if ("value" in target) return target;
    // A name's reference is absolute and sheet-qualified: keep it as such wherever the formula is.
    const a = target.area;
    const abs = (p: Pos) => absoluteCell(p.col, p.row);
    const body = single(a) ? abs(a.from) : `${abs(a.from)}:${abs(a.to)}`;
    return { ref: `${quoteSheet(a.sheet)}!${body}`, area: a };
  }
  return null;
}

/** Which arguments are cells the formula reads (the rest are compiled texts, given as values). */
const READS: Record<NativeFunction, readonly number[]> = {
  SCORE: [0],
  CREDIT: [0],
  MET: [0],
  GRADE: [0],
  WEIGHTED: [0, 1],
  ATTAINMENT: [0],
};

const isNative = (fn: string): fn is NativeFunction => (NATIVE_FUNCTIONS as string[]).includes(fn);

class Keep extends Error {
  constructor(
    readonly reason: KeptReason,
    readonly detail?: string,
  ) {
    super(reason);
  }
}

/** The native formula's body for one SLA call, or Keep. */
function compileCall(call: SlaCall, book: Book, sheet: string, at: Pos): string {
  if (!isNative(call.fn)) throw new Keep("noNative");
  const reads = READS[call.fn];
  const args = call.args.map((a, i): unknown => {
    // An omitted argument (SLA.SCORE(A1,"≥90%","rule",)) is what the function gets as null.
    if (!a.text) return null;
    const r = resolve(a.text, book, sheet, at);
    if (!r) throw new Keep("unresolved", a.text);
    if (reads.includes(i)) return "ref" in r ? r.ref : r.value;
    if ("value" in r) return r.value;
    if (!single(r.area)) throw new Keep("unresolved", a.text);
    const v = book.value(r.area.sheet, r.area.from);
    // An error in the cell: the function gives an error, the copy keeps it.
    if (typeof v === "string" && /^#[A-Z0-9/]+[!?]?$|^#N\/A$|^#GETTING_DATA$/.test(v)) throw new Keep("refused", v);
    return v;
  });
  try {
    return nativeFormula(call.fn, args).slice(1);
  } catch (e) {
    if (e instanceof SlaError) throw new Keep(e.id === "notCompilable" ? "notCompilable" : "refused", e.message);
    if (e instanceof TypeError) throw new Keep("unresolved", e.message);
    throw e;
  }
}

/** The formula with its SLA calls compiled, or the reason to keep the value. */
function compileFormula(
  formula: string,
  book: Book,
  sheet: string,
  at: Pos,
): { formula: string; functions: string[] } | { keep: Keep; functions: string[] } | null {
  const scan = scanFormula(formula);
  if (!scan.calls.length) return null;
  const functions = [...new Set(scan.calls.map((c) => c.fn))];
  if (!scan.balanced || scan.calls.some((c) => c.nesting > 0)) return { keep: new Keep("unresolved"), functions };
  // Functions without a native formula first: no need to compile the others.
  if (scan.calls.some((c) => !isNative(c.fn))) return { keep: new Keep("noNative"), functions };
  let out = "";
  let from = 0;
  try {
    for (const call of scan.calls) {
      out += formula.slice(from, call.start) + `(${compileCall(call, book, sheet, at)})`;
      from = call.end;
    }
  } catch (e) {
    if (e instanceof Keep) return { keep: e, functions };
    throw e;
  }
  return { formula: out + formula.slice(from), functions };
}

const AGREEMENT_LABEL = /^(协议编号|agreement (number|no\.?))\s*[:：]?$/i;

export function planPortableCopy(input: PortableInput): PortablePlan {
  const book = new Book(input);
  const rewrites: Rewrite[] = [];
  const kept: Kept[] = [];
  let compiled = 0;
  let agreementNo = "";
  for (const s of input.sheets) {
    const origin = areaOf(splitSheet(s.address)?.rest ?? s.address, s.name)?.from ?? { col: 0, row: 1 };
    s.formulas.forEach((row, r) =>
      row.forEach((f, c) => {
        const at = { col: origin.col + c, row: origin.row + r };
        const address = a1(at);
        if (!agreementNo && typeof f === "string" && AGREEMENT_LABEL.test(f.trim())) {
          const next = s.values[r]?.slice(c + 1).find((v) => v !== "");
          if (next !== undefined) agreementNo = String(next);
        }
        if (typeof f !== "string" || !f.startsWith("=")) return;
        const result = compileFormula(f, book, s.name, at);
        if (!result) return;
        if ("formula" in result) {
          compiled++;
          rewrites.push({ sheet: s.name, address, formula: result.formula });
        } else {
          rewrites.push({ sheet: s.name, address, value: s.values[r]?.[c] ?? "" });
          kept.push({
            sheet: s.name,
            address,
            functions: result.functions,
            reason: result.keep.reason,
            ...(result.keep.detail ? { detail: result.keep.detail } : {}),
          });
        }
      }),
    );
  }
  return { rewrites, kept, compiled, agreementNo };
}

/**
 * A structured reference ("Table[Col]", "[@[Col]]", "Table[[#This Row],[Col]]") written in A1 for a
 * formula in `sheet`!`address`, or null when it is not one the plan can tell (#Headers, #All,
 * several columns…). For the copy's file, whose formulas must not use the "@" shorthand.
 */
export function structuredReferenceInA1(
  text: string,
  tables: readonly TableInput[],
  sheet: string,
  address: string,
): string | null {
  const at = cellPosition(address);
  if (!at || !text.includes("[")) return null;
  const book = new Book({ sheets: [], names: [], tables });
  const arg = resolve(text, book, sheet, at);
  return arg && "ref" in arg ? arg.ref : null;
}
