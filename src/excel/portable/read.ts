/**
 * The portable copy's read of the workbook (Office.js): every sheet's used range (formulas and
 * values), the workbook's defined names and its tables with their headers, in two syncs (the
 * sheets' and tables' names, then their ranges), reading only; then the plan (plan.ts, pure).
 *
 * Requirement sets: getUsedRangeOrNullObject ExcelApi 1.4, NamedItem.formula ExcelApi 1.7, the
 * rest ExcelApi 1.1. The used range is taken with valuesOnly (cells with a value or formula;
 * formatting alone does not widen the read). Sheets and tables are got again by name in the second
 * batch rather than through the loaded items; a table's sheet is read from its range's
 * sheet-qualified address. Names scoped to one sheet are not read (a compiled text behind one keeps
 * its cell's value: the plan cannot resolve it).
 */
import type { ExcelRun } from "../run";
import { planPortableCopy, type Cell, type PortableInput, type PortablePlan } from "./plan";

export async function readPortableInput(run: ExcelRun): Promise<PortableInput> {
  return run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    const tables = context.workbook.tables;
    tables.load("items/name");
    const names = context.workbook.names;
    names.load("items/name,items/formula");
    await context.sync();
    const used = worksheets.items.map((s) => {
      const range = worksheets.getItem(s.name).getUsedRangeOrNullObject(true);
      range.load("address,formulas,values");
      return { name: s.name, range };
    });
    const tableParts = tables.items.map(({ name }) => {
      const t = tables.getItem(name);
      const all = t.getRange();
      all.load("address");
      const header = t.getHeaderRowRange();
      header.load("values");
      return { name, all, header };
    });
    await context.sync();
    return {
      sheets: used
        .filter((u) => !u.range.isNullObject)
        .map((u) => ({
          name: u.name,
          address: u.range.address,
          formulas: u.range.formulas as Cell[][],
          values: u.range.values as Cell[][],
        })),
      names: names.items.map((n) => ({ name: n.name, formula: String(n.formula ?? "") })),
      tables: tableParts.map((t) => ({
        name: t.name,
        sheet: sheetOf(t.all.address),
        address: t.all.address,
        headers: (t.header.values[0] ?? []).map(String),
      })),
    };
  });
}

/** The sheet of a sheet-qualified address as Office.js gives it: "Sheet1!A1:B2", "'It''s'!A1" → It's. */
export function sheetOf(address: string): string {
  const bang = address.lastIndexOf("!");
  const sheet = bang < 0 ? "" : address.slice(0, bang);
  return sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

/** What the portable copy would hold: the workbook read, then planned. */
export async function planPortableCopyOf(run: ExcelRun): Promise<PortablePlan> {
  return planPortableCopy(await readPortableInput(run));
}
