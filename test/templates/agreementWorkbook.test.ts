/**
 * The whole linked agreement workbook, as "Set up agreement" and "New month" write it into the
 * strict fake Excel, evaluated by a second formula engine (HyperFormula, with the SLA functions
 * registered from our engine: test/workbook/engine.ts) over the example agreement's four months,
 * and then a fifth month typed in. Every figure is worked out by hand in
 * src/templates/exampleAgreement.ts:
 *
 *   month      total  grade   missed  streak  plan due  fee clause  penalty  reduction (fee 100,000)
 *   2024-03    94.6   优秀     1       0       否        0           0        0
 *   2024-04    78.2   不合格   5       1       是        1.8%        0        1,800
 *   2024-05    79.4   不合格   2       2       是        0.6%        0        600
 *   2024-06    78.5   不合格   3       3       是        1.5%        5%       6,500
 *
 * The fee clause "每低1分扣减当月服务费1%，扣减总额不超过月费的10%" against the line 80: 78.2 is 1.8
 * points below → 1.8%; the penalty (5%) starts when the streak reaches 3 (June).
 */
import { explain } from "../../src/engine";
import { columnIndex } from "../../src/excel/agreement/read";
import type { LinkedTable } from "../../src/excel/agreement/types";
import { STATUSES } from "../../src/templates/improvement";
import { linkedTable } from "../../src/templates/linked";
import { addMonth, readAgreement, setUpAgreement, showReport } from "../../src/excel/agreement/actions";
import type { ActionError } from "../../src/excel/agreement/errors";
import { nextStep } from "../../src/excel/agreement/nextStep";
import { TICKET_SOURCES } from "../../src/excel/agreement/ticketFeed";
import { insertTemplate } from "../../src/excel/insert";
import { getTemplate } from "../../src/templates";
import type { Lang } from "../../src/templates";
import { columnLetters, parseArea, typeInto, type FakeWorkbook, type Scalar } from "../excel/fakeWorkbook";
import { createStrictExcel, runOf, type StrictExcel } from "../excel/strictExcel";
import { evaluateWorkbook, type EvaluatedWorkbook, type Shown } from "../workbook/engine";
import { recalculate } from "../workbook/portableInput";

const SHEETS = {
  zh: { monthly: "月度数据", history: "考核结果", plan: "改进计划", report: "月度报告" },
  en: { monthly: "Monthly Scores", history: "Results", plan: "Improvement Plan", report: "Monthly Report" },
} as const;
const WORDS = {
  zh: { yes: "是", no: "否", top: "优秀", fail: "不合格" },
  en: { yes: "Yes", no: "No", top: "Excellent", fail: "Fail" },
} as const;

/** A column's values over rows first…last. */
const column = (ev: EvaluatedWorkbook, sheet: string, letter: string, first: number, last: number): Shown[] =>
  Array.from({ length: last - first + 1 }, (_, i) => ev.valueAt(sheet, `${letter}${first + i}`));

function expectNumbers(actual: Shown[], expected: number[]): void {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((e, i) => expect([i, actual[i]]).toEqual([i, expect.closeTo(e, 9)]));
}

describe.each(["zh", "en"] as const)("the linked agreement workbook over four months, %s", (lang: Lang) => {
  const s = SHEETS[lang];
  const w = WORDS[lang];
  let excel: StrictExcel;
  let ev: EvaluatedWorkbook;

  beforeAll(async () => {
    excel = createStrictExcel();
    await setUpAgreement(runOf(excel), lang, { examples: true });
    ev = evaluateWorkbook(excel.workbook);
  });
  afterAll(() => ev.destroy());

  test("every formula is read and computes; the only errors are the report's #N/A for months before the first", () => {
    expect(ev.problems.map((p) => `${p.sheet}!${p.address} ${p.message.split(" ")[0]}`)).toEqual(
      // January and February 2024 have no total: #N/A makes gaps in the chart rather than drops to 0.
      ["P19", "Q19", "R19", "P20", "Q20", "R20"].map((a) => `${s.report}!${a} #N/A`).sort(),
    );
  });

  test("monthly scores, row by row, as the rules say", () => {
    // Rows 5–28: March's six indicators, then April's, May's, June's (score, in each rule's own points).
    expectNumbers(
      column(ev, s.monthly, "J", 5, 28),
      [4, 10, 100, 100, 100, 96, 2, 8, 90, 91, 100, 90, 4, 0, 100, 97, 100, 100, 2, 6, 95, 100, 100, 100],
    );
    expect(column(ev, s.monthly, "I", 5, 10)).toEqual([w.yes, w.yes, w.yes, w.yes, w.yes, w.no]);
    expectNumbers(column(ev, s.monthly, "L", 5, 10), [20, 15, 10, 20, 20, 9.6]);
    // The explanation is SLA.EXPLAIN of the row's own cells: the standard and rule looked up, not copied.
    expect(ev.valueAt(s.monthly, "M10")).toBe(
      explain(0.93, "≥95%", lang === "zh" ? "达标100分，每低于1%扣2分" : "-2 per 1% below", ""),
    );
    if (lang === "zh")
      expect(ev.valueAt(s.monthly, "M10")).toBe("标准≥95%，实际93%，低于标准2%，按每1%扣2分计2步，扣4分，得96分。");
  });

  test("results history: totals, grades, missed, streak, plan due, fee reduction", () => {
    expectNumbers(column(ev, s.history, "B", 5, 8), [94.6, 78.2, 79.4, 78.5]);
    expect(column(ev, s.history, "E", 5, 8)).toEqual([w.top, w.fail, w.fail, w.fail]);
    expectNumbers(column(ev, s.history, "F", 5, 8), [1, 5, 2, 3]);
    expectNumbers(column(ev, s.history, "G", 5, 8), [0, 1, 2, 3]);
    expect(column(ev, s.history, "H", 5, 8)).toEqual([w.no, w.yes, w.yes, w.yes]);
    expectNumbers(column(ev, s.history, "I", 5, 8), [0, 2, 1, 2]);
    expectNumbers(column(ev, s.history, "J", 5, 8), [0, 0.018, 0.006, 0.015]);
    expectNumbers(column(ev, s.history, "K", 5, 8), [0, 0, 0, 0.05]);
    expectNumbers(column(ev, s.history, "L", 5, 8), [0, 1800, 600, 6500]);
  });

  test("grade colours: the top grade green, the lowest red, from the hidden cells that hold them", () => {
    // The history's helper cells (hidden columns N:O, beside the table A:L): the scale's best and worst grade.
    expect([ev.valueAt(s.history, "O4"), ev.valueAt(s.history, "O5")]).toEqual([w.top, w.fail]);
    const formats = excel.workbook.sheet(s.history).conditionalFormats.filter((f) => f.address === "E5:E8");
    const rows = (fill: string) => {
      const f = formats.find((x) => x.fill === fill)!;
      return ["E5", "E6", "E7", "E8"].map((a) => ev.conditionHolds(s.history, f.address, f.formula!, a));
    };
    // March 优秀 (94.6); April to June 不合格.
    expect(rows("#D1E7DD")).toEqual([true, false, false, false]);
    expect(rows("#F8D7DA")).toEqual([false, true, true, true]);
  });

  test("the report for June 2024: figures, strongest and weakest, the summary sentence, the charts' data", () => {
    const r = (a: string) => ev.valueAt(s.report, a);
    expect(r("B5")).toBe(45444);
    expect(r("B6")).toBeCloseTo(78.5, 9);
    expect([r("B7"), r("B8"), r("B9"), r("B10")]).toEqual([w.fail, 3, 3, 6500]);
    // June's score rates: 40%, 60%, 95%, 100%, 100%, 100%: the first at the top, the first at the bottom.
    expect([r("B11"), r("B12"), r("B13")]).toEqual(
      lang === "zh" ? ["问题解决率", "首次响应时长", 2] : ["Resolution rate", "First response time", 2],
    );
    expect(r("B14")).toBe(
      lang === "zh"
        ? "2024年6月考核总分78.5分，等级不合格。优势指标：问题解决率；短板指标：首次响应时长。"
        : "In 2024-06 the total was 78.5, grade Fail. Strongest: Resolution rate; weakest: First response time.",
    );
    expect(r("B15")).toBe(
      lang === "zh"
        ? "未达标3项，改进措施2项。已连续3个月低于违约线，触发违约条款。"
        : "3 indicator(s) missed their standard; 2 measure(s) planned. 3 months in a row below the line: the penalty applies.",
    );
    // Actuals as the monthly sheet shows them: rates as percentages, the duration and the points as numbers.
    expect(column(ev, s.report, "E", 19, 24)).toEqual([2.5, "86%", "89%", "86%", 4.5, "95%"]);
    expectNumbers(column(ev, s.report, "C", 19, 24), [0.4, 0.6, 0.95, 1, 1, 1]);
    expect(column(ev, s.report, "F", 19, 24)).toEqual([w.no, w.no, w.no, w.yes, w.yes, w.yes]);
    // The last three months of the first indicator: April 2/5, May 4/5, June 2/5.
    expectNumbers([r("J19"), r("K19"), r("L19")], [0.4, 0.8, 0.4]);
    expectNumbers(column(ev, s.report, "P", 21, 24), [94.6, 78.2, 79.4, 78.5]);
    expectNumbers([r("Q24"), r("R24")], [90, 80]);
    // June's measures: one service-attitude problem, one process problem.
    expectNumbers(column(ev, s.report, "U", 19, 24), [0, 0, 1, 1, 0, 0]);
  });

  test("New month after June: July's rows, the history row, June's unplanned misses proposed; July typed in scores 100", async () => {
    const wb = excel.workbook;
    recalculate(wb).destroy(); // Excel has calculated: New month reads June's met column
    const result = await addMonth(runOf(excel), lang, 46000);
    expect(result.period).toBe(45474);
    // June missed first response, call answer rate and classification; classification has a measure already.
    expect(result.notices.map((n) => n.params.names)).toEqual([
      lang === "zh" ? "首次响应时长、电话接通率" : "First response time, Call answer rate",
    ]);
    // July's actuals, all meeting their standards: 1 h → 5/5, 96% → 10/10, the rest full marks.
    [1, 0.96, 0.92, 0.88, 4.6, 0.96].forEach((v, i) => typeInto(wb.sheet(s.monthly).cell(`F${29 + i}`), v));
    await showReport(runOf(excel), lang, 45474);
    const after = evaluateWorkbook(wb);
    try {
      expect(after.valueAt(s.history, "A9")).toBe(45474);
      expect(after.valueAt(s.history, "B9")).toBeCloseTo(100, 9);
      expect([after.valueAt(s.history, "E9"), after.valueAt(s.history, "G9"), after.valueAt(s.history, "L9")]).toEqual([
        w.top,
        0,
        0,
      ]);
      expect(after.valueAt(s.report, "B6")).toBeCloseTo(100, 9);
      expect(after.valueAt(s.report, "B9")).toBe(0);
      // The totals chart now ends with July: Feb… July.
      expectNumbers(column(after, s.report, "P", 21, 24), [78.2, 79.4, 78.5, 100]);
      // The plan has the two proposed rows at the end, for June, not started.
      expect([after.valueAt(s.plan, "A10"), after.valueAt(s.plan, "B10"), after.valueAt(s.plan, "A11")]).toEqual([
        45444,
        lang === "zh" ? "首次响应时长" : "First response time",
        45444,
      ]);
    } finally {
      after.destroy();
    }
  });
});

/** The address of the cell a name points at on its sheet, e.g. "B23" for ='协议信息'!$B$23. */
const homeOf = (wb: FakeWorkbook, name: string): { sheet: string; address: string } => {
  const m = /^='?(.+?)'?!\$([A-Z]+)\$(\d+)$/.exec(wb.name(name)!.formula)!;
  return { sheet: m[1], address: `${m[2]}${m[3]}` };
};

describe.each(["zh", "en"] as const)("the fee terms changed on the agreement sheet, %s", (lang: Lang) => {
  const s = SHEETS[lang];

  async function withClause(clause: string) {
    const excel = createStrictExcel();
    await setUpAgreement(runOf(excel), lang, { examples: true });
    const home = homeOf(excel.workbook, "SLA_FeeClause");
    typeInto(excel.workbook.sheet(home.sheet).cell(home.address), clause);
    return evaluateWorkbook(excel.workbook);
  }

  test("no fee clause: no credit any month, only the penalty in June (5% of 100,000)", async () => {
    const ev = await withClause("");
    try {
      expectNumbers(column(ev, s.history, "J", 5, 8), [0, 0, 0, 0]);
      expectNumbers(column(ev, s.history, "K", 5, 8), [0, 0, 0, 0.05]);
      expectNumbers(column(ev, s.history, "L", 5, 8), [0, 0, 0, 5000]);
    } finally {
      ev.destroy();
    }
  });

  test("another clause, 0.5% per point below and no cap: half the credits", async () => {
    const ev = await withClause(
      lang === "zh" ? "每低1分扣减当月服务费0.5%" : "0.5% of the monthly fee for each point below",
    );
    try {
      // 94.6 → 0; 78.2 is 1.8 points below 80 → 0.9%; 79.4 → 0.3%; 78.5 → 0.75%, and June's 5% penalty.
      expectNumbers(column(ev, s.history, "J", 5, 8), [0, 0.009, 0.003, 0.0075]);
      expectNumbers(column(ev, s.history, "L", 5, 8), [0, 900, 300, 5750]);
    } finally {
      ev.destroy();
    }
  });
});

describe.each(["zh", "en"] as const)("New month before its actuals are typed in, %s", (lang: Lang) => {
  const s = SHEETS[lang];

  test("July's results row stays empty, with no error; June unchanged", async () => {
    const excel = createStrictExcel();
    await setUpAgreement(runOf(excel), lang, { examples: true });
    recalculate(excel.workbook).destroy();
    await addMonth(runOf(excel), lang, 46000);
    const ev = evaluateWorkbook(excel.workbook);
    try {
      expect(ev.valueAt(s.history, "A9")).toBe(45474); // July 2024
      // Total, grade, missed, streak, plan due: empty while July's actuals are missing; no measures yet.
      expect(column(ev, s.history, "B", 9, 9)).toEqual([""]);
      expect(["E9", "F9", "G9", "H9", "J9", "K9", "L9"].map((a) => ev.valueAt(s.history, a))).toEqual(
        Array(7).fill(""),
      );
      expect(ev.valueAt(s.history, "I9")).toBe(0);
      expectNumbers(column(ev, s.history, "L", 8, 8), [6500]);
      expect(ev.problems.filter((p) => p.sheet === s.history)).toEqual([]);
    } finally {
      ev.destroy();
    }
  });
});

/** Where the cell of a linked table's column `key` in data row `row` (0-based) is, found by its header. */
function cellOf(wb: FakeWorkbook, table: LinkedTable, key: string, row: number): { sheet: string; address: string } {
  const t = wb.table(table)!;
  const area = parseArea(t.address.slice(t.address.lastIndexOf("!") + 1));
  const sheet = wb.sheet(t.sheet);
  const headers = Array.from({ length: area.c2 - area.c1 + 1 }, (_, i) =>
    String(sheet.cell(`${columnLetters(area.c1 + i)}${area.r1}`).value ?? ""),
  );
  const col = columnIndex(linkedTable(table), headers).get(key);
  if (col === undefined) throw new Error(`${table} has no column ${key}`);
  return { sheet: t.sheet, address: `${columnLetters(area.c1 + col)}${area.r1 + 1 + row}` };
}

const typeAt = (wb: FakeWorkbook, at: { sheet: string; address: string }, value: Scalar) =>
  typeInto(wb.sheet(at.sheet).cell(at.address), value);

/** Indicators typed into the standards' first rows, one value per column key. */
function typeIndicators(wb: FakeWorkbook, keys: readonly string[], rows: readonly (readonly Scalar[])[]): void {
  rows.forEach((row, i) => keys.forEach((key, k) => typeAt(wb, cellOf(wb, "SLA_Indicators", key, i), row[k])));
}

describe.each(["zh", "en"] as const)("an agreement set up without examples, %s", (lang: Lang) => {
  const s = SHEETS[lang];
  const w = WORDS[lang];

  test("its empty rows show no errors; two indicators typed, New month, actuals typed: scored and reported", async () => {
    const excel = createStrictExcel();
    await setUpAgreement(runOf(excel), lang, { examples: false });
    const wb = excel.workbook;
    const empty = evaluateWorkbook(wb);
    try {
      // Nothing typed yet: no #N/A from MATCH("") on the monthly sheet, no #NUM! from EDATE of a blank
      // month on the report; only the report's chart gaps (#N/A on purpose) remain.
      expect(empty.problems.filter((p) => p.sheet !== s.report || !p.message.startsWith("#N/A"))).toEqual([]);
    } finally {
      empty.destroy();
    }
    // Two indicators, each name with a trailing space as people type them: MATCH must still find it.
    const typed = [
      ["接通率 ", 0.6, "≥90％", "每低于1%扣5分"], // a full-width ％, as Chinese input methods type it
      ["响应时长 ", 0.4, "≤2小时", "每超过0.5小时扣10分"],
    ] as const;
    typeIndicators(wb, ["level2", "weight", "target", "rule"], typed);
    // Set-up left one blank month row: New month fills it (today's month) and adds the second.
    const result = await addMonth(runOf(excel), lang, 45458); // 15 June 2024
    expect(result.period).toBe(45444);
    typeAt(wb, cellOf(wb, "SLA_Monthly", "actual", 0), "85%");
    typeAt(wb, cellOf(wb, "SLA_Monthly", "actual", 1), 2.5);
    await showReport(runOf(excel), lang, 45444);
    const ev = evaluateWorkbook(wb);
    const at = (table: LinkedTable, key: string, row: number) => {
      const c = cellOf(wb, table, key, row);
      return ev.valueAt(c.sheet, c.address);
    };
    try {
      // 85% is 5 steps of 1% below 90% → 100 − 25 = 75; 2.5 h is one step of 0.5 h over 2 h → 90.
      expect([at("SLA_Monthly", "ref", 0), at("SLA_Monthly", "ref", 1)]).toEqual([1, 2]);
      expectNumbers([at("SLA_Monthly", "score", 0), at("SLA_Monthly", "score", 1)], [75, 90]);
      expect([at("SLA_Monthly", "met", 0), at("SLA_Monthly", "met", 1)]).toEqual([w.no, w.no]);
      // Total 75 × 0.6 + 90 × 0.4 = 45 + 36 = 81; both indicators missed.
      expect(at("SLA_History", "period", 0)).toBe(45444);
      expectNumbers([at("SLA_History", "total", 0)], [81]);
      expect(at("SLA_History", "missed", 0)).toBe(2);
      // The report: the total, the response time the strongest (90%), the answer rate the weakest (75%).
      expectNumbers([ev.valueAt(s.report, "B6")], [81]);
      expect([ev.valueAt(s.report, "B11"), ev.valueAt(s.report, "B12")]).toEqual([typed[1][0], typed[0][0]]);
      expect(ev.problems.filter((p) => p.sheet !== s.report || !p.message.startsWith("#N/A"))).toEqual([]);
      // The report shows the answer rate as a percentage although its standard says ％.
      const shown = [...wb.sheet(s.report).cells.keys()].map((a) => ev.valueAt(s.report, a));
      expect(shown).toContain("85%");
    } finally {
      ev.destroy();
    }
  });
});

describe("New month after the pane's language was switched", () => {
  test("a Chinese workbook gets Chinese formulas, 是/否 and statuses although the pane is in English", async () => {
    const excel = createStrictExcel();
    await setUpAgreement(runOf(excel), "zh", { examples: true });
    recalculate(excel.workbook).destroy();
    await addMonth(runOf(excel), "en", 46000);
    const wb = excel.workbook;
    [1, 0.96, 0.92, 0.88, 4.6, 0.96].forEach((v, i) => typeInto(wb.sheet(SHEETS.zh.monthly).cell(`F${29 + i}`), v));
    const ev = evaluateWorkbook(wb);
    try {
      expect(ev.problems.filter((p) => p.sheet !== SHEETS.zh.report)).toEqual([]);
      expect(at(ev, SHEETS.zh.history, "B9")).toBeCloseTo(100, 9);
      expect(ev.valueAt(SHEETS.zh.monthly, "I29")).toBe("是");
      // June's two unplanned misses proposed with the plan's own (Chinese) first status.
      const status = (row: number) => {
        const c = cellOf(wb, "SLA_Plan", "status", row);
        return wb.sheet(c.sheet).cell(c.address).value;
      };
      expect([status(5), status(6)]).toEqual([STATUSES[0].zh, STATUSES[0].zh]);
    } finally {
      ev.destroy();
    }
  });
});

const at = (ev: EvaluatedWorkbook, sheet: string, address: string) => ev.valueAt(sheet, address);

describe.each(["zh", "en"] as const)("the results sheet deleted by a user, %s", (lang: Lang) => {
  const s = SHEETS[lang];

  test("the pane offers to restore it, New month says why it cannot go on, Set up puts it back with every month's total", async () => {
    const excel = createStrictExcel();
    await setUpAgreement(runOf(excel), lang, { examples: true });
    const wb = excel.workbook;
    wb.deleteSheet(s.history);
    const snapshot = await readAgreement(runOf(excel));
    expect(nextStep(snapshot, 46000)).toEqual({ kind: "restore", missing: ["SLA_History"] });
    const refused = (await addMonth(runOf(excel), lang, 46000).catch((e: unknown) => e)) as ActionError;
    expect(refused.id).toBe("sheetsMissing");
    expect(refused.text[lang]).toContain(lang === "zh" ? "“考核结果”" : '"Results"');
    const restored = await setUpAgreement(runOf(excel), lang, { examples: true });
    // The report, whose formulas Excel turned into #REF! with the sheet, is written again.
    expect(restored.sheets).toEqual([s.history, s.report]);
    expect(restored.restored).toBe(true);
    const ev = evaluateWorkbook(wb);
    try {
      // The four months' rows again, every figure a formula over the monthly data (see the table above).
      expectNumbers(column(ev, s.history, "A", 5, 8) as number[], [45352, 45383, 45413, 45444]);
      expectNumbers(column(ev, s.history, "B", 5, 8) as number[], [94.6, 78.2, 79.4, 78.5]);
      expectNumbers(column(ev, s.history, "G", 5, 8) as number[], [0, 1, 2, 3]);
      expectNumbers(column(ev, s.history, "L", 5, 8) as number[], [0, 1800, 600, 6500]);
      // The report, for the latest month with a total, reads the restored table: June's 78.5 shows again.
      expect(ev.valueAt(s.report, "B5")).toBe(45444);
      expectNumbers([ev.valueAt(s.report, "B6") as number], [78.5]);
      expect(ev.problems.filter((p) => !p.message.startsWith("#N/A"))).toEqual([]);
      const others =
        lang === "zh" ? ["协议信息", "服务标准", "结果汇总"] : ["Agreement", "Service Standards", "Results Feed"];
      expect(wb.sheets.map((x) => x.name).sort()).toEqual(["Sheet1", ...Object.values(s), ...others].sort());
    } finally {
      ev.destroy();
    }
  });
});

test("the standards sheet deleted: restored empty, and the monthly table's lookups name it again instead of #REF!", async () => {
  const excel = createStrictExcel();
  await setUpAgreement(runOf(excel), "en", { examples: true });
  const wb = excel.workbook;
  wb.deleteSheet("Service Standards");
  const monthly = wb.sheet(SHEETS.en.monthly);
  const actuals = ["F5", "F6", "F28"].map((a) => monthly.cells.get(a)?.value);
  expect(actuals.every((v) => typeof v === "number")).toBe(true);
  expect(monthly.cells.get("D5")?.formula).toContain("#REF!");
  await setUpAgreement(runOf(excel), "en", { examples: false });
  expect(wb.table("SLA_Indicators")?.sheet).toBe("Service Standards");
  const formulas = [...monthly.cells.values()].filter((c) => c.kind === "formula").map((c) => c.formula ?? "");
  expect(formulas.length).toBeGreaterThan(100);
  expect(formulas.filter((f) => f.includes("#REF!"))).toEqual([]);
  expect(monthly.cells.get("D5")?.formula).toContain("SLA_Indicators[Weight]");
  // The actuals typed before stay as they were.
  expect(["F5", "F6", "F28"].map((a) => monthly.cells.get(a)?.value)).toEqual(actuals);
});

describe.each(["zh", "en"] as const)("the ticket log feeding the monthly on-time rates, %s", (lang: Lang) => {
  test("indicators whose data source names the log get May's rates as formulas, worked by hand", async () => {
    const excel = createStrictExcel();
    const wb = excel.workbook;
    await setUpAgreement(runOf(excel), lang, { examples: false });
    const source = (clock: "response" | "resolution") => TICKET_SOURCES[clock][lang];
    const typed = [
      [lang === "zh" ? "首次响应及时率" : "On-time first response", 0.5, "≥95%", source("response")],
      [lang === "zh" ? "解决及时率" : "On-time resolution", 0.5, "≥90%", source("resolution")],
    ] as const;
    typeIndicators(wb, ["level2", "weight", "target", "indicatorSource"], typed);
    // The ticket log with its seven examples (src/templates/tickets.ts), measured as of 14 May 2024 16:00.
    await insertTemplate(runOf(excel), getTemplate("tickets"), lang, { examples: true });
    const result = await addMonth(runOf(excel), lang, 45427); // 15 May 2024
    expect(result.period).toBe(45413);
    const ev = evaluateWorkbook(wb);
    const at = (key: string, row: number) => {
      const c = cellOf(wb, "SLA_Monthly", key, row);
      return ev.valueAt(c.sheet, c.address);
    };
    try {
      // First response: met by T-001, T-003, T-004, T-005; missed by T-002 and T-006; T-007 still in
      // time → 4 / 6. Resolution: met by T-001; missed by T-002 (late) and T-006 (open past due);
      // T-003, T-004, T-005, T-007 still running → 1 / 3.
      expectNumbers([at("actual", 0) as number, at("actual", 1) as number], [4 / 6, 1 / 3]);
      const w = WORDS[lang];
      expect([at("met", 0), at("met", 1)]).toEqual([w.no, w.no]);
      // Nothing was typed into the actual cells: they are formulas over the log.
      const actual = cellOf(wb, "SLA_Monthly", "actual", 0);
      expect(wb.sheet(actual.sheet).cell(actual.address).formula).toMatch(/^=IFERROR\(COUNTIFS\(SLA_Tickets\[/);
      expect(wb.sheet(actual.sheet).cell(actual.address).numberFormat).toBe("0%");
    } finally {
      ev.destroy();
    }
  });
});
