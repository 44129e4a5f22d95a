/**
 * What the fake Excel holds, cell by cell: sheets, tables, defined names, and what Excel reports
 * about them. How a cell takes input is Excel's input model (excelInput.ts).
 */
import type { InputCell, Scalar } from "./excelInput";

export { typeInto, type Scalar } from "./excelInput";

export interface FakeCell extends InputCell {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  wrap?: boolean;
}

export interface FakeConditionalFormat {
  address: string;
  type: string;
  formula?: string;
  fill?: string;
  font?: string;
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly columnWidths = new Map<string, number>();
  readonly validations: { address: string; rule: unknown }[] = [];
  readonly prompts: { address: string; prompt: unknown }[] = [];
  readonly conditionalFormats: FakeConditionalFormat[] = [];
  readonly page: { orientation?: string; zoom?: unknown; titleRows?: string } = {};
  frozenRows?: number;
  activated = false;
  /** Every write that reached this sheet, in order: "values B5:B7", "format.fill.color A1"… */
  readonly writes: string[] = [];

  constructor(public name: string) {}

  cell(address: string): FakeCell {
    let c = this.cells.get(address);
    if (!c) this.cells.set(address, (c = {}));
    return c;
  }

  /** A snapshot to compare before and after (nothing of an existing sheet may change). */
  snapshot(): string {
    return JSON.stringify({
      cells: [...this.cells],
      widths: [...this.columnWidths],
      v: this.validations,
      p: this.prompts,
      cf: this.conditionalFormats,
      page: this.page,
      frozen: this.frozenRows,
      writes: this.writes,
    });
  }
}

export interface FakeTable {
  name: string;
  sheet: string;
  address: string;
  style?: string;
  /** The header texts, in order (read from the header cells when the table is made). */
  columns?: string[];
}

export interface FakeName {
  name: string;
  formula: string;
  comment?: string;
  visible: boolean;
  /**
   * What the formula computes, for a name defined by a formula that is neither a constant nor a
   * plain reference (=Contract!$B$5*12): the fake does not evaluate formulas, so the test says what
   * Excel would compute.
   */
  value?: Scalar;
}

const ERROR_VALUE = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)$/;

/** A sheet name as a reference writes it: Sheet1, 'Monthly Score', '协议信息' ('' for a quote). */
const SHEET_REF = String.raw`(?:[A-Za-z_][A-Za-z0-9_.]*|'(?:[^']|'')+')`;
const CELL_REF = String.raw`\$?[A-Z]{1,3}\$?\d+`;
const PLAIN_REFERENCE = new RegExp(`^=${SHEET_REF}!${CELL_REF}(?::${CELL_REF})?$`);

/** The type Excel reports for a name whose formula computes this value. */
function typeOfValue(value: Scalar): string {
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return ERROR_VALUE.test(value) ? "Error" : "String";
}

/**
 * The NamedItem type and value Excel reports (names.load("items/type,items/value")). NamedItem.type
 * "specifies the type of the value returned by the name's formula" (Office.js reference,
 * Excel.NamedItem), so a name defined by a formula that computes a number is "Double", exactly like
 * a constant: only the formula tells them apart. A name whose sheet was deleted (=#REF!$B$18) is
 * "Error" with the value "#REF!". Excel also lists "Integer" and "Array": the fake never reports them
 * (Excel reports numbers typed into names as "Double").
 */
export function nameTypeAndValue(name: Pick<FakeName, "formula" | "value">): { type: string; value: unknown } {
  const { formula } = name;
  const text = /^="((?:[^"]|"")*)"$/.exec(formula);
  if (text) return { type: "String", value: text[1].replace(/""/g, '"') };
  const number = /^=(-?\d+(?:\.\d+)?(?:E[+-]?\d+)?)$/i.exec(formula);
  if (number) return { type: "Double", value: Number(number[1]) };
  const boolean = /^=(TRUE|FALSE)$/i.exec(formula);
  if (boolean) return { type: "Boolean", value: boolean[1].toUpperCase() === "TRUE" };
  if (formula.includes("#REF!")) return { type: "Error", value: "#REF!" };
  if (PLAIN_REFERENCE.test(formula)) return { type: "Range", value: formula.slice(1) };
  if (name.value === undefined)
    throw new Error(`The fake cannot evaluate the name formula ${formula}: give the FakeName the value Excel computes`);
  return { type: typeOfValue(name.value), value: name.value };
}

/**
 * Excel's rules for a defined or table name: starts with a letter, _ or \; then letters, digits, _
 * and .; at most 255 characters; not a cell reference (A1, R1C1) nor R or C alone.
 */
export function validName(name: string): boolean {
  if (name.length === 0 || name.length > 255) return false;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return false;
  if (/^(R|C)$/i.test(name)) return false;
  if (/^[A-Z]{1,3}\d+$/i.test(name) || /^R\d*C\d*$/i.test(name)) return false;
  return true;
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  readonly names: FakeName[] = [];
  /** Workbook-level writes that reached Excel, in order: "worksheets.add S", "names.add N", "name formula N"… */
  readonly writes: string[] = [];
  syncs = 0;

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`No sheet ${name}`);
    return s;
  }

  name(name: string): FakeName | undefined {
    return this.names.find((n) => n.name.toUpperCase() === name.toUpperCase());
  }

  table(name: string): FakeTable | undefined {
    return this.tables.find((t) => t.name.toUpperCase() === name.toUpperCase());
  }

  /** Tables and defined names share one namespace in Excel. */
  nameTaken(name: string): boolean {
    return this.name(name) !== undefined || this.table(name) !== undefined;
  }

  /**
   * What deleting a sheet does, as a co-author or the user might: its tables go, and every name
   * that pointed into it keeps its formula with #REF! for the sheet (=#REF!$B$18).
   */
  deleteSheet(name: string): void {
    const sheet = this.sheet(name);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (let i = this.tables.length - 1; i >= 0; i--) if (this.tables[i].sheet === name) this.tables.splice(i, 1);
    const quoted = `'${name.replace(/'/g, "''")}'!`;
    for (const n of this.names) {
      for (const prefix of [quoted, `${name}!`]) n.formula = n.formula.split(prefix).join("#REF!");
      if (n.formula.includes("#REF!")) delete n.value;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Addresses

export function columnNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

export function columnLetters(n: number): string {
  let s = "";
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "B5:C6" → [["B5","C5"],["B6","C6"]]; "B:B" → one row naming the column. */
export function cellsOf(address: string): string[][] {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(address);
  if (!m) throw new Error(`Bad range address "${address}" (the fake takes A1 addresses on the sheet itself)`);
  const [c1, r1] = [columnNumber(m[1]), Number(m[2])];
  const [c2, r2] = m[3] ? [columnNumber(m[3]), Number(m[4])] : [c1, r1];
  if (c2 < c1 || r2 < r1) throw new Error(`Reversed range ${address}`);
  const rows: string[][] = [];
  for (let r = r1; r <= r2; r++) {
    const row: string[] = [];
    for (let c = c1; c <= c2; c++) row.push(`${columnLetters(c)}${r}`);
    rows.push(row);
  }
  return rows;
}
