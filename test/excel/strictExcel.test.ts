/**
 * The fake is as strict as Excel where it matters: if these fail, the insertion tests prove nothing.
 */
import { FAKE_CURRENT_YEAR, excelSerial } from "./excelInput";
import { nameTypeAndValue } from "./fakeWorkbook";
import { createStrictExcel, FakeOfficeError, PropertyNotLoadedError } from "./strictExcel";

/** The error a sync rejected with (fails the test if it did not reject). */
async function syncError(context: Excel.RequestContext): Promise<FakeOfficeError> {
  const error = await context.sync().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FakeOfficeError);
  return error as FakeOfficeError;
}

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

test("a load sees the workbook as it is when its turn comes in the batch, not when it was queued", async () => {
  const { context } = createStrictExcel();
  const before = context.workbook.worksheets.load("items/name");
  context.workbook.worksheets.add("Added");
  const after = context.workbook.tables.load("items/name");
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  expect(before.items.map((s) => s.name)).toEqual(["Sheet1", "Added"]); // the last load of a collection wins
  expect(sheets.items.map((s) => s.name)).toEqual(["Sheet1", "Added"]);
  expect(after.items).toEqual([]);
});

test("reading a property of a new object throws: nothing is loaded", () => {
  const { context } = createStrictExcel();
  const sheet = context.workbook.worksheets.add("New");
  expect(() => sheet.name).toThrow(PropertyNotLoadedError);
  expect(() => sheet.getRange("A1").values).toThrow(PropertyNotLoadedError);
  expect(() => sheet.getRange("A1").format.fill.color).toThrow(PropertyNotLoadedError);
});

test("what the fake does not model is refused at once (the fake's limit, not Excel's)", () => {
  const { context } = createStrictExcel();
  const sheet = context.workbook.worksheets.add("New");
  expect(() => ((sheet.getRange("A1") as unknown as { hyperlink: unknown }).hyperlink = {})).toThrow(
    /Unexpected write/,
  );
});

describe("a batch is applied at sync, in order, up to the step Excel refuses", () => {
  test("nothing reaches the workbook before the sync", () => {
    const { context, workbook } = createStrictExcel();
    const sheet = context.workbook.worksheets.add("New");
    sheet.getRange("A1").values = [["x"]];
    context.workbook.names.add("N", '="v"');
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(workbook.names).toEqual([]);
  });

  test("the steps before the failing one stay, the rest are dropped, the sync rejects with Excel's code", async () => {
    const { context, workbook } = createStrictExcel();
    const sheet = context.workbook.worksheets.add("New");
    sheet.getRange("A1").values = [["kept"]];
    sheet.getRange("A2:B2").values = [["only one"]]; // 1×2 range, 1×1 values: refused
    sheet.getRange("A3").values = [["dropped"]];
    context.workbook.names.add("Dropped", "=1");
    const error = await syncError(context);
    expect(error.code).toBe("InvalidArgument");
    expect(error.message).toMatch(/1×2/);
    expect(error.debugInfo).toMatchObject({ code: "InvalidArgument", errorLocation: "Range(New!A2:B2).values" });
    expect(workbook.sheet("New").cells.get("A1")?.value).toBe("kept");
    expect(workbook.sheet("New").cells.has("A3")).toBe(false);
    expect(workbook.names).toEqual([]);
    // The failed steps are gone: the next sync applies only what is queued after it.
    sheet.getRange("A4").values = [["later"]];
    await context.sync();
    expect(workbook.sheet("New").cells.get("A4")?.value).toBe("later");
    expect(workbook.sheet("New").cells.has("A3")).toBe(false);
  });

  test("sheet names: taken (any case), invalid, reserved", async () => {
    for (const name of ["sheet1", "a/b", "x".repeat(32), "'quoted'", "History", ""]) {
      const { context, workbook } = createStrictExcel();
      context.workbook.worksheets.add(name);
      const error = await syncError(context);
      expect([name, error.code]).toEqual([name, name === "sheet1" ? "ItemAlreadyExists" : "InvalidArgument"]);
      expect(workbook.sheets).toHaveLength(1);
    }
  });

  test("getItem of a name that does not exist fails at the sync that uses it", async () => {
    const { context } = createStrictExcel();
    const item = context.workbook.names.getItem("Missing");
    item.load("formula");
    expect((await syncError(context)).code).toBe("ItemNotFound");
  });

  test("getItemOrNullObject: isNullObject is known at the sync, without a load", async () => {
    const { context } = createStrictExcel({ names: [{ name: "There", formula: "=1", visible: true }] });
    const there = context.workbook.names.getItemOrNullObject("THERE");
    const missing = context.workbook.names.getItemOrNullObject("Missing");
    await context.sync();
    expect([there.isNullObject, missing.isNullObject]).toEqual([false, true]);
  });

  test("Excel.run syncs what a batch left queued, and that sync counts", async () => {
    const excel = createStrictExcel();
    await excel.run(async (context) => {
      context.workbook.worksheets.add("Late");
    });
    expect(excel.workbook.syncs).toBe(1);
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", "Late"]);
  });

  test("a co-author's change arrives between two syncs", async () => {
    const excel = createStrictExcel();
    excel.beforeSync(2, (wb) => wb.names.push({ name: "Theirs", formula: "=1", visible: true }));
    const { context } = excel;
    await context.sync();
    context.workbook.names.add("theirs", "=2");
    expect((await syncError(context)).code).toBe("ItemAlreadyExists");
  });
});

describe("tables and defined names share one namespace, with Excel's name rules", () => {
  const withTable = () => {
    const excel = createStrictExcel({
      sheets: [{ name: "S", cells: { A1: "Score", B1: "Weight" } }],
      tables: [{ name: "Scores", sheet: "S", address: "A1:B3" }],
      names: [{ name: "Rate", formula: "=0.05", visible: true }],
    });
    return { ...excel, sheet: excel.context.workbook.worksheets.add("T") };
  };

  test("a defined name cannot take a table's name", async () => {
    const { context, workbook } = withTable();
    context.workbook.names.add("SCORES", "=1");
    expect((await syncError(context)).code).toBe("ItemAlreadyExists");
    expect(workbook.names.map((n) => n.name)).toEqual(["Rate"]);
  });

  test("a table cannot take a defined name's name; a new table is named Table1, Table2… until renamed", async () => {
    const { context, workbook, sheet } = withTable();
    sheet.getRange("A1:B1").values = [["a", "b"]];
    const table = sheet.tables.add(sheet.getRange("A1:B2"), true);
    table.name = "rate";
    expect((await syncError(context)).code).toBe("ItemAlreadyExists");
    expect(workbook.tables.map((t) => t.name)).toEqual(["Scores", "Table1"]);
  });

  test.each(["A1", "r1c1", "R", "my name", "1st", "x".repeat(256), "a-b"])("%s is not a valid name", async (name) => {
    const { context } = withTable();
    context.workbook.names.add(name, "=1");
    expect((await syncError(context)).code).toBe("InvalidArgument");
  });

  test.each(["SLA_GradeScale", "_x", "\\x", "Rate2", "a.b", "等级"])("%s is a valid name", async (name) => {
    const { context, workbook } = withTable();
    context.workbook.names.add(name, "=1");
    await context.sync();
    expect(workbook.name(name)?.formula).toBe("=1");
  });
});

describe("name types as Excel reports them (NamedItem.type: the type of the formula's value)", () => {
  test.each<[string, string | number | boolean | undefined, string, unknown]>([
    ['="优秀≥90"', undefined, "String", "优秀≥90"],
    ["=0.05", undefined, "Double", 0.05],
    ["=TRUE", undefined, "Boolean", true],
    ["='协议信息'!$B$18", undefined, "Range", "'协议信息'!$B$18"],
    ["=Sheet1!$A$1:$B$2", undefined, "Range", "Sheet1!$A$1:$B$2"],
    ["=#REF!$B$18", undefined, "Error", "#REF!"],
    // A name defined by a formula reports its value's type: a number looks like a constant.
    ["=Contract!$B$5*12", 1200000, "Double", 1200000],
    ['=Terms!$B$2&"%"', "5%", "String", "5%"],
    ["=1/0", "#DIV/0!", "Error", "#DIV/0!"],
  ])("%s", (formula, value, type, shown) => {
    expect(nameTypeAndValue({ formula, value })).toEqual({ type, value: shown });
  });

  test("a formula the fake cannot evaluate needs its value from the test", () => {
    expect(() => nameTypeAndValue({ formula: "=Contract!$B$5*12" })).toThrow(/give the FakeName the value/);
  });

  test("loaded through names: type, value and formula, as Excel gives them", async () => {
    const { context } = createStrictExcel({
      sheets: [{ name: "Contract", cells: { B5: 100000 } }],
      names: [{ name: "SLA_MonthlyFee", formula: "=Contract!$B$5*12", value: 1200000, visible: true }],
    });
    const names = context.workbook.names.load("items/name,items/type,items/value,items/formula");
    await context.sync();
    expect(names.items.map((n) => [n.name, n.type, n.value, n.formula])).toEqual([
      ["SLA_MonthlyFee", "Double", 1200000, "=Contract!$B$5*12"],
    ]);
  });

  test("deleting a sheet leaves its names #REF! (type Error) and takes its tables", () => {
    const excel = createStrictExcel({
      sheets: [{ name: "协议信息", cells: { A1: "h" } }, { name: "Other" }],
      tables: [{ name: "T", sheet: "协议信息", address: "A1:A2" }],
      names: [
        { name: "SLA_GradeScale", formula: "='协议信息'!$B$18", visible: true },
        { name: "Kept", formula: "=Other!$A$1", visible: true },
      ],
    });
    excel.workbook.deleteSheet("协议信息");
    expect(excel.workbook.names.map((n) => [n.formula, nameTypeAndValue(n).type])).toEqual([
      ["=#REF!$B$18", "Error"],
      ["=Other!$A$1", "Range"],
    ]);
    expect(excel.workbook.tables).toEqual([]);
  });
});

describe("Excel's input model (en-US): what a string written to a cell becomes", () => {
  const typed = async (inputs: string[], format?: string) => {
    const { context, workbook } = createStrictExcel();
    const sheet = context.workbook.worksheets.add("New");
    const address = `A1:A${inputs.length}`;
    if (format) sheet.getRange(address).numberFormat = inputs.map(() => [format]);
    sheet.getRange(address).values = inputs.map((v) => [v]);
    await context.sync();
    return inputs.map((_, i) => workbook.sheet("New").cells.get(`A${i + 1}`) ?? {});
  };

  test("= + - @ make formulas unless the cell is text; numbers with a sign stay numbers", async () => {
    const cells = await typed(["=1+1", "-5 per 1% below", "0138", "plain", "-5", "@SUM(A1)"]);
    expect(cells.map((c) => [c.kind, c.formula ?? c.value])).toEqual([
      ["formula", "=1+1"],
      ["formula", "=-5 per 1% below"],
      ["number", 138],
      ["text", "plain"],
      ["number", -5],
      ["formula", "=SUM(A1)"],
    ]);
    const text = await typed(["=1+1", "0138", "TRUE", "5/1"], "@");
    expect(text.map((c) => [c.kind, c.value])).toEqual([
      ["text", "=1+1"],
      ["text", "0138"],
      ["text", "TRUE"],
      ["text", "5/1"],
    ]);
  });

  test("numbers, percents, currency, fractions, booleans and errors become values with their formats", async () => {
    const cells = await typed(["1,234.5", "1e3", "(5)", "88%", "$1,234.50", "¥100", "0 1/2", "true", "#N/A", "1,23"]);
    expect(cells.map((c) => [c.kind, c.value, c.numberFormat])).toEqual([
      ["number", 1234.5, undefined],
      ["number", 1000, undefined],
      ["number", -5, undefined],
      ["number", 0.88, "0%"],
      ["number", 1234.5, "$#,##0.00"],
      ["number", 100, "¥#,##0.00"],
      ["number", 0.5, "# ?/?"],
      ["boolean", true, undefined],
      ["error", "#N/A", undefined],
      ["text", "1,23", undefined], // not groups of three: text
    ]);
  });

  test("dates and times become serials (a fraction without a whole part is a date)", async () => {
    const cells = await typed(["2024-05-01", "2024/5/1", "5/1/2024", "1/2", "10:30", "9:00 PM", "2024-05-01 10:30"]);
    // 2024-05-01 is serial 45413 (2024-01-01 is 45292; + 31 + 29 + 31 + 30 days); 10:30 is 10.5/24 = 0.4375.
    expect(cells.map((c) => c.value)).toEqual([
      45413,
      45413,
      45413,
      excelSerial(FAKE_CURRENT_YEAR, 1, 2),
      0.4375,
      0.875,
      45413.4375,
    ]);
    expect(cells.map((c) => c.numberFormat)).toEqual([
      "m/d/yyyy",
      "m/d/yyyy",
      "m/d/yyyy",
      "m/d/yyyy",
      "h:mm",
      "h:mm",
      "m/d/yyyy h:mm",
    ]);
  });

  test("a cell already formatted keeps its format when a recognised value arrives", async () => {
    const [cell] = await typed(["88%"], "0.0");
    expect([cell.value, cell.numberFormat]).toEqual([0.88, "0.0"]);
  });
});

describe("Excel's limits", () => {
  const sheetWith = () => {
    const excel = createStrictExcel();
    return { ...excel, sheet: excel.context.workbook.worksheets.add("New") };
  };

  test("a typed list source is at most 255 characters", async () => {
    const { context, sheet } = sheetWith();
    const source = Array.from({ length: 52 }, (_, i) => `opt${String(i).padStart(2, "0")}`).join(","); // 52×5 + 51 = 311
    sheet.getRange("A1").dataValidation.rule = { list: { inCellDropDown: true, source } };
    expect((await syncError(context)).code).toBe("InvalidArgument");
  });

  test("an input prompt's title is at most 32 characters, its message 255", async () => {
    for (const prompt of [
      { showPrompt: true, title: "x".repeat(33), message: "m" },
      { showPrompt: true, title: "t", message: "m".repeat(256) },
    ]) {
      const { context, sheet } = sheetWith();
      sheet.getRange("A1").dataValidation.prompt = prompt;
      expect((await syncError(context)).code).toBe("InvalidArgument");
    }
    const { context, workbook, sheet } = sheetWith();
    sheet.getRange("A1").dataValidation.prompt = { showPrompt: true, title: "x".repeat(32), message: "m".repeat(255) };
    await context.sync();
    expect(workbook.sheet("New").prompts).toHaveLength(1);
  });
});

describe("formulas are checked as Excel checks them when they are entered", () => {
  const withTable = async () => {
    const excel = createStrictExcel({ sheets: [{ name: "Sheet1" }] });
    const { context } = excel;
    const sheet = context.workbook.worksheets.add("S");
    sheet.getRange("A1:C1").values = [["Actual", "Score [pts]", "Weight#"]];
    sheet.tables.add(sheet.getRange("A1:C3"), true).name = "T";
    await context.sync();
    return { ...excel, sheet };
  };

  test.each([
    "=SLA.SCORE([@Actual],T[[#This Row],[Score '[pts']]])",
    "=SUM(T[Weight'#])+SUM(T[[Actual]:[Weight'#]])",
    "=[@[actual]]*2",
    '=IF(A2="[x]","(",T[#Headers])',
    "=UNKNOWN.FUNCTION(NoSuchName)", // Excel accepts it and shows #NAME?
    "='My sheet'!A1+Sheet1!B2",
  ])("accepted: %s", async (formula) => {
    const { context, workbook, sheet } = await withTable();
    sheet.getRange("B2").formulas = [[formula]];
    await context.sync();
    expect(workbook.sheet("S").cells.get("B2")?.formula).toBe(formula);
  });

  test.each([
    ["=T[Nope]", /no column "Nope"/],
    ["=Missing[Actual]", /no table named Missing/],
    ["=[@Score [pts]]", /not escaped|no column/],
    ["=SUM(T[Actual]", /unbalanced/],
    ['="open', /unclosed/],
    ["=T[#Everything]", /special item/],
  ])("refused: %s", async (formula, reason) => {
    const { context, workbook, sheet } = await withTable();
    sheet.getRange("B2").formulas = [[formula]];
    const error = await syncError(context);
    expect(error.code).toBe("InvalidArgument");
    expect(error.message).toMatch(reason);
    expect(workbook.sheet("S").cells.get("B2")?.formula).toBeUndefined();
  });

  test("a this-row reference outside any table is refused", async () => {
    const { context, sheet } = await withTable();
    sheet.getRange("E2").formulas = [["=[@Actual]"]];
    expect((await syncError(context)).message).toMatch(/outside any table/);
  });
});

test("syncs are counted", async () => {
  const { context, workbook } = createStrictExcel();
  await context.sync();
  await context.sync();
  expect(workbook.syncs).toBe(2);
});
