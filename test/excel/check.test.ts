/**
 * The workbook check (src/excel/agreement/check.ts), worked by hand: every finding kind with its
 * cell, its severity and its words in both languages; the order of the kinds; a finding, in the
 * engine's own words, for each standard and rule the engine refuses; the seeds' agreements clean.
 *
 * Layout of the snapshots below (as the agreement's sheets place the tables):
 *   服务标准 (SLA_Indicators, data from row 6): name B, standard (target) E, rule F, full marks G, weight I
 *   月度数据 (SLA_Monthly, data from row 2):    period A, indicator B, actual C
 *   考核结果 (SLA_History, data from row 2):    period A, total B
 */
import { bandGaps, describeRule, score, SlaError, weighted } from "../../src/engine";
import { checkAgreement, isPercentFormat, periodText } from "../../src/excel/agreement/check";
import type {
  AgreementSnapshot,
  CellValue,
  Finding,
  HistoryRow,
  IndicatorRow,
  MonthlyRow,
} from "../../src/excel/agreement/types";
import { standards } from "../../src/templates/standards";
import type { Lang, TableBlock } from "../../src/templates/types";

// ------------------------------------------------------------------------------------ fixtures

const STANDARDS = "服务标准";
const MONTHLY = "月度数据";
const HISTORY = "考核结果";
const at = (sheet: string, address: string) => ({ sheet, address });

// Periods: Excel serials of each month's first day (2024-01-01 is 45292).
const MAR = 45352; // 2024-03-01 = 45292 + 31 + 29
const APR = 45383; // + 31
const MAY = 45413; // + 30
const JUN = 45444; // + 31

function ind(
  i: number,
  name: string,
  weight: CellValue,
  standard: string,
  rule = "",
  fullMarks: CellValue = "",
): IndicatorRow {
  const r = 6 + i;
  return {
    name,
    typed: name,
    source: "",
    weight,
    standard,
    rule,
    fullMarks,
    cells: {
      name: at(STANDARDS, `B${r}`),
      standard: at(STANDARDS, `E${r}`),
      rule: at(STANDARDS, `F${r}`),
      fullMarks: at(STANDARDS, `G${r}`),
      weight: at(STANDARDS, `I${r}`),
    },
  };
}

/** Monthly rows in table order (row 2 on), from [period, indicator, actual, format?]. */
function monthly(...rows: [CellValue, string, CellValue, string?][]): MonthlyRow[] {
  return rows.map(([period, indicator, actual, actualFormat = "0%"], i) => ({
    period,
    indicator,
    actual,
    actualFormat,
    standard: "",
    met: "",
    cells: { period: at(MONTHLY, `A${i + 2}`), indicator: at(MONTHLY, `B${i + 2}`), actual: at(MONTHLY, `C${i + 2}`) },
  }));
}

/** History rows in table order (row 2 on), from [period, total, streak?]. */
function history(...rows: [CellValue, CellValue, CellValue?][]): HistoryRow[] {
  return rows.map(([period, total, streak = ""], i) => ({
    period,
    total,
    grade: "",
    streak,
    cells: { period: at(HISTORY, `A${i + 2}`), total: at(HISTORY, `B${i + 2}`) },
  }));
}

function agreement(parts: Partial<AgreementSnapshot>): AgreementSnapshot {
  return {
    lang: "zh",
    sheetNames: [STANDARDS, MONTHLY, HISTORY],
    sheetOf: { SLA_Indicators: STANDARDS, SLA_Monthly: MONTHLY, SLA_History: HISTORY },
    indicators: [],
    monthly: [],
    history: [],
    plan: [],
    parameters: { penaltyThreshold: 80, penaltyMonths: 3 },
    ...parts,
  };
}

/** The six indicators of the standards template's examples (the seeds' 003 表1 with 001/000 rules). */
function seedIndicators(lang: Lang): IndicatorRow[] {
  const table = standards.blocks.find((b): b is TableBlock => b.kind === "table" && b.tableName === "SLA_Indicators")!;
  const text = (v: unknown): CellValue =>
    v === undefined ? "" : typeof v === "object" && v !== null ? (v as Record<Lang, string>)[lang] : (v as CellValue);
  return table.examples.map((e, i) =>
    ind(i, String(text(e.level2)), text(e.weight), String(text(e.target)), String(text(e.rule)), text(e.fullMarks)),
  );
}

const kinds = (fs: readonly Finding[]) => fs.map((f) => f.kind);

// ------------------------------------------------------------------------------------ a clean agreement

describe("a clean agreement gives no findings", () => {
  test.each<Lang>(["zh", "en"])(
    "the six seed indicators (25/15/10/20/20/10%%) with the template's rules (%s)",
    (lang) => {
      const indicators = seedIndicators(lang);
      expect(indicators.map((r) => r.weight)).toEqual([0.25, 0.15, 0.1, 0.2, 0.2, 0.1]);
      // One month, every actual in the unit of its standard: hours and points in General cells, rates in % cells.
      const names = indicators.map((r) => r.name);
      const actuals: [CellValue, string][] = [
        [1.2, "General"], // ≤1.5小时: 1.2 hours, band (1, 1.5] → 4 of 5
        [0.96, "0%"], // ≥95%: 10 of 10
        [0.91, "0%"], // ≥90%: 100
        [0.86, "0.0%"], // ≥85%: 100
        [4.6, "General"], // ≥4.5分: 100
        [0.95, "0%"], // ≥95%: 100
      ];
      const snapshot = agreement({
        lang,
        indicators,
        monthly: monthly(...actuals.map(([a, f], i): [number, string, CellValue, string] => [MAR, names[i], a, f])),
        history: history([MAR, 95.2]),
      });
      expect(checkAgreement(snapshot)).toEqual([]);
    },
  );

  test("the same weights as whole numbers (25, 15, 10, 20, 20, 10) are as good", () => {
    const whole = [25, 15, 10, 20, 20, 10];
    const indicators = seedIndicators("zh").map((r, i) => ({ ...r, weight: whole[i] }));
    expect(checkAgreement(agreement({ indicators }))).toEqual([]);
  });

  test("no tables yet: nothing to find", () => {
    expect(checkAgreement(agreement({ indicators: null, monthly: null, history: null, plan: null }))).toEqual([]);
  });
});

// ------------------------------------------------------------------------------------ weights

describe("weightsSum", () => {
  test("five of the six seed weights add up to 90%: at the first weight cell, with the engine's sum", () => {
    const indicators = seedIndicators("zh").slice(0, 5); // 25 + 15 + 10 + 20 + 20 = 90%
    expect(checkAgreement(agreement({ indicators }))).toEqual([
      {
        kind: "weightsSum",
        severity: "error",
        message: {
          zh: "监测指标：权重合计为90%，应为100%（或100）。",
          en: "Indicators: The weights add up to 90%; they must add up to 100% (or 100).",
        },
        at: at(STANDARDS, "I6"),
      },
    ]);
  });

  test("whole numbers add up to 90, not 100", () => {
    const indicators = [ind(0, "甲", 50, "≥90%"), ind(1, "乙", 40, "≥90%")];
    const [f] = checkAgreement(agreement({ indicators }));
    expect(f.message).toEqual({
      zh: "监测指标：权重合计为90，应为100%（或100）。",
      en: "Indicators: The weights add up to 90; they must add up to 100% (or 100).",
    });
  });

  test("the engine's rule, not a rounding of our own: 0.7 + 0.2 + 0.1 is 100%, three 0.3333333333 are not", () => {
    const ok = [ind(0, "甲", 0.7, "≥90%"), ind(1, "乙", 0.2, "≥90%"), ind(2, "丙", 0.1, "≥90%")];
    expect(0.7 + 0.2 + 0.1).not.toBe(1); // float noise the engine tidies away
    expect(checkAgreement(agreement({ indicators: ok }))).toEqual([]);
    const thirds = [0, 1, 2].map((i) => ind(i, `第${i + 1}项`, 0.3333333333, "≥90%"));
    const [f] = checkAgreement(agreement({ indicators: thirds }));
    expect(f.kind).toBe("weightsSum");
    expect(f.message.zh).toBe("监测指标：权重合计为99.99999999%，应为100%（或100）。");
  });

  test("a weight missing, not a number, or negative: at that weight, no sum finding", () => {
    const indicators = [
      ind(0, "客户满意度", "", "≥90%"),
      ind(1, "问题首次解决率", "两成", "≥85%"),
      ind(2, "响应时效达标率", -0.2, "≥95%"),
      ind(3, "", "", "", ""), // an empty row of the table: ignored
      ind(4, "服务规范性", 0.5, "≥95%"),
    ];
    expect(checkAgreement(agreement({ indicators }))).toEqual([
      {
        kind: "weightsSum",
        severity: "error",
        message: {
          zh: "指标“客户满意度”没有权重。每项指标都需要权重，合计为100%。",
          en: 'Indicator "客户满意度" has no weight. Every indicator needs one, and together they add up to 100%.',
        },
        at: at(STANDARDS, "I6"),
      },
      {
        kind: "weightsSum",
        severity: "error",
        message: {
          zh: "指标“问题首次解决率”的权重“两成”不是数字。",
          en: 'The weight "两成" of indicator "问题首次解决率" is not a number.',
        },
        at: at(STANDARDS, "I7"),
      },
      {
        kind: "weightsSum",
        severity: "error",
        message: {
          zh: "指标“响应时效达标率”的权重（-0.2）不能为负数。",
          en: 'The weight of indicator "响应时效达标率" (-0.2) cannot be negative.',
        },
        at: at(STANDARDS, "I8"),
      },
    ]);
  });

  test("an unnamed indicator is named by its cell", () => {
    const indicators = [ind(0, "", "", "≥90%"), ind(1, "乙", 1, "≥90%")];
    expect(checkAgreement(agreement({ indicators }))[0].message).toEqual({
      zh: "指标（B6 未命名的指标）没有权重。每项指标都需要权重，合计为100%。",
      en: "Indicator (unnamed indicator at B6) has no weight. Every indicator needs one, and together they add up to 100%.",
    });
  });
});

// ------------------------------------------------------------------------------------ standards and rules

describe("standardUnreadable / ruleUnreadable: each refusal of the engine, in its words", () => {
  test("an unreadable standard, in full", () => {
    const indicators = [ind(0, "问题分类准确率", 1, "abc", "达标100分，每低于1%扣5分")];
    expect(checkAgreement(agreement({ indicators }))).toEqual([
      {
        kind: "standardUnreadable",
        severity: "error",
        message: {
          zh: "指标“问题分类准确率”的目标值“abc”：无法识别标准“abc”。请写成 ≥90%、≤15分钟、24小时内 或 <=30s 这样的形式。",
          en: 'Indicator "问题分类准确率", standard "abc": Cannot read the standard "abc". Write it like ≥90%, ≤15分钟, 24小时内 or <=30s.',
        },
        at: at(STANDARDS, "E6"),
      },
    ]);
  });

  test("an unreadable rule, in full, in an English agreement", () => {
    const indicators = [ind(0, "Resolution rate", 1, ">=85%", "blah blah")];
    expect(checkAgreement(agreement({ lang: "en", indicators }))).toEqual([
      {
        kind: "ruleUnreadable",
        severity: "error",
        message: {
          zh: "指标“Resolution rate”的评分规则“blah blah”：“blah blah”不是评分规则；不带数字的文字只能写在按次扣分之前，说明计数对象（如 维护人员未按时到场，每次扣1分）。",
          en: 'Indicator "Resolution rate", scoring rule "blah blah": "blah blah" is not a rule; words without numbers may only name what a step counts, before it (维护人员未按时到场，每次扣1分).',
        },
        at: at(STANDARDS, "F6"),
      },
    ]);
  });

  test("no standard and no rule: the standard is missing", () => {
    const [f] = checkAgreement(agreement({ indicators: [ind(0, "客户满意度", 1, "")] }));
    expect(f).toEqual({
      kind: "standardUnreadable",
      severity: "error",
      message: {
        zh: "指标“客户满意度”的目标值（空）：没有可比较的标准值。",
        en: 'Indicator "客户满意度", standard (empty): There is no standard to compare with.',
      },
      at: at(STANDARDS, "E6"),
    });
  });

  test("an indicator with no rule is pass/fail: fine", () => {
    expect(checkAgreement(agreement({ indicators: [ind(0, "客户满意度", 1, "≥4.5分")] }))).toEqual([]);
  });

  test("a full marks cell the engine refuses, in full: at the full marks cell", () => {
    const indicators = [ind(0, "电话接通率", 1, "≥95%", "≥95%:10; <95%:0", "十分")];
    expect(checkAgreement(agreement({ indicators }))).toEqual([
      {
        kind: "ruleUnreadable",
        severity: "error",
        message: {
          zh: "指标“电话接通率”的满分“十分”：满分必须是正数，而不是“十分”。",
          en: 'Indicator "电话接通率", full marks "十分": Full marks must be a positive number, not "十分".',
        },
        at: at(STANDARDS, "G6"),
      },
    ]);
  });

  // [standard, rule, full marks, the engine's message id, the finding's kind, its column]
  const refusals: [string, string, CellValue, string, Finding["kind"], string][] = [
    ["abc", "", "", "standardUnreadable", "standardUnreadable", "E"],
    ["", "", "", "standardMissing", "standardUnreadable", "E"],
    ["90", "每低于1%扣5分", "", "standardNotPercent", "standardUnreadable", "E"],
    ["≥95%", "blah blah", "", "labelAlone", "ruleUnreadable", "F"],
    ["≤15分钟", "≤15分钟:10; 15-30%:5", "", "unitMismatch", "ruleUnreadable", "F"],
    ["≤15分钟", "每低于1%扣5分", "", "deductOnBetterSide", "ruleUnreadable", "F"],
    ["≥95%", "≥95%:5; 90%-94%:8; <90%:0", "", "bandsNotOrdered", "ruleUnreadable", "F"],
    ["≥95%", ">100%:12; 95%-100%:10; <90%:0", "", "bandUnreachable", "ruleUnreadable", "F"],
    ["≥95%", "=100%:10; 95%-99%:8; <95%:0", "", "pointsNeedTwo", "ruleUnreadable", "F"],
    ["≥90%", "每低于1%扣5分，每低于1%扣3分", "", "ruleTwice", "ruleUnreadable", "F"],
    ["≥90%", "满分10分，最低60分", "", "floorAboveCap", "ruleUnreadable", "F"],
    // SLA.RULE reads a fee clause, but the monthly sheet's SLA.SCORE refuses it.
    ["≥90%", "每低1%扣减当月服务费1%", "", "feeRuleUseCredit", "ruleUnreadable", "F"],
    // Full marks stated by the rule itself: the rule's fault.
    ["≥95%", "满分5分，≥95%:10; <95%:0", "", "pointsAboveFull", "ruleUnreadable", "F"],
    // Full marks in their own cell: that cell's.
    ["≥95%", "≥95%:10; <95%:0", 5, "pointsAboveFull", "ruleUnreadable", "G"],
    ["≥95%", "≥95%:10; <95%:0", "abc", "fullMarksInvalid", "ruleUnreadable", "G"],
    ["≥95%", "满分10分，≥95%:10; <95%:0", 20, "fullMarksConflict", "ruleUnreadable", "G"],
  ];

  test.each(refusals)("%s | %s | %s → %s", (standard, rule, full, id, kind, column) => {
    // The engine's refusal, as SLA.RULE and then SLA.SCORE meet it.
    let refusal: SlaError | null = null;
    try {
      describeRule(standard, rule, full);
      bandGaps(standard, rule);
    } catch (e) {
      if (e instanceof SlaError) refusal = e;
      else throw e;
    }
    expect(refusal?.id).toBe(id);
    const findings = checkAgreement(agreement({ indicators: [ind(0, "指标甲", 1, standard, rule, full)] }));
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect([f.kind, f.severity, f.at]).toEqual([kind, "error", at(STANDARDS, `${column}6`)]);
    const cell = column === "E" ? standard : column === "F" ? rule : String(full);
    const what = { E: ["目标值", "standard"], F: ["评分规则", "scoring rule"], G: ["满分", "full marks"] }[column]!;
    const quoted = cell === "" ? { zh: "（空）", en: "(empty)" } : { zh: `“${cell}”`, en: `"${cell}"` };
    expect(f.message).toEqual({
      zh: `指标“指标甲”的${what[0]}${quoted.zh}：${refusal!.localized("zh")}`,
      en: `Indicator "指标甲", ${what[1]} ${quoted.en}: ${refusal!.localized("en")}`,
    });
  });
});

// ------------------------------------------------------------------------------------ band gaps

describe("bandGap", () => {
  test("≥95%:10; 90%-94%:8; <85%:0 leaves 85%–90% without a score: a warning at the rule", () => {
    const indicators = [ind(0, "电话接通率", 1, "≥95%", "≥95%:10; 90%-94%:8; <85%:0", 10)];
    expect(checkAgreement(agreement({ indicators }))).toEqual([
      {
        kind: "bandGap",
        severity: "warning",
        message: {
          zh: "指标“电话接通率”的评分规则“≥95%:10; 90%-94%:8; <85%:0”没有覆盖 [85%, 90%)：实际值落在这里时不属于任何一档，得分为 #N/A。请补上缺少的档，或添加“其他:0”兜底档。",
          en: 'Indicator "电话接通率", scoring rule "≥95%:10; 90%-94%:8; <85%:0": an actual in [85%, 90%) falls in no band, so its score is #N/A. Add the missing band, or a catch-all such as "else 0".',
        },
        at: at(STANDARDS, "F6"),
      },
    ]);
    // What the finding warns of: 87% has no score, 94.5% has (the engine closes 94%–95% itself).
    expect(() => score(0.87, "≥95%", "≥95%:10; 90%-94%:8; <85%:0")).toThrow(SlaError);
    expect(score(0.945, "≥95%", "≥95%:10; 90%-94%:8; <85%:0")).toBe(8);
  });

  test("several gaps in one finding, in the agreement's units", () => {
    const indicators = [ind(0, "First response", 1, "<=15 min", "<=15 min: 10; 20-30 min: 5")];
    const [f] = checkAgreement(agreement({ lang: "en", indicators }));
    expect(f.kind).toBe("bandGap");
    expect(f.message.en).toBe(
      'Indicator "First response", scoring rule "<=15 min: 10; 20-30 min: 5": an actual in (15 min, 20 min), >30 min falls in no band, so its score is #N/A. Add the missing band, or a catch-all such as "else 0".',
    );
    expect(f.message.zh).toContain("没有覆盖 (15分钟, 20分钟)、>30分钟：");
  });

  test("the gaps the engine closes itself (90%-94% next to ≥95%) and a catch-all give none", () => {
    const indicators = [
      ind(0, "甲", 0.5, "≥95%", "≥95%得10分，90%-94%得8分，85%-89%得6分，<85%得0分", 10),
      ind(1, "乙", 0.5, "≥95%", "≥95%:10; 90%-94%:8; 其他:0", 10),
    ];
    expect(checkAgreement(agreement({ indicators }))).toEqual([]);
  });
});

// ------------------------------------------------------------------------------------ units of actuals

describe("unitMismatch", () => {
  const indicators = [ind(0, "首次响应时长", 0.5, "≤15分钟"), ind(1, "电话接通率", 0.5, "≥90%")];

  test("18 minutes typed into a % cell (stored 0.18) against ≤15分钟", () => {
    const rows = monthly([MAR, "首次响应时长", 0.18, "0%"], [MAR, "电话接通率", 0.93, "0%"]);
    expect(checkAgreement(agreement({ indicators, monthly: rows }))).toEqual([
      {
        kind: "unitMismatch",
        severity: "error",
        message: {
          zh: "指标“首次响应时长”2024-03的实际值是百分比18%，而目标值“≤15分钟”不是百分比：单元格是百分比格式，输入的18被存成了0.18。请把该单元格改为“常规”格式后重新输入18。",
          en: 'Indicator "首次响应时长", 2024-03: the actual is a percentage, 18%, but the standard "≤15分钟" is not one: the cell is formatted as a percentage, so a typed 18 is stored as 0.18. Format the cell as General and type 18 again.',
        },
        at: at(MONTHLY, "C2"),
      },
    ]);
  });

  test("88 typed for 88% in a General cell against ≥90%", () => {
    const rows = monthly([MAR, "首次响应时长", 12, "General"], [MAR, "电话接通率", 88, "General"]);
    expect(checkAgreement(agreement({ indicators, monthly: rows }))).toEqual([
      {
        kind: "unitMismatch",
        severity: "error",
        message: {
          zh: "指标“电话接通率”2024-03的实际值为88，而目标值“≥90%”是百分比：88会被读作8800%。若指88%，请输入 88%。",
          en: 'Indicator "电话接通率", 2024-03: the actual is 88, but the standard "≥90%" is a percentage, so 88 reads as 8800%. If you mean 88%, type 88%.',
        },
        at: at(MONTHLY, "C3"),
      },
    ]);
  });

  test("what fits is no finding: minutes in General, rates in % cells (even above 100%), a fraction standard", () => {
    const more = [...indicators, ind(2, "达成率", 0, "0.9" as string), ind(3, "满意度", 0, "≥4.5分")];
    const rows = monthly(
      [MAR, "首次响应时长", 12, "General"],
      [MAR, "电话接通率", 0.88, "0.0%"],
      [APR, "电话接通率", 1.2, "0%"], // 120% in a % cell: left to the rule
      [APR, "电话接通率", 1, "General"], // 1 is 100%
      [MAR, "达成率", 0.95, "0%"], // a plain-number standard of at most 1 is a fraction
      [MAR, "满意度", 4.6, "0.0"],
      [MAR, "首次响应时长", "12分钟", "@"], // text is the engine's to read
      [APR, "首次响应时长", "", "0%"], // empty: a missing actual, not a unit
    );
    expect(kinds(checkAgreement(agreement({ indicators: more, monthly: rows })))).toEqual(["missingActuals"]);
  });

  test("points in a % cell: ≥4.5分 has a unit", () => {
    const rows = monthly([MAR, "满意度", 0.046, "0.0%"]);
    const [f] = checkAgreement(agreement({ indicators: [ind(0, "满意度", 1, "≥4.5分")], monthly: rows }));
    expect(f.kind).toBe("unitMismatch");
    expect(f.message.zh).toContain("输入的4.6被存成了0.046");
  });

  test("% formats are told by a % outside quotes, brackets and escapes, in the first section", () => {
    for (const f of ["0%", "0.0%", "0.00%", "[Red]0%", "[$-804]0.0%", "#,##0%"])
      expect([f, isPercentFormat(f)]).toEqual([f, true]);
    for (const f of ["General", "0", "0.00", '0" %"', "0\\%", "0_%", "0;0%", "@", "yyyy-mm", "[%]0"])
      expect([f, isPercentFormat(f)]).toEqual([f, false]);
  });
});

// ------------------------------------------------------------------------------------ monthly rows

describe("unknownIndicator", () => {
  test("one finding per unknown name, at its first row, with how many rows name it", () => {
    const indicators = [ind(0, "首次响应时长", 1, "≤15分钟")];
    const rows = monthly(
      [MAR, "首次响应时间", 10, "General"],
      [MAR, "首次响应时长", 12, "General"],
      [APR, "首次响应时间", 11, "General"],
    );
    expect(checkAgreement(agreement({ indicators, monthly: rows }))).toEqual([
      {
        kind: "unknownIndicator",
        severity: "error",
        message: {
          zh: "月度数据中的指标“首次响应时间”（2行）不在监测指标表中，查不到它的权重、目标值和评分规则。请改用指标表中的名称，或先在指标表中添加该指标。",
          en: 'The indicator "首次响应时间" in the monthly data (2 rows) is not in the indicator table, so it has no weight, standard or scoring rule. Use a name from the indicator table, or add the indicator there first.',
        },
        at: at(MONTHLY, "B2"),
      },
    ]);
  });

  test("names compare as Excel's lookups do: case does not matter, spaces do", () => {
    const indicators = [ind(0, "SLA uptime", 1, ">=99.9%")];
    const rows = monthly([MAR, "sla UPTIME", 0.9995, "0.00%"], [MAR, "SLA uptime ", 0.999, "0.00%"]);
    const findings = checkAgreement(agreement({ lang: "en", indicators, monthly: rows }));
    expect(findings.map((f) => [f.kind, f.at])).toEqual([["unknownIndicator", at(MONTHLY, "B3")]]);
    expect(findings[0].message.en).toContain('"SLA uptime " in the monthly data (1 row)');
  });

  test("without an indicator table there is nothing to compare with", () => {
    const rows = monthly([MAR, "首次响应时间", 10, "General"]);
    expect(checkAgreement(agreement({ indicators: null, monthly: rows }))).toEqual([]);
  });
});

describe("missingActuals", () => {
  const indicators = [ind(0, "甲", 0.5, "≥90%"), ind(1, "乙", 0.3, "≥90%"), ind(2, "丙", 0.2, "≥90%")];

  test("one per period, oldest first, at the first empty actual; the latest is info, an earlier one a warning", () => {
    const rows = monthly(
      [MAR, "甲", 0.95],
      [MAR, "乙", ""],
      [MAR, "丙", 0.92],
      [APR, "甲", 0.91],
      [APR, "乙", "  "], // spaces only: empty
      [APR, "丙", ""],
      [APR, "", ""], // an empty row of the table: not an indicator
    );
    expect(checkAgreement(agreement({ indicators, monthly: rows }))).toEqual([
      {
        kind: "missingActuals",
        severity: "warning",
        message: { zh: "2024-03还有1项指标没有填写实际值。", en: "2024-03: 1 indicator has no actual value yet." },
        at: at(MONTHLY, "C3"),
      },
      {
        kind: "missingActuals",
        severity: "info",
        message: { zh: "2024-04还有2项指标没有填写实际值。", en: "2024-04: 2 indicators have no actual value yet." },
        at: at(MONTHLY, "C6"),
      },
    ]);
  });

  test("periods in date order whatever the row order; a text period is named as written", () => {
    const rows = monthly([APR, "甲", ""], [MAR, "甲", ""], ["2024年5月", "甲", ""]);
    const findings = checkAgreement(agreement({ indicators, monthly: rows }));
    expect(findings.map((f) => [f.message.en, f.severity])).toEqual([
      ["2024-03: 1 indicator has no actual value yet.", "warning"],
      ["2024-04: 1 indicator has no actual value yet.", "info"],
      ["2024年5月: 1 indicator has no actual value yet.", "warning"],
    ]);
  });

  test("periods as yyyy-mm", () => {
    expect(periodText(MAR)).toBe("2024-03");
    expect(periodText(45366)).toBe("2024-03"); // 2024-03-15
    expect(periodText(45657)).toBe("2024-12"); // 2024-12-31
    expect(periodText(45658)).toBe("2025-01");
    expect(periodText("")).toBe("");
    expect(periodText(" 2024年5月 ")).toBe("2024年5月");
  });
});

// ------------------------------------------------------------------------------------ penalty

describe("penaltyDue / streakInProgress", () => {
  test("78, 79, 75: three months in a row below 80 → the penalty is due, at the latest total", () => {
    const h = history([MAR, 78], [APR, 79], [MAY, 75], [JUN, ""]); // June added, not scored yet
    expect(checkAgreement(agreement({ history: h }))).toEqual([
      {
        kind: "penaltyDue",
        severity: "error",
        message: {
          zh: "截至2024-05，月度总分已连续3个月低于违约线80分（最近为75分），达到违约条款的连续3个月：乙方需提交《改进计划》，并按约定扣减服务费。",
          en: "As of 2024-05, the monthly total has been below the penalty line of 80 for 3 months in a row (latest 75), reaching the agreement's 3 in a row: the provider owes an improvement plan and the agreed fee reduction.",
        },
        at: at(HISTORY, "B4"),
      },
    ]);
  });

  test("85, 79: one month below → in progress, two more trigger the penalty", () => {
    const h = history([MAR, 85], [APR, 79]);
    expect(checkAgreement(agreement({ history: h }))).toEqual([
      {
        kind: "streakInProgress",
        severity: "warning",
        message: {
          zh: "截至2024-04，月度总分已连续1个月低于违约线80分（最近为79分）；再有2个月低于违约线，将触发违约条款（连续3个月）。",
          en: "As of 2024-04, the monthly total has been below the penalty line of 80 for 1 month in a row (latest 79); 2 more months below the line trigger the penalty (3 in a row).",
        },
        at: at(HISTORY, "B3"),
      },
    ]);
  });

  test("the agreement's own terms: SLA_PenaltyMonths and SLA_PenaltyThreshold (numbers or number texts)", () => {
    const h = history([MAR, 78], [APR, 79], [MAY, 75]);
    const two = checkAgreement(agreement({ history: h, parameters: { penaltyMonths: "2", penaltyThreshold: 80 } }));
    expect(two.map((f) => [f.kind, f.message.en.includes("reaching the agreement's 2 in a row")])).toEqual([
      ["penaltyDue", true],
    ]);
    expect(checkAgreement(agreement({ history: h, parameters: { penaltyThreshold: 70 } }))).toEqual([]);
    const five = checkAgreement(agreement({ history: h, parameters: { penaltyMonths: 5, penaltyThreshold: "" } }));
    expect(five.map((f) => f.kind)).toEqual(["streakInProgress"]);
    expect(five[0].message.zh).toContain("再有2个月低于违约线，将触发违约条款（连续5个月）");
    // Absent or unusable terms: the seeds' 3 months below 80.
    const defaults = checkAgreement(agreement({ history: h, parameters: { penaltyMonths: 0 } }));
    expect(defaults.map((f) => f.kind)).toEqual(["penaltyDue"]);
  });

  test("the row's own streak, when it holds a number, is what the workbook shows: it counts", () => {
    expect(kinds(checkAgreement(agreement({ history: history([MAR, 85], [APR, 90, 3]) })))).toEqual(["penaltyDue"]);
    expect(kinds(checkAgreement(agreement({ history: history([MAR, 70], [APR, 70, 0]) })))).toEqual([]);
  });

  test("no total yet, or totals above the line: nothing", () => {
    expect(checkAgreement(agreement({ history: history([MAR, ""]) }))).toEqual([]);
    expect(checkAgreement(agreement({ history: history([MAR, 94.8], [APR, 81]) }))).toEqual([]);
  });

  test("a period without a total breaks the run; an error among the totals gives no finding", () => {
    const broken = checkAgreement(agreement({ history: history([MAR, 70], [APR, ""], [MAY, 75]) }));
    expect(broken.map((f) => [f.kind, f.message.en.includes("for 1 month in a row")])).toEqual([
      ["streakInProgress", true],
    ]);
    // STREAK refuses a text among the totals (the workbook's streak cell shows an error too): no guess.
    expect(checkAgreement(agreement({ history: history([MAR, 70], [APR, "#N/A"], [MAY, 75]) }))).toEqual([]);
  });
});

// ------------------------------------------------------------------------------------ order

test("findings come kind by kind in the documented order, whatever the rows' order", () => {
  const indicators = [
    ind(0, "电话接通率", 0.15, "≥95%", "≥95%:10; 90%-94%:8; <85%:0", 10), // bandGap
    ind(1, "问题解决率", 0.2, "≥85%", "blah blah"), // ruleUnreadable
    ind(2, "问题分类准确率", 0.1, "abc"), // standardUnreadable
    ind(3, "首次响应时长", 0.25, "≤15分钟"),
    ind(4, "客户满意度", 0.2, "≥4.5分"), // 90% in all: weightsSum
  ];
  const rows = monthly(
    [MAR, "服务规范性", 0.95], // unknownIndicator
    [MAR, "首次响应时长", 0.18], // unitMismatch
    [MAR, "电话接通率", 0.96],
    [MAR, "问题分类准确率", 0.91],
    [MAR, "问题解决率", 0.86],
    [MAR, "客户满意度", 4.6, "General"],
    [APR, "首次响应时长", ""], // missingActuals
  );
  const findings = checkAgreement(
    agreement({ indicators, monthly: rows, history: history([MAR, 78], [APR, 79], [MAY, 75]) }),
  );
  expect(findings.map((f) => [f.kind, f.at?.address])).toEqual([
    ["weightsSum", "I6"],
    ["standardUnreadable", "E8"],
    ["ruleUnreadable", "F7"],
    ["bandGap", "F6"],
    ["unitMismatch", "C3"],
    ["unknownIndicator", "B2"],
    ["missingActuals", "C8"],
    ["penaltyDue", "B4"],
  ]);
  for (const f of findings) expect([f.message.zh.length > 0, f.message.en.length > 0]).toEqual([true, true]);
});

// ------------------------------------------------------------------------------------ the seeds over three months

describe("the seeds' example agreement over March–May 2024", () => {
  // 000 表3: 客户满意度 40% ≥90% (−5 per 1% below), 问题首次解决率 30% ≥85% (−3 per 1% below),
  // 响应时效达标率 30% ≥95% (−2 per 1% below); each out of 100; weighted total; penalty after 3 months below 80.
  //
  //            客户满意度           问题首次解决率        响应时效达标率        total
  //   March    88%: 2 below → 90    87%: met → 100       93%: 2 below → 96    0.4×90 + 0.3×100 + 0.3×96 = 36 + 30 + 28.8 = 94.8
  //   April    82%: 8 below → 60    82%: 3 below → 91    92%: 3 below → 94    0.4×60 + 0.3×91 + 0.3×94 = 24 + 27.3 + 28.2 = 79.5
  //   May      84%: 6 below → 70    78%: 7 below → 79    88%: 7 below → 86    0.4×70 + 0.3×79 + 0.3×86 = 28 + 23.7 + 25.8 = 77.5
  //
  // March is 优秀; April and May are below the line of 80: two months in a row, one more gives the penalty.
  const agreementRows = {
    zh: [
      ind(0, "客户满意度", 0.4, "≥90%", "达标100分，每低于1%扣5分"),
      ind(1, "问题首次解决率", 0.3, "≥85%", "达标100分，每低于1%扣3分"),
      ind(2, "响应时效达标率", 0.3, "≥95%", "达标100分，每低于1%扣2分"),
    ],
    en: [
      ind(0, "Customer satisfaction", 0.4, ">=90%", "-5 per 1% below"),
      ind(1, "First-contact resolution rate", 0.3, ">=85%", "-3 per 1% below"),
      ind(2, "On-time response rate", 0.3, ">=95%", "-2 per 1% below"),
    ],
  };
  const actuals: [number, number[]][] = [
    [MAR, [0.88, 0.87, 0.93]],
    [APR, [0.82, 0.82, 0.92]],
    [MAY, [0.84, 0.78, 0.88]],
  ];
  const scores = [
    [90, 100, 96],
    [60, 91, 94],
    [70, 79, 86],
  ];
  const totals = [94.8, 79.5, 77.5];

  function seedSnapshot(lang: Lang): AgreementSnapshot {
    const indicators = agreementRows[lang];
    return agreement({
      lang,
      indicators,
      monthly: monthly(
        ...actuals.flatMap(([period, values]) =>
          values.map((a, i): [number, string, CellValue] => [period, indicators[i].name, a]),
        ),
      ),
      history: history(...actuals.map(([period], m): [number, number] => [period, totals[m]])),
    });
  }

  test.each<Lang>(["zh", "en"])("the engine agrees with the hand computation (%s)", (lang) => {
    const indicators = agreementRows[lang];
    actuals.forEach(([, values], m) => {
      const s = values.map((a, i) => score(a, indicators[i].standard, indicators[i].rule));
      expect(s).toEqual(scores[m]);
      expect(weighted(s, [0.4, 0.3, 0.3])).toBe(totals[m]);
    });
  });

  test("two months below 80: the streak is in progress, at May's total", () => {
    const findings = checkAgreement(seedSnapshot("zh"));
    expect(findings).toEqual([
      {
        kind: "streakInProgress",
        severity: "warning",
        message: {
          zh: "截至2024-05，月度总分已连续2个月低于违约线80分（最近为77.5分）；再有1个月低于违约线，将触发违约条款（连续3个月）。",
          en: "As of 2024-05, the monthly total has been below the penalty line of 80 for 2 months in a row (latest 77.5); 1 more month below the line triggers the penalty (3 in a row).",
        },
        at: at(HISTORY, "B4"),
      },
    ]);
    expect(checkAgreement(seedSnapshot("en"))).toEqual(findings);
  });

  test("June added with its actuals still empty: those are the month being filled in", () => {
    const base = seedSnapshot("zh");
    const withJune = agreement({
      ...base,
      monthly: monthly(
        ...base.monthly!.map((r): [CellValue, string, CellValue] => [r.period, r.indicator, r.actual]),
        ...base.indicators!.map((r): [number, string, CellValue] => [JUN, r.name, ""]),
      ),
      history: history(...actuals.map(([period], m): [number, number] => [period, totals[m]]), [JUN, ""]),
    });
    expect(checkAgreement(withJune).map((f) => [f.kind, f.severity, f.message.zh, f.at?.address])).toEqual([
      ["missingActuals", "info", "2024-06还有3项指标没有填写实际值。", "C11"],
      ["streakInProgress", "warning", expect.stringContaining("截至2024-05"), "B4"],
    ]);
  });
});
