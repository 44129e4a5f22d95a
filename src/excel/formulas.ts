/**
 * Template formulas → Excel formulas. Placeholders (see src/templates/types.ts) become structured
 * references and defined names for Excel, or plain A1 references when another formula engine
 * (without tables) has to evaluate the same formulas.
 */

export type FormulaStyle = "structured" | "a1";

/** Where a column of the sheet's tables is. */
export interface ColumnRef {
  readonly table: string;
  readonly header: string;
  readonly letter: string;
  readonly firstRow: number;
  readonly lastRow: number;
}

/** Another table of the agreement, by its fixed name: its column headers in the workbook's language. */
export type LinkedHeaders = (table: string, key: string) => string;

export interface FormulaScope {
  readonly style: FormulaStyle;
  /** Headers of the agreement's other tables ({link:TABLE:KEY}); only structured formulas can name them. */
  readonly links?: LinkedHeaders;
  /** The words of a yes/no cell in the workbook's language ({yes}, {no}). */
  readonly yesNo?: readonly [yes: string, no: string];
  readonly columns: ReadonlyMap<string, ColumnRef>;
  /** Labelled cell key → absolute address ("$J$5"). */
  readonly cells: ReadonlyMap<string, string>;
  /** Parameter key → defined name. */
  readonly names: ReadonlyMap<string, string>;
}

/** Where the formula goes: its row (for [@…] in A1 style) and, in a conditional format, the first data row ({row}). */
export interface FormulaSite {
  readonly row?: number;
  readonly firstRow?: number;
}

const KEY = "([A-Za-z][A-Za-z0-9_]*)";
const WHOLE_COLUMN = new RegExp(String.raw`\{table\}\[\{col:${KEY}\}\]`, "g");
/** Adjacent columns of one table, first to last: {table}[{col:A}:{col:B}]. */
const COLUMN_SPAN = new RegExp(String.raw`\{table\}\[\{col:${KEY}\}:\{col:${KEY}\}\]`, "g");
const THIS_ROW = new RegExp(String.raw`\[@\{col:${KEY}\}\]`, "g");
const NAME = new RegExp(String.raw`\{name:${KEY}\}`, "g");
const CELL = new RegExp(String.raw`\{cell:${KEY}\}`, "g");
const LETTER = new RegExp(String.raw`\{colLetter:${KEY}\}`, "g");
const ROW = /\{row\}/g;
const LINK = new RegExp(String.raw`\{link:${KEY}:${KEY}\}`, "g");
const YES_NO = /\{(yes|no)\}/g;
const LEFTOVER = /\{(?:table|col|name|cell|colLetter|row|link|yes|no)\b[^}]*\}?/;

export type PlaceholderKind = "col" | "name" | "cell" | "colLetter";

/** Every placeholder of a formula with its key, for checking templates. */
export function placeholders(formula: string): { kind: PlaceholderKind; key: string }[] {
  const found: { kind: PlaceholderKind; key: string }[] = [];
  for (const m of formula.matchAll(/\{(col|name|cell|colLetter):([^}]*)\}/g))
    found.push({ kind: m[1] as PlaceholderKind, key: m[2] });
  return found;
}

/** Escapes a header for a structured reference: ' before [ ] # and ' (Excel's rule). */
export const escapeHeader = (header: string): string => header.replace(/['#[\]]/g, "'$&");

function lookup<T>(map: ReadonlyMap<string, T>, key: string, what: string, formula: string): T {
  const hit = map.get(key);
  if (hit === undefined) throw new Error(`Unknown ${what} "${key}" in ${formula}`);
  return hit;
}

export function resolveFormula(formula: string, scope: FormulaScope, site: FormulaSite = {}): string {
  const column = (key: string) => lookup(scope.columns, key, "column", formula);
  const a1 = scope.style === "a1";
  const out = formula
    .replace(COLUMN_SPAN, (_, from: string, to: string) => {
      const [a, b] = [column(from), column(to)];
      if (a.table !== b.table) throw new Error(`{col:${from}} and {col:${to}} are in different tables in ${formula}`);
      return a1
        ? `$${a.letter}$${a.firstRow}:$${b.letter}$${b.lastRow}`
        : `${a.table}[[${escapeHeader(a.header)}]:[${escapeHeader(b.header)}]]`;
    })
    .replace(WHOLE_COLUMN, (_, key: string) => {
      const c = column(key);
      return a1 ? `$${c.letter}$${c.firstRow}:$${c.letter}$${c.lastRow}` : `${c.table}[[${escapeHeader(c.header)}]]`;
    })
    .replace(THIS_ROW, (_, key: string) => {
      const c = column(key);
      if (!a1) return `[@[${escapeHeader(c.header)}]]`;
      if (site.row === undefined) throw new Error(`[@{col:${key}}] outside a table row in ${formula}`);
      return `${c.letter}${site.row}`;
    })
    .replace(NAME, (_, key: string) => lookup(scope.names, key, "parameter", formula))
    .replace(CELL, (_, key: string) => lookup(scope.cells, key, "cell", formula))
    .replace(LETTER, (_, key: string) => column(key).letter)
    .replace(LINK, (_, table: string, key: string) => {
      if (a1 || !scope.links) throw new Error(`{link:${table}:${key}} needs structured references in ${formula}`);
      return `${table}[${escapeHeader(scope.links(table, key))}]`;
    })
    .replace(YES_NO, (_, word: string) => {
      if (!scope.yesNo) throw new Error(`{${word}} without the workbook's words in ${formula}`);
      return `"${scope.yesNo[word === "yes" ? 0 : 1]}"`;
    })
    .replace(ROW, () => {
      if (site.firstRow === undefined) throw new Error(`{row} outside a table column in ${formula}`);
      return String(site.firstRow);
    });
  const left = LEFTOVER.exec(out);
  if (left) throw new Error(`Unresolved placeholder ${left[0]} in ${formula}`);
  return out;
}
