/**
 * Collects a plan's steps. Every value goes with the number format that keeps it what it is
 * (text in "@" cells); formulas never go into text cells (Excel would keep them as text).
 */
import type { ColumnFormat, Lang, Validation } from "../templates/types";
import { cellAddress } from "./address";
import { NUMBER_FORMATS } from "./formats";
import type { Step, ValidationRule } from "./steps";
import type { CellWrite } from "./values";

/** Excel cuts an input prompt's title at 32 characters. */
const PROMPT_TITLE_MAX = 32;

export const STYLE = {
  title: { bold: true, size: 16 },
  description: { italic: true, color: "#595959" },
  heading: { bold: true, size: 12, color: "#1F3864" },
  labelFill: "#F2F2F2",
  /** Cells the user is meant to fill in. */
  inputFill: "#FFF2CC",
} as const;

export function validationRule(v: Validation, lang: Lang): ValidationRule | null {
  switch (v.kind) {
    case "list":
      return { list: { inCellDropDown: true, source: v.options.map((o) => o[lang]).join(",") } };
    case "date":
      return { date: { operator: "GreaterThanOrEqualTo", formula1: "1" } };
    case "decimal":
    case "whole": {
      const { min, max } = v;
      const range =
        min !== undefined && max !== undefined
          ? { operator: "Between" as const, formula1: min, formula2: max }
          : min !== undefined
            ? { operator: "GreaterThanOrEqualTo" as const, formula1: min }
            : max !== undefined
              ? { operator: "LessThanOrEqualTo" as const, formula1: max }
              : null;
      if (!range) return null;
      return v.kind === "decimal" ? { decimal: range } : { wholeNumber: range };
    }
  }
}

export class Writer {
  readonly steps: Step[] = [];
  constructor(readonly lang: Lang) {}

  push(...steps: Step[]): void {
    this.steps.push(...steps);
  }

  /** One cell's value, after its format. */
  cell(col: number, row: number, write: CellWrite): void {
    const address = cellAddress(col, row);
    this.push(
      { kind: "numberFormat", address, formats: [[NUMBER_FORMATS[write.format]]] },
      { kind: "values", address, values: [[write.value]] },
    );
  }

  text(col: number, row: number, text: string): void {
    this.cell(col, row, { value: text, format: "text" });
  }

  /** A calculated cell or column (one formula per row). */
  formulas(address: string, formulas: string[][], format: ColumnFormat): void {
    if (format === "text") throw new Error(`A formula cell cannot be text-formatted (${address}): ${formulas[0][0]}`);
    this.push(
      { kind: "numberFormat", address, formats: formulas.map(() => [NUMBER_FORMATS[format]]) },
      { kind: "formulas", address, formulas },
    );
  }

  /** An input rule and/or a prompt shown when the cell is selected. */
  validation(address: string, v: Validation | undefined, hint?: { title: string; message: string }): void {
    const rule = v && validationRule(v, this.lang);
    if (rule) this.push({ kind: "validation", address, rule });
    if (hint)
      this.push({ kind: "prompt", address, title: hint.title.slice(0, PROMPT_TITLE_MAX), message: hint.message });
  }
}
