/**
 * What Excel checks when a formula is entered: quotes and brackets close, and every structured
 * reference names a table that exists and columns that table has. Excel refuses such a formula
 * outright (it is not stored with an error value), so Range.formulas fails at context.sync() with
 * InvalidArgument. Names and functions Excel does not know are accepted (the cell shows #NAME?),
 * so they are not checked here.
 */
import { cellsOf, type FakeTable, type FakeWorkbook } from "./fakeWorkbook";

const SPECIAL_ITEMS = new Set(["#ALL", "#DATA", "#HEADERS", "#TOTALS", "#THIS ROW"]);

/** Characters of a table name (a letter, digit, _ . or \), the part before "[". */
const NAME_CHAR = /[\p{L}\p{N}_.\\]/u;

function tableAt(wb: FakeWorkbook, sheet: string, address: string): FakeTable | undefined {
  return wb.tables.find((t) => t.sheet === sheet && cellsOf(t.address).some((row) => row.includes(address)));
}

/**
 * Reads one bracketed item from `at` (which is "["): its text with ' escapes undone, and where it
 * ends. `fail` makes the error its caller throws.
 */
export function bracketItem(
  f: string,
  at: number,
  fail: (message: string) => Error = (m) => new Error(m),
): { text: string; end: number } {
  let text = "";
  for (let i = at + 1; i < f.length; i++) {
    const ch = f[i];
    if (ch === "'") text += f[++i] ?? "";
    else if (ch === "]") return { text, end: i + 1 };
    else if (ch === "[") throw fail(`a "[" inside ${f.slice(at, i + 1)} is not escaped with '`);
    else text += ch;
  }
  throw fail(`an unclosed "[" at ${f.slice(at)}`);
}

/**
 * Where a text ("…") or a quoted sheet name ('…') that starts at `at` ends (the index after its
 * closing quote: the same quote doubled stands for itself), or -1 when it is not closed.
 */
export function quotedEnd(f: string, at: number): number {
  const q = f[at];
  let j = at + 1;
  for (; j < f.length; j++) if (f[j] === q && f[++j] !== q) break;
  return f[j - 1] !== q || j - 1 === at ? -1 : j;
}

/** The column or special-item names of one structured reference starting at `at` ("["), and where it ends. */
function structuredReference(f: string, at: number): { items: string[]; end: number } {
  if (f[at + 1] === "@") {
    // [@col] or [@[col]]: this row of one column.
    if (f[at + 2] === "[") {
      const inner = bracketItem(f, at + 2);
      if (f[inner.end] !== "]") throw new Error(`"]" expected after ${f.slice(at, inner.end)}`);
      return { items: [inner.text], end: inner.end + 1 };
    }
    const item = bracketItem(f, at + 1);
    return { items: [item.text], end: item.end };
  }
  if (f[at + 1] !== "[") {
    const item = bracketItem(f, at);
    return { items: item.text === "" ? [] : [item.text], end: item.end };
  }
  // [[#This Row],[a]:[b]]: items separated by , or :
  const items: string[] = [];
  let i = at + 1;
  for (;;) {
    if (f[i] !== "[") throw new Error(`"[" expected at ${f.slice(i)}`);
    const item = bracketItem(f, i);
    items.push(item.text);
    i = item.end;
    while (f[i] === " ") i++;
    if (f[i] === "]") return { items, end: i + 1 };
    if (f[i] !== "," && f[i] !== ":") throw new Error(`"," ":" or "]" expected at ${f.slice(i)}`);
    i++;
    while (f[i] === " ") i++;
  }
}

function checkItems(items: readonly string[], table: FakeTable, f: string): void {
  const columns = (table.columns ?? []).map((c) => c.toUpperCase());
  for (const item of items) {
    const upper = item.trim().toUpperCase();
    if (upper.startsWith("#")) {
      if (!SPECIAL_ITEMS.has(upper)) throw new Error(`${item} is not a special item of a table (in ${f})`);
    } else if (!columns.includes(item.toUpperCase()))
      throw new Error(`table ${table.name} has no column "${item}" (in ${f}); it has ${JSON.stringify(table.columns)}`);
  }
}

/**
 * Checks a formula written to `sheet`!`address` as Excel does when it is entered; throws with the
 * reason when Excel would refuse it.
 */
export function checkFormula(f: string, wb: FakeWorkbook, sheet: string, address: string): void {
  let depth = 0;
  let i = 1; // after "="
  while (i < f.length) {
    const ch = f[i];
    if (ch === '"' || ch === "'") {
      const j = quotedEnd(f, i);
      if (j < 0) throw new Error(`an unclosed ${ch} in ${f}`);
      i = j;
    } else if (ch === "(" || ch === ")") {
      depth += ch === "(" ? 1 : -1;
      if (depth < 0) throw new Error(`a ")" without its "(" in ${f}`);
      i++;
    } else if (ch === "[") {
      let start = i;
      while (start > 1 && NAME_CHAR.test(f[start - 1])) start--;
      const name = f.slice(start, i);
      const table = name ? wb.table(name) : tableAt(wb, sheet, address);
      if (!table)
        throw new Error(name ? `no table named ${name} (in ${f})` : `${f} refers to a table row outside any table`);
      const ref = structuredReference(f, i);
      checkItems(ref.items, table, f);
      i = ref.end;
    } else if (ch === "]") throw new Error(`a "]" without its "[" in ${f}`);
    else i++;
  }
  if (depth !== 0) throw new Error(`unbalanced parentheses in ${f}`);
}
