/**
 * Branches of the clause table and the rule splitter (src/engine/clauses/index.ts) and of the
 * ratio reader (src/engine/clauses/ratio.ts): the examples a "cannot read" message offers, a
 * clause split by commas and joined back, two clauses written without a comma, notes in
 * parentheses, and formulas ("实际÷标准×满分", "30×(1-批退率)", "完成率×50").
 * Each row's score is worked out by hand from the rule (see the comment on the row).
 */
import { describeRule, score } from "../../src/engine";
import { slaError } from "./helpers";

describe("the examples a cannot-read message offers", () => {
  const e = slaError(() => score(0.9, "≥90%", "每低于1%扣5分（扣分另议3）"));
  test("names the clause as written", () => {
    expect(e.message).toContain('"(扣分另议3)"');
  });
  test("in English: the first English example of step, band and ratio", () => {
    expect(e.message).toContain(
      'Examples: "-5 per 1% below", "80%-90%:6; 90%-95%:8; 95%-100%:10", "(actual/target)*100".',
    );
  });
  test("in Chinese: the first Chinese example of step, band, ratio and the cap on deductions", () => {
    expect(e.localized("zh")).toContain(
      "示例：“每低于1%扣5分”、“≥95%:10; ≥90%:8; 其他:0”、“按达成率”、“每低于1%扣5分，最多扣30分”。",
    );
  });
});

describe("one clause split by commas, joined back", () => {
  test.each([
    // 3% against ≤2%: 1% over = 2 steps of 0.5% × 2 = 4 off → 96
    ["≤2%", "故障率每高于目标值0.5%，扣2分", 0.03, 96],
    // 3 hours against ≤2小时: not met → 0; 1 hour: met → 10
    ["≤2小时", "实际响应时间≤目标值，得10分", 3, 0],
    ["≤2小时", "实际响应时间≤目标值，得10分", 1, 10],
    // 3 found × 2 = 6 → 94 (、 inside the clause)
    ["", "每发现一处睡岗、串岗聊天的，扣2分", 3, 94],
    // three pieces, the last gives the points: 3 × 2 = 6 → 94
    ["", "每发现一处睡岗，串岗聊天的，扣2分", 3, 94],
  ])("standard %p, %s at %p → %p", (standard, rule, actual, expected) => {
    expect(score(actual, standard, rule)).toBe(expected);
  });
  test("the joined clause reads as one step", () => {
    expect(describeRule("≤2%", "故障率每高于目标值0.5%，扣2分")).toBe(
      "满分100分；超过2%时每超0.5%扣2分（不足一步按比例）",
    );
  });
});

describe("two clauses without a comma between", () => {
  test.each([
    // 3 × 5 = 15 → 85; 30 × 5 = 150 → stops at 0
    ["", "每处扣5分直到扣完为止", 3, 85],
    ["", "每处扣5分直到扣完为止", 30, 0],
    // 40% below × 5 = 200, floor 60 → 60
    ["≥90%", "每低于1%扣5分最低60分", 0.5, 60],
    // 9% above × 2 = 18 → 118, cap 110 → 110
    ["≥90%", "每高于1%加2分最高110分", 0.99, 110],
    // 200 off, at most 30 → 70
    ["≥90%", "每低于1%扣5分扣分上限30分", 0.5, 70],
    // 9 added, at most 5 → 105
    ["≥90%", "每提高1%加1分加分上限5分", 0.99, 105],
    // 6 × 20 = 120 off, negative allowed → −20
    ["0次", "每次扣20分可以为负分", 6, -20],
    // met (100) plus 9 × 2 = 18 → 118
    ["≥90%", "达标100分每高于1%加2分", 0.99, 118],
  ])("standard %p, %s at %p → %p", (standard, rule, actual, expected) => {
    expect(score(actual, standard, rule)).toBe(expected);
  });
  test("both halves are read", () => {
    expect(describeRule("", "每处扣5分直到扣完为止")).toBe(
      "满分100分；超过0次时每超1次扣5分（不足一步按比例）；扣完为止",
    );
    expect(describeRule("≥90%", "每低于1%扣5分扣分上限30分")).toBe(
      "满分100分；低于90%时每低1%扣5分（不足一步按比例）；最多扣30分",
    );
  });
});

describe("notes in parentheses", () => {
  test.each([
    // the note is a floor: 200 off, floor 60 → 60
    ["≥90%", "每低于1%扣5分（最低六十分）", 0.5, 60],
    // "(电话)" means nothing to a rule: dropped; 200 off → 0
    ["≥90%", "每低于1%扣5分（电话）", 0.5, 0],
    // "(15分钟)", "(2次)" restate a limit: dropped; 3 × 3 = 9 → 91
    ["", "每次扣3分（15分钟）", 3, 91],
    ["", "每次扣3分（2次）", 3, 91],
  ])("standard %p, %s at %p → %p", (standard, rule, actual, expected) => {
    expect(score(actual, standard, rule)).toBe(expected);
  });
});

describe("ratio formulas", () => {
  test.each([
    // 100 × 81% ÷ 90% = 90
    ["≥90%", "按比例", 0.81, undefined, 90],
    ["≥90%", "实际÷标准×满分", 0.81, undefined, 90],
    ["≥90%", "实际÷标准×100%", 0.81, undefined, 90],
    ["≥90%", "实际÷标准", 0.81, undefined, 90],
    ["≥90%", "(实际÷标准)×100", 0.81, undefined, 90],
    ["≥90%", "实际÷标准×100分", 0.81, undefined, 90],
    ["≥90%", "得:实际÷标准×100", 0.81, undefined, 90],
    // 10 × 81% ÷ 90% = 9
    ["≥90%", "实际÷标准×10", 0.81, undefined, 9],
    // full marks 10: 10 × 0.9 = 9
    ["≥90%", "实际完成值÷目标值×满分", 0.81, 10, 9],
    // 30 × (1 − 5%) = 28.5
    ["", "得分=30分×(1-批退率)", 0.05, 30, 28.5],
    ["", "30×(1-批退率)", 0.05, 30, 28.5],
    // 81% × 100 = 81; 81% × 50 = 40.5
    ["", "完成率×100", 0.81, undefined, 81],
    ["", "完成率×50", 0.81, undefined, 40.5],
    ["", "完成率×50分", 0.81, undefined, 40.5],
  ])("standard %p, %s at %p (full %p) → %p", (standard, rule, actual, full, expected) => {
    expect(score(actual, standard, rule, full)).toBe(expected);
  });

  test.each([
    ["≥90%", "实际÷标准×10", "满分100分；得分 = 10 × 实际 ÷ 90%"],
    ["", "30×(1-批退率)", "满分30分；得分 = 30 × (1 − 实际)"],
    ["", "完成率×50", "满分100分；得分 = 实际 × 50"],
  ])("standard %p, %s reads as %s", (standard, rule, text) => {
    expect(describeRule(standard, rule, rule.startsWith("30") ? 30 : undefined)).toBe(text);
  });

  test.each(["(实际÷标准×100", "完成率×100%"])("%s is refused", (rule) => {
    expect(slaError(() => score(0.81, "", rule)).code).toBeDefined();
  });
});
