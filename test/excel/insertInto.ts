/** A template inserted into a fresh strict fake Excel, and what the tests read back from it. */
import { insertTemplate } from "../../src/excel";
import type { Lang, Template } from "../../src/templates";
import type { FakeCell } from "./fakeWorkbook";
import { createStrictExcel, type InitialWorkbook } from "./strictExcel";

export async function insertInto(
  tp: Template,
  lang: Lang,
  options: Parameters<typeof insertTemplate>[3] = { examples: true },
  initial?: InitialWorkbook,
) {
  const excel = createStrictExcel(initial);
  const result = await insertTemplate((batch) => excel.run(batch), tp, lang, options);
  const sheet = excel.workbook.sheet(result.sheetName);
  const cell = (address: string): FakeCell => sheet.cells.get(address) ?? {};
  return { excel, wb: excel.workbook, result, sheet, cell };
}
