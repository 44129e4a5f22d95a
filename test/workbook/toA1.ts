/**
 * Excel's structured references (Table[Col], [@Col], Table[[#Headers],[A]:[B]]…) rewritten as A1
 * references, from the tables a FakeWorkbook holds: for HyperFormula, which has no tables, and for
 * the .xlsx copies the render writes (test/workbook/xlsx.ts).
 *
 * - Table[Col], Table[[Col]], Table[[ColA]:[ColB]], Table, Table[], Table[#Data] → the body, absolute
 *   ($B$5:$B$7); #Headers → the header row; #All → header and body (the fake's tables have no totals
 *   row, so #Totals is refused, as Excel gives #REF!).
 * - [@Col], [@[Col With Space]], Table[@Col], Table[[#This Row],[Col]] → the cell of that column on
 *   the formula's own row, relative (B6); the formula's cell must be in the table's body.
 * - A table on another sheet gives a sheet-qualified reference ('服务标准'!$E$6:$E$11), the sheet
 *   name quoted when Excel needs it (always with `quoteAllSheets`, as HyperFormula wants).
 * - INDEX(range,n) next to the range operator ":" becomes the n-th cell of that range, so that
 *   "from the first row to this row", INDEX(Table[Col],1):[@Col], comes out as $B$6:B8, a range any
 *   engine reads.
 * - Text in "…" is left alone; ' escapes [ ] # ' in column names; table and column names match in
 *   any case, as in Excel.
 */

import { bracketItem as sharedBracketItem, quotedEnd } from "../excel/formulaCheck";

export interface TableLike {
  name: string;
  sheet: string;
  /** The whole table, header row included: "A4:H7". */
  address: string;
  /** The header texts, in order. */
  columns?: readonly string[];
}

export interface A1Context {
  tables: readonly TableLike[];
  /** The sheet the formula is on (none for a defined name's formula). */
  sheet?: string;
  /** The formula's own cell, for [@Col] and #This Row. */
  address?: string;
  /** Quote every sheet name (HyperFormula), rather than only those Excel needs quoted. */
  quoteAllSheets?: boolean;
}

/** A formula that cannot be rewritten (a missing table or column, [@Col] outside its table…). */
export class ToA1Error extends Error {
  override name = "ToA1Error";
}

const NAME_CHAR = /[\p{L}\p{N}_.\\]/u;
const CELL = /^\$?([A-Z]{1,3})\$?(\d+)$/;

export function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

export function columnLetters(n: number): string {
  let s = "";
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "B5" or "$B$5" → 1-based column and row. */
export function cellPosition(address: string): { col: number; row: number } {
  const m = CELL.exec(address.toUpperCase());
  if (!m) throw new ToA1Error(`Not a cell address: ${address}`);
  return { col: columnNumber(m[1]), row: Number(m[2]) };
}

/** "A4:H7" (or "A4") → its corners, 1-based. */
export function rangeBounds(address: string): { c1: number; r1: number; c2: number; r2: number } {
  const [a, b = a] = address.replace(/^.*!/, "").split(":");
  const p = cellPosition(a);
  const q = cellPosition(b);
  return {
    c1: Math.min(p.col, q.col),
    r1: Math.min(p.row, q.row),
    c2: Math.max(p.col, q.col),
    r2: Math.max(p.row, q.row),
  };
}

/** A sheet name as a reference writes it: Sheet1, 'Monthly Score', '服务标准', 'It''s'. */
export function sheetRef(name: string, quoteAll = false): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^R\d*C\d*$/i.test(name);
  return plain && !quoteAll ? name : `'${name.replace(/'/g, "''")}'`;
}

/** The formula's pieces: text in "…" (kept as is) and the rest. */
export function splitStrings(formula: string): { text: string; quoted: boolean }[] {
  const parts: { text: string; quoted: boolean }[] = [];
  let i = 0;
  let start = 0;
  let sheetQuote = false;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === "'") {
      // a quoted sheet name (or an escape inside a structured reference): skip to its end
      sheetQuote = !sheetQuote;
      i++;
    } else if (ch === '"' && !sheetQuote) {
      if (i > start) parts.push({ text: formula.slice(start, i), quoted: false });
      let j = i + 1;
      for (; j < formula.length; j++) if (formula[j] === '"' && formula[++j] !== '"') break;
      if (formula[j - 1] !== '"' || j - 1 === i) j = formula.length;
      parts.push({ text: formula.slice(i, j), quoted: true });
      i = start = j;
    } else i++;
  }
  if (start < formula.length) parts.push({ text: formula.slice(start), quoted: false });
  return parts;
}

/** Applies `fn` to the formula outside its "…" texts. */
export function outsideStrings(formula: string, fn: (code: string) => string): string {
  return splitStrings(formula)
    .map((p) => (p.quoted ? p.text : fn(p.text)))
    .join("");
}

// ---------------------------------------------------------------------------------------------
// Structured references

interface Specifier {
  thisRow: boolean;
  specials: Set<string>;
  from?: string;
  to?: string;
}

/** One bracketed item from `at` ("["): its text with ' escapes undone, and where it ends. */
const bracketItem = (f: string, at: number) => sharedBracketItem(f, at, (m) => new ToA1Error(m));

const SPECIALS = new Map([
  ["#ALL", "#All"],
  ["#DATA", "#Data"],
  ["#HEADERS", "#Headers"],
  ["#TOTALS", "#Totals"],
  ["#THIS ROW", "#This Row"],
]);

function addItem(spec: Specifier, text: string, range: boolean): void {
  const special = SPECIALS.get(text.trim().toUpperCase());
  if (special === "#This Row") spec.thisRow = true;
  else if (special) spec.specials.add(special);
  else if (range) spec.to = text;
  else if (spec.from === undefined) spec.from = text;
  else throw new ToA1Error(`two columns without ":" between them`);
}

/** The structured reference starting at `at` ("["), parsed; and where it ends. */
function parseSpecifier(f: string, at: number): { spec: Specifier; end: number } {
  const spec: Specifier = { thisRow: false, specials: new Set() };
  if (f[at + 1] === "@") {
    spec.thisRow = true;
    if (f[at + 2] === "]") return { spec, end: at + 3 };
    if (f[at + 2] !== "[") {
      const item = bracketItem(f, at + 1);
      addItem(spec, item.text, false);
      return { spec, end: item.end };
    }
    return parseList(f, at + 2, at, spec);
  }
  if (f[at + 1] !== "[") {
    const item = bracketItem(f, at);
    if (item.text.trim() !== "") addItem(spec, item.text, false);
    return { spec, end: item.end };
  }
  return parseList(f, at + 1, at, spec);
}

/** [a],[b]:[c]] from `i`, up to and including the closing "]" of the reference that opened at `open`. */
function parseList(f: string, i: number, open: number, spec: Specifier): { spec: Specifier; end: number } {
  let range = false;
  for (;;) {
    while (f[i] === " ") i++;
    if (f[i] !== "[") throw new ToA1Error(`"[" expected at ${f.slice(i)} (in ${f.slice(open)})`);
    const item = bracketItem(f, i);
    addItem(spec, item.text, range);
    i = item.end;
    while (f[i] === " ") i++;
    if (f[i] === "]") return { spec, end: i + 1 };
    if (f[i] === ":") range = true;
    else if (f[i] === ",") range = false;
    else throw new ToA1Error(`"," ":" or "]" expected at ${f.slice(i)}`);
    i++;
  }
}

function columnIndex(table: TableLike, name: string): number {
  const columns = table.columns ?? [];
  const i = columns.findIndex((c) => c.toUpperCase() === name.toUpperCase());
  if (i < 0) throw new ToA1Error(`table ${table.name} has no column "${name}" (it has ${JSON.stringify(columns)})`);
  return i;
}

/** The A1 reference a structured reference of `table` stands for, seen from the context's cell. */
function resolve(table: TableLike, spec: Specifier, ctx: A1Context): string {
  const t = rangeBounds(table.address);
  // Excel keeps at least one body row: a table of its header alone has an empty row below.
  const body = { first: t.r1 + 1, last: Math.max(t.r2, t.r1 + 1) };
  let c1 = t.c1;
  let c2 = t.c2;
  if (spec.from !== undefined) {
    c1 = t.c1 + columnIndex(table, spec.from);
    c2 = spec.to === undefined ? c1 : t.c1 + columnIndex(table, spec.to);
    if (c2 < c1) [c1, c2] = [c2, c1];
  }
  const prefix = table.sheet === ctx.sheet ? "" : `${sheetRef(table.sheet, ctx.quoteAllSheets)}!`;
  if (spec.thisRow) {
    if (spec.specials.size > 0) throw new ToA1Error(`#This Row with ${[...spec.specials].join(", ")}`);
    if (!ctx.address) throw new ToA1Error(`a this-row reference of ${table.name} outside any cell`);
    const { row } = cellPosition(ctx.address);
    if (table.sheet !== ctx.sheet || row < body.first || row > body.last)
      throw new ToA1Error(`a this-row reference of ${table.name} from ${ctx.sheet}!${ctx.address}, outside its rows`);
    const a = `${columnLetters(c1)}${row}`;
    return prefix + (c1 === c2 ? a : `${a}:${columnLetters(c2)}${row}`);
  }
  const s = spec.specials;
  if (s.has("#Totals")) throw new ToA1Error(`table ${table.name} has no totals row`);
  let first = body.first;
  let last = body.last;
  if (s.has("#All") || (s.has("#Headers") && s.has("#Data"))) first = t.r1;
  else if (s.has("#Headers")) last = first = t.r1;
  const a = `$${columnLetters(c1)}$${first}`;
  const b = `$${columnLetters(c2)}$${last}`;
  return prefix + (a === b ? a : `${a}:${b}`);
}

function tableNamed(ctx: A1Context, name: string): TableLike | undefined {
  return ctx.tables.find((t) => t.name.toUpperCase() === name.toUpperCase());
}

function tableAround(ctx: A1Context): TableLike {
  if (ctx.sheet !== undefined && ctx.address) {
    const { col, row } = cellPosition(ctx.address);
    const found = ctx.tables.find((t) => {
      if (t.sheet !== ctx.sheet) return false;
      const b = rangeBounds(t.address);
      return col >= b.c1 && col <= b.c2 && row >= b.r1 && row <= Math.max(b.r2, b.r1 + 1);
    });
    if (found) return found;
  }
  throw new ToA1Error(
    `a structured reference without a table name outside any table (${ctx.sheet ?? ""}!${ctx.address ?? ""})`,
  );
}

/** The formula with its structured references rewritten (texts and quoted sheet names kept). */
function replaceStructured(f: string, ctx: A1Context): string {
  let out = "";
  let i = 0;
  while (i < f.length) {
    const ch = f[i];
    if (ch === '"' || ch === "'") {
      const j = quotedEnd(f, i);
      if (j < 0) throw new ToA1Error(`an unclosed ${ch} in ${f}`);
      const name = f.slice(i + 1, j - 1).replace(/''/g, "'");
      out += ch === "'" && f[j] === "!" ? sheetRef(name, ctx.quoteAllSheets) : f.slice(i, j);
      i = j;
    } else if (ch === "[") {
      const { spec, end } = parseSpecifier(f, i);
      out += resolve(tableAround(ctx), spec, ctx);
      i = end;
    } else if (NAME_CHAR.test(ch)) {
      let j = i;
      while (j < f.length && NAME_CHAR.test(f[j])) j++;
      const ident = f.slice(i, j);
      const next = f[j];
      const table = /^[\p{L}_\\]/u.test(ident) && f[i - 1] !== "$" ? tableNamed(ctx, ident) : undefined;
      if (next === "[") {
        if (!table) throw new ToA1Error(`no table named ${ident} (in ${f})`);
        const { spec, end } = parseSpecifier(f, j);
        out += resolve(table, spec, ctx);
        i = end;
      } else if (next === "!" && f[i - 1] !== "#") {
        // A sheet's name (#VALUE! and #REF! are error values, not sheets).
        out += sheetRef(ident, ctx.quoteAllSheets);
        i = j;
      } else if (table && next !== "(") {
        out += resolve(table, { thisRow: false, specials: new Set() }, ctx);
        i = j;
      } else {
        out += ident;
        i = j;
      }
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// INDEX(range,n) next to ":", and one sheet prefix per range

const SHEET = String.raw`(?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!`;
const REF = String.raw`\$?[A-Z]{1,3}\$?\d+`;
const INDEX_CALL = new RegExp(String.raw`INDEX\(\s*(${SHEET})?(${REF})(?::(${REF}))?\s*,\s*(\d+)\s*\)`, "gi");

/** The n-th cell (1-based) of a one-column or one-row range, absolute as its first cell is written. */
function nthCell(sheet: string, a: string, b: string | undefined, n: number): string | null {
  const p = cellPosition(a);
  const q = b ? cellPosition(b) : p;
  if (n < 1) return null;
  let col = p.col;
  let row = p.row;
  if (p.col === q.col) row = p.row + n - 1;
  else if (p.row === q.row) col = p.col + n - 1;
  else return null;
  if (row > q.row || col > q.col) return null;
  const colAbs = a.startsWith("$") ? "$" : "";
  const rowAbs = /^\$?[A-Z]+\$/.test(a) ? "$" : "";
  return `${sheet}${colAbs}${columnLetters(col)}${rowAbs}${row}`;
}

function indexRanges(code: string): string {
  return code.replace(
    INDEX_CALL,
    (whole, sheet: string | undefined, a: string, b: string | undefined, n: string, at: number, all: string) => {
      const before = all.slice(0, at).trimEnd();
      const after = all.slice(at + whole.length).trimStart();
      if (!before.endsWith(":") && !after.startsWith(":")) return whole;
      return nthCell(sheet ?? "", a, b, Number(n)) ?? whole;
    },
  );
}

/** 'S'!$B$6:'S'!B8 → 'S'!$B$6:B8; $B$6 : B8 → $B$6:B8. */
function mergePrefixes(code: string): string {
  code = code.replace(new RegExp(String.raw`(${REF})\s*:\s*(${SHEET})?(${REF})`, "g"), "$1:$2$3");
  const re = new RegExp(String.raw`(${SHEET})(${REF})\s*:\s*(${SHEET})(${REF})`, "g");
  return code.replace(re, (whole, s1: string, a: string, s2: string, b: string) =>
    s1.toUpperCase() === s2.toUpperCase() ? `${s1}${a}:${b}` : whole,
  );
}

/** The formula (with its leading "=", or without) in A1 references only. */
export function toA1(formula: string, ctx: A1Context): string {
  const replaced = replaceStructured(formula, ctx);
  return outsideStrings(replaced, (code) => mergePrefixes(indexRanges(code)));
}

// ---------------------------------------------------------------------------------------------
// Relative references moved, for a conditional format's formula applied to each cell of its range

const MOVABLE = new RegExp(
  String.raw`(^|[^\p{L}\p{N}_.\\$'!])(${SHEET})?(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\p{L}\p{N}_(!])`,
  "gu",
);

/**
 * The formula as it applies `rows` rows down and `cols` columns right of the cell it is written
 * for: relative rows and columns move, $ ones stay (Excel's conditional formats and fill-down).
 */
export function moveFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  return outsideStrings(formula, (code) =>
    code.replace(
      MOVABLE,
      (_w, lead: string, sheet: string | undefined, ca: string, col: string, ra: string, row: string) => {
        const c = ca ? col : columnLetters(columnNumber(col) + cols);
        const r = ra ? row : String(Number(row) + rows);
        return `${lead}${sheet ?? ""}${ca}${c}${ra}${r}`;
      },
    ),
  );
}
