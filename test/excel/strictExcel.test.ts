/**
 * The fake is as strict as Excel where it matters: if these fail, the insertion tests prove nothing.
 */
import { createStrictExcel, PropertyNotLoadedError } from "./strictExcel";

test("reading a collection's items before load, or before sync, throws", async () => {
  const { context } = createStrictExcel();
  const sheets = context.workbook.worksheets;
  expect(() => sheets.items).toThrow(PropertyNotLoadedError);
  sheets.load("items/name");
  expect(() => sheets.items).toThrow(PropertyNotLoadedError);
  await context.sync();
  expect(sheets.items.map((s) => s.name)).toEqual(["Sheet1"]);
});

test("items show only the properties that were loaded", async () => {
  const { context } = createStrictExcel({
    sheets: [{ name: "S" }],
    names: [{ name: "X", formula: "=1", visible: true }],
  });
  const names = context.workbook.names.load("items/name");
  await context.sync();
  expect(names.items[0].name).toBe("X");
  expect(() => names.items[0].type).toThrow(PropertyNotLoadedError);
});

test("reading a property of a new object throws: nothing is loaded", () => {
  const { context } = createStrictExcel();
  const sheet = context.workbook.worksheets.add("New");
  expect(() => sheet.name).toThrow(PropertyNotLoadedError);
  expect(() => sheet.getRange("A1").values).toThrow(PropertyNotLoadedError);
  expect(() => sheet.getRange("A1").format.fill.color).toThrow(PropertyNotLoadedError);
});

test("writes are checked: sizes, names already taken, properties the fake does not know", () => {
  const { context } = createStrictExcel();
  const sheet = context.workbook.worksheets.add("New");
  expect(() => (sheet.getRange("A1:B1").values = [["only one"]])).toThrow(/1×2/);
  expect(() => context.workbook.worksheets.add("new")).toThrow(/ItemAlreadyExists/);
  expect(() => context.workbook.worksheets.add("a/b")).toThrow(/InvalidArgument/);
  expect(() => ((sheet.getRange("A1") as unknown as { hyperlink: unknown }).hyperlink = {})).toThrow(
    /Unexpected write/,
  );
});

test("Excel's input model: a string starting with = + - @ becomes a formula unless the cell is text", () => {
  const { context, workbook } = createStrictExcel();
  const sheet = context.workbook.worksheets.add("New");
  sheet.getRange("A1:A4").values = [["=1+1"], ["-5 per 1% below"], ["0138"], ["plain"]];
  sheet.getRange("B1:B2").numberFormat = [["@"], ["@"]];
  sheet.getRange("B1:B2").values = [["=1+1"], ["0138"]];
  const cells = workbook.sheet("New").cells;
  expect(cells.get("A1")).toMatchObject({ kind: "formula", formula: "=1+1" });
  expect(cells.get("A2")).toMatchObject({ kind: "formula" });
  expect(cells.get("A3")).toMatchObject({ kind: "number", value: 138 });
  expect(cells.get("A4")).toMatchObject({ kind: "text", value: "plain" });
  expect(cells.get("B1")).toMatchObject({ kind: "text", value: "=1+1" });
  expect(cells.get("B2")).toMatchObject({ kind: "text", value: "0138" });
});

test("syncs are counted", async () => {
  const { context, workbook } = createStrictExcel();
  await context.sync();
  await context.sync();
  expect(workbook.syncs).toBe(2);
});
