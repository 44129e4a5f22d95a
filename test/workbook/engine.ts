/**
 * A whole FakeWorkbook evaluated by HyperFormula (GPL-3.0: tests and dev scripts only, never under
 * src/), with the SLA functions registered from src/engine (test/templates/hyperformula.ts's plugin).
 * One HyperFormula sheet per fake sheet, the defined names as named expressions, every formula's
 * structured references rewritten to A1 (toA1.ts).
 *
 * HyperFormula differs from Excel in a few ways handled here:
 * - no tables: structured references are rewritten;
 * - no exponent literals (1E+300): written as (1*10^300);
 * - TRUE and FALSE are functions (TRUE()): bare ones are named expressions;
 * - a raw string is read like typed input ("88%" would become 0.88): text cells go in with a
 *   leading ', which HyperFormula takes as "text" and drops.
 */
import { HyperFormula, type CellValue, type RawCellContent } from "hyperformula";
import type { FakeCell, FakeSheet, FakeWorkbook } from "../excel/fakeWorkbook";
import { hyperformula, registerSlaPlugin, type Shown } from "../templates/hyperformula";
import { cellPosition, columnLetters, moveFormula, outsideStrings, rangeBounds, toA1, ToA1Error } from "./toA1";

export type { Shown } from "../templates/hyperformula";

/** A formula HyperFormula could not take, or whose value is an error. */
export interface Problem {
  /** The sheet, or "" for a defined name. */
  sheet: string;
  /** The cell, or the defined name. */
  address: string;
  formula: string;
  /** The formula in A1 references, when it could be rewritten. */
  a1?: string;
  /** convert: toA1 failed; parse: HyperFormula could not read it; error: it computes an error value. */
  kind: "convert" | "parse" | "error";
  /** The error value (#N/A…) or the reason. */
  message: string;
}

export interface EvaluatedWorkbook {
  /** A cell's computed value ("" and null for empty cells as HyperFormula gives them). */
  valueAt(sheet: string, address: string): Shown;
  /** The cell's formula in A1 references, as Excel writes it (undefined for a value or a formula that could not be rewritten). */
  a1Formula(sheet: string, address: string): string | undefined;
  /** Every formula (cells and names) HyperFormula could not read or that computes an error. */
  readonly problems: readonly Problem[];
  /**
   * Evaluates a formula on `sheet` as if it were in `address` (only for [@Col]; relative references
   * are read as written, so move them first, see `conditionHolds`).
   */
  evaluate(formula: string, sheet: string, address?: string): Shown;
  /** Whether a conditional format's formula, written for the range's first cell, holds at `address`. */
  conditionHolds(sheet: string, range: string, formula: string, address: string): boolean;
  destroy(): void;
}

/** What HyperFormula reads in place of Excel's formula: sheet names quoted, no exponent literals. */
export function forHyperFormula(formula: string): string {
  return outsideStrings(formula, (code) =>
    code.replace(
      /(^|[^\p{L}\p{N}_.$\\])(\d+(?:\.\d*)?|\.\d+)[eE]([+-]?\d+)(?![\p{L}\p{N}_.])/gu,
      (_w, lead: string, mantissa: string, exponent: string) =>
        `${lead}(${mantissa}*10^${exponent.replace(/^\+/, "")})`,
    ),
  );
}

const shown = (v: CellValue | CellValue[][]): Shown => {
  if (Array.isArray(v)) return shown(v[0]?.[0] ?? null);
  if (typeof v === "object" && v !== null && "value" in v) return { error: v.value, message: v.message ?? "" };
  return v;
};

export const isError = (v: Shown): v is { error: string; message: string } => typeof v === "object" && v !== null;

/** A value cell as HyperFormula should hold it. */
function rawValue(cell: FakeCell): RawCellContent {
  if (cell.kind === "error") return `=${String(cell.value)}`;
  if (typeof cell.value === "string") return `'${cell.value}`;
  return cell.value ?? null;
}

/** The cells of a sheet in a grid (rows and columns from A1). */
function dimensions(sheet: FakeSheet): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const address of sheet.cells.keys()) {
    const { col, row } = cellPosition(address);
    rows = Math.max(rows, row);
    cols = Math.max(cols, col);
  }
  return { rows, cols };
}

export function evaluateWorkbook(wb: FakeWorkbook): EvaluatedWorkbook {
  if (!hyperformula)
    throw new Error("hyperformula is not installed: run npm ci (a devDependency, GPL-3.0, tests only)");
  registerSlaPlugin(hyperformula);
  const hf = HyperFormula.buildEmpty({
    licenseKey: "gpl-v3",
    // Array arithmetic as in Excel 365; raw numbers (not rounded for display); =A1 of an empty cell is 0.
    useArrayArithmetic: true,
    smartRounding: false,
    evaluateNullToZero: true,
    accentSensitive: true,
  });
  const problems: Problem[] = [];
  const a1 = new Map<string, string>();
  const key = (sheet: string, address: string) => `${sheet}!${address}`;
  const ids = new Map<string, number>();
  for (const sheet of wb.sheets) ids.set(sheet.name, hf.getSheetId(hf.addSheet(sheet.name))!);
  const sheetId = (name: string): number => {
    const id = ids.get(name);
    if (id === undefined) throw new Error(`No sheet ${name}`);
    return id;
  };

  hf.suspendEvaluation();
  // HyperFormula spells the logical constants TRUE() and FALSE(); Excel also takes them bare.
  for (const constant of ["TRUE", "FALSE"]) hf.addNamedExpression(constant, `=${constant}()`);
  const nameFormulas = new Map<string, string>();
  for (const name of wb.names) {
    try {
      const converted = toA1(name.formula, { tables: wb.tables, quoteAllSheets: true });
      nameFormulas.set(name.name, converted);
      hf.addNamedExpression(name.name, forHyperFormula(converted));
    } catch (e) {
      const kind = e instanceof ToA1Error ? "convert" : "parse";
      problems.push({ sheet: "", address: name.name, formula: name.formula, kind, message: (e as Error).message });
    }
  }
  const formulaCells: { sheet: string; address: string; formula: string; a1: string }[] = [];
  for (const sheet of wb.sheets) {
    const { rows, cols } = dimensions(sheet);
    const grid: RawCellContent[][] = Array.from({ length: rows }, () => Array<RawCellContent>(cols).fill(null));
    for (const [address, cell] of sheet.cells) {
      const { col, row } = cellPosition(address);
      if (cell.kind === "formula" && cell.formula) {
        try {
          const ctx = { tables: wb.tables, sheet: sheet.name, address };
          const excel = toA1(cell.formula, ctx);
          a1.set(key(sheet.name, address), excel);
          formulaCells.push({ sheet: sheet.name, address, formula: cell.formula, a1: excel });
          grid[row - 1][col - 1] = forHyperFormula(toA1(cell.formula, { ...ctx, quoteAllSheets: true }));
        } catch (e) {
          if (!(e instanceof ToA1Error)) throw e;
          problems.push({ sheet: sheet.name, address, formula: cell.formula, kind: "convert", message: e.message });
          grid[row - 1][col - 1] = "=NA()";
        }
      } else grid[row - 1][col - 1] = rawValue(cell);
    }
    hf.setSheetContent(sheetId(sheet.name), grid);
  }
  hf.resumeEvaluation();

  const at = (sheet: string, address: string) => ({ sheet: sheetId(sheet), ...zeroBased(address) });
  for (const f of formulaCells) {
    const v = shown(hf.getCellValue(at(f.sheet, f.address)));
    if (!isError(v)) continue;
    const parse = v.error === "#ERROR!" || /pars/i.test(v.message);
    problems.push({ ...f, kind: parse ? "parse" : "error", message: `${v.error} ${v.message}`.trim() });
  }
  for (const [name, formula] of nameFormulas) {
    const v = shown(hf.calculateFormula(`=${name}`, ids.values().next().value ?? 0));
    if (isError(v))
      problems.push({ sheet: "", address: name, formula, kind: "error", message: `${v.error} ${v.message}`.trim() });
  }

  const evaluate = (formula: string, sheet: string, address?: string): Shown =>
    shown(
      hf.calculateFormula(
        forHyperFormula(toA1(formula, { tables: wb.tables, sheet, address, quoteAllSheets: true })),
        sheetId(sheet),
      ),
    );

  return {
    valueAt(sheet, address) {
      const cell = wb.sheet(sheet).cells.get(address);
      if (cell?.kind === "formula" && !a1.has(key(sheet, address))) {
        const computed = (cell as { computed?: Shown }).computed;
        return computed ?? { error: "#N/A", message: "the formula could not be rewritten in A1 references" };
      }
      return shown(hf.getCellValue(at(sheet, address)));
    },
    a1Formula: (sheet, address) => a1.get(key(sheet, address)),
    problems,
    evaluate,
    conditionHolds(sheet, range, formula, address) {
      const first = rangeBounds(range);
      const p = cellPosition(address);
      const moved = moveFormula(formula, p.row - first.r1, p.col - first.c1);
      const v = evaluate(moved, sheet, address);
      return v === true || (typeof v === "number" && v !== 0);
    },
    destroy: () => hf.destroy(),
  };
}

function zeroBased(address: string): { col: number; row: number } {
  const { col, row } = cellPosition(address);
  return { col: col - 1, row: row - 1 };
}

/** Every cell address of "B5:D7". */
export function addressesOf(range: string): string[] {
  const b = rangeBounds(range);
  const out: string[] = [];
  for (let r = b.r1; r <= b.r2; r++) for (let c = b.c1; c <= b.c2; c++) out.push(`${columnLetters(c)}${r}`);
  return out;
}
