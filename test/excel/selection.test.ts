/**
 * writeFormulaToSelection (the functions page's "insert example" buttons) against the strict fake
 * Excel with an active cell (test/e2e/fakeOffice/recording.ts): the formula as given, one sync, where
 * it went, and whether a Text cell kept it as text.
 */
import { writeFormulaToSelection } from "../../src/excel/selection";
import { recordingExcel } from "../e2e/fakeOffice/recording";
import { createStrictExcel } from "./strictExcel";

function excelWithSelection(sheet: string, address: string, numberFormat?: string) {
  const strict = createStrictExcel({ sheets: [{ name: "Sheet1" }, { name: sheet }] });
  if (numberFormat) strict.workbook.sheet(sheet).cell(address).numberFormat = numberFormat;
  return recordingExcel(strict, { sheet, address });
}

test("the formula goes into the active cell as given, in one run and one sync", async () => {
  const excel = excelWithSelection("Data", "C3");
  const written = await writeFormulaToSelection('=SLA.MET(87%, "≥85%")', (b) => excel.run(b));
  expect(written).toEqual({ address: "Data!C3", keptAsText: false });
  expect(excel.runs).toEqual([{ syncs: 1, state: "ok" }]);
  expect(excel.workbook.sheet("Data").cells.get("C3")).toEqual({ kind: "formula", formula: '=SLA.MET(87%, "≥85%")' });
  expect(excel.workbook.sheet("Data").writes).toEqual(["formulas C3"]);
});

test("a quoted sheet name in the address; a number format other than Text keeps the formula a formula", async () => {
  const excel = excelWithSelection("My data", "B2", "0%");
  const written = await writeFormulaToSelection("=1/4", (b) => excel.run(b));
  expect(written).toEqual({ address: "'My data'!B2", keptAsText: false });
  expect(excel.workbook.sheet("My data").cells.get("B2")).toMatchObject({ kind: "formula", formula: "=1/4" });
});

test("a Text cell keeps the formula as text, and the result says so", async () => {
  const excel = excelWithSelection("Data", "A1", "@");
  const written = await writeFormulaToSelection("=SUM(1,2)", (b) => excel.run(b));
  expect(written).toEqual({ address: "Data!A1", keptAsText: true });
  expect(excel.workbook.sheet("Data").cells.get("A1")).toMatchObject({ kind: "text", value: "=SUM(1,2)" });
});

test("anything but a formula is refused before Excel is touched, with the text in the message", async () => {
  const excel = excelWithSelection("Data", "A1");
  for (const text of ["SUM(1,2)", "1=", " =1", ""]) {
    await expect(writeFormulaToSelection(text, (b) => excel.run(b))).rejects.toThrow(
      new Error(`Not a formula: ${text}`),
    );
  }
  expect(excel.runs).toEqual([]);
  expect(excel.workbook.sheet("Data").cells.size).toBe(0);
});
