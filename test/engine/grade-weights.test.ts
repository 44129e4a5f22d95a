/** GRADE, WEIGHTED, MET, ATTAINMENT and STREAK on values worked out by hand. */
import { attainment, grade, met, streak, weighted } from "../../src/engine";
import { column } from "./helpers";

describe("GRADE", () => {
  test.each([
    [95, undefined, "Excellent"],
    [90, undefined, "Excellent"], // thresholds are inclusive
    [89.99, undefined, "Pass"],
    [80, null, "Pass"],
    [79.9, "", "Fail"],
    [94.8, "优秀≥90;合格≥80;不合格", "优秀"],
    [85, "优秀≥90；合格≥80；不合格", "合格"],
    [60, "优秀≥90;合格≥80;不合格<80", "不合格"], // the seed's "不合格<80" restates the remainder
    [90, "A>90; B>=80; C", "B"], // ">" is strict
    [91, "A>90; B>=80; C", "A"],
    [75, "A:90; B:80; C:70; D", "C"],
    [95, "≥90 优秀; ≥80 合格; 不合格", "优秀"],
    [4.2, "Great>=4.5; Good>=4; Poor", "Good"], // any number of levels, any range
    ["85", "优秀≥90;合格≥80;不合格", "合格"], // a number typed as text
  ])("%p on %p → %p", (s, scale, expected) => {
    expect(grade(s, scale)).toBe(expected);
  });

  // A score that lands a hair off a boundary through float arithmetic is on the boundary, as on
  // paper: the scale compares with exact.ts's compare, which snaps a difference of float noise to 0.
  // Each input below is on the wrong side of the boundary for a plain >= or >.
  test("0.7 + 0.2 = 0.8999999999999999 in floating point reaches ≥0.9", () => {
    expect(0.7 + 0.2).toBeLessThan(0.9); // the artefact itself, so the case keeps testing something
    expect(grade(0.7 + 0.2, "A>=0.9; B")).toBe("A");
  });
  test("(0.7 + 0.2) × 100 = 89.99999999999999 reaches ≥90", () => {
    expect((0.7 + 0.2) * 100).toBeLessThan(90);
    expect(grade((0.7 + 0.2) * 100, "优秀≥90;合格≥80;不合格")).toBe("优秀");
  });
  test("0.1 × 3 × 300 = 90.00000000000001 does not pass a strict >90", () => {
    expect(0.1 * 3 * 300).toBeGreaterThan(90);
    // 0.1 × 3 × 300 = 90 on paper, and 90 is not > 90: B.
    expect(grade(0.1 * 3 * 300, "A>90; B>=80; C")).toBe("B");
  });

  test("a two-column range: label, minimum; the last minimum blank", () => {
    const scale = [
      ["优秀", 90],
      ["合格", 80],
      ["不合格", ""],
    ];
    expect(grade(94.8, scale)).toBe("优秀");
    expect(grade(80, scale)).toBe("合格");
    expect(grade(12, scale)).toBe("不合格");
  });
});

describe("WEIGHTED", () => {
  test("fractions, whole numbers and text percentages", () => {
    expect(weighted(column(90, 100, 96), column(0.4, 0.3, 0.3))).toBe(94.8);
    expect(weighted(column(90, 100, 96), column(40, 30, 30))).toBe(94.8);
    expect(weighted(column(90, 100, 96), column("40%", "30%", "30%"))).toBe(94.8);
  });
  test("a row of scores against a row of weights", () => {
    expect(weighted([[90, 100, 96]], [[0.4, 0.3, 0.3]])).toBe(94.8);
  });
  test("25%+15%+10%+20%+20%+10% add up to 100%", () => {
    // 80×.25 + 90×.15 + 100×.1 + 70×.2 + 60×.2 + 100×.1 = 20 + 13.5 + 10 + 14 + 12 + 10 = 79.5
    expect(weighted(column(80, 90, 100, 70, 60, 100), column(0.25, 0.15, 0.1, 0.2, 0.2, 0.1))).toBe(79.5);
  });
  test("empty rows and unscored zero-weight rows are skipped", () => {
    expect(weighted(column(90, "", "", 100), column(0.5, "", 0, 0.5))).toBe(95);
  });
  // Summed naively, these totals come out a hair off the grade boundary they lie on by hand;
  // WEIGHTED tidies the total (exact.ts) so that a GRADE or a plain comparison of it sees 90 and 80.
  test("80×0.1 + 74×0.2 + 96×0.7 is 90, not 89.99999999999999", () => {
    // 8 + 14.8 + 67.2 = 90
    expect(80 * 0.1 + 74 * 0.2 + 96 * 0.7).toBeLessThan(90); // plain float arithmetic
    expect(weighted(column(80, 74, 96), column(0.1, 0.2, 0.7))).toBe(90);
  });
  test("70×0.1 + 86×0.7 + 64×0.2 is 80, not 79.99999999999999", () => {
    // 7 + 60.2 + 12.8 = 80
    expect(70 * 0.1 + 86 * 0.7 + 64 * 0.2).toBeLessThan(80);
    expect(weighted(column(70, 86, 64), column(0.1, 0.7, 0.2))).toBe(80);
  });
  test("thirds made by formulas still add up", () => {
    expect(weighted(column(90, 60, 30), column(1 / 3, 1 / 3, 1 / 3))).toBe(60);
  });
});

describe("MET, ATTAINMENT, STREAK", () => {
  test("MET accepts numbers typed as text", () => {
    expect(met("92%", "≥90%")).toBe(true);
    expect(met("12", "≤15分钟")).toBe(true);
  });
  test("ATTAINMENT skips blanks, text and TRUE/FALSE", () => {
    // numbers 0.95, 0.88, 0.91, 0.9 → 3 of 4 meet ≥90%
    expect(attainment(column(0.95, "", 0.88, "n/a", true, 0.91, 0.9), "≥90%")).toBe(0.75);
  });
  test("ATTAINMENT on a single value", () => expect(attainment(1.5, "≤2小时")).toBe(1));
  test("STREAK: trailing blanks are months not scored yet", () => {
    expect(streak(column(85, 78, 76, 79, "", ""))).toBe(3);
    expect(streak(column(78, 76, 79))).toBe(3);
    expect(streak(column(78, "", 76, 79))).toBe(2); // an unscored month breaks the run
    expect(streak(column(90, 95))).toBe(0);
    expect(streak(column())).toBe(0);
    expect(streak([[85, 78, 76, 79]])).toBe(3); // a row works as well as a column
  });
  test("STREAK with another threshold", () => {
    expect(streak(column(92, 88, 89), 90)).toBe(2);
    expect(streak(column(92, 88, 89), "85")).toBe(0);
  });
});
