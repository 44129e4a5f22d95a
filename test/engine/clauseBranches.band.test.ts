/**
 * Branches of the band reader (src/engine/clauses/band.ts) that the worked examples do not drive:
 * "无" as a band's test, the AND words of a two-sided band, "< 99.90%-99.00%", "小于等于标准",
 * "99.0%以上-低于99.9%", the actual named between two comparators, reversed and unit-less ranges.
 * Each row's score is worked out by hand from the rule (see the comment on the row).
 */
import { credit, describeRule, score } from "../../src/engine";

const TWO_SIDED_ZH = (and: string) => `<99.9%${and}≥99%:10; ≥99.9%:15; 其他:0`;

describe("a two-sided band joined by an AND word", () => {
  test.each([
    // 99.5% is below 99.9% and at least 99%: the first band, 10
    ["且", 0.995, 10],
    // 98.5% is below 99%: no band but 其他, 0
    ["且", 0.985, 0],
    // 99.9% is not below 99.9%: the ≥99.9% band, 15
    ["且", 0.999, 15],
    ["并且", 0.995, 10],
    ["但", 0.995, 10],
    ["但是", 0.995, 10],
    ["&", 0.995, 10],
    // 99% is "at least 99%" (included): 10
    ["并且", 0.99, 10],
  ])("<99.9%%%s≥99%%: 10, at %p → %p", (and, actual, expected) => {
    expect(score(actual, "", TWO_SIDED_ZH(and))).toBe(expected);
  });

  test("the range reads [99%, 99.9%) whatever the AND word", () => {
    for (const and of ["且", "并且", "但", "但是", "&"])
      expect(describeRule("", TWO_SIDED_ZH(and))).toBe("<99%得0分；[99%, 99.9%)得10分；≥99.9%得15分");
  });

  test.each([
    // "and" in English: 99.5% is in [99%, 99.9%): 10
    ["less than 99.9% and at least 99%: 10; 99.9% or more: 15; else 0", 0.995, 10],
    // "but": 98% is below both: else 0
    ["Less than 99.9% but at least 99%: 10; 99.9% or more: 15; else 0", 0.98, 0],
    // the low side first: ≥99% 且 <99.9%, 99% itself included: 10
    ["≥99%且<99.9%:10; ≥99.9%:15; 其他:0", 0.99, 10],
    // ≤99.9% 且 >99%: 99.9% included (10), 99% excluded (0)
    ["≤99.9%且>99%:10; 其他:0", 0.999, 10],
    ["≤99.9%且>99%:10; 其他:0", 0.99, 0],
  ])("%s at %p → %p", (rule, actual, expected) => {
    expect(score(actual, "", rule)).toBe(expected);
  });

  test("≤ and > keep their edges: (99%, 99.9%]", () => {
    expect(describeRule("", "≤99.9%且>99%:10; 其他:0")).toBe("≤99%得0分；(99%, 99.9%]得10分；>99.9%得0分");
  });
});

describe("“< 99.90%-99.00%”: below the first value, down to the second", () => {
  const rule = "≥99.90%:15; < 99.90%-99.00%:10; 其他:0";
  test.each([
    // 99.5%: below 99.9%, not below 99%: 10
    [0.995, 10],
    // 99% is the low end, included: 10
    [0.99, 10],
    // 98.9%: below the range: 0
    [0.989, 0],
    // 99.9%: the ≥99.90% band: 15
    [0.999, 15],
  ])("at %p → %p", (actual, expected) => {
    expect(score(actual, "", rule)).toBe(expected);
  });
  test("reads as [99%, 99.9%)", () => {
    expect(describeRule("", rule)).toBe("<99%得0分；[99%, 99.9%)得10分；≥99.9%得15分");
  });
  test("with ≤ the high end is included: [99%, 99.9%]", () => {
    // 99.9% is ≤ 99.90% and above 99.00%: 10
    expect(score(0.999, "", "≤ 99.90%-99.00%:10; 其他:0")).toBe(10);
    expect(describeRule("", "≤ 99.90%-99.00%:10; 其他:0")).toBe("<99%得0分；[99%, 99.9%]得10分；>99.9%得0分");
  });
});

describe("“无” as the test of a band in a rule", () => {
  const rule = "当月无投诉得30分；其他0分";
  // no complaints: 30; one complaint: not "none", so 其他: 0
  test.each([
    [0, 30],
    [1, 0],
  ])("at %p → %p", (actual, expected) => {
    expect(score(actual, "", rule)).toBe(expected);
  });
  test("reads as ≤0次", () => {
    expect(describeRule("", rule)).toBe("≤0次得30分；>0次得0分");
  });
});

describe("“小于等于标准”: compared with the standard itself, i.e. met", () => {
  const rule = "小于等于标准得10分，其他0分";
  test.each([
    // 3 hours ≤ 4 hours: met, 10
    [3, 10],
    // 4 hours, on the edge: met, 10
    [4, 10],
    // 5 hours: not met, 其他 0
    [5, 0],
  ])("standard ≤4小时, at %p → %p", (actual, expected) => {
    expect(score(actual, "≤4小时", rule)).toBe(expected);
  });
  test("reads as met / else", () => {
    expect(describeRule("≤4小时", rule)).toBe("满分10分；达到≤4小时得10分，否则得0分");
  });
});

describe("ranges", () => {
  test.each([
    // "99.0%以上-低于99.9%": [99%, 99.9%); 99.5% → 10
    ["99.0%以上-低于99.9%:10; ≥99.9%:15; 其他:0", 0.995, 10],
    // same rule, 99.9% → the ≥99.9% band, 15
    ["99.0%以上-低于99.9%:10; ≥99.9%:15; 其他:0", 0.999, 15],
    // "99.0%以上-99.9%": the high end included: 99.9% → 10
    ["99.0%以上-99.9%:10; 其他:0", 0.999, 10],
    // "90-94%": the 90 takes the % of its partner: 92% → 8, 95% → 0
    ["90-94%:8; 其他:0", 0.92, 8],
    ["90-94%:8; 其他:0", 0.95, 0],
    // "1-2小时": 1 takes 小时: 1.5 hours → 5
    ["1-2小时:5; 其他:0", 1.5, 5],
    // "90%<X≤95%": 90% excluded (0), 95% included (8)
    ["90%<X≤95%:8; 其他:0", 0.9, 0],
    ["90%<X≤95%:8; 其他:0", 0.95, 8],
    // "95%-90%" written high to low is still [90%, 95%]: 92% → 8, 97% → 0
    ["95%-90%:8; 其他:0", 0.92, 8],
    ["95%-90%:8; 其他:0", 0.97, 0],
    // 到 / 至 / to join the ends as "-" does: 92% → 8
    ["90%到95%:8; 其他:0", 0.92, 8],
    ["90%至95%:8; 其他:0", 0.92, 8],
    ["90% to 95%: 8; else 0", 0.92, 8],
  ])("%s at %p → %p", (rule, actual, expected) => {
    expect(score(actual, "", rule)).toBe(expected);
  });

  test.each([
    ["99.0%以上-低于99.9%:10; ≥99.9%:15; 其他:0", "<99%得0分；[99%, 99.9%)得10分；≥99.9%得15分"],
    ["99.0%以上-99.9%:10; 其他:0", "<99%得0分；[99%, 99.9%]得10分；>99.9%得0分"],
    ["90-94%:8; 其他:0", "<90%得0分；[90%, 94%]得8分；>94%得0分"],
    ["1-2小时:5; 其他:0", "<1小时得0分；[1小时, 2小时]得5分；>2小时得0分"],
    ["90%<X≤95%:8; 其他:0", "≤90%得0分；(90%, 95%]得8分；>95%得0分"],
    ["95%-90%:8; 其他:0", "<90%得0分；[90%, 95%]得8分；>95%得0分"],
    ["90%到95%:8; 其他:0", "<90%得0分；[90%, 95%]得8分；>95%得0分"],
    ["90% to 95%: 8; else 0", "<90%: 0 points; [90%, 95%]: 8 points; >95%: 0 points"],
  ])("%s reads as %s", (rule, text) => {
    expect(describeRule("", rule)).toBe(text);
  });
});

describe("met / else bands and points written after the test", () => {
  test.each([
    // "10 if met; 0 otherwise": 96% meets ≥95% → 10; 90% does not → 0
    ["≥95%", "10 if met; 0 otherwise", 0.96, 10],
    ["≥95%", "10 if met; 0 otherwise", 0.9, 0],
    // "达标:2分；其他:0": 97% meets ≥95% → 2
    ["≥95%", "达标:2分；其他:0", 0.97, 2],
    ["≥95%", "达标:2分；其他:0", 0.9, 0],
    // "超过4小时扣10分": 5 hours is over 4 → 100 − 10 = 90; 3 hours → 100
    ["", "超过4小时扣10分", 5, 90],
    ["", "超过4小时扣10分", 3, 100],
    // "发现1处不合格本项为0分": one or more found → 0; none → 100
    ["", "发现1处不合格本项为0分", 3, 0],
    ["", "发现1处不合格本项为0分", 0, 100],
  ])("standard %p, %s at %p → %p", (standard, rule, actual, expected) => {
    expect(score(actual, standard, rule)).toBe(expected);
  });
  test("readings", () => {
    expect(describeRule("≥95%", "10 if met; 0 otherwise")).toBe("full marks 10; 10 if ≥95% is met, else 0");
    expect(describeRule("", "超过4小时扣10分")).toBe("满分100分；高于4小时时扣10分");
  });
});

describe("the result first: “25% for uptime less than 99.9%”", () => {
  test.each([
    // 99.5% is below 99.9%: 25% of the fee
    ["25% for uptime less than 99.9%", 0.995, 0.25],
    // 99.95% meets ≥99.9%: nothing
    ["25% for uptime less than 99.9%", 0.9995, 0],
    // 99.5%: below 99.9% but not below 99%: 10%
    ["10% when uptime is less than 99.9%; 25% when less than 99%", 0.995, 0.1],
    // 98.5%: below 99%: 25%
    ["10% when uptime is less than 99.9%; 25% when less than 99%", 0.985, 0.25],
    ["10% if less than 99.9%; 25% if less than 99%", 0.985, 0.25],
  ])("CREDIT %s at %p → %p", (rule, actual, expected) => {
    expect(credit(actual, "≥99.9%", rule)).toBe(expected);
  });
  test("“最高返还25%”: the tier's credit; 94% is below 95% → 25%", () => {
    expect(credit(0.94, "≥99%", "<99%: 10%; <95%: 最高返还25%")).toBe(0.25);
    expect(describeRule("≥99%", "<99%: 10%; <95%: 最高返还25%")).toBe(
      "<95%得服务费的25%；[95%, 99%)得服务费的10%；≥99%得服务费的0%",
    );
  });
  test("reads as tiers of the fee", () => {
    expect(describeRule("≥99.9%", "10% when uptime is less than 99.9%; 25% when less than 99%")).toBe(
      "<99%: 25% of the fee; [99%, 99.9%): 10% of the fee; ≥99.9%: 0% of the fee",
    );
  });
});

describe("points then met / otherwise", () => {
  test.each([
    // 90% misses ≥95%: otherwise 60
    ["100 if met, 60 otherwise", 0.9, 60],
    ["达标100分，其他60分", 0.9, 60],
    // 97% meets ≥95%: 100
    ["100达标", 0.97, 100],
  ])("standard ≥95%%, %s at %p → %p", (rule, actual, expected) => {
    expect(score(actual, "≥95%", rule)).toBe(expected);
  });
});

describe("a band that deducts once", () => {
  test.each([
    // 85% is below 90% (not below 80%): 10 off → 90
    ["≥90%", "低于90%扣10分，低于80%扣30分", 0.85, 90],
    // 5 hours is over 4 (not over 8): 10 off → 90
    ["≤4小时", "超过4小时扣10分，超过8小时扣30分", 5, 90],
  ])("standard %p, %s at %p → %p", (standard, rule, actual, expected) => {
    expect(score(actual, standard, rule)).toBe(expected);
  });
});
