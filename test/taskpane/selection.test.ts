/**
 * writeFormulaToSelection against the strict fake Excel, with the active cell the e2e test's fake adds
 * (test/e2e/fakeOffice/recording.ts): one sync, the formula as given, and Text-formatted cells reported.
 */
import { writeFormulaToSelection } from "../../src/excel/selection";
import { FUNCTIONS, exampleFormula } from "../../src/taskpane/functionList";
import { createStrictExcel } from "../excel/strictExcel";
import { recordingExcel } from "../e2e/fakeOffice/recording";

function excelWithSelection(address: string, numberFormat?: string) {
  const strict = createStrictExcel({ sheets: [{ name: "Sheet1" }, { name: "My data" }] });
  if (numberFormat) strict.workbook.sheet("My data").cell(address).numberFormat = numberFormat;
  return recordingExcel(strict, { sheet: "My data", address });
}

test("writes the formula into the active cell in one Excel.run and one sync, and says where", async () => {
  const excel = excelWithSelection("D7");
  const score = FUNCTIONS.find((f) => f.id === "SCORE")!;
  const written = await writeFormulaToSelection(exampleFormula(score, "zh"), (b) => excel.run(b));
  expect(written).toEqual({ address: "'My data'!D7", keptAsText: false });
  expect(excel.runs).toEqual([{ syncs: 1, state: "ok" }]);
  expect(excel.workbook.sheet("My data").cells.get("D7")).toEqual({
    kind: "formula",
    formula: '=SLA.SCORE(88%, "≥90%", "达标100分，每低于1%扣5分")',
  });
  expect(excel.workbook.sheet("Sheet1").cells.size).toBe(0);
});

test("a Text-formatted cell keeps the formula as text, and the result says so", async () => {
  const excel = excelWithSelection("A1", "@");
  const written = await writeFormulaToSelection('=SLA.MET(87%, "≥85%")', (b) => excel.run(b));
  expect(written.keptAsText).toBe(true);
  expect(excel.workbook.sheet("My data").cells.get("A1")).toMatchObject({
    kind: "text",
    value: '=SLA.MET(87%, "≥85%")',
  });
});

test("anything but a formula is refused before Excel is touched", async () => {
  const excel = excelWithSelection("A1");
  await expect(writeFormulaToSelection("SLA.MET(1, 2)", (b) => excel.run(b))).rejects.toThrow(/Not a formula/);
  expect(excel.runs).toEqual([]);
});

test("the fake is strict: reading the address without loading it throws, as in Excel", async () => {
  const excel = excelWithSelection("A1");
  await expect(
    excel.run(async (context) => {
      const cell = context.workbook.getActiveCell();
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- the mistake this test makes on purpose
      return cell.address;
    }),
  ).rejects.toThrow(/PropertyNotLoaded/);
});
