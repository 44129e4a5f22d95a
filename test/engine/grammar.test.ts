/**
 * Each form of the standards and rules grammar, in Chinese and in English, with values worked
 * out by hand.
 */
import { explain, met, parseStandard, score } from "../../src/engine";

describe("standards as people write them", () => {
  test.each([
    // text, comparator, value, higher is better
    ["≥90%", ">=", 0.9, true],
    [">=90%", ">=", 0.9, true],
    ["＞90％", ">", 0.9, true], // full-width
    ["不低于90%", ">=", 0.9, true],
    ["不少于5次", ">=", 5, true],
    ["至少4.5分", ">=", 4.5, true],
    ["at least 95%", ">=", 0.95, true],
    ["90%以上", ">=", 0.9, true],
    ["≤15分钟", "<=", 15, false],
    ["<=30s", "<=", 30, false],
    ["< 2 h", "<", 2, false],
    ["不超过4小时", "<=", 4, false],
    ["不高于2%", "<=", 0.02, false],
    ["at most 4h", "<=", 4, false],
    ["within 48 hours", "<=", 48, false],
    ["24小时内", "<=", 24, false],
    ["3天以内", "<=", 3, false],
    ["2小时", "<=", 2, false], // a bare time is a limit
    ["首次响应时间≤15分钟(在线客服)", "<=", 15, false], // a label and a note around it
    ["满意度评分≥4.5分(5分制)", ">=", 4.5, true],
  ])("%p", (text, comparator, value, higher) => {
    const s = parseStandard(text);
    expect(s.comparator).toBe(comparator);
    expect(s.value).toBe(value);
    expect(s.higherIsBetter).toBe(higher);
  });

  test("a number in a cell means at least this", () => {
    expect(met(0.91, 0.9)).toBe(true);
    expect(met(0.89, 0.9)).toBe(false);
  });

  test("units: 秒/s, 分钟/min, 小时/h, 天/d, 分/points, counts", () => {
    expect(parseStandard("≤30秒").unit?.factor).toBe(1);
    expect(parseStandard("≤5 min").unit?.factor).toBe(60);
    expect(parseStandard("≤2h").unit?.factor).toBe(3600);
    expect(parseStandard("≤3d").unit?.factor).toBe(86400);
    expect(parseStandard("≥4.5 points").unit?.family).toBe("points");
    expect(parseStandard("≤2处").unit?.family).toBe("count");
  });

  test("a strict comparator excludes the threshold", () => {
    expect(met(3, ">3小时")).toBe(false);
    expect(met(3, "≥3小时")).toBe(true);
  });

  test("decimal-exact comparison: 0.7 + 0.2 meets ≥90%", () => {
    expect(met(0.7 + 0.2, "≥90%")).toBe(true);
  });
});

describe("pass/fail (empty rule)", () => {
  test.each([
    [0.91, "≥90%", "", null, 100],
    [0.89, "≥90%", "", null, 0],
    [0.89, "≥90%", "", 10, 0],
    [0.95, "≥90%", "", 10, 10],
    [0.95, "≥90%", "满分10分", null, 10],
    [0.95, "≥90%", "full 10", null, 10],
    [0.95, "≥90%", "达标100分", null, 100],
    [0.8, "≥90%", "最低60分", null, 60],
  ])("%p vs %p, rule %p, full %p → %p", (a, s, r, f, expected) => {
    expect(score(a, s, r, f)).toBe(expected);
  });
});

describe("linear rules", () => {
  test.each([
    // Chinese
    [0.88, "≥90%", "每低于1%扣5分", 90],
    [0.9 - 0.02, "≥90%", "每低于1%扣5分; 向上取整", 90], // 2 steps exactly, not 3
    [0.885, "≥90%", "每低于1%扣5分; 向上取整", 90], // 1.5 started steps → 2
    [0.885, "≥90%", "每低于1%扣5分; 向下取整", 95], // 1.5 → 1 whole step
    [0.885, "≥90%", "每低于1%扣5分", 92.5], // prorated
    [45, "≤30秒", "每超10秒扣1分; 满分10分", 8.5],
    [3.5, "≤2小时", "每超过1小时扣2分", 97],
    [150, "≤60分钟", "每超过1小时扣20分", 70], // 90 min over = 1.5 h
    [0.5, "≥90%", "每低于1%扣5分; 最低60分", 60],
    [0.5, "≥90%", "每低于1%扣5分，扣完为止", 0],
    [0.95, "≥90%", "每低于1%扣5分; 每高于1%加2分", 110], // no cap given
    [0.99, "≥90%", "每低于1%扣5分; 每高于1%加2分; 最高110分", 110],
    [10, "≤15分钟", "每少于1分钟加1分; 每超过1分钟扣2分", 105],
    [3, "≤0处", "每漏1个步骤扣2分", 94],
    // English
    [0.88, ">=90%", "-5 per 1% below", 90],
    [50, "<=30s", "-1 per 10s over; full 10", 8],
    [0.95, ">=90%", "-5 per 1% below; +2 per 1% above; cap 108", 108],
    [0.5, ">=90%", "-5 per 1% below; min 60", 60],
    [0.885, ">=90%", "-5 per 1% below; ceil", 90],
    [0.885, ">=90%", "-5 per 1% below; floor", 95],
    [0.88, ">=90%", "deduct 5 points per 1% below", 90],
    [0.88, ">=90%", "5 points off per 1% below", 90],
  ])("%p vs %p, %p → %p", (a, s, r, expected) => {
    expect(score(a, s, r)).toBe(expected);
  });

  test("a % step against a standard in another unit is a share of the standard", () => {
    expect(score(206, "≤200元", "每高于标准价格1%扣2分", 20)).toBe(14); // 6元 over = 3 steps of 2元
    expect(score(36, "≤30分钟", "每超时10%扣5分")).toBe(90); // 6 minutes = 2 steps of 3 minutes
  });

  test("a plain step against a % standard is in percentage points", () => {
    expect(score(0.88, "≥90%", "每低于1扣5分")).toBe(90);
  });

  test("90% − 88% is exactly 2 steps, so 向上取整 does not make it 3", () => {
    expect(score(0.88, "≥90%", "每低于1%扣5分，向上取整")).toBe(90);
    expect(score(0.88, 0.9, "每低于1%扣5分，向上取整")).toBe(90); // a numeric standard in a cell
  });
});

describe("band rules", () => {
  test.each([
    ["≥95%:10; ≥90%:8; ≥85%:6; 其他:0", 0.97, 10],
    ["≥95%:10; ≥90%:8; ≥85%:6; 其他:0", 0.9, 8],
    ["≥95%:10; ≥90%:8; ≥85%:6; 其他:0", 0.86, 6],
    ["≥95%:10; ≥90%:8; ≥85%:6; 其他:0", 0.2, 0],
    ["≤1小时:5; ≤2小时:3; 其他:1", 1.5, 3],
    ["≤1小时:5; ≤2小时:3; 否则1分", 9, 1],
    [">=95%: 10; >=90%: 8; else 0", 0.91, 8],
    ["95%-100%:10; 90%-95%:8; otherwise 0", 0.92, 8],
    ["95%~100%:10; 90~95%:8; else 0", 0.97, 10],
    ["95%-100%:10; 90%-95%:8; otherwise 0", 0.95, 10], // a shared edge belongs to the better band
    ["90%-95%:8; 95%-100%:10; otherwise 0", 0.95, 10], // whatever the written order
    ["≥90%:8; ≥95%:10; 其他:0", 0.97, 10], // the most specific band counts
    ["≥95%:10; 90%-94%:8; 其他:0", 0.945, 8], // a whole-number gap closes beside a catch-all too
    ["≥95%:10; 90%-94%:8; 其他:0", 0.89, 0],
    ["≥95%:10; ≥90%:8", 0.8, 0], // thresholds to reach: reaching none gives nothing
    ["达到5%得1分；达到10%得2分；达到15%以上得3分", 0.04, 0],
    ["90%以上得10分，其他得5分", 0.9, 10],
  ])("%p with %p → %p", (rule, actual, expected) => {
    expect(score(actual, "", rule)).toBe(expected);
  });
});

describe("achievement ratio", () => {
  test.each([
    [0.81, "≥90%", "按达成率", null, 90], // 100 × 0.81 / 0.9
    [0.99, "≥90%", "按达成率", null, 100], // capped at full marks
    [0.99, "≥90%", "按达成率; 最高110分", null, 110],
    [3, "≤2小时", "ratio", null, 200 / 3], // 100 × 2 / 3: lower is better
    [0, "≤2小时", "ratio", null, 100],
    [0.45, "≥90%", "ratio", 10, 5],
  ])("%p vs %p, %p → %p", (a, s, r, f, expected) => {
    expect(score(a, s, r, f)).toBe(expected);
  });
});

describe("interpolation between two points", () => {
  test.each([
    ["60%得0分，90%得100分", "", 0.75, 50],
    ["60%得0分，90%得100分", "", 0.5, 0], // clamped
    ["60%得0分，90%得100分", "", 0.95, 100],
    ["60%得0分，90%得100分", "≥90%", 0.84, 80],
    ["0 at 60%, 100 at 90%", "", 0.69, 30],
    ["3小时得0分，1小时得100分", "", 2, 50], // lower is better
    ["3小时得0分，1小时得100分", "≤1小时", 2.5, 25],
    ["3小时得0分，1小时得100分", "", 0.5, 100],
  ])("%p (standard %p) at %p → %p", (rule, standard, actual, expected) => {
    expect(score(actual, standard, rule)).toBe(expected);
  });
});

describe("explanations in the rule's language", () => {
  test.each([
    [
      0.88,
      ">=90%",
      "-5 per 1% below",
      null,
      "Standard >=90%, actual 88%: 2% below, 2 steps of 1% × 5 points = 10 points off, score 90.",
    ],
    [0.95, "不低于90%", "", null, "标准不低于90%，实际95%，达标，得100分。"],
    [0.95, "≥90%", "", null, "Standard ≥90%, actual 95%: met, score 100."], // no Chinese in either text
    [0.8, ">=90%", "", 10, "Standard >=90%, actual 80%: not met, score 0."],
    [
      20,
      "≤15分钟",
      "每超5分钟扣10分",
      null,
      "标准≤15分钟，实际20分钟，超出标准5分钟，按每5分钟扣10分计1步，扣10分，得90分。",
    ],
    [
      0.5,
      "≥90%",
      "每低于1%扣5分，扣完为止",
      null,
      "标准≥90%，实际50%，低于标准40%，按每1%扣5分计40步，扣200分，得0分（按“扣完为止”调整）。",
    ],
    [0.92, "", "≥95%:10; ≥90%:8; 其他:0", null, "实际92%，落在“≥90%:8”档，得8分。"],
    [0.92, "", ">=95%: 10; >=90%: 8; else 0", null, 'Actual 92% falls in the band ">=90%: 8": score 8.'],
    [0.81, "≥90%", "按达成率", null, "达成率 = 81% ÷ 90% = 90%，× 满分100，得90分。"],
    [3, "<=2h", "ratio", null, "Attainment 2 h ÷ 3 h = 66.67% × full marks 100 = score 66.6667."],
    [0.75, "", "60%得0分，90%得100分", null, "在60%得0分、90%得100分之间按直线计分，实际75%，得50分。"],
    [
      0.75,
      "",
      "0 at 60%, 100 at 90%",
      null,
      "Straight line through 0 points at 60%, 100 points at 90%: actual 75%, score 50.",
    ],
  ])("%p vs %p by %p", (a, s, r, f, expected) => {
    expect(explain(a, s, r, f)).toBe(expected);
  });
});

describe("what a careful reader would expect (review findings)", () => {
  test("a clause in parentheses counts; a note without a number is dropped", () => {
    expect(score(0.885, "≥90%", "每低于1%扣5分（向上取整）")).toBe(90);
    expect(score(0.5, "≥90%", "每低于1%扣5分（最低60分）")).toBe(60);
    expect(score(0.99, "≥90%", "按达成率（最高120分）")).toBe(110);
    expect(score(50, "≤30秒", "≤30秒(电话)得10分，每超10秒扣1分")).toBe(8);
  });

  test("按比例 is ratio scoring", () => {
    expect(score(0.81, "≥90%", "按比例")).toBe(90);
  });

  test("a plain-number standard takes the rule's unit", () => {
    expect(score(0.88, 0.9, "每低于1%扣5分")).toBe(90); // a cell formatted 90% arrives as 0.9
    expect(score(90, "≤60", "每超30秒扣5分")).toBe(95); // 60 s: 30 s over = 1 step
    expect(score(90, "≤60", "每超1分钟扣1分")).toBe(70); // 60 min: 30 min over = 30 steps
  });

  test("English comparator words stand alone", () => {
    expect(met(20, "Failover 30s")).toBe(true); // not ">" read inside "Failover"
    expect(met(3, "Recovery time <= 4h")).toBe(true);
    expect(met(0.96, "Coverage >= 95%")).toBe(true);
    expect(met(4.6, "Overall CSAT >= 4.5 points")).toBe(true);
  });

  test("a shortfall word deducts on the worse side of either kind of standard", () => {
    expect(score(3, "≥5项", "每缺1项扣2分")).toBe(96);
    expect(score(3, "≤0处", "每漏1处扣2分")).toBe(94);
  });

  test("bands within the full marks they are stated out of", () => {
    expect(score(0.96, "", "≥95%:10; ≥90%:8; 其他:0", 10)).toBe(10);
    expect(score(0.75, "", "60%得0分，90%得10分", 10)).toBe(5);
  });
});

describe("more ways people phrase rules", () => {
  test.each([
    [0.88, "≥90%", "每低1%扣5分", 90],
    [0.88, "≥90%", "低于标准每1%扣5分", 90],
    [0.95, "≥90%", "每低于1%扣5分，每高1%加2分", 110],
    [2, "≤0次", "每发生1次扣2分", 96],
    [0.5, "", "≥90%:10; 其他情况:0", 0],
    [0.96, "", "95% and above: 10; 90% or above: 8; else 0", 10],
    [0.885, "≥90%", "-5 per 1% below; rounded up", 90],
  ])("%p vs %p, %p → %p", (a, s, r, expected) => {
    expect(score(a, s, r)).toBe(expected);
  });
});
