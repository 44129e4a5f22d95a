/**
 * What the fake Excel holds, cell by cell: sheets, tables, defined names, charts, and what Excel
 * reports about them. How a cell takes input is Excel's input model (excelInput.ts).
 *
 * It also does what Excel does to the rest of the workbook when the sheet's structure changes:
 * - adding or deleting table rows inserts or deletes cells in the table's columns, shifting the
 *   cells below down or up (FakeWorkbook.shiftRows); whatever points at the moved cells follows them
 *   (A1 references in formulas and names, validations, conditional formats, chart sources, the
 *   print area), and Excel refuses to cut through another table (InsertDeleteConflict);
 * - deleting a sheet takes its tables, and every reference to it becomes #REF!.
 * Where Excel's outcome is not known to the fake (a reference that the shift cuts through, say),
 * the fake throws instead of guessing: that is the fake's limit, not Excel's behaviour.
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

/** The cell properties a new table row takes from the row above it (Excel's "format same as above"). */
const FORMAT_KEYS = ["numberFormat", "bold", "italic", "size", "color", "fill", "wrap"] as const;

export interface FakeConditionalFormat {
  address: string;
  type: string;
  formula?: string;
  fill?: string;
  font?: string;
}

/** A chart as the add-in set it up (Excel.Chart); only what was set is there. */
export interface FakeChart {
  type: string;
  /** The source data: a range of any sheet ("#REF!" as the sheet once that sheet is deleted). */
  source: { sheet: string; address: string };
  /** Auto, Columns or Rows (the fake always records it; optional for charts a test writes by hand). */
  seriesBy?: string;
  /** Excel names a new chart "Chart n"; names need not be unique on a sheet. */
  name?: string;
  title?: string;
  legend?: { position?: string; visible?: boolean };
  /** setPosition(start, end?): the cells it was given, as addresses on the chart's sheet. */
  position?: { start: string; end?: string };
  height?: number;
  width?: number;
  valueAxis?: { min?: number; max?: number; title?: string };
  categoryTitle?: string;
}

export interface FakePage {
  orientation?: string;
  zoom?: unknown;
  titleRows?: string;
  paperSize?: string;
  printArea?: string;
  /** Rows a manual page break comes before (Worksheet.horizontalPageBreaks.add). */
  breaksBefore?: number[];
  /** Columns a manual page break comes before (Worksheet.verticalPageBreaks.add). */
  columnBreaksBefore?: string[];
  centerHorizontally?: boolean;
  centerVertically?: boolean;
  /** In points, as PageLayout takes them. */
  margins?: { left?: number; right?: number; top?: number; bottom?: number };
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly columnWidths = new Map<string, number>();
  readonly hiddenColumns = new Set<string>();
  readonly validations: { address: string; rule: unknown }[] = [];
  readonly prompts: { address: string; prompt: unknown }[] = [];
  readonly conditionalFormats: FakeConditionalFormat[] = [];
  readonly charts: FakeChart[] = [];
  readonly page: FakePage = {};
  frozenRows?: number;
  /** Set once the add-in activates the sheet (which sheet is active now: FakeWorkbook.activeSheet). */
  activated = false;
  visibility: "Visible" | "Hidden" = "Visible";
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
      hidden: [...this.hiddenColumns],
      v: this.validations,
      p: this.prompts,
      cf: this.conditionalFormats,
      charts: this.charts,
      page: this.page,
      frozen: this.frozenRows,
      visibility: this.visibility,
      writes: this.writes,
    });
  }
}

export interface FakeTable {
  name: string;
  sheet: string;
  /** Header row included (the fake models tables with headers and without a totals row). */
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

/** Excel refuses an operation: context.sync() rejects with this code (OfficeExtension.Error.code). */
export class Refusal extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const refuse = (code: string, message: string): never => {
  throw new Refusal(code, message);
};

/** What the fake does not model: thrown as is, never as an Excel error. */
export const fakesLimit = (message: string): never => {
  throw new Error(`The fake's limit: ${message}`);
};

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

/** The cells a name refers to, when its formula is a plain reference (=Contract!$B$5, ='My Sheet'!$A$1:$B$2). */
export function nameReference(formula: string): { sheet: string; address: string } | null {
  if (!PLAIN_REFERENCE.test(formula)) return null;
  const bang = formula.lastIndexOf("!");
  const sheet = formula.slice(1, bang);
  return {
    sheet: sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet,
    address: formula.slice(bang + 1).replace(/\$/g, ""),
  };
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

/**
 * A sheet's name as Excel writes it before "!" in Range.address: as is when it is a plain name,
 * quoted ('' for a quote) when it has spaces or punctuation, starts with a digit, or reads as a cell
 * reference ('A1', 'R1C1'). Letters of any script count as plain (协议信息!A1).
 */
export function sheetPrefix(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Z]{1,3}\d+$/i.test(name) && !/^R\d*C\d*$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  readonly names: FakeName[] = [];
  /** Workbook-level writes that reached Excel, in order: "worksheets.add S", "names.add N", "name formula N"… */
  readonly writes: string[] = [];
  /** The active sheet's name; unset, it is the first visible sheet (a workbook opens on it). */
  active?: string;
  /** What Range.select() selected last (on the sheet that was active then). */
  selected?: { sheet: string; address: string };
  syncs = 0;

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`No sheet ${name}`);
    return s;
  }

  /** Excel finds sheets by name in any case (worksheets.getItem). */
  findSheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toUpperCase() === name.toUpperCase());
  }

  activeSheet(): FakeSheet | undefined {
    return (
      this.sheets.find((s) => s.name === this.active && s.visibility === "Visible") ??
      this.sheets.find((s) => s.visibility === "Visible")
    );
  }

  /** The sheet Excel shows when `leaving` goes (deleted or hidden): the next visible one, else the one before. */
  private nextActive(leaving: FakeSheet): string | undefined {
    const i = this.sheets.indexOf(leaving);
    const visible = (s: FakeSheet) => s !== leaving && s.visibility === "Visible";
    return (this.sheets.slice(i + 1).find(visible) ?? this.sheets.slice(0, i).reverse().find(visible))?.name;
  }

  /** A sheet stops being active when it is hidden; the next visible one takes over. */
  hideSheet(sheet: FakeSheet): void {
    if (this.activeSheet() === sheet) this.active = this.nextActive(sheet);
    sheet.visibility = "Hidden";
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
   * What deleting a sheet does, as a co-author or the user might: its tables go, and every reference
   * to the sheet keeps its address behind #REF! (=#REF!$B$18, in names and in other sheets' cells);
   * a structured reference to one of its tables becomes #REF!; a chart elsewhere drawing from it
   * keeps its address under the sheet "#REF!". If it was active, the next visible sheet is.
   */
  deleteSheet(name: string): void {
    const sheet = this.sheet(name);
    if (this.activeSheet() === sheet) this.active = this.nextActive(sheet);
    if (this.selected?.sheet === name) delete this.selected;
    const gone = new Set(this.tables.filter((t) => t.sheet === name).map((t) => t.name.toUpperCase()));
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (let i = this.tables.length - 1; i >= 0; i--) if (this.tables[i].sheet === name) this.tables.splice(i, 1);
    const orphan = (f: string) =>
      mapReferences(
        f,
        (ref) => (ref.sheet?.toUpperCase() === name.toUpperCase() ? `#REF!${ref.area}` : undefined),
        (table) => (gone.has(table.toUpperCase()) ? "#REF!" : undefined),
      );
    for (const n of this.names) {
      n.formula = orphan(n.formula);
      if (n.formula.includes("#REF!")) delete n.value;
    }
    for (const s of this.sheets) {
      for (const c of s.cells.values())
        if (c.kind === "formula" && c.formula) {
          const f = orphan(c.formula);
          if (f !== c.formula) [c.formula, c.computed] = [f, "#REF!"];
        }
      for (const v of s.validations) mapListSource(v.rule, orphan);
      for (const cf of s.conditionalFormats) if (cf.formula) cf.formula = orphan(cf.formula);
      for (const ch of s.charts) if (ch.source.sheet === name) ch.source = { ...ch.source, sheet: "#REF!" };
    }
  }

  /**
   * Inserts (n > 0) or deletes (n < 0) |n| cells at row `at` in columns c1…c2 of `sheet`, shifting
   * the cells below them down or up: what adding or deleting table rows does to a sheet (Excel's
   * TableRowCollection.add inserts: "Any rows below the inserted row are shifted downwards", and its
   * alwaysInsert, true by default, shifts the cells below the table too). Everything that points at
   * moved cells follows them; a range the insertion falls inside grows, one the deletion cuts
   * shrinks. Refused like Excel: cutting through a table (InsertDeleteConflict), pushing a non-blank
   * cell off the sheet (NonBlankCellOffSheet). Checked before anything changes.
   */
  shiftRows(sheet: FakeSheet, c1: number, c2: number, at: number, n: number): void {
    const op: Shift = { c1, c2, at, n };
    const home = sheet.name.toUpperCase();
    const limit = (what: string) => (a: string) =>
      fakesLimit(`${what} ${a} is cut by the ${n > 0 ? "insertion" : "deletion"} at row ${at}`);
    const moveAddress = (address: string, what: string): string | null => {
      const moved = moveArea(parseArea(address), op);
      if (moved === "cut") return limit(what)(address);
      return moved === "gone" ? null : areaAddress(moved);
    };
    for (const t of this.tables.filter((x) => x.sheet === sheet.name)) {
      const moved = moveArea(parseArea(t.address), op);
      if (moved === "cut")
        refuse("InsertDeleteConflict", `This operation would shift cells in the table ${t.name} (${t.address})`);
      if (moved === "gone") fakesLimit(`the table ${t.name} would be deleted entirely`);
    }
    if (n > 0)
      for (const [address, c] of sheet.cells) {
        const { c1: col, r1: row } = parseArea(address);
        if (col >= c1 && col <= c2 && row >= at && row + n > MAX_ROWS && c.kind !== undefined)
          refuse("NonBlankCellOffSheet", `The insertion would push ${sheet.name}!${address} off the sheet`);
      }
    // References: computed first (a cut throws), applied after.
    const follow = (home2: string | null) => (f: string) =>
      mapReferences(f, (ref) => {
        const target = (ref.sheet ?? home2)?.toUpperCase();
        if (target !== home || ref.kind !== "cell") return undefined;
        const moved = moveArea(parseArea(ref.area.replace(/\$/g, "")), op);
        if (moved === "cut") return limit("the reference")(ref.text);
        const prefix = ref.text.slice(0, ref.text.length - ref.area.length);
        return moved === "gone" ? `${prefix}#REF!` : prefix + withDollars(ref.area, moved);
      });
    const cellFormulas = this.sheets.flatMap((s) =>
      [...s.cells.values()]
        .filter((c) => c.kind === "formula" && c.formula)
        .map((c) => [c, follow(s.name)(c.formula!)] as const),
    );
    const nameFormulas = this.names.map((x) => [x, follow(null)(x.formula)] as const);
    const sources = this.sheets.flatMap((s) =>
      s.validations.map((v) => [v, sourceMapped(v.rule, follow(s.name))] as const),
    );
    const ranged = <T extends { address: string }>(items: T[], what: string) =>
      items.map((x) => [x, moveAddress(x.address, what)] as const);
    const validations = ranged(sheet.validations, "the validation of");
    const prompts = ranged(sheet.prompts, "the prompt of");
    const formats = ranged(sheet.conditionalFormats, "the conditional format of");
    const charts = this.sheets.flatMap((s) =>
      s.charts
        .filter((ch) => ch.source.sheet === sheet.name)
        .map((ch) => [ch, moveAddress(ch.source.address, "the chart source")] as const),
    );
    const printArea = sheet.page.printArea
      ?.split(",")
      .map((a) => moveAddress(a, "the print area") ?? limit("the print area")(a))
      .join(",");

    // Apply: cells, tables, then what points at them.
    const moves: [string, FakeCell][] = [];
    for (const [address, c] of [...sheet.cells]) {
      const { c1: col, r1: row } = parseArea(address);
      if (col < c1 || col > c2 || row < at) continue;
      sheet.cells.delete(address);
      const to = n > 0 ? row + n : row >= at - n ? row + n : null;
      if (to !== null) moves.push([`${columnLetters(col)}${to}`, c]);
    }
    for (const [address, c] of moves) sheet.cells.set(address, c);
    for (const t of this.tables.filter((x) => x.sheet === sheet.name))
      t.address = areaAddress(moveArea(parseArea(t.address), op) as Area);
    for (const [c, f] of cellFormulas) c.formula = f;
    for (const [x, f] of nameFormulas) x.formula = f;
    for (const [v, rule] of sources) v.rule = rule;
    const place = <T extends { address: string }>(list: T[], moved: (readonly [T, string | null])[]) => {
      for (const [x, address] of moved)
        if (address === null) list.splice(list.indexOf(x), 1);
        else x.address = address;
    };
    place(sheet.validations, validations);
    place(sheet.prompts, prompts);
    place(sheet.conditionalFormats, formats);
    for (const [ch, address] of charts)
      if (address === null) ch.source = { ...ch.source, address: "#REF!" };
      else ch.source = { ...ch.source, address };
    if (printArea !== undefined) sheet.page.printArea = printArea;
  }

  /**
   * TableRowCollection.add's effect on the sheet: `count` rows at data row `index` (index = the row
   * count appends). The cells below move down (shiftRows). An appended row joins the table, and what
   * covered the table's data to its last row (a validation, a prompt, a conditional format, a chart's
   * source) covers the new row too, as Excel extends a table's column settings and charts over the
   * table to new rows. New cells take the formats of the data row above them (of the first row when
   * added on top): Excel's "format same as above" on insertion.
   */
  addTableRows(t: FakeTable, index: number, count: number): void {
    const sheet = this.sheet(t.sheet);
    const a = parseArea(t.address);
    const at = a.r1 + 1 + index;
    const appended = at === a.r2 + 1;
    this.shiftRows(sheet, a.c1, a.c2, at, count);
    if (appended) {
      t.address = areaAddress({ ...a, r2: a.r2 + count });
      const grow = (x: { address: string }) => {
        const b = parseArea(x.address);
        if (b.c1 >= a.c1 && b.c2 <= a.c2 && b.r1 >= a.r1 && b.r2 === a.r2)
          x.address = areaAddress({ ...b, r2: b.r2 + count });
      };
      [...sheet.validations, ...sheet.prompts, ...sheet.conditionalFormats].forEach(grow);
      for (const s of this.sheets) for (const ch of s.charts) if (ch.source.sheet === sheet.name) grow(ch.source);
    }
    const from = index === 0 ? at + count : at - 1;
    for (let r = at; r < at + count; r++)
      for (let c = a.c1; c <= a.c2; c++) {
        const source = sheet.cells.get(`${columnLetters(c)}${from}`);
        if (!source) continue;
        const cell = sheet.cell(`${columnLetters(c)}${r}`);
        for (const k of FORMAT_KEYS) if (source[k] !== undefined) Object.assign(cell, { [k]: source[k] });
      }
  }

  /**
   * Renaming a table: Excel rewrites every structured reference to it (=SUM(Old[Score]) becomes
   * =SUM(New[Score])), in cells, names, validation lists and conditional formats.
   */
  renameTable(t: FakeTable, name: string): void {
    const old = t.name.toUpperCase();
    const f = (formula: string) =>
      mapReferences(
        formula,
        () => undefined,
        (table, brackets) => (table.toUpperCase() === old ? name + brackets : undefined),
      );
    this.rewriteFormulas(f);
    t.name = name;
  }

  /** Applies `f` to every formula the workbook holds: cells, names, validation lists, conditional formats. */
  private rewriteFormulas(f: (formula: string) => string): void {
    for (const n of this.names) n.formula = f(n.formula);
    for (const s of this.sheets) {
      for (const c of s.cells.values()) if (c.kind === "formula" && c.formula) c.formula = f(c.formula);
      for (const v of s.validations) mapListSource(v.rule, f);
      for (const cf of s.conditionalFormats) if (cf.formula) cf.formula = f(cf.formula);
    }
  }

  /** TableRow.delete's effect: that data row's cells go, the cells below in the table's columns move up. */
  deleteTableRow(t: FakeTable, index: number): void {
    const a = parseArea(t.address);
    if (a.r2 - a.r1 <= 1) fakesLimit(`deleting the only data row of ${t.name}`);
    this.shiftRows(this.sheet(t.sheet), a.c1, a.c2, a.r1 + 1 + index, -1);
  }
}

// ---------------------------------------------------------------------------------------------
// Addresses

/** Excel's last row. */
export const MAX_ROWS = 1_048_576;

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
  const { c1, r1, c2, r2 } = parseArea(address);
  const rows: string[][] = [];
  for (let r = r1; r <= r2; r++) {
    const row: string[] = [];
    for (let c = c1; c <= c2; c++) row.push(`${columnLetters(c)}${r}`);
    rows.push(row);
  }
  return rows;
}

/** A rectangle of cells, 1-based. */
export interface Area {
  c1: number;
  r1: number;
  c2: number;
  r2: number;
}

export function parseArea(address: string): Area {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(address);
  if (!m) throw new Error(`Bad range address "${address}" (the fake takes A1 addresses on the sheet itself)`);
  const [c1, r1] = [columnNumber(m[1]), Number(m[2])];
  const [c2, r2] = m[3] ? [columnNumber(m[3]), Number(m[4])] : [c1, r1];
  if (c2 < c1 || r2 < r1) throw new Error(`Reversed range ${address}`);
  return { c1, r1, c2, r2 };
}

/** As Excel writes it: "B5" for one cell, "B5:C6" otherwise. */
export function areaAddress(a: Area): string {
  const first = `${columnLetters(a.c1)}${a.r1}`;
  return a.c1 === a.c2 && a.r1 === a.r2 ? first : `${first}:${columnLetters(a.c2)}${a.r2}`;
}

interface Shift {
  c1: number;
  c2: number;
  at: number;
  /** > 0: rows inserted at `at`; < 0: rows at…at−n−1 deleted. */
  n: number;
}

/**
 * Where an area ends up when cells are inserted or deleted in columns c1…c2 from row `at`:
 * untouched when it is beside or above; moved when it lies wholly below within those columns;
 * grown (insertion inside it) or shrunk (deletion inside it); "gone" when all its rows are deleted;
 * "cut" when the shift would take only some of its columns.
 */
function moveArea(a: Area, s: Shift): Area | "gone" | "cut" {
  if (a.c2 < s.c1 || a.c1 > s.c2 || a.r2 < s.at) return a;
  if (a.c1 < s.c1 || a.c2 > s.c2) return "cut";
  if (s.n > 0) return a.r1 >= s.at ? { ...a, r1: a.r1 + s.n, r2: a.r2 + s.n } : { ...a, r2: a.r2 + s.n };
  const last = s.at - s.n - 1;
  if (a.r1 > last) return { ...a, r1: a.r1 + s.n, r2: a.r2 + s.n };
  const kept = Math.max(0, Math.min(a.r2, s.at - 1) - a.r1 + 1) + Math.max(0, a.r2 - last);
  if (kept === 0) return "gone";
  const r1 = Math.min(a.r1, s.at);
  return { ...a, r1, r2: r1 + kept - 1 };
}

/** `area` ("$B$5:C6") rewritten to `to`, keeping each end's $ marks. */
function withDollars(area: string, to: Area): string {
  const ends = area.split(":");
  const mark = (end: string, c: number, r: number) => {
    const m = /^(\$?)[A-Z]+(\$?)\d+$/.exec(end)!;
    return `${m[1]}${columnLetters(c)}${m[2]}${r}`;
  };
  const first = mark(ends[0], to.c1, to.r1);
  return ends.length === 1 ? first : `${first}:${mark(ends[1], to.c2, to.r2)}`;
}

// ---------------------------------------------------------------------------------------------
// References inside formulas

const SHEET_TOKEN = String.raw`'(?:[^']|'')+'|[\p{L}_\\][\p{L}\p{N}_.\\]*`;
const CELL = String.raw`\$?[A-Z]{1,3}\$?\d+`;
const REFERENCE = new RegExp(
  String.raw`^(?:(${SHEET_TOKEN})!)?(?:(${CELL}(?::${CELL})?)|(\$?[A-Z]{1,3}:\$?[A-Z]{1,3}|\$?\d+:\$?\d+))(?![\p{L}\p{N}_.(!\[\\])`,
  "u",
);

/** A reference found in a formula: its sheet (unquoted) if it names one, its area, and its whole text. */
export interface FoundReference {
  sheet?: string;
  area: string;
  /** "cell": A1 or A1:B2; "lines": whole columns or rows (B:B, 3:5). */
  kind: "cell" | "lines";
  text: string;
}

/**
 * Rewrites the references of a formula: `visit` gets each A1 reference (outside texts and
 * structured references) and returns its new text, or undefined to keep it; `structured` gets each
 * Table[…] reference's table name and bracketed part, and returns a replacement for the whole
 * reference, or undefined.
 */
export function mapReferences(
  formula: string,
  visit: (ref: FoundReference) => string | undefined,
  structured: (table: string, brackets: string) => string | undefined = () => undefined,
): string {
  const f = formula;
  let out = "";
  let i = 0;
  while (i < f.length) {
    const ch = f[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < f.length && !(f[j] === '"' && f[j + 1] !== '"')) j += f[j] === '"' ? 2 : 1;
      out += f.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (i === 0 || !/[\p{L}\p{N}_.$\\!'\]#]/u.test(f[i - 1])) {
      const m = REFERENCE.exec(f.slice(i));
      if (m) {
        const sheet = m[1]?.startsWith("'") ? m[1].slice(1, -1).replace(/''/g, "'") : m[1];
        const ref: FoundReference = { sheet, area: m[2] ?? m[3], kind: m[2] ? "cell" : "lines", text: m[0] };
        out += visit(ref) ?? m[0];
        i += m[0].length;
        continue;
      }
    }
    if (ch === "'") {
      // A quoted sheet name not followed by a reference the fake reads: copied as it is.
      let j = i + 1;
      while (j < f.length && !(f[j] === "'" && f[j + 1] !== "'")) j += f[j] === "'" ? 2 : 1;
      out += f.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "[") {
      let depth = 0;
      let j = i;
      for (; j < f.length; j++) {
        if (f[j] === "'") j++;
        else if (f[j] === "[") depth++;
        else if (f[j] === "]" && --depth === 0) break;
      }
      const table = /[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.exec(out)?.[0] ?? "";
      const replaced = table ? structured(table, f.slice(i, j + 1)) : undefined;
      out = replaced === undefined ? out + f.slice(i, j + 1) : out.slice(0, out.length - table.length) + replaced;
      i = j + 1;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** A data validation rule with its list source (when it is a formula) rewritten by `f`. */
function sourceMapped(rule: unknown, f: (formula: string) => string): unknown {
  const source = (rule as { list?: { source?: unknown } }).list?.source;
  if (typeof source !== "string" || !source.startsWith("=")) return rule;
  const mapped = f(source);
  const list = (rule as { list: object }).list;
  return mapped === source ? rule : { ...(rule as object), list: { ...list, source: mapped } };
}

function mapListSource(rule: unknown, f: (formula: string) => string): void {
  const mapped = sourceMapped(rule, f) as { list?: object };
  if (mapped !== rule) Object.assign((rule as { list: object }).list, mapped.list);
}
