/**
 * The write plan as plain data: one step per Office.js write, addresses relative to the new
 * sheet. A plan can be printed, compared in tests and applied in one batch.
 */
import type { CellValue } from "./values";

type NumberRule = {
  readonly operator: "Between" | "GreaterThanOrEqualTo" | "LessThanOrEqualTo";
  readonly formula1: number;
  readonly formula2?: number;
};

/** The shape of Excel.DataValidationRule, as plain data. */
export type ValidationRule =
  | { readonly list: { readonly inCellDropDown: true; readonly source: string } }
  | { readonly decimal: NumberRule }
  | { readonly wholeNumber: NumberRule }
  | { readonly date: { readonly operator: "GreaterThanOrEqualTo"; readonly formula1: string } };

export type Step =
  | { readonly kind: "numberFormat"; readonly address: string; readonly formats: string[][] }
  | { readonly kind: "values"; readonly address: string; readonly values: CellValue[][] }
  | { readonly kind: "table"; readonly address: string; readonly name: string; readonly style: string }
  | { readonly kind: "addName"; readonly name: string; readonly reference: string; readonly comment: string }
  | {
      readonly kind: "setNameReference";
      readonly name: string;
      readonly reference: string;
      /** The formula it had, to put back if the write fails. */
      readonly previous?: string;
    }
  | { readonly kind: "formulas"; readonly address: string; readonly formulas: string[][] }
  | {
      readonly kind: "font";
      readonly address: string;
      readonly bold?: boolean;
      readonly italic?: boolean;
      readonly size?: number;
      readonly color?: string;
    }
  | { readonly kind: "fill"; readonly address: string; readonly color: string }
  | { readonly kind: "wrap"; readonly address: string }
  | { readonly kind: "columnWidth"; readonly address: string; readonly points: number }
  | { readonly kind: "hideColumns"; readonly address: string }
  | { readonly kind: "validation"; readonly address: string; readonly rule: ValidationRule }
  | { readonly kind: "prompt"; readonly address: string; readonly title: string; readonly message: string }
  | {
      readonly kind: "conditionalFormat";
      readonly address: string;
      readonly formula: string;
      readonly fill: string;
      readonly font?: string;
    }
  | { readonly kind: "freezeRows"; readonly rows: number }
  | {
      readonly kind: "print";
      readonly landscape: boolean;
      readonly titleRows?: string;
      /** A4 at this scale (percent) instead of one page wide at whatever scale fits. */
      readonly scale?: number;
      /** What prints, when not the whole sheet ("A1:L57"). */
      readonly area?: string;
      /** Rows a new page starts at, so a chart is never cut in two. */
      readonly breaksBefore?: readonly number[];
      /** Columns a new page starts at: tables side by side print a page each. */
      readonly columnBreaksBefore?: readonly string[];
    }
  | {
      readonly kind: "chart";
      readonly name: string;
      readonly type: "Line" | "LineMarkers" | "ColumnClustered" | "BarClustered" | "Pie";
      /** The source block, header row included. */
      readonly address: string;
      readonly seriesBy: "Columns" | "Rows";
      readonly title: string;
      /** Top-left and bottom-right cells the chart covers. */
      readonly from: string;
      readonly to: string;
      readonly min?: number;
      readonly max?: number;
    };

export type StepKind = Step["kind"];

/**
 * The order steps are applied in, whatever order they were planned in:
 * - number formats before values, so text lands in "@" cells and stays text;
 * - values (headers included) before the tables, which take their headers from the cells;
 * - tables and names before the formulas that refer to them;
 * - formatting last (a table's style would otherwise paint over fills).
 */
const PHASE: Readonly<Record<StepKind, number>> = {
  numberFormat: 0,
  values: 1,
  table: 2,
  addName: 3,
  setNameReference: 3,
  formulas: 4,
  font: 5,
  fill: 5,
  wrap: 5,
  columnWidth: 6,
  hideColumns: 6,
  validation: 7,
  prompt: 7,
  conditionalFormat: 8,
  freezeRows: 9,
  print: 9,
  chart: 9,
};

/** The steps in applying order; steps of one phase keep their planned order (the sort is stable). */
export const inApplyingOrder = (steps: readonly Step[]): Step[] =>
  [...steps].sort((a, b) => PHASE[a.kind] - PHASE[b.kind]);
