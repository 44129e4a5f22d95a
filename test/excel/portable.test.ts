/**
 * The portable copy of the example agreement (issue 9, item 2): the strict fake Excel set up with
 * the example agreement, recalculated by HyperFormula with the SLA functions (as Excel would have
 * shown it), read as the portable copy's Office.js read gives it, planned, and the plan applied to a
 * deep copy. The original keeps every formula; the copy holds no SLA. formula; every compiled cell,
 * evaluated by HyperFormula, equals what the SLA function gave in the original.
 */
import { setUpAgreement } from "../../src/excel/agreement/actions";
import { planPortableCopy, type PortablePlan } from "../../src/excel/portable/plan";
import { planPortableCopyOf, readPortableInput, sheetOf } from "../../src/excel/portable/read";
import type { Lang } from "../../src/templates";
import { evaluateWorkbook, isError, type EvaluatedWorkbook } from "../workbook/engine";
import { cellsOf, portableCopyOf, portableInputOf, recalculate } from "../workbook/portableInput";
import type { FakeWorkbook } from "./fakeWorkbook";
import { createStrictExcel, type StrictExcel } from "./strictExcel";

const hasSla = (f: unknown) => typeof f === "string" && /SLA\.|_xldudf_SLA_/i.test(f);

describe.each(["zh", "en"] as const)("portable copy of the example agreement, %s", (lang: Lang) => {
  let excel: StrictExcel;
  let wb: FakeWorkbook;
  let original: EvaluatedWorkbook;
  let copied: EvaluatedWorkbook;
  let copy: FakeWorkbook;
  let plan: PortablePlan;
  let before: ReturnType<typeof cellsOf>;

  beforeAll(async () => {
    excel = createStrictExcel();
    await setUpAgreement((b) => excel.run(b), lang, { examples: true });
    wb = excel.workbook;
    original = recalculate(wb);
    before = structuredClone(cellsOf(wb));
    plan = planPortableCopy(portableInputOf(wb));
    copy = portableCopyOf(wb, plan);
    copied = evaluateWorkbook(copy);
  });
  afterAll(() => {
    original.destroy();
    copied.destroy();
  });

  test("the original keeps every formula and value", () => {
    expect(cellsOf(wb)).toEqual(before);
  });

  test("the Office.js read (src/excel/portable/read.ts) gives the same plan, in two syncs, writing nothing", async () => {
    const [syncs, writes] = [wb.syncs, wb.writes.length];
    const sheetWrites = wb.sheets.map((s) => s.writes.length);
    const read = await planPortableCopyOf((b) => excel.run(b));
    expect(wb.syncs - syncs).toBeLessThanOrEqual(2);
    expect(read).toEqual(plan);
    expect(wb.writes.length).toBe(writes);
    expect(wb.sheets.map((s) => s.writes.length)).toEqual(sheetWrites);
    expect(cellsOf(wb)).toEqual(before);
  });

  test("the copy holds no SLA. formula", () => {
    const left = Object.entries(cellsOf(copy)).flatMap(([s, cells]) =>
      Object.entries(cells)
        .filter(([, f]) => hasSla(f))
        .map(([a]) => `${s}!${a}`),
    );
    expect(left).toEqual([]);
    expect(copy.names.filter((n) => hasSla(n.formula))).toEqual([]);
  });

  test("SCORE, MET, GRADE and CREDIT cells compiled; EXPLAIN, RULE, STREAK and the scale's ends kept as values", () => {
    const slaCells = Object.values(cellsOf(wb)).flatMap((cells) => Object.values(cells).filter(hasSla));
    expect(plan.rewrites).toHaveLength(slaCells.length);
    // 24 monthly rows × (SCORE, MET), 4 history rows × (GRADE, CREDIT).
    expect(plan.compiled).toBe(24 * 2 + 4 * 2);
    const reasons = plan.kept.reduce<Record<string, number>>(
      (n, k) => ({ ...n, [k.reason]: (n[k.reason] ?? 0) + 1 }),
      {},
    );
    // 24 EXPLAIN, 6 + 1 RULE, 4 STREAK; GRADE(10^300,…) has an expression for its score.
    expect(reasons).toEqual({ noNative: 24 + 7 + 4, unresolved: 2 });
    expect(plan.kept.filter((k) => k.reason === "unresolved").map((k) => k.functions)).toEqual([["GRADE"], ["GRADE"]]);
    expect(plan.agreementNo).toBe("SLA-2024-X");
  });

  test("every cell of the copy shows what the original shows", () => {
    const differ: string[] = [];
    let compared = 0;
    for (const r of plan.rewrites) {
      const was = original.valueAt(r.sheet, r.address);
      const now = copied.valueAt(r.sheet, r.address);
      compared++;
      const same =
        typeof was === "number" && typeof now === "number"
          ? Math.abs(was - now) <= 1e-9
          : isError(was) && isError(now)
            ? was.error === now.error
            : was === now;
      if (!same)
        differ.push(
          `${r.sheet}!${r.address}: ${JSON.stringify(was)} → ${JSON.stringify(now)} (${"formula" in r ? r.formula : "value"})`,
        );
    }
    expect(differ).toEqual([]);
    expect(compared).toBe(plan.rewrites.length);
  });

  test("the copy computes the example's figures without the add-in (monthly scores, grades, fee clause)", () => {
    const monthly = lang === "zh" ? "月度数据" : "Monthly Scores";
    const history = lang === "zh" ? "考核结果" : "Results";
    const scores = Array.from({ length: 24 }, (_, i) => copied.valueAt(monthly, `J${5 + i}`));
    expect(scores).toEqual(
      [4, 10, 100, 100, 100, 96, 2, 8, 90, 91, 100, 90, 4, 0, 100, 97, 100, 100, 2, 6, 95, 100, 100, 100].map((n) =>
        expect.closeTo(n, 9),
      ),
    );
    const grades = lang === "zh" ? ["优秀", "不合格", "不合格", "不合格"] : ["Excellent", "Fail", "Fail", "Fail"];
    expect([5, 6, 7, 8].map((r) => copied.valueAt(history, `E${r}`))).toEqual(grades);
    expect([5, 6, 7, 8].map((r) => copied.valueAt(history, `J${r}`))).toEqual(
      [0, 0.018, 0.006, 0.015].map((n) => expect.closeTo(n, 9)),
    );
    // Only the SLA call is replaced: the rest of the formula, structured references included, stays;
    // the call's own [@[实际值]] is written in A1.
    const score = plan.rewrites.find((r) => r.sheet === monthly && r.address === "J5");
    const actual = lang === "zh" ? "实际值" : "Actual";
    expect(score && "formula" in score && score.formula).toMatch(
      new RegExp(`^=IF\\(\\[@\\[${actual}\\]\\]="","",\\(IF\\(ISNUMBER\\(F5\\),.*\\)\\)$`),
    );
  });
});

describe("the portable copy's read on the strict fake", () => {
  test("a blank sheet is left out (getUsedRangeOrNullObject is a null object); a format alone does not widen the read", async () => {
    const excel = createStrictExcel({
      sheets: [{ name: "Blank" }, { name: "Data", cells: { B2: 1, C3: "x" } }],
    });
    excel.workbook.sheet("Data").cell("E9").bold = true;
    const input = await readPortableInput((b) => excel.run(b));
    expect(input.sheets.map((s) => [s.name, s.address])).toEqual([["Data", "Data!B2:C3"]]);
    expect(input.sheets[0].values).toEqual([
      [1, ""],
      ["", "x"],
    ]);
    expect(excel.workbook.syncs).toBe(2);
  });
});

test("sheetOf reads the sheet of an address Office.js gives", () => {
  expect(sheetOf("Sheet1!A1:B2")).toBe("Sheet1");
  expect(sheetOf("'月度 数据'!A4:M28")).toBe("月度 数据");
  expect(sheetOf("'It''s!'!C3")).toBe("It's!");
});
