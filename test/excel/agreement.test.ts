/**
 * The agreement's actions against the strict fake Excel: what each writes, in how many syncs, that
 * nothing of the user's is overwritten, that a write Excel does not finish leaves nothing behind,
 * and what New month does on a workbook its users have changed.
 */
import {
  addMonth,
  checkWorkbook,
  readAgreement,
  selectCell,
  setUpAgreement,
  showReport,
} from "../../src/excel/agreement/actions";
import { ActionError } from "../../src/excel/agreement/errors";
import type { Lang } from "../../src/templates";
import { homeView } from "../../src/taskpane/home";
import { nextStep } from "../../src/excel/agreement/nextStep";
import { columnLetters, FakeSheet, parseArea, typeInto, type FakeWorkbook } from "./fakeWorkbook";
import { createStrictExcel, runOf, type InitialWorkbook } from "./strictExcel";

const SHEETS: Readonly<Record<Lang, string[]>> = {
  zh: ["协议信息", "服务标准", "月度数据", "改进计划", "考核结果", "月度报告", "结果汇总"],
  en: [
    "Agreement",
    "Service Standards",
    "Monthly Scores",
    "Improvement Plan",
    "Results",
    "Monthly Report",
    "Results Feed",
  ],
};
const LINKED_TABLES = ["SLA_Indicators", "SLA_Monthly", "SLA_Plan", "SLA_History", "SLA_Feed"];
const REPORT_TABLES = ["SLA_ReportIndicators", "SLA_ReportTrend", "SLA_ReportTotals", "SLA_ReportProblems"];

/** Every cell of every sheet, tables, names and charts: nothing of the user's may change. */
const everything = (wb: FakeWorkbook) =>
  JSON.stringify({
    sheets: wb.sheets.map((s) => [s.name, s.snapshot()]),
    tables: wb.tables,
    names: wb.names,
  });

/** Rows of a fake table as header → cell (values or formulas as entered). */
function rowsOf(wb: FakeWorkbook, table: string): Record<string, unknown>[] {
  const t = wb.table(table)!;
  const sheet = wb.sheet(t.sheet);
  const [, c1, r1, c2, r2] = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(t.address)!;
  const cols: string[] = [];
  for (let c = c1.charCodeAt(0); c <= c2.charCodeAt(0); c++) cols.push(String.fromCharCode(c));
  const headers = cols.map((c) => String(sheet.cells.get(`${c}${r1}`)?.value ?? ""));
  const rows: Record<string, unknown>[] = [];
  for (let r = Number(r1) + 1; r <= Number(r2); r++)
    rows.push(
      Object.fromEntries(
        cols.map((c, i) => {
          const cell = sheet.cells.get(`${c}${r}`);
          return [headers[i], cell?.kind === "formula" ? cell.formula : (cell?.value ?? "")];
        }),
      ),
    );
  return rows;
}

async function setUp(lang: Lang, examples = true, initial?: InitialWorkbook) {
  const excel = createStrictExcel(initial);
  const result = await setUpAgreement(runOf(excel), lang, { examples });
  return { excel, wb: excel.workbook, result };
}

describe.each(["zh", "en"] as const)("Set up agreement, %s", (lang) => {
  test("one click writes the seven linked sheets in two syncs, the report shown first", async () => {
    const { wb, result } = await setUp(lang);
    expect(wb.syncs).toBe(2);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Sheet1", ...SHEETS[lang]]);
    expect(result.sheets[0]).toBe(SHEETS[lang][5]);
    expect(wb.activeSheet()?.name).toBe(SHEETS[lang][5]);
    expect(result.period).toBe(45444); // 2024-06-01
    for (const table of [...LINKED_TABLES, ...REPORT_TABLES]) expect(wb.table(table)).toBeDefined();
  });

  test("the monthly table has one row per indicator per month: 6 indicators × 4 months, only the actual typed", async () => {
    const { wb } = await setUp(lang);
    const rows = rowsOf(wb, "SLA_Monthly");
    expect(rows).toHaveLength(24);
    const [month, indicator, , , , actual] = Object.keys(rows[0]);
    // March 2024 (45352) for the first six rows, June (45444) for the last six.
    expect(rows.slice(0, 6).map((r) => r[month])).toEqual(Array(6).fill(45352));
    expect(rows.slice(18).map((r) => r[month])).toEqual(Array(6).fill(45444));
    expect(rows.slice(0, 6).map((r) => r[actual])).toEqual([1.2, 0.96, 0.92, 0.87, 4.6, 0.93]);
    expect(rows[0][indicator]).toBe(lang === "zh" ? "首次响应时长" : "First response time");
    // Weight, standard, rule are formulas that read the standards' table, not copies.
    const weight = Object.values(rows[0])[3];
    expect(weight).toMatch(/^=IF\(\[@\[[^\]]+\]\]="","",IF\(INDEX\(SLA_Indicators\[/);
  });

  test("the results history has one row per month, every figure a formula over the monthly data", async () => {
    const { wb } = await setUp(lang);
    const rows = rowsOf(wb, "SLA_History");
    expect(rows.map((r) => Object.values(r)[0])).toEqual([45352, 45383, 45413, 45444]);
    const total = Object.values(rows[0])[1] as string;
    expect(total).toContain("SUMIFS(SLA_Monthly[");
    expect(rows.map((r) => Object.values(r).slice(2, 4))).toEqual(Array(4).fill([90, 80]));
  });

  test("the report has four native charts over its tables, prints on A4 landscape at 70%", async () => {
    const { wb } = await setUp(lang);
    const report = wb.sheet(SHEETS[lang][5]);
    expect(report.charts.map((c) => [c.type, c.seriesBy, c.source.sheet])).toEqual([
      ["LineMarkers", "Columns", report.name],
      ["BarClustered", "Columns", report.name],
      ["LineMarkers", "Rows", report.name],
      ["Pie", "Columns", report.name],
    ]);
    // The summary and the two printed tables (rows 1–24, columns A–L: the charts' data tables to the
    // right do not print), then two rows of charts of 16 rows each; the second row starts page 2.
    expect(report.page).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { scale: 70 },
      printArea: "A1:L58",
      breaksBefore: [43],
    });
    expect(report.charts.map((c) => c.position)).toEqual([
      { start: "A26", end: "F41" },
      { start: "G26", end: "L41" },
      { start: "A43", end: "F58" },
      { start: "G43", end: "L58" },
    ]);
  });

  test("the grade-colour cells sit in hidden columns beside the results table", async () => {
    const { wb } = await setUp(lang);
    const results = wb.sheet(SHEETS[lang][4]);
    expect([...results.hiddenColumns].sort()).toEqual(["N", "O"]);
  });
});

test("nothing of the user's changes: their sheet, and a name they defined by a formula", async () => {
  const initial: InitialWorkbook = {
    sheets: [{ name: "Contract", cells: { A1: "Fee", B5: 8000 } }],
    names: [{ name: "SLA_MonthlyFee", formula: "=Contract!$B$5*12", visible: true, value: 96000 }],
  };
  const excel = createStrictExcel(initial);
  const before = JSON.stringify(excel.workbook.sheet("Contract").snapshot());
  await setUpAgreement(runOf(excel), "en", { examples: true });
  const wb = excel.workbook;
  expect(JSON.stringify(wb.sheet("Contract").snapshot())).toBe(before);
  expect(wb.name("SLA_MonthlyFee")?.formula).toBe("=Contract!$B$5*12");
  // The agreement sheet shows the user's name rather than a second, unlinked value.
  const fee = [...wb.sheet("Agreement").cells.values()].find((c) => c.formula === "=SLA_MonthlyFee");
  expect(fee).toBeDefined();
});

describe("a write Excel does not finish leaves nothing behind and says so in the user's language", () => {
  test.each(["zh", "en"] as const)(
    "a co-author takes the report's sheet name between the two syncs (%s)",
    async (lang) => {
      const excel = createStrictExcel();
      // A co-author's own sheet, named like our last one, lands between our read and our write.
      excel.beforeSync(2, (wb) => void wb.sheets.push(new FakeSheet(SHEETS[lang][5])));
      const before = everything(excel.workbook);
      const error = await setUpAgreement(runOf(excel), lang, { examples: true }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ActionError);
      expect((error as ActionError).id).toBe("writeFailed");
      expect((error as ActionError).text[lang]).toContain(lang === "zh" ? "已撤销" : "undone");
      const wb = excel.workbook;
      // The co-author's sheet stays; none of ours does; no table or name of ours is left.
      expect(wb.sheets.map((s) => s.name)).toEqual(["Sheet1", SHEETS[lang][5]]);
      expect(wb.tables).toEqual([]);
      expect(wb.names).toEqual([]);
      expect(JSON.parse(before).sheets[0]).toEqual([wb.sheets[0].name, wb.sheets[0].snapshot()]);
      expect(wb.syncs).toBe(3); // read, write (refused), undo
    },
  );
});

describe.each(["zh", "en"] as const)("New month, %s", (lang) => {
  test("adds July 2024: a row per indicator, a results row, in two syncs; earlier rows untouched", async () => {
    const { excel, wb } = await setUp(lang);
    const monthlyBefore = rowsOf(wb, "SLA_Monthly");
    const historyBefore = rowsOf(wb, "SLA_History");
    const syncs = wb.syncs;
    const result = await addMonth(runOf(excel), lang, 46000);
    expect(wb.syncs - syncs).toBe(2);
    expect(result.period).toBe(45474); // 2024-07-01
    const monthly = rowsOf(wb, "SLA_Monthly");
    expect(monthly).toHaveLength(30);
    expect(monthly.slice(0, 24)).toEqual(monthlyBefore);
    const month = Object.keys(monthly[0])[0];
    expect(monthly.slice(24).map((r) => r[month])).toEqual(Array(6).fill(45474));
    const history = rowsOf(wb, "SLA_History");
    expect(history.slice(0, 4)).toEqual(historyBefore);
    expect(Object.values(history[4]).slice(0, 4)).toEqual([45474, Object.values(historyBefore[3])[1], 90, 80]);
  });

  test("the actual cells of % standards are formatted as %, the others General", async () => {
    const { excel, wb } = await setUp(lang);
    await addMonth(runOf(excel), lang, 46000);
    const sheet = wb.sheet(SHEETS[lang][2]);
    expect([29, 30, 31, 32, 33, 34].map((r) => sheet.cells.get(`F${r}`)?.numberFormat)).toEqual([
      "General",
      "0%",
      "0%",
      "0%",
      "General",
      "0%",
    ]);
  });

  test("reads the workbook as it is: the report stays, the snapshot sees five months", async () => {
    const { excel } = await setUp(lang);
    await addMonth(runOf(excel), lang, 46000);
    const snapshot = await readAgreement(runOf(excel));
    expect(new Set(snapshot.monthly?.map((r) => r.period))).toEqual(new Set([45352, 45383, 45413, 45444, 45474]));
    expect(snapshot.indicators).toHaveLength(6);
  });
});

test("Report on an agreement whose report sheet exists sets its month and shows it, in two syncs", async () => {
  const { excel, wb } = await setUp("zh");
  const syncs = wb.syncs;
  await showReport(runOf(excel), "zh", 45383);
  expect(wb.syncs - syncs).toBe(2);
  expect(wb.sheet("月度报告").cells.get("B5")?.value).toBe(45383);
  expect(wb.activeSheet()?.name).toBe("月度报告");
});

test("Report after the user inserted two rows above the report finds the month cell where it moved", async () => {
  const { excel, wb } = await setUp("en");
  const report = wb.sheet("Monthly Report");
  wb.shiftRows(report, 1, 16384, 1, 2); // two whole rows inserted at the top
  typeInto(report.cell("B5"), "a note of the user's");
  await showReport(runOf(excel), "en", 45383);
  expect(report.cells.get("B7")?.value).toBe(45383);
  expect(report.cells.get("B5")?.value).toBe("a note of the user's");
});

test("an agreement set up without examples: Fill in indicators goes to the first name cell of the standards' table", async () => {
  const excel = createStrictExcel();
  await setUpAgreement(runOf(excel), "en", { examples: false });
  const snapshot = await readAgreement(runOf(excel));
  expect(snapshot.indicators).toEqual([]);
  const table = excel.workbook.table("SLA_Indicators")!;
  const [, first] = /^([A-Z]+\d+):/.exec(table.address.slice(table.address.lastIndexOf("!") + 1))!;
  const headerRow = Number(/\d+/.exec(first)![0]);
  expect(snapshot.indicatorsStart?.sheet).toBe(table.sheet);
  // The name column's first data row, the row under the header.
  expect(snapshot.indicatorsStart?.address).toMatch(new RegExp(`^[A-Z]+${headerRow + 1}$`));
  const nameCell = excel.workbook
    .sheet(table.sheet)
    .cells.get(`${/^[A-Z]+/.exec(snapshot.indicatorsStart!.address)![0]}${headerRow}`);
  expect(nameCell?.value).toBe("Level 2");
  const view = homeView(snapshot, nextStep(snapshot, 45458));
  expect(view.primary).toBe("fillIndicators");
  expect(view.firstIndicator).toEqual(snapshot.indicatorsStart);
});

describe("on a workbook its users have changed", () => {
  test("the agreement sheet deleted: Set up agreement puts it back and repairs its names (#REF!), in two syncs", async () => {
    const { excel, wb } = await setUp("en");
    const home = wb.name("SLA_GradeScale")?.formula;
    expect(home).toBe("='Agreement'!$B$18");
    wb.deleteSheet("Agreement");
    expect(wb.name("SLA_GradeScale")?.formula).toMatch(/^=#REF!/);
    const syncs = wb.syncs;
    const result = await setUpAgreement(runOf(excel), "en", { examples: true });
    expect(wb.syncs - syncs).toBe(2);
    expect(result.sheets).toEqual(["Agreement"]);
    expect(result.notices.map((n) => n.id)).toContain("namesRepaired");
    expect(wb.name("SLA_GradeScale")?.formula).toBe(home);
    // Nothing else was written again: still one monthly table, one report.
    expect(wb.sheets.map((s) => s.name)).toEqual(["Sheet1", ...SHEETS.en.slice(1), "Agreement"]);
    expect(wb.table("SLA_Monthly2")).toBeUndefined();
  });

  test("nothing missing: Set up agreement is refused in the user's language, nothing written", async () => {
    const { excel, wb } = await setUp("zh");
    const before = everything(wb);
    const error = (await setUpAgreement(runOf(excel), "zh", { examples: true }).catch(
      (e: unknown) => e,
    )) as ActionError;
    expect(error.id).toBe("agreementExists");
    expect(error.text.zh).toContain("月度数据");
    expect(everything(wb)).toBe(before);
  });

  test("New month with a column, a row and a sheet of the user's: their cells kept, ours appended after their row", async () => {
    const { excel, wb } = await setUp("en");
    const sheet = wb.sheet("Monthly Scores");
    // The user adds a "Note" column (N) to the table, a note on one row, a row for a seventh
    // indicator of theirs, and a sheet of their own.
    const table = wb.table("SLA_Monthly")!;
    typeInto(sheet.cell("N4"), "Note");
    typeInto(sheet.cell("N10"), "checked by QA");
    table.address = "A4:N29";
    table.columns = [...(table.columns ?? []), "Note"];
    typeInto(sheet.cell("A29"), 45444);
    typeInto(sheet.cell("B29"), "Their own indicator");
    wb.sheets.push(new FakeSheet("Notes"));
    typeInto(wb.sheet("Notes").cell("A1"), "keep me");
    const notes = wb.sheet("Notes").snapshot();
    await addMonth(runOf(excel), "en", 46000);
    expect(wb.table("SLA_Monthly")?.address).toBe("A4:N35");
    expect(sheet.cells.get("N10")?.value).toBe("checked by QA");
    expect(sheet.cells.get("B29")?.value).toBe("Their own indicator");
    expect(sheet.cells.get("B30")?.value).toBe("First response time");
    expect(sheet.cells.get("A35")?.value).toBe(45474);
    // Their column gets nothing from us: null leaves the cell to Excel.
    expect([30, 31, 32, 33, 34, 35].map((r) => sheet.cells.get(`N${r}`)?.value ?? "")).toEqual(Array(6).fill(""));
    expect(wb.sheet("Notes").snapshot()).toBe(notes);
  });

  test("New month whose last write fails (a co-author deleted the plan's sheet) leaves no row behind", async () => {
    const { excel, wb } = await setUp("zh");
    // June's met column as Excel calculated it, so New month has problems to propose to the plan.
    for (const r of [23, 24, 25]) wb.sheet("月度数据").cell(`I${r}`).computed = "否";
    const monthly = rowsOf(wb, "SLA_Monthly");
    const history = rowsOf(wb, "SLA_History");
    const feed = rowsOf(wb, "SLA_Feed");
    excel.beforeSync(wb.syncs + 2, (w) => w.deleteSheet("改进计划"));
    const error = (await addMonth(runOf(excel), "zh", 46000).catch((e: unknown) => e)) as ActionError;
    expect(error).toBeInstanceOf(ActionError);
    expect(error.id).toBe("writeFailed");
    expect(error.text.zh).toMatch(/^Excel 未能完成写入，已撤销本次的全部改动/);
    expect(rowsOf(wb, "SLA_Monthly")).toEqual(monthly);
    expect(rowsOf(wb, "SLA_History").map((r) => Object.values(r).slice(0, 4))).toEqual(
      history.map((r) => Object.values(r).slice(0, 4)),
    );
    // The feed's rows, appended before the plan's failed, are gone too.
    expect(rowsOf(wb, "SLA_Feed")).toEqual(feed);
  });

  test("the undo finds its rows by the table's count after the add: a co-author's row added since the read stays", async () => {
    const { excel, wb } = await setUp("en");
    for (const r of [23, 24, 25]) wb.sheet("Monthly Scores").cell(`I${r}`).computed = "No";
    excel.beforeSync(wb.syncs + 2, (w) => {
      const t = w.table("SLA_Monthly")!;
      w.addTableRows(t, rowsOf(w, "SLA_Monthly").length, 1);
      typeInto(w.sheet(t.sheet).cell(`B${parseArea(t.address).r2}`), "their late row");
      w.deleteSheet("Improvement Plan"); // the plan's append fails, after the monthly rows landed
    });
    const monthly = rowsOf(wb, "SLA_Monthly");
    const error = (await addMonth(runOf(excel), "en", 46000).catch((e: unknown) => e)) as ActionError;
    expect(error.id).toBe("writeFailed");
    const after = rowsOf(wb, "SLA_Monthly");
    expect(after).toHaveLength(monthly.length + 1);
    expect(after.slice(0, -1)).toEqual(monthly);
    expect(after[after.length - 1].Indicator).toBe("their late row");
  });

  test("a set-up's empty month row that New month filled is blank again when the write fails", async () => {
    const excel = createStrictExcel();
    const wb = excel.workbook;
    await setUpAgreement(runOf(excel), "en", { examples: false });
    const t = wb.table("SLA_Indicators")!;
    const area = parseArea(t.address);
    const standards = wb.sheet(t.sheet);
    let col = area.c1;
    while (standards.cells.get(`${columnLetters(col)}${area.r1}`)?.value !== "Level 2") col++;
    // Two indicators' names typed in the standards' first rows.
    typeInto(standards.cell(`${columnLetters(col)}${area.r1 + 1}`), "Answer rate");
    typeInto(standards.cell(`${columnLetters(col)}${area.r1 + 2}`), "Response time");
    const before = rowsOf(wb, "SLA_Monthly");
    expect(before).toHaveLength(1);
    excel.beforeSync(wb.syncs + 2, (w) => w.deleteSheet("Results")); // the history's append fails
    const error = (await addMonth(runOf(excel), "en", 45458).catch((e: unknown) => e)) as ActionError;
    expect(error.id).toBe("writeFailed");
    expect(rowsOf(wb, "SLA_Monthly")).toEqual(before);
  });
});

test("two co-authors click Set up agreement at once: the second sees the first's sheets and duplicates none", async () => {
  const first = createStrictExcel();
  const second = createStrictExcel({}, first.workbook);
  // The second co-author's click is read before the first one's write lands, and writes after it.
  let secondDone: Promise<unknown> = Promise.resolve();
  first.beforeSync(2, () => {
    secondDone = setUpAgreement(runOf(second), "zh", { examples: true }).catch((e: unknown) => e);
  });
  await setUpAgreement(runOf(first), "zh", { examples: true });
  const outcome = await secondDone;
  const wb = first.workbook;
  expect(wb.sheets.map((s) => s.name)).toEqual(["Sheet1", ...SHEETS.zh]);
  expect(wb.tables.filter((t) => /^SLA_Monthly/.test(t.name)).map((t) => t.name)).toEqual(["SLA_Monthly"]);
  // The second read the workbook before the first's sheets landed, so its plan collided with them: its
  // write failed and was undone (nothing of it stays, above), and it says so.
  expect(outcome).toBeInstanceOf(ActionError);
  expect((outcome as ActionError).id).toBe("writeFailed");
  // Clicked again, it now sees the agreement and refuses rather than writing a second one.
  const again = (await setUpAgreement(runOf(second), "zh", { examples: true }).catch((e: unknown) => e)) as ActionError;
  expect(again.id).toBe("agreementExists");
});

test("Check reads in one sync; choosing a finding selects its cell in one sync", async () => {
  const { excel, wb } = await setUp("en");
  // The history's totals and streak as Excel calculated them (the fake does not): June is the third month below 80.
  const results = wb.sheet("Results");
  [94.6, 78.2, 79.4, 78.5].forEach((v, i) => (results.cell(`B${5 + i}`).computed = v));
  [0, 1, 2, 3].forEach((v, i) => (results.cell(`G${5 + i}`).computed = v));
  const syncs = wb.syncs;
  const findings = await checkWorkbook(runOf(excel));
  expect(wb.syncs - syncs).toBe(1);
  // The example is consistent (weights 100%, every rule read, no band gaps): only the penalty, reached in June.
  expect(findings.map((f) => [f.kind, f.at])).toEqual([["penaltyDue", { sheet: "Results", address: "B8" }]]);
  await selectCell(runOf(excel), findings[0].at!);
  expect(wb.syncs - syncs).toBe(2);
  expect(wb.selected).toEqual({ sheet: "Results", address: "B8" });
  expect(wb.activeSheet()?.name).toBe("Results");
});
