/**
 * The fake is as strict as Excel where it matters: if these fail, the insertion tests prove nothing.
 */
import { FAKE_CURRENT_YEAR, excelSerial } from "./excelInput";
import { nameTypeAndValue } from "./fakeWorkbook";
import { createStrictExcel, FakeOfficeError, PropertyNotLoadedError, type InitialWorkbook } from "./strictExcel";

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

/** A sheet with a table (Scores, A1:C3), a cell below it and one beside it; Sheet1 first. */
const scorecard = (more: Omit<InitialWorkbook, "sheets"> = {}) => {
  const excel = createStrictExcel({
    sheets: [
      { name: "Sheet1" },
      {
        name: "Monthly Score",
        cells: {
          A1: "Indicator",
          B1: "Actual",
          C1: "Score",
          A2: "Uptime",
          B2: 0.99,
          A3: "Tickets",
          B3: 0.95,
          A6: "below",
          E3: "beside",
        },
      },
    ],
    tables: [{ name: "Scores", sheet: "Monthly Score", address: "A1:C3" }, ...(more.tables ?? [])],
    names: more.names,
  });
  return {
    ...excel,
    scores: excel.context.workbook.tables.getItem("Scores"),
    sheet: excel.workbook.sheet("Monthly Score"),
  };
};

describe("tables as objects", () => {
  test("tables.getItem of a missing table fails the sync that uses it with ItemNotFound; the steps before it stay", async () => {
    const { context, workbook } = scorecard();
    context.workbook.names.add("Before", "=1");
    context.workbook.tables.getItem("Nope").getDataBodyRange().load("values");
    context.workbook.names.add("After", "=2");
    const error = await syncError(context);
    expect(error.code).toBe("ItemNotFound");
    expect(workbook.names.map((n) => n.name)).toEqual(["Before"]);
  });

  test("a table's name, sheet and ranges load as Excel reports them (found in any case)", async () => {
    const { context, sheet } = scorecard();
    sheet.cell("B3").numberFormat = "0.0%";
    const table = context.workbook.tables.getItem("SCORES").load("name");
    const on = table.worksheet.load("name");
    const header = table.getHeaderRowRange().load("values,address");
    const body = table.getDataBodyRange().load("values,numberFormat,address");
    const all = table.getRange().load("address");
    await context.sync();
    expect([table.name, on.name]).toEqual(["Scores", "Monthly Score"]);
    expect(header.values).toEqual([["Indicator", "Actual", "Score"]]);
    expect(header.address).toBe("'Monthly Score'!A1:C1");
    expect(body.values).toEqual([
      ["Uptime", 0.99, ""],
      ["Tickets", 0.95, ""],
    ]);
    expect(body.numberFormat).toEqual([
      ["General", "General", "General"],
      ["General", "0.0%", "General"],
    ]);
    expect([body.address, all.address]).toEqual(["'Monthly Score'!A2:C3", "'Monthly Score'!A1:C3"]);
  });

  test("getItemOrNullObject: isNullObject at the sync; what is reached through a null table loads nulls and does nothing", async () => {
    const { context, sheet } = scorecard();
    const missing = context.workbook.tables.getItemOrNullObject("Missing");
    const on = missing.worksheet.load("name");
    const body = missing.getDataBodyRange().load("values");
    missing.getDataBodyRange().values = [["x"]];
    missing.rows.add(undefined, [["a"]]);
    const there = context.workbook.tables.getItemOrNullObject("scores");
    await context.sync();
    expect([missing.isNullObject, there.isNullObject]).toEqual([true, false]);
    expect([on.name, body.values]).toEqual([null, null]);
    expect(sheet.writes).toEqual([]);
  });

  test("renaming a table rewrites the structured references to it, as Excel does", async () => {
    const { context, workbook } = scorecard();
    workbook.sheet("Sheet1").cell("A1").formula = "=SUM(Scores[Actual])+COUNT(scores[[#Data],[Score]])";
    workbook.sheet("Sheet1").cell("A1").kind = "formula";
    context.workbook.tables.getItem("Scores").name = "Results";
    await context.sync();
    expect(workbook.sheet("Sheet1").cells.get("A1")?.formula).toBe(
      "=SUM(Results[Actual])+COUNT(Results[[#Data],[Score]])",
    );
  });
});

describe("what a range loads (Range.values, formulas, numberFormat, address)", () => {
  test('numbers, texts, booleans, errors; "" for an empty cell; a formula shows the value a test gave it, else ""', async () => {
    const { context, workbook } = createStrictExcel({
      sheets: [
        {
          name: "Sheet1",
          cells: { A1: 5, B1: "text", C1: true, D1: "#N/A", F1: "=A1*2", G1: "=A1*3", H1: "2024-05-01" },
        },
      ],
    });
    // The fake does not calculate: the test says what Excel computed.
    workbook.sheet("Sheet1").cell("F1").computed = 10;
    const r = context.workbook.worksheets
      .getItem("Sheet1")
      .getRange("A1:H1")
      .load(["values", "formulas", "numberFormat"]);
    await context.sync();
    expect(r.values).toEqual([[5, "text", true, "#N/A", "", 10, "", 45413]]);
    expect(r.formulas).toEqual([[5, "text", true, "#N/A", "", "=A1*2", "=A1*3", 45413]]);
    expect(r.numberFormat[0]).toEqual([
      "General",
      "General",
      "General",
      "General",
      "General",
      "General",
      "General",
      "m/d/yyyy",
    ]);
  });

  test("writing a cell forgets the value a test gave its formula", async () => {
    const { context, workbook } = createStrictExcel({ sheets: [{ name: "Sheet1", cells: { B5: "=SUM(B1:B4)" } }] });
    workbook.sheet("Sheet1").cell("B5").computed = 94.8;
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    const before = sheet.getRange("B5").load("values");
    sheet.getRange("B5").formulas = [["=SUM(B1:B3)"]];
    const after = sheet.getRange("B5").load("values");
    await context.sync();
    expect([before.values, after.values]).toEqual([[[94.8]], [[""]]]);
  });

  test('the address is sheet-qualified ("Sheet1!A1:B4"), the sheet quoted when its name needs it; one cell is "B2"', async () => {
    const names = ["Sheet1", "Monthly Score", "协议信息", "A1", "It's"];
    const { context } = createStrictExcel({ sheets: names.map((name) => ({ name })) });
    const loaded = names.map((n, i) =>
      context.workbook.worksheets
        .getItem(n)
        .getRange(i === 0 ? "B2:B2" : "A1:B2")
        .load("address"),
    );
    await context.sync();
    expect(loaded.map((r) => r.address)).toEqual([
      "Sheet1!B2",
      "'Monthly Score'!A1:B2",
      "协议信息!A1:B2",
      "'A1'!A1:B2",
      "'It''s'!A1:B2",
    ]);
  });

  test("a load shows the range as it is when the load's turn comes, not at the end of the sync", async () => {
    const { context, workbook } = createStrictExcel();
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1").values = [[1]];
    const before = sheet.getRange("A1").load("values");
    sheet.getRange("A1").values = [[2]];
    await context.sync();
    expect(before.values).toEqual([[1]]);
    expect(workbook.sheet("Sheet1").cells.get("A1")?.value).toBe(2);
  });

  test("after a refused step, loads queued before it are delivered and loads after it are not", async () => {
    // office.js processes the results that came back before it returns the error.
    const { context } = createStrictExcel();
    const added = context.workbook.worksheets.add("New").load("name");
    added.getRange("A1:B1").values = [["one"]]; // 1×1 values for 1×2 cells: refused
    const later = added.getRange("A1").load("values");
    await syncError(context);
    expect(added.name).toBe("New");
    expect(() => later.values).toThrow(PropertyNotLoadedError);
  });

  test("a load the fake does not model is refused at once", () => {
    const { context } = createStrictExcel();
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
    expect(() => range.load("text")).toThrow(/fake's limit/);
    expect(() => range.format.load("columnWidth")).toThrow(/not part of the fake's object model/);
  });
});

describe("table rows (TableRowCollection.add, TableRow.delete)", () => {
  test("rows.add appends: the table grows, and a range of it loaded after the add in the same batch sees the new row", async () => {
    const { context, workbook, scores } = scorecard();
    const before = scores.getDataBodyRange().load("address");
    scores.rows.add(null as unknown as undefined, [["Latency", "98%", "=[@Actual]*100"]]);
    const after = scores.getDataBodyRange().load("address,values");
    const rows = scores.rows.load("count");
    await context.sync();
    expect(before.address).toBe("'Monthly Score'!A2:C3");
    expect(after.address).toBe("'Monthly Score'!A2:C4");
    expect(after.values[2]).toEqual(["Latency", 0.98, ""]);
    expect(rows.count).toBe(3);
    expect(workbook.table("Scores")?.address).toBe("A1:C4");
    expect(workbook.sheet("Monthly Score").cells.get("C4")).toMatchObject({
      kind: "formula",
      formula: "=[@Actual]*100",
    });
  });

  test("values must be rows × the table's columns: refused at the sync, the steps before it stay", async () => {
    const { context, workbook, scores } = scorecard();
    context.workbook.names.add("Before", "=1");
    scores.rows.add(undefined, [["only", "two"]]);
    context.workbook.names.add("After", "=2");
    const error = await syncError(context);
    expect([error.code, error.debugInfo.errorLocation]).toEqual(["InvalidArgument", "Table(Scores).rows.add"]);
    expect(workbook.names.map((n) => n.name)).toEqual(["Before"]);
    expect(workbook.table("Scores")?.address).toBe("A1:C3");
  });

  test("a formula Excel refuses refuses the whole add: nothing moves", async () => {
    const { context, workbook, scores, sheet } = scorecard();
    scores.rows.add(undefined, [["x", 1, "=Scores[Nope]"]]);
    expect((await syncError(context)).code).toBe("InvalidArgument");
    expect(workbook.table("Scores")?.address).toBe("A1:C3");
    expect([sheet.cells.has("A4"), sheet.cells.get("A6")?.value]).toEqual([false, "below"]);
  });

  test("new rows take the formats of the last data row (Excel formats inserted cells like the row above), then the values are typed in", async () => {
    const { context, scores, sheet } = scorecard();
    sheet.cell("B3").numberFormat = "0.0%";
    sheet.cell("C3").fill = "#EEEEEE";
    scores.rows.add(undefined, [
      ["Latency", "98%", ""],
      ["Errors", "0.5", ""],
    ]);
    await context.sync();
    expect(sheet.cells.get("B4")).toMatchObject({ kind: "number", value: 0.98, numberFormat: "0.0%" });
    expect(sheet.cells.get("B5")).toMatchObject({ value: 0.5, numberFormat: "0.0%" });
    expect([sheet.cells.get("C4")?.fill, sheet.cells.get("C5")?.fill]).toEqual(["#EEEEEE", "#EEEEEE"]);
  });

  test("cells below the table in its columns move down with what points at them; cells beside stay; a validation of the column grows", async () => {
    // Excel inserts: "Any rows below the inserted row are shifted downwards" (TableRowCollection.add),
    // and alwaysInsert, true by default, shifts the cells below the table too.
    const { context, workbook, scores, sheet } = scorecard({
      names: [{ name: "Note", formula: "='Monthly Score'!$A$6", visible: true }],
    });
    const other = workbook.sheet("Sheet1").cell("A1");
    [other.kind, other.formula] = ["formula", "='Monthly Score'!A6&'Monthly Score'!E3"];
    sheet.validations.push({ address: "B2:B3", rule: { decimal: { formula1: 0, operator: "GreaterThan" } } });
    scores.rows.add(undefined, [["Latency", 0.9, ""]]);
    await context.sync();
    expect([sheet.cells.has("A6"), sheet.cells.get("A7")?.value, sheet.cells.get("E3")?.value]).toEqual([
      false,
      "below",
      "beside",
    ]);
    expect(workbook.name("Note")?.formula).toBe("='Monthly Score'!$A$7");
    expect(other.formula).toBe("='Monthly Score'!A7&'Monthly Score'!E3");
    expect(sheet.validations.map((v) => v.address)).toEqual(["B2:B4"]);
  });

  test("a shift that would cut through another table is refused with InsertDeleteConflict", async () => {
    const { context, workbook, scores } = scorecard({
      tables: [{ name: "Other", sheet: "Monthly Score", address: "C8:D9", columns: ["x", "y"] }],
    });
    scores.rows.add(undefined, [["Latency", 0.9, ""]]);
    expect((await syncError(context)).code).toBe("InsertDeleteConflict");
    expect(workbook.table("Scores")?.address).toBe("A1:C3");
  });

  test("rows.add at an index inserts there; the row it returns is the first one added", async () => {
    const { context, scores, sheet } = scorecard();
    const row = scores.rows.add(0, [["First", 1, ""]]);
    const range = row.getRange().load("address,values");
    await context.sync();
    expect([range.address, range.values]).toEqual(["'Monthly Score'!A2:C2", [["First", 1, ""]]]);
    expect([sheet.cells.get("A3")?.value, sheet.cells.get("A4")?.value]).toEqual(["Uptime", "Tickets"]);
  });

  test("getItemAt(i).delete(): the cells below move up, the table shrinks, a name on the row shows #REF!", async () => {
    const { context, workbook, scores, sheet } = scorecard({
      names: [{ name: "UptimeActual", formula: "='Monthly Score'!$B$2", visible: true }],
    });
    scores.rows.getItemAt(0).delete();
    await context.sync();
    expect(workbook.table("Scores")?.address).toBe("A1:C2");
    expect([sheet.cells.get("A2")?.value, sheet.cells.get("A5")?.value, sheet.cells.has("A6")]).toEqual([
      "Tickets",
      "below",
      false,
    ]);
    expect(workbook.name("UptimeActual")?.formula).toBe("='Monthly Score'!#REF!");
  });

  test("a table row past the table's end is ItemNotFound", async () => {
    const { context, scores } = scorecard();
    scores.rows.getItemAt(2).delete();
    expect((await syncError(context)).code).toBe("ItemNotFound");
  });
});

describe("worksheets", () => {
  test("getItem finds a sheet in any case and fails with ItemNotFound at the sync when there is none", async () => {
    const { context } = scorecard();
    const found = context.workbook.worksheets.getItem("monthly score").load("name,position,visibility");
    await context.sync();
    expect([found.name, found.position, found.visibility]).toEqual(["Monthly Score", 1, "Visible"]);
    context.workbook.worksheets.getItem("Nope").load("name");
    expect((await syncError(context)).code).toBe("ItemNotFound");
  });

  test("getItemOrNullObject: isNullObject at the sync without a load", async () => {
    const { context } = scorecard();
    const there = context.workbook.worksheets.getItemOrNullObject("Sheet1");
    const missing = context.workbook.worksheets.getItemOrNullObject("Missing");
    await context.sync();
    expect([there.isNullObject, missing.isNullObject]).toEqual([false, true]);
  });

  test('methods on a null object do nothing (Microsoft\'s samples delete "if it exists" this way)', async () => {
    const { context, workbook } = scorecard();
    context.workbook.worksheets.getItemOrNullObject("Missing").delete();
    context.workbook.names.getItemOrNullObject("Missing").delete();
    context.workbook.worksheets.getItemOrNullObject("Missing").getRange("A1").values = [["x"]];
    await context.sync();
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", "Monthly Score"]);
  });

  test("delete: its tables go, names and other sheets' formulas pointing at it show #REF!, the next sheet becomes active", async () => {
    const { context, workbook } = createStrictExcel({
      sheets: [
        { name: "Sheet1" },
        { name: "Monthly Score", cells: { A1: "Indicator", B1: "Actual" } },
        { name: "Other", cells: { A1: "=SUM(Scores[Actual])", B1: "='Monthly Score'!B2" } },
      ],
      tables: [{ name: "Scores", sheet: "Monthly Score", address: "A1:B3" }],
      names: [{ name: "Uptime", formula: "='Monthly Score'!$B$2", visible: true }],
    });
    const sheet = context.workbook.worksheets.getItem("Monthly Score");
    sheet.activate();
    sheet.delete();
    await context.sync();
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", "Other"]);
    expect(workbook.tables).toEqual([]);
    expect(workbook.name("Uptime")?.formula).toBe("=#REF!$B$2");
    const other = workbook.sheet("Other").cells;
    expect([other.get("A1")?.formula, other.get("B1")?.formula]).toEqual(["=SUM(#REF!)", "=#REF!B2"]);
    expect(workbook.activeSheet()?.name).toBe("Other");
    // The proxy stays bound to the deleted sheet.
    sheet.getRange("A1").values = [["x"]];
    expect((await syncError(context)).code).toBe("ItemNotFound");
  });

  test("the last visible sheet cannot be deleted or hidden (InvalidOperation)", async () => {
    const { context } = createStrictExcel({ sheets: [{ name: "Sheet1" }, { name: "Hidden", visibility: "Hidden" }] });
    context.workbook.worksheets.getItem("Sheet1").delete();
    expect((await syncError(context)).code).toBe("InvalidOperation");
    context.workbook.worksheets.getItem("Sheet1").visibility = "Hidden";
    expect((await syncError(context)).code).toBe("InvalidOperation");
  });

  test('a workbook opens on its first sheet; a new sheet is not activated (worksheets.add: "call .activate() on it")', async () => {
    const { context, workbook } = createStrictExcel();
    context.workbook.worksheets.add("New");
    await context.sync();
    expect(workbook.activeSheet()?.name).toBe("Sheet1");
  });

  test("hiding the active sheet activates the next visible one; a hidden sheet cannot be activated", async () => {
    const { context, workbook } = scorecard();
    context.workbook.worksheets.getItem("Monthly Score").activate();
    context.workbook.worksheets.getItem("Monthly Score").visibility = "Hidden";
    await context.sync();
    expect([workbook.sheet("Monthly Score").visibility, workbook.activeSheet()?.name]).toEqual(["Hidden", "Sheet1"]);
    context.workbook.worksheets.getItem("Monthly Score").activate();
    expect((await syncError(context)).code).toBe("InvalidOperation");
  });

  test("select on the active sheet is recorded; on another sheet it selects nothing until that sheet is activated", async () => {
    const { context, workbook } = scorecard();
    const sheet = context.workbook.worksheets.getItem("Monthly Score");
    sheet.getRange("B2").select();
    await context.sync();
    expect(workbook.selected).toBeUndefined();
    sheet.activate();
    sheet.getRange("B3").select();
    await context.sync();
    expect(workbook.selected).toEqual({ sheet: "Monthly Score", address: "B3" });
  });

  test("columnHidden hides whole columns", async () => {
    const { context, workbook } = createStrictExcel();
    context.workbook.worksheets.getItem("Sheet1").getRange("M:N").columnHidden = true;
    await context.sync();
    expect([...workbook.sheet("Sheet1").hiddenColumns]).toEqual(["M", "N"]);
  });
});

describe("defined names", () => {
  test("NamedItem.delete removes the name; deleting one that is not there fails with ItemNotFound", async () => {
    const { context, workbook } = createStrictExcel({ names: [{ name: "Rate", formula: "=0.05", visible: true }] });
    context.workbook.names.getItem("rate").delete();
    await context.sync();
    expect(workbook.names).toEqual([]);
    expect(workbook.writes).toEqual(["names.delete Rate"]);
    context.workbook.names.getItem("Rate").delete();
    expect((await syncError(context)).code).toBe("ItemNotFound");
  });

  test("getRangeOrNullObject: the cells a name refers to; a null object for a name that is not a range", async () => {
    const { context } = createStrictExcel({
      sheets: [{ name: "协议信息", cells: { B18: "优秀≥90" } }],
      names: [
        { name: "SLA_GradeScale", formula: "='协议信息'!$B$18", visible: true },
        { name: "Rate", formula: "=0.05", visible: true },
      ],
    });
    const scale = context.workbook.names
      .getItemOrNullObject("SLA_GradeScale")
      .getRangeOrNullObject()
      .load("values,address");
    const rate = context.workbook.names.getItemOrNullObject("Rate").getRangeOrNullObject().load("values");
    const missing = context.workbook.names.getItemOrNullObject("Missing").getRangeOrNullObject().load("values");
    await context.sync();
    expect([scale.isNullObject, scale.values, scale.address]).toEqual([false, [["优秀≥90"]], "协议信息!B18"]);
    expect([rate.isNullObject, rate.values, missing.isNullObject]).toEqual([true, null, true]);
    context.workbook.names.getItem("Rate").getRange().load("values");
    expect((await syncError(context)).code).toBe("InvalidArgument");
  });
});

describe("charts", () => {
  test("charts.add records the chart and what is set on it; the source can be on another sheet", async () => {
    const { context, workbook } = scorecard();
    const report = context.workbook.worksheets.getItem("Sheet1");
    const source = context.workbook.worksheets.getItem("Monthly Score").getRange("A1:B3");
    const chart = report.charts.add("ColumnClustered", source, "Columns");
    chart.name = "SLA_Chart";
    chart.title.text = "Actuals";
    chart.legend.position = "Bottom";
    chart.legend.visible = false;
    chart.setPosition("B2", report.getRange("H20"));
    chart.height = 200;
    chart.width = 300;
    chart.axes.valueAxis.minimum = 0;
    chart.axes.valueAxis.maximum = 1;
    chart.axes.valueAxis.title.text = "%";
    chart.axes.categoryAxis.title.text = "Indicator";
    await context.sync();
    expect(workbook.sheet("Sheet1").charts).toEqual([
      {
        type: "ColumnClustered",
        source: { sheet: "Monthly Score", address: "A1:B3" },
        seriesBy: "Columns",
        name: "SLA_Chart",
        title: "Actuals",
        legend: { position: "Bottom", visible: false },
        position: { start: "B2", end: "H20" },
        height: 200,
        width: 300,
        valueAxis: { min: 0, max: 1, title: "%" },
        categoryTitle: "Indicator",
      },
    ]);
  });

  test("a chart type the fake does not draw is refused at once; a bad seriesBy or legend position at the sync", async () => {
    const { context } = scorecard();
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    const source = sheet.getRange("A1:B3");
    expect(() => sheet.charts.add("Radar", source)).toThrow(/fake's limit/);
    sheet.charts.add("Line", source, "Diagonal" as "Auto");
    expect((await syncError(context)).code).toBe("InvalidArgument");
    sheet.charts.add("Line", source).legend.position = "Middle" as "Top";
    expect((await syncError(context)).code).toBe("InvalidArgument");
  });

  test("a pie chart has no axes", async () => {
    const { context } = scorecard();
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.charts.add("Pie", sheet.getRange("A1:B3")).axes.valueAxis.maximum = 1;
    expect((await syncError(context)).code).toBe("InvalidArgument");
  });

  test('chart names may repeat on a sheet (ChartCollection.getItem: "the first one will be returned")', async () => {
    const { context, workbook } = scorecard();
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.charts.add("Line", sheet.getRange("A1:B3")).name = "Same";
    sheet.charts.add("Pie", sheet.getRange("A1:B3")).name = "Same";
    await context.sync();
    expect(workbook.sheet("Sheet1").charts.map((c) => c.name)).toEqual(["Same", "Same"]);
  });

  test("a chart drawn from a table's range takes in rows added to the table", async () => {
    const { context, workbook, scores } = scorecard();
    context.workbook.worksheets.getItem("Sheet1").charts.add("Line", scores.getRange());
    scores.rows.add(undefined, [["Latency", 0.9, ""]]);
    await context.sync();
    expect(workbook.sheet("Sheet1").charts[0].source).toEqual({ sheet: "Monthly Score", address: "A1:C4" });
  });
});

describe("page layout", () => {
  test("paper size, margins in points, centering and the print area are recorded", async () => {
    const { context, workbook } = createStrictExcel();
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.pageLayout.paperSize = "A4";
    sheet.pageLayout.leftMargin = 36;
    sheet.pageLayout.rightMargin = 36;
    sheet.pageLayout.topMargin = 54;
    sheet.pageLayout.bottomMargin = 54;
    sheet.pageLayout.centerHorizontally = true;
    sheet.pageLayout.setPrintArea("A1:H40");
    sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    await context.sync();
    expect(workbook.sheet("Sheet1").page).toEqual({
      paperSize: "A4",
      margins: { left: 36, right: 36, top: 54, bottom: 54 },
      centerHorizontally: true,
      printArea: "A1:H40",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
  });

  test.each<[string, unknown]>([
    ["a scale below 10", { scale: 5 }],
    ["a scale above 400", { scale: 401 }],
    ["a fraction of a page", { horizontalFitToPages: 0.5 }],
    ["no option", {}],
  ])("zoom with %s is refused (PageLayoutZoomOptions: a scale between 10 and 400)", async (_what, zoom) => {
    const { context } = createStrictExcel();
    context.workbook.worksheets.getItem("Sheet1").pageLayout.zoom = zoom as Excel.PageLayoutZoomOptions;
    expect((await syncError(context)).code).toBe("InvalidArgument");
  });

  test("a paper size that is not an Excel.PaperType, or a negative margin, is refused", async () => {
    const { context } = createStrictExcel();
    const page = context.workbook.worksheets.getItem("Sheet1").pageLayout;
    page.paperSize = "A7" as "A4";
    expect((await syncError(context)).code).toBe("InvalidArgument");
    page.leftMargin = -1;
    expect((await syncError(context)).code).toBe("InvalidArgument");
  });
});
