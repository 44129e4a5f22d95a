/**
 * What the portable copy's Office.js read gives for a FakeWorkbook (src/excel/portable/read.ts): per
 * sheet the used range's address, formulas and values (a formula cell's value is what a test or a
 * recalculation put in `computed`, else ""), the defined names' formulas, the tables with headers.
 * And the plan's rewrites applied to a deep copy of the fake workbook, as the copy would hold them.
 */
import type { Cell, PortableInput, PortablePlan } from "../../src/excel/portable/plan";
import { columnLetters, FakeSheet, FakeWorkbook } from "../excel/fakeWorkbook";
import { evaluateWorkbook, isError, type EvaluatedWorkbook } from "./engine";
import { cellPosition } from "./toA1";

/** What Excel would have calculated (HyperFormula with the SLA functions), written into the fake's formula cells. */
export function recalculate(wb: FakeWorkbook): EvaluatedWorkbook {
  const ev = evaluateWorkbook(wb);
  for (const sheet of wb.sheets)
    for (const [address, cell] of sheet.cells)
      if (cell.kind === "formula") {
        const v = ev.valueAt(sheet.name, address);
        (cell as { computed?: unknown }).computed = isError(v) ? v.error : (v ?? "");
      }
  return ev;
}

export function portableInputOf(wb: FakeWorkbook): PortableInput {
  return {
    sheets: wb.sheets
      .filter((s) => s.cells.size > 0)
      .map((s) => {
        let [c1, r1, c2, r2] = [Infinity, Infinity, 0, 0];
        for (const address of s.cells.keys()) {
          const { col, row } = cellPosition(address);
          [c1, r1, c2, r2] = [Math.min(c1, col), Math.min(r1, row), Math.max(c2, col), Math.max(r2, row)];
        }
        const formulas: Cell[][] = [];
        const values: Cell[][] = [];
        for (let r = r1; r <= r2; r++) {
          const fr: Cell[] = [];
          const vr: Cell[] = [];
          for (let c = c1; c <= c2; c++) {
            const cell = s.cells.get(`${columnLetters(c)}${r}`);
            if (!cell) {
              fr.push("");
              vr.push("");
            } else if (cell.kind === "formula") {
              fr.push(cell.formula ?? "");
              vr.push((cell.computed as Cell | undefined) ?? "");
            } else {
              const v = (cell.value ?? "") as Cell;
              fr.push(v);
              vr.push(v);
            }
          }
          formulas.push(fr);
          values.push(vr);
        }
        return {
          name: s.name,
          address: `'${s.name}'!${columnLetters(c1)}${r1}:${columnLetters(c2)}${r2}`,
          formulas,
          values,
        };
      }),
    names: wb.names.map((n) => ({ name: n.name, formula: n.formula })),
    tables: wb.tables.map((t) => ({ name: t.name, sheet: t.sheet, address: t.address, headers: t.columns ?? [] })),
  };
}

/** Every cell's formula or value, per sheet: to compare a workbook before and after. */
export function cellsOf(wb: FakeWorkbook): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const s of wb.sheets) {
    const cells: Record<string, unknown> = {};
    for (const [a, c] of s.cells) cells[a] = c.kind === "formula" ? c.formula : c.value;
    out[s.name] = cells;
  }
  return out;
}

/** A deep copy of the workbook's sheets, tables and names with the plan's rewrites applied. */
export function portableCopyOf(wb: FakeWorkbook, plan: PortablePlan): FakeWorkbook {
  const copy = new FakeWorkbook();
  for (const s of wb.sheets) {
    const t = new FakeSheet(s.name);
    for (const [a, c] of s.cells) t.cells.set(a, structuredClone(c));
    copy.sheets.push(t);
  }
  copy.tables.push(...wb.tables.map((t) => structuredClone(t)));
  copy.names.push(...wb.names.map((n) => structuredClone(n)));
  for (const r of plan.rewrites) {
    const cell = copy.sheet(r.sheet).cell(r.address);
    delete cell.computed;
    if ("formula" in r) {
      cell.kind = "formula";
      cell.formula = r.formula;
      delete cell.value;
    } else {
      delete cell.formula;
      cell.value = r.value;
      cell.kind =
        typeof r.value === "number"
          ? "number"
          : typeof r.value === "boolean"
            ? "boolean"
            : /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|CALC!|SPILL!)$/.test(r.value)
              ? "error"
              : "text";
    }
  }
  return copy;
}
