/**
 * Branches of the per-step reader (src/engine/clauses/step.ts): where the side and "标准" sit
 * around 每, whole steps (每低满), words naming the standard, a thing counted after the step,
 * steps without 每 ("缺1项扣2分", "2分/基", "1分/处/次"), and English "per"/"for each".
 * Each row's score is worked out by hand from the rule (see the comment on the row).
 */
import { credit, describeRule, score } from "../../src/engine";

describe("Chinese steps: the side and 标准 around 每", () => {
  test.each([
    // 88% is 2% below 90%: 2 × 5 = 10 off → 90
    ["≥90%", "标准每低于1%扣5分", 0.88, 90],
    ["≥90%", "每标准低于1%扣5分", 0.88, 90],
    ["≥90%", "每低于标准1%扣5分", 0.88, 90],
    ["≥90%", "低于标准每1%扣5分", 0.88, 90],
    ["≥90%", "每1%低于标准扣5分", 0.88, 90],
    // 93% is 3% above 90%: 3 × 2 = 6 added → 106
    ["≥90%", "高于标准每1%加2分", 0.93, 106],
    ["≥90%", "每1%高于标准加2分", 0.93, 106],
    // 90% is 5% below 95%: 5 × 2 = 10 off → 90 (the standard named in words)
    ["≥95%", "每低于评审基准价1%扣2分", 0.9, 90],
    // 3 items against ≥5: 2 missing × 2 = 4 off → 96
    ["≥5项", "缺每1项扣2分", 3, 96],
    // 3 occurrences against 0: 3 × 5 = 15 off → 85
    ["0次", "发生每1次扣5分", 3, 85],
    ["0次", "每发生1次扣5分", 3, 85],
  ])("standard %p, %s at %p → %p", (standard, rule, actual, expected) => {
    expect(score(actual, standard, rule)).toBe(expected);
  });

  test.each([
    ["标准每低于1%扣5分", "满分100分；低于90%时每低1%扣5分（不足一步按比例）"],
    ["每标准低于1%扣5分", "满分100分；低于90%时每低1%扣5分（不足一步按比例）"],
    ["每1%低于标准扣5分", "满分100分；低于90%时每低1%扣5分（不足一步按比例）"],
    ["每1%高于标准加2分", "满分100分；高于90%时每高1%加2分（不足一步按比例）"],
  ])("%s reads as %s", (rule, text) => {
    expect(describeRule("≥90%", rule)).toBe(text);
  });
});

describe("whole steps: 每低满", () => {
  test.each([
    // 87.5% is 2.5% below 90%: whole steps 2 × 5 = 10 → 90
    ["每低满1%扣5分", 0.875, 90],
    // without 满 the part step counts: 2.5 × 5 = 12.5 → 87.5
    ["每低于1%扣5分", 0.875, 87.5],
  ])("%s at %p → %p", (rule, actual, expected) => {
    expect(score(actual, "≥90%", rule)).toBe(expected);
  });
  test("the reading says part steps do not count", () => {
    expect(describeRule("≥90%", "每低满1%扣5分")).toBe("满分100分；低于90%时每低1%扣5分（不足一步不计）");
  });
});

describe("what is counted, and steps without 每", () => {
  test.each([
    // 3 square metres × 0.2 = 0.6 off → 99.4
    ["每平方米扣0.2分", 3, 99.4],
    // 3 steps missed × 2 = 6 → 94
    ["每漏1个步骤扣2分", 3, 94],
    // 3 × 1 = 3 → 97
    ["每次工单超时扣1分", 3, 97],
    // over 2 times: 1 more × 5 = 5 → 95
    ["超过2次每次扣5分", 3, 95],
    // 3 × 2 = 6 → 94
    ["缺1项扣2分", 3, 94],
    // 3 × 5 = 15 → 85
    ["超出1次扣5分", 3, 85],
    ["一项不合格扣2分", 3, 94],
    // 3 × 1 = 3 → 97
    ["扣1分/次", 3, 97],
    ["2分/项", 3, 94],
    ["2分/基", 3, 94],
    // 3 × 0.3 = 0.9 → 99.1
    ["0.3分/火", 3, 99.1],
    ["1分/处/次", 3, 97],
    // 3 × 0.5 = 1.5 → 98.5
    ["纯净度低于95%的扣0.5分/次", 3, 98.5],
  ])("%s at %p → %p", (rule, actual, expected) => {
    expect(score(actual, "", rule)).toBe(expected);
  });
  test("a thing the unit table does not know is its own unit", () => {
    expect(describeRule("", "每平方米扣0.2分")).toBe("满分100分；超过0平方米时每超1平方米扣0.2分（不足一步按比例）");
    expect(describeRule("", "0.3分/火")).toBe("满分100分；超过0次时每超1次扣0.3分（不足一步按比例）");
  });
});

describe("English steps", () => {
  test.each([
    // 2% below 90% × 5 = 10 → 90
    [">=90%", "-5 per 1% below", 0.88, 90],
    [">=90%", "5 points off per 1% below", 0.88, 90],
    // 3% above × 2 = 6 → 106
    [">=90%", "+2 per 1% above", 0.93, 106],
    // 3 incidents × 5 = 15 → 85
    ["", "5 points per incident", 3, 85],
    ["", "5 points for each occurrence", 3, 85],
    // 2 hours over 4 × 5 = 10 → 90
    ["within 4 hours", "5 points per hour of downtime", 6, 90],
  ])("standard %p, %s at %p → %p", (standard, rule, actual, expected) => {
    expect(score(actual, standard, rule)).toBe(expected);
  });
  test("a share of the fees named in words is a fee credit", () => {
    // 6 hours against within 4: 2 hours × 5% = 10% of the fee
    expect(credit(6, "within 4 hours", "5% of the virtual server fees for each hour")).toBe(0.1);
    expect(describeRule("within 4 hours", "5% of the virtual server fees for each hour")).toBe(
      "above 4 h, 5% of the fee off per 1 h over (part steps in proportion)",
    );
  });
  test("readings of the sign words", () => {
    expect(describeRule(">=90%", "+2 per 1% above")).toBe(
      "full marks 100; above 90%, 2 points added per 1% above (part steps in proportion)",
    );
    expect(describeRule(">=90%", "5 points off per 1% below")).toBe(
      "full marks 100; below 90%, 5 points off per 1% below (part steps in proportion)",
    );
  });
});

describe("a bonus rounded down when the standard is met within float noise", () => {
  // 10.0000000000009 s is within the engine's 1e-12 of ≤10秒, so it meets the standard: no bonus step
  // either way (it used to lose one: floor(−1.8e-12) = −1 → 99).
  test.each([
    [10.0000000000009, "每低于0.5秒加1分，向下取整", 100],
    [10, "每低于0.5秒加1分，向下取整", 100],
    [9.4, "每低于0.5秒加1分，向下取整", 101], // 0.6 s below: one whole step of 0.5 s
    [10.0000000000009, "+1 per 0.5 s below; rounded down", 100],
  ] as const)("%p against ≤10秒 with %s → %p", (actual, rule, expected) => {
    expect(score(actual, "≤10秒", rule)).toBe(expected);
  });
});
