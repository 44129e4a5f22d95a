/**
 * The results feed (SLA_Feed, src/templates/feed.ts) as "Set up agreement" and "New month" write it
 * into the strict fake Excel, evaluated by HyperFormula (test/workbook/engine.ts): one row per
 * monthly row with the agreement's details and the month's outcome, every cell a plain formula.
 *
 * The example agreement's four months, worked by hand in src/templates/exampleAgreement.ts (scores in
 * each rule's own points; totals, grades and deductions in test/templates/agreementWorkbook.test.ts):
 *
 *   indicator (weight)          March        April        May          June
 *   first response (25%)        1.2 h  4 ✓   2.5 h  2 ✗   1.4 h  4 ✓   2.5 h  2 ✗
 *   call answer rate (15%)      96%   10 ✓   91%    8 ✗   84%    0 ✗   86%    6 ✗
 *   classification (10%)        92%  100 ✓   88%   90 ✗   91%  100 ✓   89%   95 ✗
 *   resolution rate (20%)       87%  100 ✓   82%   91 ✗   84%   97 ✗   86%  100 ✓
 *   satisfaction (20%)          4.6  100 ✓   4.6  100 ✓   4.5  100 ✓   4.5  100 ✓
 *   compliance (10%)            93%   96 ✗   90%   90 ✗   96%  100 ✓   95%  100 ✓
 *   total / grade / deduction   94.6 优秀 0  78.2 不合格 1,800  79.4 不合格 600  78.5 不合格 6,500
 */
import { addMonth, readAgreement, setUpAgreement } from "../../src/excel/agreement/actions";
import { feedMissing, nextStep } from "../../src/excel/agreement/nextStep";
import { refsFromPlan, refsFromWorkbook } from "../../src/excel/agreement/feed";
import { readAgreementState, columnIndex } from "../../src/excel/agreement/read";
import { planSetUp } from "../../src/excel/agreement/setup";
import { EXAMPLE_ACTUALS, EXAMPLE_MONTHS } from "../../src/templates/exampleAgreement";
import { feed, FEED_TABLE } from "../../src/templates/feed";
import { linkedTable } from "../../src/templates/linked";
import { INDICATOR_NAMES } from "../../src/templates/standards";
import type { Lang, Texts } from "../../src/templates/types";
import { columnLetters, parseArea, typeInto, type FakeWorkbook } from "../excel/fakeWorkbook";
import { createStrictExcel, runOf, type StrictExcel } from "../excel/strictExcel";
import { planPortableCopy } from "../../src/excel/portable/plan";
import { evaluateWorkbook, type EvaluatedWorkbook, type Shown } from "../workbook/engine";
import { portableCopyOf, portableInputOf, recalculate } from "../workbook/portableInput";

const SHEETS = {
  zh: { agreement: "协议信息", monthly: "月度数据", history: "考核结果", report: "月度报告", feed: "结果汇总" },
  en: {
    agreement: "Agreement",
    monthly: "Monthly Scores",
    history: "Results",
    report: "Monthly Report",
    feed: "Results Feed",
  },
} as const;
const WORDS = {
  zh: { yes: "是", no: "否", top: "优秀", fail: "不合格", client: "*有限公司", provider: "*服务团队" },
  en: { yes: "Yes", no: "No", top: "Excellent", fail: "Fail", client: "* Co., Ltd.", provider: "* service team" },
} as const;

const WEIGHTS = [0.25, 0.15, 0.1, 0.2, 0.2, 0.1];
/** Scores by month, indicators in order (see the table above). */
const SCORES = [
  [4, 10, 100, 100, 100, 96],
  [2, 8, 90, 91, 100, 90],
  [4, 0, 100, 97, 100, 100],
  [2, 6, 95, 100, 100, 100],
];
const MET = [
  [true, true, true, true, true, false],
  [false, false, false, false, true, false],
  [true, false, true, false, true, true],
  [false, false, false, true, true, true],
];
const TOTALS = [94.6, 78.2, 79.4, 78.5];
const DEDUCTIONS = [0, 1800, 600, 6500];
/** The example months as Excel serials: 2024-03-01 … 2024-06-01. */
const SERIALS = [45352, 45383, 45413, 45444];
const JULY = 45474;

/** Where a table's header row and body are, and its columns' letters by key. */
function tableAt(wb: FakeWorkbook, table: string) {
  const t = wb.table(table)!;
  const area = parseArea(t.address.slice(t.address.lastIndexOf("!") + 1));
  const sheet = wb.sheet(t.sheet);
  const headers = Array.from({ length: area.c2 - area.c1 + 1 }, (_, i) =>
    String(sheet.cell(`${columnLetters(area.c1 + i)}${area.r1}`).value ?? ""),
  );
  const index = columnIndex(linkedTable(table), headers);
  const letter = (key: string) => columnLetters(area.c1 + index.get(key)!);
  return { sheet: t.sheet, headers, first: area.r1 + 1, rows: area.r2 - area.r1, letter, index };
}

type FeedRow = Record<string, Shown>;

/** The feed's rows as HyperFormula computes them, by column key. */
function feedRows(wb: FakeWorkbook, ev: EvaluatedWorkbook): FeedRow[] {
  const t = tableAt(wb, FEED_TABLE);
  const keys = linkedTable(FEED_TABLE).columns.map((c) => c.key);
  return Array.from({ length: t.rows }, (_, r) =>
    Object.fromEntries(keys.map((k) => [k, ev.valueAt(t.sheet, `${t.letter(k)}${t.first + r}`)])),
  );
}

/** A monthly column's computed values, row by row. */
function monthlyColumn(wb: FakeWorkbook, ev: EvaluatedWorkbook, key: string): Shown[] {
  const t = tableAt(wb, "SLA_Monthly");
  return Array.from({ length: t.rows }, (_, r) => ev.valueAt(t.sheet, `${t.letter(key)}${t.first + r}`));
}

/** Every formula the feed sheet holds. */
const feedFormulas = (wb: FakeWorkbook, sheet: string): string[] =>
  [...wb.sheet(sheet).cells.values()].filter((c) => c.kind === "formula").map((c) => c.formula ?? "");

const close = (n: number) => expect.closeTo(n, 9) as unknown as Shown;

describe.each(["zh", "en"] as const)("the results feed of the example agreement, %s", (lang: Lang) => {
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

  test("set-up writes the feed sheet last, in the same two syncs, with a row per monthly row", () => {
    const wb = excel.workbook;
    expect(wb.syncs).toBe(2);
    expect(wb.sheets.map((x) => x.name).slice(-2)).toEqual([s.report, s.feed]);
    const t = tableAt(wb, FEED_TABLE);
    expect(t.sheet).toBe(s.feed);
    expect(t.headers).toEqual(
      feed.blocks.flatMap((b) => (b.kind === "table" ? b.columns.map((c) => c.header[lang]) : [])),
    );
    expect(t.rows).toBe(tableAt(wb, "SLA_Monthly").rows);
    expect(t.rows).toBe(24);
  });

  test("every cell is a plain formula: no SLA.* function, so it keeps its value without the add-in", () => {
    const formulas = feedFormulas(excel.workbook, s.feed);
    expect(formulas).toHaveLength(24 * 14);
    expect(formulas.filter((f) => /SLA\./i.test(f))).toEqual([]);
    expect(ev.problems.filter((p) => p.sheet === s.feed)).toEqual([]);
  });

  test("four months × six indicators, each row equal to the figures worked by hand", () => {
    const rows = feedRows(excel.workbook, ev);
    const names = INDICATOR_NAMES.map((n) => (n as Texts)[lang]);
    const expected = SERIALS.flatMap((period, m) =>
      names.map((indicator, i) => ({
        row: m * 6 + i + 1,
        agreementNo: "SLA-2024-X",
        client: w.client,
        provider: w.provider,
        period,
        indicator,
        weight: close(WEIGHTS[i]),
        actual: close(EXAMPLE_ACTUALS[i][m]),
        score: close(SCORES[m][i]),
        met: MET[m][i] ? w.yes : w.no,
        total: close(TOTALS[m]),
        grade: m === 0 ? w.top : w.fail,
        deduction: close(DEDUCTIONS[m]),
      })),
    );
    // Every column but the standard, checked just below.
    expect(rows.map((r) => ({ ...r, standard: undefined }))).toEqual(
      expected.map((e) => ({ ...e, standard: undefined })),
    );
    expect(EXAMPLE_MONTHS).toHaveLength(4);
    // The standard is the monthly row's, itself looked up in the service standards.
    expect(rows.map((r) => r.standard)).toEqual(monthlyColumn(excel.workbook, ev, "standard"));
    expect(rows[0].standard).toBe(lang === "zh" ? "≤1.5小时" : "<=1.5 h");
  });

  test("June: total 78.5, the lowest grade, a deduction of 6,500 on each of its six rows", () => {
    const june = feedRows(excel.workbook, ev).filter((r) => r.period === 45444);
    expect(june).toHaveLength(6);
    for (const r of june) expect([r.total, r.grade, r.deduction]).toEqual([close(78.5), w.fail, close(6500)]);
  });

  test("the agreement's details follow its sheet: a new client shows on every row", () => {
    const wb = excel.workbook;
    const refs = refsFromWorkbookOf(wb);
    typeInto(wb.sheet(s.agreement).cell(refs.client), "Contoso");
    typeInto(wb.sheet(s.agreement).cell(refs.provider), "");
    const after = evaluateWorkbook(wb);
    try {
      const rows = feedRows(wb, after);
      expect(new Set(rows.map((r) => r.client))).toEqual(new Set(["Contoso"]));
      // An emptied cell reads as blank, not 0.
      expect(new Set(rows.map((r) => r.provider))).toEqual(new Set([""]));
    } finally {
      after.destroy();
    }
  });
});

/** The client and provider cells of the agreement sheet (B6, B7), as the feed's formulas name them. */
function refsFromWorkbookOf(wb: FakeWorkbook): { client: string; provider: string } {
  const t = tableAt(wb, FEED_TABLE);
  const cell = (key: string) => {
    const f = wb.sheet(t.sheet).cell(`${t.letter(key)}${t.first}`).formula ?? "";
    return /!\$([A-Z]+)\$(\d+)/.exec(f)!.slice(1).join("");
  };
  return { client: cell("client"), provider: cell("provider") };
}

describe.each(["zh", "en"] as const)("the feed in the portable copy, %s", (lang: Lang) => {
  test("no SLA.* formula is left anywhere in the copy, and its feed shows the same rows as the original's", async () => {
    const excel = createStrictExcel();
    const wb = excel.workbook;
    await setUpAgreement(runOf(excel), lang, { examples: true });
    recalculate(wb).destroy();
    const copy = portableCopyOf(wb, planPortableCopy(portableInputOf(wb)));
    const formulas = copy.sheets.flatMap((x) =>
      [...x.cells.values()].filter((c) => c.kind === "formula").map((c) => c.formula ?? ""),
    );
    expect(formulas.filter((f) => /SLA\./i.test(f))).toEqual([]);
    const [original, copied] = [evaluateWorkbook(wb), evaluateWorkbook(copy)];
    try {
      const rows = feedRows(copy, copied);
      // The same within 1e-9: a native formula's floating point may differ from the engine's in the last bits.
      const near = (r: FeedRow) =>
        Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === "number" ? close(v) : v]));
      expect(rows).toEqual(feedRows(wb, original).map(near));
      expect(rows.slice(18).map((r) => [r.score, r.total, r.grade, r.deduction])).toEqual(
        SCORES[3].map((score) => [close(score), close(78.5), WORDS[lang].fail, close(6500)]),
      );
    } finally {
      original.destroy();
      copied.destroy();
    }
  });
});

test("the agreement's cells found from a parameter's name are the ones set-up planned", async () => {
  for (const lang of ["zh", "en"] as const) {
    const excel = createStrictExcel();
    const before = await excel.run((c) => readAgreementState(c));
    const plan = planSetUp(lang, true, before);
    await setUpAgreement(runOf(excel), lang, { examples: true });
    const state = await excel.run((c) => readAgreementState(c));
    expect(refsFromWorkbook(state, lang)).toEqual(refsFromPlan(plan.plans[0]));
    expect(refsFromPlan(plan.plans[0])).toEqual({
      agreementNo: `'${SHEETS[lang].agreement}'!$B$5`,
      client: `'${SHEETS[lang].agreement}'!$B$6`,
      provider: `'${SHEETS[lang].agreement}'!$B$7`,
    });
  }
});

describe.each(["zh", "en"] as const)("New month and the feed, %s", (lang: Lang) => {
  const s = SHEETS[lang];
  const w = WORDS[lang];

  test("July's six rows are added with the monthly rows, in two syncs; typed in, they score 100", async () => {
    const excel = createStrictExcel();
    const wb = excel.workbook;
    await setUpAgreement(runOf(excel), lang, { examples: true });
    recalculate(wb).destroy();
    const syncs = wb.syncs;
    const result = await addMonth(runOf(excel), lang, 46000);
    expect(wb.syncs - syncs).toBe(2);
    expect(result.period).toBe(JULY);
    expect(tableAt(wb, FEED_TABLE).rows).toBe(30);
    expect(feedFormulas(wb, s.feed).filter((f) => /SLA\./i.test(f))).toEqual([]);
    const pending = evaluateWorkbook(wb);
    try {
      // Before July's actuals are typed: the month and indicators show, the outcome is blank, no error.
      const july = feedRows(wb, pending).slice(24);
      expect(july.map((r) => [r.row, r.period, r.actual, r.total, r.grade])).toEqual(
        [25, 26, 27, 28, 29, 30].map((n) => [n, JULY, "", "", ""]),
      );
      expect(pending.problems.filter((p) => p.sheet === s.feed)).toEqual([]);
    } finally {
      pending.destroy();
    }
    // July's actuals, all meeting their standards: 1 h → 5/5, 96% → 10/10, the rest full marks.
    const m = tableAt(wb, "SLA_Monthly");
    [1, 0.96, 0.92, 0.88, 4.6, 0.96].forEach((v, i) =>
      typeInto(wb.sheet(s.monthly).cell(`${m.letter("actual")}${m.first + 24 + i}`), v),
    );
    const ev = evaluateWorkbook(wb);
    try {
      const july = feedRows(wb, ev).slice(24);
      expect(july.map((r) => [r.score, r.met, r.total, r.grade, r.deduction])).toEqual([
        [close(5), w.yes, close(100), w.top, close(0)],
        [close(10), w.yes, close(100), w.top, close(0)],
        ...Array(4).fill([close(100), w.yes, close(100), w.top, close(0)]),
      ]);
      expect(july.map((r) => r.agreementNo)).toEqual(Array(6).fill("SLA-2024-X"));
      // June's rows are as they were.
      expect(feedRows(wb, ev)[23].total).toEqual(close(78.5));
    } finally {
      ev.destroy();
    }
  });

  test("set up without examples: one blank feed row, no error; New month fills the monthly row and the feed keeps pace", async () => {
    const excel = createStrictExcel();
    const wb = excel.workbook;
    await setUpAgreement(runOf(excel), lang, { examples: false });
    const empty = evaluateWorkbook(wb);
    try {
      expect(tableAt(wb, FEED_TABLE).rows).toBe(1);
      expect(empty.problems.filter((p) => p.sheet === s.feed)).toEqual([]);
      const [row] = feedRows(wb, empty);
      expect([row.agreementNo, row.period, row.indicator, row.total]).toEqual(["", "", "", ""]);
    } finally {
      empty.destroy();
    }
    const std = tableAt(wb, "SLA_Indicators");
    [
      ["接通率", 0.6, "≥90%", "每低于1%扣5分"],
      ["响应时长", 0.4, "≤2小时", "每超过0.5小时扣10分"],
    ].forEach(([name, weight, standard, rule], i) => {
      const cell = (key: string) => wb.sheet(std.sheet).cell(`${std.letter(key)}${std.first + i}`);
      typeInto(cell("level2"), name);
      typeInto(cell("weight"), weight);
      typeInto(cell("target"), standard);
      typeInto(cell("rule"), rule);
    });
    await addMonth(runOf(excel), lang, 45458); // 15 June 2024
    expect(tableAt(wb, "SLA_Monthly").rows).toBe(2);
    expect(tableAt(wb, FEED_TABLE).rows).toBe(2);
    const m = tableAt(wb, "SLA_Monthly");
    typeInto(wb.sheet(m.sheet).cell(`${m.letter("actual")}${m.first}`), 0.85);
    typeInto(wb.sheet(m.sheet).cell(`${m.letter("actual")}${m.first + 1}`), 2.5);
    const ev = evaluateWorkbook(wb);
    try {
      // 85% → 75, 2.5 h → 90; total 75 × 0.6 + 90 × 0.4 = 81 (agreementWorkbook.test.ts).
      expect(feedRows(wb, ev).map((r) => [r.period, r.indicator, r.score, r.total])).toEqual([
        [45444, "接通率", close(75), close(81)],
        [45444, "响应时长", close(90), close(81)],
      ]);
      expect(ev.problems.filter((p) => p.sheet === s.feed)).toEqual([]);
    } finally {
      ev.destroy();
    }
  });
});

describe.each(["zh", "en"] as const)("the feed sheet deleted, %s", (lang: Lang) => {
  const s = SHEETS[lang];

  test("New month still works; Set up puts the feed back alone, with a row per monthly row, in two syncs", async () => {
    const excel = createStrictExcel();
    const wb = excel.workbook;
    await setUpAgreement(runOf(excel), lang, { examples: true });
    recalculate(wb).destroy();
    wb.deleteSheet(s.feed);
    const snapshot = await readAgreement(runOf(excel));
    expect(feedMissing(snapshot)).toBe(true);
    // Not a sheet the agreement needs: the pane's next step is New month as before.
    expect(nextStep(snapshot, 46000)).toEqual({ kind: "newMonth", period: JULY });
    await addMonth(runOf(excel), lang, 46000);
    expect(tableAt(wb, "SLA_Monthly").rows).toBe(30);
    const reportBefore = wb.sheet(s.report).snapshot();
    const syncs = wb.syncs;
    const restored = await setUpAgreement(runOf(excel), lang, { examples: true });
    expect(wb.syncs - syncs).toBe(2);
    expect(restored.sheets).toEqual([s.feed]);
    // Nothing else was written again: the report is the same sheet.
    expect(wb.sheet(s.report).snapshot()).toEqual(reportBefore);
    expect(tableAt(wb, FEED_TABLE).rows).toBe(30);
    expect(feedMissing(await readAgreement(runOf(excel)))).toBe(false);
    const ev = evaluateWorkbook(wb);
    try {
      const rows = feedRows(wb, ev);
      expect(rows.slice(18, 24).map((r) => [r.period, r.total, r.deduction])).toEqual(
        Array(6).fill([45444, close(78.5), close(6500)]),
      );
      expect(rows.slice(24).map((r) => [r.period, r.agreementNo])).toEqual(Array(6).fill([JULY, "SLA-2024-X"]));
      expect(ev.problems.filter((p) => p.sheet === s.feed)).toEqual([]);
    } finally {
      ev.destroy();
    }
  });
});

describe.each(["zh", "en"] as const)("sheets the feed reads deleted and put back, %s", (lang: Lang) => {
  const s = SHEETS[lang];

  test("the agreement sheet: the feed's details name the restored sheet again instead of #REF!", async () => {
    const excel = createStrictExcel();
    const wb = excel.workbook;
    await setUpAgreement(runOf(excel), lang, { examples: true });
    wb.deleteSheet(s.agreement);
    expect(feedFormulas(wb, s.feed).filter((f) => f.includes("#REF!")).length).toBeGreaterThan(0);
    await setUpAgreement(runOf(excel), lang, { examples: false });
    expect(feedFormulas(wb, s.feed).filter((f) => f.includes("#REF!"))).toEqual([]);
    const ev = evaluateWorkbook(wb);
    try {
      const rows = feedRows(wb, ev);
      expect(rows).toHaveLength(24);
      // Put back without examples: the details are empty, and the figures as they were.
      expect(new Set(rows.map((r) => r.agreementNo))).toEqual(new Set([""]));
      expect(rows[23].total).toEqual(close(78.5));
      expect(ev.problems.filter((p) => p.sheet === s.feed)).toEqual([]);
    } finally {
      ev.destroy();
    }
  });

  test("the results sheet: the feed's totals, grades and deductions come back", async () => {
    const excel = createStrictExcel();
    const wb = excel.workbook;
    await setUpAgreement(runOf(excel), lang, { examples: true });
    wb.deleteSheet(s.history);
    await setUpAgreement(runOf(excel), lang, { examples: true });
    const ev = evaluateWorkbook(wb);
    try {
      const rows = feedRows(wb, ev);
      expect(SERIALS.map((_, m) => [rows[m * 6].total, rows[m * 6].deduction])).toEqual(
        TOTALS.map((t, m) => [close(t), close(DEDUCTIONS[m])]),
      );
      expect(ev.problems.filter((p) => p.sheet === s.feed)).toEqual([]);
    } finally {
      ev.destroy();
    }
  });
});

test("a Chinese workbook's feed gets Chinese formulas from New month, whatever the pane's language", async () => {
  const excel = createStrictExcel();
  const wb = excel.workbook;
  await setUpAgreement(runOf(excel), "zh", { examples: true });
  recalculate(wb).destroy();
  await addMonth(runOf(excel), "en", 46000);
  const t = tableAt(wb, FEED_TABLE);
  const last = wb.sheet(t.sheet).cell(`${t.letter("total")}${t.first + t.rows - 1}`).formula ?? "";
  expect(last).toContain("SLA_History[考核总分]");
  const ev = evaluateWorkbook(wb);
  try {
    expect(ev.problems.filter((p) => p.sheet === SHEETS.zh.feed)).toEqual([]);
  } finally {
    ev.destroy();
  }
});
