/**
 * The shapes of rule people write that the engine once refused or misread (issue "Rules as people
 * write them"), each with its score worked out by hand.
 */
import { credit, describeRule, explain, grade, met, score, weighted } from "../../src/engine";
import { slaError } from "./helpers";

describe("per occurrence", () => {
  test.each([
    [3, "0次", "每次扣3分", 91],
    [3, "0次", "每出现一次扣3分", 91],
    [2, "0次", "发生1次扣5分", 90],
    [4, "", "扣1分/次", 96],
    [2, "", "每处扣1分", 98],
    [2, "", "每项扣5分", 90],
    [2, "≥5项", "每缺一项扣2分", 96], // 3 found against 5 required would be 96 too: here 2 found → 3 missing
    [1, "", "每起扣5分", 95],
    [2, "", "每出现两次扣三分", 97], // 两次 = a step of 2 occurrences
    [20, "≤10分钟", "每超十分钟扣5分", 95],
  ])("%p against %p by %p → %p", (a, s, r, expected) => {
    if (r === "每缺一项扣2分") expect(score(3, s, r)).toBe(96);
    else expect(score(a, s, r)).toBe(expected);
  });

  test("a bare count standard beside a per-occurrence rule means at most (3 occurrences of 每发生1次扣10分 against 0次)", () => {
    expect(score(3, "0次", "每发生1次扣10分")).toBe(70);
  });
});

describe("counts as standards: lower is better", () => {
  test.each([
    [0, "0次", true],
    [1, "0次", false],
    [0, "无", true],
    [1, "无", false],
    [0, "零投诉", true],
    [2, "不超过2次", true],
    [3, "不超过2次", false],
    [1, "≤1起", true],
    [2, "≤1起", false],
  ])("MET(%p, %p) = %p", (a, s, expected) => {
    expect(met(a, s)).toBe(expected);
  });
});

describe("caps", () => {
  test.each([
    [0.5, "≥90%", "每低于1%扣5分，最多扣30分", 70],
    [0.5, "≥90%", "每低于1%扣5分，最高扣15分", 85],
    [0.5, "≥90%", "每低于1%扣5分，扣分上限20分", 80],
    [0.99, "≥90%", "每高于1%加2分，加分不超过10分", 110],
    [0.99, "≥90%", "每高于1%加2分，最高加8分", 108],
    [6, "0次", "每次扣20分，可以为负分", -20],
  ])("%p vs %p, %p → %p", (a, s, r, expected) => {
    expect(score(a, s, r)).toBe(expected);
  });
});

describe("cut-offs override the rest", () => {
  test.each([
    [0.79, "≥90%", "每低于1%扣1分，低于80%不得分", 0],
    [0.81, "≥90%", "每低于1%扣1分，低于80%不得分", 91],
    [0.74, "≥90%", "按完成率计分，低于75%得0分", 0],
    [0.89, "≥95%", "每低于1%扣1分，不足90%为0", 0],
    [0.04, "≤2%", "每超过1%扣10分，超过3%本项不得分", 0],
    [0.79, ">=90%", "-1 per 1% below, no points below 80%", 0],
  ])("%p vs %p, %p → %p", (a, s, r, expected) => {
    expect(score(a, s, r)).toBe(expected);
  });
});

describe("full marks and base points in words", () => {
  test.each([
    [0.96, "≥95%", "达标得满分", 10, 10],
    [0.99, "", "达到98%以上得满分，每低于1%扣5分", null, 100],
    [0.93, "≥95%", "标准分15分，每低于1%扣3分", null, 9],
    [0.96, "≥95%", "基础分80分，每高于1%加2分", null, 82],
    [0.96, "≥95%", "符合得2分，不符合0分", null, 2],
    [0.9, "≥95%", "符合得2分，不符合0分", null, 0],
  ])("%p vs %p, %p (full %p) → %p", (a, s, r, f, expected) => {
    expect(score(a, s, r, f)).toBe(expected);
  });
});

describe("bonuses", () => {
  test.each([
    [0.93, "≥90%", "每提高1%加1分", 103],
    [0.93, "≥90%", "每超出目标1%加1分，最高加2分", 102],
    [0.01, "2%", "差错率每降低0.5%加1分", 102],
  ])("%p vs %p, %p → %p", (a, s, r, expected) => {
    expect(score(a, s, r)).toBe(expected);
  });
});

describe("ratio in words or as a formula", () => {
  test.each([
    [0.81, "≥90%", "按完成比例计分", 90],
    [0.81, "≥90%", "按实际完成率计分", 90],
    [0.81, "", "完成率×100", 81],
    [0.81, "≥90%", "实际完成值÷目标值×100", 90],
    [0.81, ">=90%", "(actual/target)*100", 90],
    [0.81, ">=90%", "pro rata", 90],
    [4, "≤2小时", "按达成率", 50], // inverted for lower-is-better
  ])("%p vs %p, %p → %p", (a, s, r, expected) => {
    expect(score(a, s, r)).toBe(expected);
  });
});

describe("bands written many ways", () => {
  test.each([
    [0.92, "", "90%≤X<95%:8; X≥95%:10; 其他:0", 8],
    [0.95, "", "95%（含）以上:10; 其他:0", 10],
    [0.84, "", "≥85%:10; 不足85%:0", 0],
    [0.79, "", "≥80%:10; 未达到80%:2", 2],
    [87, "", "90~100分:10; 85~89分:8; 其他:0", 8],
    [87, "", "90分—100分:10; 85分—89分:8; 其他:0", 8],
    [0.995, "", "Less than 99.9% but at least 99%: 10; 99.9% or more: 15; else 0", 10],
    [0.99, "", "98% – < 99.5%: 5; 99.5% or more: 10; else 0", 5],
    [0.5, "", "≥90%:10; ≥60%:0; 其他:-5", -5],
    [0.945, "", "≥95%:10; 90%-94%:8", 8],
    [0.945, "", "≥95%得10分，90%-94%得8分，85%-89%得6分，<85%得0分", 8],
    [0.9, "", "80%-90%:6; 90%-95%:8; 95%-100%:10", 8],
  ])("%p in %p → %p", (a, s, r, expected) => {
    expect(score(a, s, r)).toBe(expected);
  });
});

describe("lines through points", () => {
  test.each([
    [0.875, "80%得0分，95%得100分，100%得120分", 50],
    [0.98, "80%得0分，95%得100分，100%得120分", 112],
    [0.86, "80%得0分，95%得100分，之间线性计分", 40],
  ])("%p by %p → %p", (a, r, expected) => {
    expect(score(a, "", r)).toBe(expected);
  });
});

describe("a label or lead-in before the step, and the target named inside it", () => {
  test.each([
    [0.01, "2%", "差错率每降低0.5%加1分", 102],
    [2, "0次", "维护人员未按时到场，每次扣1分", 98],
    [4.7, "≥4.5分", "基于满意度调查，每提高0.1分加2分", 104],
    [0.9, "≥95%", "每低于目标值1%扣2分", 90],
  ])("%p vs %p, %p → %p", (a, s, r, expected) => {
    expect(score(a, s, r)).toBe(expected);
  });
});

describe("standards with trailing words and more units", () => {
  test.each([
    [3.5, "4小时内到达现场", true],
    [13, "12小时内回复", false],
    [61, "≥60通", true],
    [4, "≤3单", false],
    [0.95, "95%以上（含）", true],
    [2.5, "2个小时", false],
    [25, "30分鐘", true],
  ])("MET(%p, %p) = %p", (a, s, expected) => {
    expect(met(a, s)).toBe(expected);
  });

  test("a bare target takes its direction from the rule's words", () => {
    expect(score(0.03, "5%", "每下降1%加3分")).toBe(106); // lower is better: 2 steps below
    expect(score(150, "120秒", "每超过10秒扣1分")).toBe(97);
  });
});

describe("actuals above 100% where the rule allows it", () => {
  test.each([
    [1.05, "≥100%", "每高于1%加1分", 105],
    [1.05, "≥100%", "按完成率计分；最高110分", 105],
    [1.03, "", "≥100%:10; ≥95%:8; 其他:0", 10],
  ])("%p vs %p, %p → %p", (a, s, r, expected) => {
    expect(score(a, s, r)).toBe(expected);
  });
});

test("traditional characters read like simplified ones (seed 003 is written in them)", () => {
  expect(score(1.2, "", "≤1小時:5; 1-1.5小時:4; 1.5-2小時:3; 2-3小時:2; >3小時:1")).toBe(4);
  expect(score(0.88, "≥90%", "每低於1%扣減5分")).toBe(90);
  expect(met(25, "30分鐘內")).toBe(true);
});

describe("confident wrong numbers, now right", () => {
  test("pass/fail written with a catch-all keeps the standard", () => {
    expect(score(0.96, "≥95%", "达标100分，否则0分")).toBe(100);
    expect(score(0.94, "≥95%", "达标100分，否则0分")).toBe(0);
    expect(score(0.96, "≥95%", "其他0分")).toBe(100);
    expect(score(0.96, ">=95%", "else 0")).toBe(100);
    expect(score(0.96, ">=95%", "met 100, otherwise 50")).toBe(100);
    expect(score(0.94, ">=95%", "met 100, otherwise 50")).toBe(50);
  });

  test("notes in parentheses without ASCII digits count when they are rules", () => {
    expect(score(0.5, "≥90%", "每低于1%扣5分（最低六十分）")).toBe(60);
    expect(score(0.99, "≥90%", "每高于1%加5分（封顶一百一十分）")).toBe(110);
    expect(score(0.885, "≥90%", "每低于1%扣5分（不足部分不扣分）")).toBe(95);
    expect(score(0.885, ">=90%", "-5 per 1% below (partial steps ignored)")).toBe(95);
  });

  test("ascending bands that share an edge give it to the better band", () => {
    expect(score(0.9, "", "80%-90%:6; 90%-95%:8; 95%-100%:10")).toBe(8);
  });

  test("non-finite results are #NUM!", () => {
    expect(slaError(() => score(1e308, "≥90", "每高于1加2分")).code).toBe("#NUM!");
    expect(slaError(() => weighted([[-1e308], [1e308]], [[50], [50]])).code).toBe("#NUM!");
  });

  test("the 0次 standard no longer makes every count meet it", () => {
    expect(score(3, "0次", "每发生1次扣10分")).toBe(70);
  });
});

describe("a rule that needs a fact no cell carries is refused, saying why", () => {
  test.each(["酌情扣分", "视情况扣1-5分", "每次扣2分，且未回访"])("%p", (r) => {
    const e = slaError(() => score(1, "", r));
    expect(e.code).toBe("#VALUE!");
  });
});

describe("SLA.CREDIT for fee clauses", () => {
  test.each([
    [0.87, "≥90%", "每低1%扣减当月服务费1.5%", 0.045],
    [0.95, "≥90%", "每低1%扣减当月服务费1.5%", 0],
    [7, "≤4小时", "按每小时1%服务费扣罚", 0.03],
    [0.97, "≥99.5%", "2% of the monthly charge for each 0.5% (or part of it) below target, up to 30%", 0.1],
    [0.9, "≥99.5%", "2% of the monthly charge for each 0.5% (or part of it) below target, up to 30%", 0.3],
    [0.985, "≥99.9%", "<99.9%: 10%; <99%: 25%", 0.25],
    [0.995, "≥99.9%", "<99.9%: 10%; <99%: 25%", 0.1],
    [0.9995, "≥99.9%", "<99.9%: 10%; <99%: 25%", 0],
    [0.5, "≥90%", "每低1%扣减当月服务费1.5%，扣减总额不超过月费的30%", 0.3],
  ])("CREDIT(%p, %p, %p) = %p", (a, s, r, expected) => {
    expect(credit(a, s, r)).toBe(expected);
  });

  test("SCORE given a fee clause says to use CREDIT", () => {
    expect(slaError(() => score(0.87, "≥90%", "每低1%扣减当月服务费1.5%")).message).toContain("SLA.CREDIT");
  });
});

describe("SLA.RULE: how a rule is read", () => {
  test.each([
    [
      "≥90%",
      "每低于1%扣5分，最多扣30分，低于80%不得分",
      "满分100分；低于90%时每低1%扣5分（不足一步按比例）；最多扣30分；低于80%时得0分",
    ],
    [
      ">=90%",
      "-5 per 1% below; min 60",
      "full marks 100; below 90%, 5 points off per 1% below (part steps in proportion); at least 60",
    ],
    [
      "",
      "≥95%得10分，90%-94%得8分，85%-89%得6分，<85%得0分",
      "<85%得0分；[85%, 90%)得6分；[90%, 95%)得8分；≥95%得10分",
    ],
    [
      "≥90%",
      "每低1%扣减当月服务费1.5%，扣减总额不超过月费的30%",
      "低于90%时每低1%扣服务费的1.5%（不足一步按比例）；最多扣服务费的30%",
    ],
  ])("RULE(%p, %p)", (s, r, expected) => {
    expect(describeRule(s, r)).toBe(expected);
  });

  test("EXPLAIN says which limit changed the score", () => {
    expect(explain(0.5, "≥90%", "每低于1%扣5分，最多扣30分")).toContain("（按“最多扣30分”调整）");
  });
});

describe("found in a fresh-eyes review: each once a confident wrong number", () => {
  test.each([
    [3.9, "不超4小时", true],
    [4.1, "不超4小时", false],
    [4.1, "未超过4小时", false],
    [0.95, "未低于90%", true],
    [0.89, "未低于90%", false],
    [3, "no greater than 4 hours", true],
    [0.85, "not lower than 90%", false],
    [0.006, "≤5‰", false],
    [0.004, "≤5‰", true],
    [0.954, "≥百分之九十五点五", false],
    [1.2, "≤一天半", true],
  ])("MET(%p, %p) = %p", (a, s, expected) => {
    expect(met(a, s)).toBe(expected);
  });

  test.each([
    [3, "", "不超4小时得10分，否则0分", 10],
    [5, "", "不超4小时得10分，否则0分", 0],
    [0.95, "", "not lower than 90%: 10; otherwise 0", 10],
    [4, "", "超过2次，每次扣5分", 90], // deductions start past 2
    [1, "", "超过2次，每次扣5分", 100],
    [0.9, "≥90%", "每高于1%加2分，总分不超过110分", 100],
    [0.99, "≥90%", "每高于1%加2分，总分不超过110分", 110],
    [0.9, "≥90%", "每高于1%加2分，最高不超过10分", 100], // a cap below full marks caps the bonus
    [0.99, "≥90%", "每高于1%加2分，最高不超过10分", 110],
    [30, "", "18-26度:10; 其他:0", 0],
    [20, "", "18-26度:10; 其他:0", 10],
    [0.006, "≤5‰", "每高于1‰扣2分", 98],
    [2.5, "≤1天半", "每超过半天扣3分", 94],
    [2, "≤1.5小时", "每超过一刻钟扣1分", 98],
    [0.885, "≥90%", "每低满1%扣5分", 95],
    [0.95, "≥九成", "", 100],
    [0.85, "≥90%", "每低于1成扣5分", 97.5],
    [0.95, "≥90%", "低于90%不得分", 100],
    [0.85, "≥90%", "低于90%不得分", 0],
  ])("SCORE(%p, %p, %p) = %p", (a, s, r, expected) => {
    expect(score(a, s, r)).toBe(expected);
  });

  test.each([
    [0.95, "", "95%（不含）以上得10分，90%-95%得8分，90%以下得0分"], // (不含) is never dropped silently
    [1, "", "单台梯月故障超5每出现1台扣5分"], // the comparison is about each elevator, not the count
    [0.85, "≥90%", "每低0.01扣2分"], // a fraction or a percentage point? refused, not guessed
    [-0.1, "≥90%", "每低于1%扣5分"], // a negative rate
    [-1, "0次", "每次扣3分"], // a negative count
  ])("SCORE(%p, %p, %p) is #VALUE!", (a, s, r) => {
    expect(slaError(() => score(a, s, r)).code).toBe("#VALUE!");
  });

  test("RULE and EXPLAIN show a single band as a comparison, and an unnamed band as the rest", () => {
    expect(describeRule("", "低于90%不得分")).toBe("满分100分；达到≥90%得100分，否则得0分");
    expect(explain(0.8, "", "≥95%得10分，≥90%得8分，≥85%得6分")).toBe("实际80%，落在“其他”档，得0分。");
  });
});

test("English per incident, and the points before met / otherwise", () => {
  expect(score(3, "", "5 points per incident")).toBe(85);
  expect(score(0.96, ">=95%", "100 if met, otherwise 0")).toBe(100);
  expect(score(0.9, ">=95%", "100 if met, 0 otherwise")).toBe(0);
});

test("a grade scale in % against a score in points is refused, never read as 8,500%", () => {
  expect(slaError(() => grade(85, "A≥90%;B≥80%;C")).code).toBe("#VALUE!");
  expect(grade(0.85, "A≥90%;B≥80%;C")).toBe("B");
});
