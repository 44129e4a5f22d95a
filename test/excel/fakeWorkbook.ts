/**
 * What the fake Excel holds, cell by cell, and how it takes input. The input model follows Excel:
 * a cell formatted "@" keeps whatever it is given as text; otherwise a string starting with
 * = + - or @ is read as a formula and a number-looking string as a number. That is what makes the
 * formula-injection test mean something: text only stays text if the add-in formats it first.
 */

export type Scalar = string | number | boolean;

export interface FakeCell {
  kind?: "text" | "number" | "boolean" | "formula";
  value?: Scalar;
  formula?: string;
  numberFormat?: string;
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
}

export interface FakeName {
  name: string;
  formula: string;
  comment?: string;
  visible: boolean;
}

/** The Excel NamedItem type and value a name's formula gives (what names.load("items/type,items/value") returns). */
export function nameTypeAndValue(formula: string): { type: string; value: unknown } {
  const text = /^="((?:[^"]|"")*)"$/.exec(formula);
  if (text) return { type: "String", value: text[1].replace(/""/g, '"') };
  const number = /^=(-?\d+(?:\.\d+)?(?:E[+-]?\d+)?)$/i.exec(formula);
  if (number) return { type: "Double", value: Number(number[1]) };
  return { type: "Range", value: formula.replace(/^=/, "") };
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  readonly names: FakeName[] = [];
  syncs = 0;

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`No sheet ${name}`);
    return s;
  }

  name(name: string): FakeName | undefined {
    return this.names.find((n) => n.name.toUpperCase() === name.toUpperCase());
  }

  /** Tables and defined names share one namespace in Excel. */
  nameTaken(name: string): boolean {
    return this.name(name) !== undefined || this.tables.some((t) => t.name.toUpperCase() === name.toUpperCase());
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

// ---------------------------------------------------------------------------------------------
// Excel's input model

/** A string typed into a cell of this format, as Excel takes it. */
export function typeInto(cell: FakeCell, input: Scalar): void {
  delete cell.formula;
  if (typeof input !== "string") {
    cell.kind = typeof input === "number" ? "number" : "boolean";
    cell.value = input;
  } else if (cell.numberFormat === "@") {
    cell.kind = "text";
    cell.value = input;
  } else if (/^[=+\-@]/.test(input) && input.length > 1) {
    cell.kind = "formula";
    cell.formula = input.startsWith("=") ? input : `=${input}`;
    delete cell.value;
  } else if (/^\s*-?\d+(\.\d+)?%?\s*$/.test(input)) {
    cell.kind = "number";
    cell.value = input.trim().endsWith("%") ? Number(input.trim().slice(0, -1)) / 100 : Number(input);
  } else if (input === "") {
    delete cell.kind;
    delete cell.value;
  } else {
    cell.kind = "text";
    cell.value = input;
  }
}
