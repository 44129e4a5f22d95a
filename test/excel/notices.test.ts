/**
 * What an insertion tells the user: every notice's wording in both languages, and which notices a
 * plan gives (a renamed table, names by what was done to them, joined the way each language lists).
 */
import { notice } from "../../src/excel/messages";
import { planInsertion, type WorkbookState } from "../../src/excel/plan";
import { getTemplate } from "../../src/templates";
import { EMPTY_WORKBOOK, probe } from "./probeTemplate";

describe("the wording of each notice", () => {
  test("a sheet or a table renamed", () => {
    expect(notice("sheetRenamed", { wanted: "Probe", sheet: "Probe (2)" }).text).toEqual({
      zh: "已有名为“Probe”的工作表，新工作表命名为“Probe (2)”。",
      en: 'A sheet named "Probe" already exists; the new sheet is "Probe (2)".',
    });
    expect(notice("tableRenamed", { wanted: "SLA_Scoring", table: "SLA_Scoring2" })).toEqual({
      id: "tableRenamed",
      params: { wanted: "SLA_Scoring", table: "SLA_Scoring2" },
      text: {
        zh: "表名 SLA_Scoring 已被占用，新表命名为 SLA_Scoring2。",
        en: "The table name SLA_Scoring is taken; the new table is SLA_Scoring2.",
      },
    });
  });

  test("names, by what was done to them", () => {
    const text = (id: Parameters<typeof notice>[0]) => notice(id, { names: "A, B" }).text;
    expect(text("namesLinked")).toEqual({
      zh: "已创建名称（指向本表的参数单元格，其他工作表的公式引用它们）：A, B。",
      en: "Names created, pointing at this sheet's parameter cells (the other sheets' formulas use them): A, B.",
    });
    expect(text("namesCreatedWithDefaults")).toEqual({
      zh: "工作簿中原无这些协议参数，已按默认值创建：A, B。建立协议后即可在“协议信息”和“服务标准”工作表的单元格中修改。",
      en: "Agreement parameters the workbook lacked, created with their defaults: A, B. Set up the agreement to edit them in cells (on its Agreement and Service Standards sheets).",
    });
    expect(text("namesMoved")).toEqual({
      zh: "以下名称原为常量，现指向本表的单元格，数值不变：A, B。",
      en: "Names that held constants now point at this sheet's cells, values unchanged: A, B.",
    });
    expect(text("namesRepaired")).toEqual({
      zh: "以下名称原指向已删除的工作表（#REF!），现指向本表的单元格，取默认值：A, B。",
      en: "Names left broken by a deleted sheet (#REF!) now point at this sheet's cells, with their defaults: A, B.",
    });
    expect(text("namesElsewhere")).toEqual({
      zh: "以下名称已在其他位置定义，未作改动，本表显示其当前值：A, B。",
      en: "Names already defined elsewhere, left as they are (this sheet shows their values): A, B.",
    });
    expect(text("namesKept")).toEqual({
      zh: "工作簿中已有以下名称，保持不变：A, B。",
      en: "Names already in the workbook, left as they are: A, B.",
    });
  });
});

describe("the notices of a plan", () => {
  test("a taken table name: one notice for the renamed table, none for the other", () => {
    const state: WorkbookState = { ...EMPTY_WORKBOOK, tableNames: ["probe_plain"] };
    const { result } = planInsertion(probe, "en", { examples: true }, state);
    expect(result.tableNames).toEqual(["Probe_Plain2", "Probe_Headed"]);
    expect(result.notices.filter((n) => n.id === "tableRenamed")).toEqual([
      {
        id: "tableRenamed",
        params: { wanted: "Probe_Plain", table: "Probe_Plain2" },
        text: {
          zh: "表名 Probe_Plain 已被占用，新表命名为 Probe_Plain2。",
          en: "The table name Probe_Plain is taken; the new table is Probe_Plain2.",
        },
      },
    ]);
  });

  test("no table renamed, no table notice", () => {
    const { result } = planInsertion(probe, "en", { examples: true }, EMPTY_WORKBOOK);
    expect(result.notices.map((n) => n.id)).toEqual(["namesLinked"]);
  });

  // The agreement sheet is the home of its eight parameters: missing names are linked, constants
  // moved, #REF! names repaired, names of the user's own left alone.
  const agreementState: WorkbookState = {
    sheetNames: ["Sheet1", "Contract"],
    tableNames: [],
    names: [
      { name: "SLA_GradeScale", type: "String", value: "A>=90; B", formula: '="A>=90; B"' },
      { name: "SLA_PenaltyMonths", type: "Double", value: 2, formula: "=2" },
      { name: "SLA_PenaltyRate", type: "Error", value: "#REF!", formula: "=#REF!$B$21" },
      { name: "SLA_MonthlyFee", type: "Double", value: 1200000, formula: "=Contract!$B$5*12" },
      { name: "SLA_FeeClause", type: "Range", value: "Contract!$B$9", formula: "=Contract!$B$9" },
    ],
  };

  test("names in Chinese are listed with 、", () => {
    const { result } = planInsertion(getTemplate("agreement"), "zh", { examples: true }, agreementState);
    expect(result.notices.map((n) => [n.id, n.params.names])).toEqual([
      ["namesLinked", "SLA_PenaltyThreshold、SLA_Calendar、SLA_Holidays"],
      ["namesMoved", "SLA_GradeScale、SLA_PenaltyMonths"],
      ["namesRepaired", "SLA_PenaltyRate"],
      ["namesElsewhere", "SLA_MonthlyFee、SLA_FeeClause"],
    ]);
    expect(result.notices[1].text.zh).toBe(
      "以下名称原为常量，现指向本表的单元格，数值不变：SLA_GradeScale、SLA_PenaltyMonths。",
    );
  });

  test("names in English are listed with a comma", () => {
    const { result } = planInsertion(getTemplate("agreement"), "en", { examples: true }, agreementState);
    expect(result.notices.map((n) => n.text.en)).toEqual([
      "Names created, pointing at this sheet's parameter cells (the other sheets' formulas use them): SLA_PenaltyThreshold, SLA_Calendar, SLA_Holidays.",
      "Names that held constants now point at this sheet's cells, values unchanged: SLA_GradeScale, SLA_PenaltyMonths.",
      "Names left broken by a deleted sheet (#REF!) now point at this sheet's cells, with their defaults: SLA_PenaltyRate.",
      "Names already defined elsewhere, left as they are (this sheet shows their values): SLA_MonthlyFee, SLA_FeeClause.",
    ]);
  });

  test("a sheet that only uses the parameters: names created with defaults, names kept", () => {
    // The ticket log in a workbook that has the service standards' limits but not the agreement's
    // service hours: those two are created (their home is the agreement sheet), the limits kept.
    const state: WorkbookState = {
      sheetNames: ["Sheet1"],
      tableNames: [],
      names: [
        { name: "SLA_ResponseP1", type: "String", value: "30分钟", formula: '="30分钟"' },
        { name: "SLA_ResponseP2", type: "String", value: "1小时", formula: '="1小时"' },
        { name: "SLA_ResponseP3", type: "String", value: "2小时", formula: '="2小时"' },
        { name: "SLA_WarningLevel", type: "Double", value: 0.75, formula: "=0.75" },
        { name: "SLA_LimitP1", type: "String", value: "4小时", formula: '="4小时"' },
        { name: "SLA_LimitP2", type: "String", value: "1天", formula: '="1天"' },
        { name: "SLA_LimitP3", type: "String", value: "3天", formula: '="3天"' },
      ],
    };
    const zh = planInsertion(getTemplate("tickets"), "zh", { examples: true }, state).result.notices;
    expect(zh.map((n) => n.text.zh)).toEqual([
      "工作簿中原无这些协议参数，已按默认值创建：SLA_Calendar、SLA_Holidays。建立协议后即可在“协议信息”和“服务标准”工作表的单元格中修改。",
      "工作簿中已有以下名称，保持不变：SLA_ResponseP1、SLA_ResponseP2、SLA_ResponseP3、SLA_LimitP1、SLA_LimitP2、SLA_LimitP3、SLA_WarningLevel。",
    ]);
    const en = planInsertion(getTemplate("tickets"), "en", { examples: true }, state).result.notices;
    expect(en.map((n) => n.text.en)).toEqual([
      "Agreement parameters the workbook lacked, created with their defaults: SLA_Calendar, SLA_Holidays. Set up the agreement to edit them in cells (on its Agreement and Service Standards sheets).",
      "Names already in the workbook, left as they are: SLA_ResponseP1, SLA_ResponseP2, SLA_ResponseP3, SLA_LimitP1, SLA_LimitP2, SLA_LimitP3, SLA_WarningLevel.",
    ]);
  });
});
