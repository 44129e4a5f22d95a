/**
 * Every scoring example of the seed documents (../shared/seeds), worked out by hand.
 */
import { explain, grade, score, streak, weighted, met, attainment } from "../../src/engine";
import { column, slaError } from "./helpers";

describe("seed 000 表3: the monthly scoring sheet, recomputed", () => {
  // The seed typed 80 / 96 / 94 and a total of 90. By its own rules:
  //   客户满意度 ≥90%, actual 88%: 2 steps of 1% short × 5 = 10 off → 90
  //   问题首次解决率 ≥85%, actual 87%: met → 100
  //   响应时效达标率 ≥95%, actual 93%: 2 steps × 2 = 4 off → 96
  //   total 40%×90 + 30%×100 + 30%×96 = 36 + 30 + 28.8 = 94.8 → 优秀
  const rows = [
    { actual: 0.88, standard: "≥90%", rule: "达标100分，每低于1%扣5分", expected: 90 },
    { actual: 0.87, standard: "≥85%", rule: "达标100分，每低于1%扣3分", expected: 100 },
    { actual: 0.93, standard: "≥95%", rule: "达标100分，每低于1%扣2分", expected: 96 },
  ];
  test.each(rows)("$standard with actual $actual scores $expected", ({ actual, standard, rule, expected }) => {
    expect(score(actual, standard, rule)).toBe(expected);
  });

  test("weighted total 94.8 and grade 优秀 (the seed's 90 was miscalculated)", () => {
    const scores = column(...rows.map((r) => score(r.actual, r.standard, r.rule)));
    const total = weighted(scores, column(0.4, 0.3, 0.3));
    expect(total).toBe(94.8);
    expect(grade(total, "优秀≥90;合格≥80;不合格")).toBe("优秀");
    expect(total).not.toBe(90);
  });

  test("the explanation shows the computation", () => {
    expect(explain(0.88, "≥90%", "达标100分，每低于1%扣5分")).toBe(
      "标准≥90%，实际88%，低于标准2%，按每1%扣5分计2步，扣10分，得90分。",
    );
  });
});

describe("seed 000 step 4: 达标得100分，每低于标准5%扣10分，高于标准不加分", () => {
  const rule = "达标得100分，每低于标准5%扣10分，高于标准不加分";
  test.each([
    [0.95, 100], // above the standard: no bonus
    [0.9, 100], // exactly met
    [0.8, 80], // 10% short = 2 steps of 5% × 10
    [0.87, 94], // 3% short = 0.6 step × 10 = 6 (partial steps are prorated)
    [0.35, 0], // 11 steps = 110 off, floored at 0
  ])("actual %p scores %p", (actual, expected) => {
    expect(score(actual, "≥90%", rule)).toBe(expected);
  });
});

describe("seed 000 step 5: penalty after 3 months in a row below 80", () => {
  test("table 4's 85 is 合格", () => expect(grade(85, "优秀≥90;合格≥80;不合格<80")).toBe("合格"));
  test("three months below 80 after a good one", () => expect(streak(column(85, 78, 76, 79))).toBe(3));
  test("a month at 80 breaks the run", () => expect(streak(column(78, 80, 76, 79, "", ""))).toBe(2));
});

describe("seed 001 模板2: agent performance on a 10-point scale", () => {
  // 首次响应时间: ≤30秒(电话) 得10分，每超10秒扣1分，扣完为止
  const response = "≤30秒(电话)得10分，每超10秒扣1分，扣完为止";
  test.each([
    [25, 10],
    [30, 10],
    [45, 8.5], // 15 s over = 1.5 steps = 1.5 off
    [50, 8], // 20 s over = 2 steps
    [200, 0], // 17 steps: deducted down to 0, never below
  ])("phone answered in %p s scores %p", (seconds, expected) => {
    expect(score(seconds, "≤30秒", response)).toBe(expected);
    expect(score(seconds, "", response)).toBe(expected); // the rule states its own standard
  });

  // 问题一次性解决率: ≥95%得10分，90%-94%得8分，85%-89%得6分，<85%得0分
  const resolution = "≥95%得10分，90%-94%得8分，85%-89%得6分，<85%得0分";
  test.each([
    [0.96, 10],
    [0.95, 10],
    [0.94, 8],
    [0.9, 8],
    [0.87, 6],
    [0.85, 6],
    [0.849, 0],
    [0.5, 0],
  ])("one-time resolution %p scores %p", (rate, expected) => {
    expect(score(rate, "", resolution)).toBe(expected);
  });

  test("94.5% has not reached 95%: it stays in 90%-94%, as a person reads whole-number ranges", () => {
    expect(score(0.945, "", resolution)).toBe(8);
    expect(score(0.8999, "", resolution)).toBe(6);
    expect(score(0.9, "", resolution)).toBe(8);
  });

  test("the weights 15% + 25% + 20% of the listed dimensions", () => {
    // 10 × 15% + 8 × 25% + 6 × 20% over weights that do not yet add to 100% → #VALUE! with the sum.
    const e = slaError(() => weighted(column(10, 8, 6), column(0.15, 0.25, 0.2)));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("60%");
  });
});

describe("seed 001: the process standards", () => {
  test.each([
    [0.92, "客户情绪判断准确率≥90%", true],
    [0.85, "解决方案一次性通过率≥85%", true],
    [0.84, "≥85%", false],
    [1, "信息记录完整率100%", true],
    [0.99, "100%", false],
    [25, "30秒内", true],
    [31, "30秒内", false],
    [1.5, "2小时内", true],
    [0.69, "流程优化建议采纳率≥70%", false],
  ])("%p against %p → %p", (actual, standard, expected) => {
    expect(met(actual, standard)).toBe(expected);
  });
});

describe("seed 003: after-sales monitoring", () => {
  // 表2 首次响应时长: ≤1小时 5 / 1-1.5小时 4 / 1.5-2小时 3 / 2-3小时 2 / >3小时 1 (first match wins)
  const rubric = "≤1小时:5; 1-1.5小时:4; 1.5-2小时:3; 2-3小时:2; >3小时:1";
  test.each([
    [0.5, 5],
    [1, 5],
    [1.2, 4],
    [1.5, 4],
    [1.75, 3],
    [2, 3],
    [2.5, 2],
    [3, 2],
    [3.01, 1],
    [48, 1],
  ])("first response in %p h scores %p", (hours, expected) => {
    expect(score(hours, "", rubric)).toBe(expected);
    expect(score(hours, "≤2小时", rubric)).toBe(expected);
  });

  test("minutes against an hour rubric are converted through the standard's unit", () => {
    expect(score(90, "≤120分钟", rubric)).toBe(4); // 90 min = 1.5 h
  });

  test("表1 weights 25/15/10/20/20/10 add up to 100", () => {
    // scores 100, 80, 90, 70, 100, 60 → (2500 + 1200 + 900 + 1400 + 2000 + 600) / 100 = 86
    expect(weighted(column(100, 80, 90, 70, 100, 60), column(25, 15, 10, 20, 20, 10))).toBe(86);
    expect(weighted(column(100, 80, 90, 70, 100, 60), column(0.25, 0.15, 0.1, 0.2, 0.2, 0.1))).toBe(86);
  });

  test("表1 standards: ≤2小时, ≥90%, ≥4.0分", () => {
    expect(met(1.5, "≤2小时")).toBe(true);
    expect(met(0.9, "≥90%")).toBe(true);
    expect(met(4.2, "≥4.0分")).toBe(true);
    expect(met(3.9, "≥4.0分")).toBe(false);
  });

  test("首次响应时长达标率 = tickets within the baseline / all tickets", () => {
    // 5 tickets answered in 0.5, 1.9, 2, 2.5, 4 hours; blanks and notes are not tickets → 3/5
    expect(attainment(column(0.5, 1.9, 2, "", 2.5, "pending", 4), "≤2小时")).toBe(0.6);
  });

  test("跟踪验证: 达标率 90% validates the improvement", () => {
    expect(met(0.9, "≥90%")).toBe(true);
  });
});

describe("seed 004: satisfaction scoring, 1–5 scale", () => {
  const speed = "≤10秒:5; 11-30秒:3; >30秒:1"; // 首次响应速度 (电话)
  test.each([
    [8, 5],
    [10, 5],
    [11, 3],
    [30, 3],
    [31, 1],
  ])("phone answered in %p s scores %p", (s, expected) => {
    expect(score(s, "", speed)).toBe(expected);
  });

  const solving = "≥95%:5; 70%-94%:3; <70%:1"; // 问题解决能力
  test.each([
    [0.97, 5],
    [0.8, 3],
    [0.7, 3],
    [0.69, 1],
  ])("one-time resolution %p scores %p", (r, expected) => {
    expect(score(r, "", solving)).toBe(expected);
  });

  test("总分 = Σ 维度得分 × 权重 with 25/20/30/25", () => {
    // dimension averages 4.5, 3, 4, 5 → 4.5×25% + 3×20% + 4×30% + 5×25% = 1.125 + 0.6 + 1.2 + 1.25 = 4.175
    expect(weighted(column(4.5, 3, 4, 5), column(0.25, 0.2, 0.3, 0.25))).toBe(4.175);
  });
});

describe("seed 001 模板2, the response-time rule as the seed writes it", () => {
  // ≤30秒(电话)/15秒(在线)得10分，每超10秒扣1分，扣完为止: one value per channel.
  const rule = "≤30秒(电话)/15秒(在线)得10分,每超10秒扣1分,扣完为止";
  test.each([
    [25, "≤30秒", 10],
    [45, "≤30秒", 8.5], // 15 s over the phone limit = 1.5 steps
    [45, "≤15秒", 7], // 30 s over the chat limit = 3 steps
    [200, "≤15秒", 0], // deductions stop at 0
  ])("%p s against %p → %p", (actual, standard, expected) => {
    expect(score(actual, standard, rule)).toBe(expected);
  });

  test("without a standard cell, which channel is unknown: #VALUE! saying so", () => {
    expect(slaError(() => score(45, "", rule)).message).toContain("one value per channel");
  });
});
