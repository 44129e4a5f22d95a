/**
 * The probe template (test/excel/probeTemplate.ts) inserted into the strict fake Excel: what each kind
 * of step leaves in the workbook (fills, wrapping, prompts, widths, freeze and print setup).
 */
import type { Template } from "../../src/templates";
import { insertInto } from "./insertInto";
import { formOnly, probe } from "./probeTemplate";

const insert = (tp: Template) => insertInto(tp, "en");

test("fills colour cells and nothing else: a label is grey, not wrapped", async () => {
  const { cell } = await insert(probe);
  expect(cell("A5")).toEqual({ kind: "text", value: "Owner", numberFormat: "@", bold: true, fill: "#F2F2F2" });
  expect(cell("B5")).toEqual({ kind: "text", value: "Li", numberFormat: "@", fill: "#FFF2CC" });
});

test("wide columns wrap in every data row; narrower ones do not", async () => {
  const { cell } = await insert(probe);
  expect(["A12", "B12", "B13", "C12", "C13", "E12"].map((a) => [a, cell(a).wrap])).toEqual([
    ["A12", undefined],
    ["B12", true],
    ["B13", true],
    ["C12", true],
    ["C13", true],
    ["E12", undefined],
  ]);
});

test("prompts show when the cell is selected, titles within Excel's 32 characters", async () => {
  const { sheet } = await insert(probe);
  expect(sheet.prompts).toEqual([
    { address: "B5", prompt: { showPrompt: true, title: "Owner", message: "Who answers for it" } },
    { address: "B6", prompt: { showPrompt: true, title: "Yearly budget, before any deduct", message: "An amount" } },
    { address: "C11", prompt: { showPrompt: true, title: "Wide", message: "A date" } },
  ]);
});

test("widths, frozen header, landscape pages with the header repeated", async () => {
  const { sheet } = await insert(probe);
  expect([...sheet.columnWidths]).toEqual([
    ["A", 145.5],
    ["B", 234.75],
    ["C", 156],
    ["E", 56.25],
    ["G", 129.75],
    ["H", 108.75],
  ]);
  expect(sheet.frozenRows).toBe(11);
  // Two tables side by side: a page each (a break before E), at 100% (see planDetails.test.ts).
  expect(sheet.page).toEqual({
    orientation: "Landscape",
    zoom: { scale: 100 },
    paperSize: "A4",
    titleRows: "$11:$11",
    columnBreaksBefore: ["E"],
  });
});

test("a sheet without tables: portrait, nothing frozen, no title rows", async () => {
  const { sheet } = await insert(formOnly);
  expect(sheet.frozenRows).toBeUndefined();
  expect(sheet.page).toEqual({ orientation: "Portrait", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } });
});
