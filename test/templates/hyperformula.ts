/**
 * A second formula engine for the templates' formulas: HyperFormula (GPL-3.0, so tests only —
 * nothing under src/ may import it), with the SLA functions registered as a function plugin that
 * calls our engine. HyperFormula has no tables, so the plan is made with A1 references
 * (planInsertion's formulaStyle "a1") and its values, formulas and defined names are loaded into
 * one HyperFormula sheet.
 *
 * HyperFormula is optional here: when it is not installed, `hyperformula` is null and the tests
 * that need it are skipped with a message.
 */
import * as engine from "../../src/engine";
import type { Plan } from "../../src/excel";
import { columnLetter } from "../../src/excel/address";

/** The few parts of HyperFormula's API used here (typed locally: the package may not be installed). */
interface HyperFormulaModule {
  HyperFormula: {
    buildEmpty(config: Record<string, unknown>): HyperFormulaInstance;
    registerFunctionPlugin(plugin: unknown, translations: Record<string, Record<string, string>>): void;
  };
  FunctionPlugin: new (...args: never[]) => object;
  FunctionArgumentType: { ANY: string };
  CellError: new (type: string, message?: string) => object;
  ErrorType: Record<"VALUE" | "NA" | "NUM" | "DIV_BY_ZERO", string>;
}

interface CellAddress {
  sheet: number;
  row: number;
  col: number;
}

interface HyperFormulaInstance {
  addSheet(name: string): string;
  getSheetId(name: string): number | undefined;
  addNamedExpression(name: string, expression: string | number): unknown;
  setCellContents(address: CellAddress, content: unknown): unknown;
  getCellValue(address: CellAddress): unknown;
  destroy(): void;
}

function load(): HyperFormulaModule | null {
  try {
    return require("hyperformula") as HyperFormulaModule;
  } catch {
    return null;
  }
}

export const hyperformula = load();

/** An SLA function as the engine exports it, with how many arguments it takes and requires. */
interface SlaFunction {
  readonly id: string;
  readonly fn: (...args: unknown[]) => unknown;
  readonly arity: number;
  readonly required: number;
}

const SIGNATURES: readonly [id: string, exported: string, arity: number, required: number][] = [
  ["SCORE", "score", 4, 2],
  ["EXPLAIN", "explain", 4, 2],
  ["CREDIT", "credit", 3, 3],
  ["RULE", "describeRule", 3, 2],
  ["GRADE", "grade", 2, 1],
  ["WEIGHTED", "weighted", 2, 2],
  ["MET", "met", 2, 2],
  ["ATTAINMENT", "attainment", 2, 2],
  ["STREAK", "streak", 2, 1],
  ["DUE", "due", 6, 2],
  ["ELAPSED", "elapsed", 6, 2],
  ["STATUS", "status", 9, 2],
  ["USED", "used", 8, 2],
];

/** The ids of every SLA function this plugin knows, whether or not the engine exports it yet. */
export const KNOWN_FUNCTIONS: readonly string[] = SIGNATURES.map(([id]) => id);

/** The SLA functions the engine exports today (DUE and ELAPSED, then CREDIT and RULE, arrived later than the others). */
export const SLA_FUNCTIONS: readonly SlaFunction[] = SIGNATURES.flatMap(([id, exported, arity, required]) => {
  const fn = (engine as Record<string, unknown>)[exported];
  return typeof fn === "function" ? [{ id, fn: fn as SlaFunction["fn"], arity, required }] : [];
});

export const hasFunction = (id: string): boolean => SLA_FUNCTIONS.some((f) => f.id === id);

/**
 * HyperFormula's values as Excel hands them to a custom function: numbers (HyperFormula may wrap
 * dates and percentages), text, booleans, "" for an empty cell, null for an omitted argument,
 * 2-D arrays for ranges.
 */
function excelValue(v: unknown): unknown {
  if (v === undefined) return null;
  if (typeof v === "symbol") return ""; // HyperFormula's EmptyValue
  if (typeof v === "object" && v !== null) {
    const range = v as { data?: unknown[][] };
    if (Array.isArray(range.data)) return range.data.map((row) => row.map(excelValue));
    const rich = v as { val?: unknown };
    if (typeof rich.val === "number") return rich.val;
  }
  return v;
}

let registered = false;

export function registerSlaPlugin(hf: HyperFormulaModule): void {
  if (registered) return;
  const { FunctionPlugin, FunctionArgumentType, CellError, ErrorType } = hf;
  const errorTypes: Record<string, string> = {
    "#VALUE!": ErrorType.VALUE,
    "#N/A": ErrorType.NA,
    "#NUM!": ErrorType.NUM,
    "#DIV/0!": ErrorType.DIV_BY_ZERO,
  };

  type PluginThis = {
    runFunction(args: unknown, state: unknown, metadata: unknown, fn: (...a: unknown[]) => unknown): unknown;
    metadata(name: string): unknown;
  };
  const Base = FunctionPlugin as unknown as new () => object;
  class SlaPlugin extends Base {
    static implementedFunctions: Record<string, unknown> = {};
  }
  const translations: Record<string, string> = {};
  for (const f of SLA_FUNCTIONS) {
    const name = `SLA.${f.id}`;
    const method = `sla${f.id}`;
    translations[name] = name;
    SlaPlugin.implementedFunctions[name] = {
      method,
      parameters: Array.from({ length: f.arity }, (_, i) => ({
        argumentType: FunctionArgumentType.ANY,
        optionalArg: i >= f.required,
      })),
    };
    Object.defineProperty(SlaPlugin.prototype, method, {
      value(this: PluginThis, ast: { args: unknown }, state: unknown) {
        return this.runFunction(ast.args, state, this.metadata(name), (...args: unknown[]) => {
          try {
            return f.fn(...args.map(excelValue));
          } catch (e) {
            if (e instanceof engine.SlaError) return new CellError(errorTypes[e.code], e.message);
            throw e;
          }
        });
      },
    });
  }
  hf.HyperFormula.registerFunctionPlugin(SlaPlugin, { enGB: translations });
  registered = true;
}

/** "K4" → zero-based column and row. */
function position(address: string): { col: number; row: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`Not a cell address: ${address}`);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { col, row: Number(m[2]) - 1 };
}

/** Every cell of "G5:G7" (one column or one row, as plans write them) or "K4". */
function cellsIn(address: string): string[][] {
  const [a, b = a] = address.split(":");
  const p = position(a);
  const q = position(b);
  const rows: string[][] = [];
  for (let r = p.row; r <= q.row; r++) {
    const row: string[] = [];
    for (let c = p.col; c <= q.col; c++) row.push(`${columnLetter(c)}${r + 1}`);
    rows.push(row);
  }
  return rows;
}

/** What a cell shows: its value, or the error's code and message. */
export type Shown = number | string | boolean | null | { error: string; message: string };

export interface Evaluated {
  /** A labelled cell's value, by key (total, grade…). */
  cell(key: string): Shown;
  /** A table column's values, by key. */
  column(key: string): Shown[];
  /** The value of a formula evaluated on the sheet (names and cells available). */
  formula(formula: string): Shown;
}

/**
 * Loads a plan made with formulaStyle "a1" into HyperFormula and evaluates it. `existingNames` are
 * the workbook's names the plan was made with (WorkbookState.names): the plan leaves them alone, so
 * they are defined here as they stand, e.g. { name: "SLA_FeeClause", formula: '=""' }.
 */
export function evaluatePlan(plan: Plan, existingNames: readonly { name: string; formula: string }[] = []): Evaluated {
  const hf = hyperformula;
  if (!hf) throw new Error("hyperformula is not installed");
  registerSlaPlugin(hf);
  // Array arithmetic as in Excel 365 (TEXTJOIN over IF of a column); raw numbers, not rounded for display.
  const instance = hf.HyperFormula.buildEmpty({ licenseKey: "gpl-v3", useArrayArithmetic: true, smartRounding: false });
  const sheet = instance.getSheetId(instance.addSheet(plan.sheetName))!;
  // HyperFormula spells the logical constants TRUE() and FALSE(); Excel also takes them bare.
  for (const constant of ["TRUE", "FALSE"]) instance.addNamedExpression(constant, `=${constant}()`);
  const at = (address: string): CellAddress => ({ sheet, ...position(address) });
  for (const { name, formula } of existingNames) instance.addNamedExpression(name, formula);
  for (const step of plan.steps) {
    if (step.kind === "addName" || step.kind === "setNameReference")
      instance.addNamedExpression(step.name, step.reference);
  }
  for (const step of plan.steps) {
    if (step.kind !== "values" && step.kind !== "formulas") continue;
    const grid: unknown[][] = step.kind === "values" ? step.values : step.formulas;
    cellsIn(step.address).forEach((row, i) =>
      row.forEach((address, j) => instance.setCellContents(at(address), grid[i][j])),
    );
  }
  const shown = (v: unknown): Shown => {
    if (typeof v === "object" && v !== null && "value" in v) {
      const e = v as { value: string; message?: string };
      return { error: e.value, message: e.message ?? "" };
    }
    return v as Shown;
  };
  let probe = 0;
  return {
    cell: (key) => {
      const address = plan.addresses.cells[key];
      if (!address) throw new Error(`No cell ${key}`);
      return shown(instance.getCellValue(at(address)));
    },
    column: (key) => {
      const address = plan.addresses.columns[key];
      if (!address) throw new Error(`No column ${key}`);
      return cellsIn(address).map(([a]) => shown(instance.getCellValue(at(a))));
    },
    formula: (formula) => {
      // Far below and to the right of anything a template writes.
      const address = at(`Z${1000 + probe++}`);
      instance.setCellContents(address, formula);
      return shown(instance.getCellValue(address));
    },
  };
}
