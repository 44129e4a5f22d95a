/**
 * Native formulas (src/engine/native), worked by hand: for each clause kind, in the Chinese and the
 * English phrasing where the engine reads both, the formula written for it, and its value in
 * HyperFormula beside SLA.SCORE (registered from the engine, as test/templates/hyperformula.ts does)
 * and the hand-worked number. Then the errors: empty and refused cells, bad texts (the function's
 * own SlaError), rules no formula can say (notCompilable), and 3,000 random cases of every kind in
 * HyperFormula. The 12,000-case proof against LibreOffice is nativeLibreOffice.test.ts.
 */
import { HyperFormula as HyperFormulaClass } from "hyperformula";
import {
  credit as engineCredit,
  formatMessage,
  grade as engineGrade,
  nativeFormula,
  score,
  SlaError,
  weighted as engineWeighted,
  type NativeFunction,
} from "../../src/engine";
import { hyperformula, registerSlaPlugin, type Shown } from "../templates/hyperformula";
import { propertyRuns, slaError } from "./helpers";
import { argsOf, cellsOf, engineResult, formulaOf, generateCases, same, type Cell } from "./nativeCases";

const hf = hyperformula!;
registerSlaPlugin(hf);

/** The values of formulas in HyperFormula, over the given cells of one sheet. */
function evaluate(cells: Record<string, Cell>, formulas: string[]): Shown[] {
  const book = HyperFormulaClass.buildEmpty({ licenseKey: "gpl-v3", smartRounding: false, useArrayArithmetic: true });
  const sheet = book.getSheetId(book.addSheet("S"))!;
  const at = (address: string) => {
    const m = /^([A-Z])(\d+)$/.exec(address)!;
    return { sheet, col: m[1].charCodeAt(0) - 65, row: Number(m[2]) - 1 };
  };
  for (const [address, v] of Object.entries(cells))
    book.setCellContents(at(address), typeof v === "string" ? `'${v}` : typeof v === "boolean" ? `=${v}()` : v);
  const out = formulas.map((f, i) => {
    book.setCellContents({ sheet, col: 25, row: i }, f);
    const v = book.getCellValue({ sheet, col: 25, row: i });
    return v !== null && typeof v === "object" && "value" in v ? { error: String(v.value), message: "" } : (v as Shown);
  });
  book.destroy();
  return out;
}

/** =SLA.<fn>(A1, "text", …) as typed in Excel, texts quoted. */
function slaCall(fn: string, args: unknown[]): string {
  const text = (v: unknown) =>
    v === undefined || v === null ? "" : typeof v === "number" ? String(v) : `"${String(v).replace(/"/g, '""')}"`;
  return `=SLA.${fn}(A1${args.map((a) => `,${text(a)}`).join("")})`;
}

/** A clause kind worked by hand: standard, the rule in Chinese and in English, full marks, actual → score. */
interface Worked {
  readonly kind: string;
  readonly fn?: "SCORE" | "CREDIT";
  readonly standard: string;
  readonly zh: string;
  readonly en?: string;
  readonly full?: number;
  readonly cases: readonly (readonly [actual: number, expected: number])[];
  /** The two phrasings compile to different limits of the same effect. */
  readonly twoFormulas?: boolean;
  /** The formula, when worth reading in full (A1 is the actual). */
  readonly formula?: string;
}

const T = "0.000000000001";

const WORKED: Worked[] = [
  {
    kind: "pass/fail",
    standard: "≥95%",
    zh: "达标100分，否则50分",
    en: "met 100, otherwise 50",
    cases: [
      [0.96, 100],
      [0.95, 100],
      [0.7 + 0.25, 100], // 0.95 with float noise
      [0.94, 50],
    ],
    formula: `=IF(ISNUMBER(A1),IF(OR(A1<0,A1>1),#VALUE!,MIN(MAX(IF(A1-0.95>=-${T},100,50),0),100)),IF(A1="",NA(),#VALUE!))`,
  },
  {
    kind: "per step, in proportion",
    standard: "≥90%",
    zh: "每低于1%扣5分",
    en: "-5 per 1% below",
    cases: [
      [0.88, 90],
      [0.885, 92.5],
      [0.95, 100],
      [0.5, 0],
    ],
    formula: `=IF(ISNUMBER(A1),IF(OR(A1<0,A1>1),#VALUE!,MIN(MAX(IF(A1-0.9>=-${T},100,100-(0.9-A1)/0.01*5),0),100)),IF(A1="",NA(),#VALUE!))`,
  },
  {
    // 0.9 − 0.88 = 0.020000000000000018: 2.0000000000000018 steps, which ROUNDUP alone makes 3.
    kind: "per step, rounded up",
    standard: "≥90%",
    zh: "每低于1%扣5分，向上取整",
    en: "-5 per 1% below; rounded up",
    cases: [
      [0.88, 90],
      [0.885, 90],
      [0.8801, 90],
      [0.8799, 85],
    ],
    formula:
      `=IF(ISNUMBER(A1),IF(OR(A1<0,A1>1),#VALUE!,MIN(MAX(IF(A1-0.9>=-${T},100,100-ROUNDUP(` +
      `IF(AND(ABS((0.9-A1)/0.01)<1000000,ABS((0.9-A1)/0.01-ROUND((0.9-A1)/0.01,9))<=${T}*MAX(1,ABS((0.9-A1)/0.01))),` +
      `ROUND((0.9-A1)/0.01,9),(0.9-A1)/0.01),0)*5),0),100)),IF(A1="",NA(),#VALUE!))`,
  },
  {
    // 0.9 − 0.8 = 0.09999999999999998: 9.999999999999998 steps, which INT alone makes 9.
    kind: "per step, rounded down",
    standard: "≥90%",
    zh: "每低于1%扣5分，向下取整",
    en: "-5 per 1% below; rounded down",
    cases: [
      [0.8, 50],
      [0.885, 95],
      [0.8799, 90],
    ],
  },
  {
    kind: "bonus per step, cap",
    standard: "≥90%",
    zh: "每高于1%加2分，最高110分",
    en: "+2 per 1% above; cap 110",
    cases: [
      [0.93, 106],
      [0.99, 110],
      [0.9, 100],
      [0.89, 0],
    ],
    formula: `=IF(ISNUMBER(A1),IF(OR(A1<0,A1>10),#VALUE!,MAX(MIN(IF(A1-0.9>=-${T},100+MAX(0,A1-0.9)/0.01*2,0),110),0)),IF(A1="",NA(),#VALUE!))`,
  },
  {
    kind: "bands",
    standard: "",
    zh: "≥95%:10; ≥90%:8; 其他:0",
    en: "95% or more: 10; 90% or more: 8; else 0",
    cases: [
      [0.92, 8],
      [0.95, 10],
      [0.7 + 0.2, 8], // 0.8999999999999999 is 90%
      [0.89, 0],
    ],
    formula: `=IF(ISNUMBER(A1),IF(OR(A1<0,A1>1),#VALUE!,IF(A1-0.9<-${T},0,IF(A1-0.95<-${T},8,10))),IF(A1="",NA(),#VALUE!))`,
  },
  {
    kind: "bands with whole-number ranges (gaps closed)",
    standard: "",
    zh: "≥95%得10分，90%-94%得8分，85%-89%得6分，<85%得0分",
    en: "95% or more: 10; 90%-94%: 8; 85%-89%: 6; below 85%: 0",
    cases: [
      [0.945, 8],
      [0.895, 6],
      [0.85, 6],
      [0.8499, 0],
    ],
  },
  {
    kind: "ratio",
    standard: "≥90%",
    zh: "按达成率",
    en: "(actual/target)*100",
    cases: [
      [0.81, 90],
      [0.99, 100],
    ],
    formula: `=IF(ISNUMBER(A1),IF(OR(A1<0,A1>10),#VALUE!,MIN(MAX(100*A1/0.9,0),100)),IF(A1="",NA(),#VALUE!))`,
  },
  {
    kind: "ratio, lower is better (0 hours is full marks)",
    standard: "≤2小时",
    zh: "按达成率",
    en: "pro rata",
    cases: [
      [4, 50],
      [1, 100],
      [0, 100],
    ],
    formula: `=IF(ISNUMBER(A1),IF(A1<0,#VALUE!,MIN(MAX(IF(A1=0,100,200/A1),0),100)),IF(A1="",NA(),#VALUE!))`,
  },
  { kind: "rate", standard: "", zh: "完成率×100", cases: [[0.81, 81]] },
  {
    kind: "rate of failures",
    standard: "",
    zh: "得分=30分×(1—批退率)",
    full: 30,
    cases: [[0.05, 28.5]],
    formula: `=IF(ISNUMBER(A1),IF(OR(A1<0,A1>10),#VALUE!,MIN(MAX((1-A1)*30,0),30)),IF(A1="",NA(),#VALUE!))`,
  },
  {
    kind: "straight line",
    standard: "",
    zh: "80%得0分，95%得100分，之间线性计分",
    en: "0 at 80%, 100 at 95%",
    cases: [
      [0.86, 40],
      [0.7, 0],
      [0.99, 100],
    ],
    formula: `=IF(ISNUMBER(A1),IF(OR(A1<0,A1>1),#VALUE!,IF(A1<=0.8,0,IF(A1<=0.95,(A1-0.8)*100/(0.95-0.8),100))),IF(A1="",NA(),#VALUE!))`,
  },
  {
    kind: "floor",
    standard: "≥90%",
    zh: "每低于1%扣5分，最低60分",
    en: "-5 per 1% below; min 60",
    cases: [
      [0.5, 60],
      [0.85, 75],
    ],
  },
  {
    // 最多扣30分 is a cap on deductions; "up to 30 points" a cap below full marks, which caps the
    // deductions of a rule without bonus: the same numbers, through two limits (and two formulas).
    kind: "cap on deductions",
    standard: "≥90%",
    zh: "每低于1%扣5分，最多扣30分",
    en: "-5 per 1% below, up to 30 points",
    twoFormulas: true,
    cases: [
      [0.5, 70],
      [0.88, 90],
    ],
  },
  {
    kind: "cap on bonus",
    standard: "≥90%",
    zh: "每提高1%加1分，加分不超过5分",
    en: "+1 per 1% above, bonus capped at 5",
    cases: [
      [0.99, 105],
      [0.93, 103],
    ],
  },
  {
    kind: "until zero",
    standard: "≥90%",
    zh: "每低于1%扣5分，扣完为止",
    en: "-5 per 1% below; until zero",
    cases: [[0.5, 0]],
  },
  {
    kind: "negative allowed",
    standard: "0次",
    zh: "每次扣20分，可以为负分",
    en: "-20 per occurrence; may be negative",
    cases: [
      [6, -20],
      [0, 100],
    ],
    formula: `=IF(ISNUMBER(A1),IF(A1<0,#VALUE!,MIN(IF(A1<=${T},100,100-A1*20),100)),IF(A1="",NA(),#VALUE!))`,
  },
  {
    kind: "no bonus",
    standard: "≥90%",
    zh: "达标得100分，每低于标准5%扣10分，高于标准不加分",
    en: "-10 per 5% below; no bonus",
    cases: [
      [0.95, 100],
      [0.85, 90],
    ],
  },
  {
    kind: "cut-off",
    standard: "≥90%",
    zh: "每低于1%扣5分，低于80%不得分",
    en: "-5 per 1% below, no points below 80%",
    cases: [
      [0.79, 0],
      [0.8, 50],
      [0.81, 55],
    ],
    formula: `=IF(ISNUMBER(A1),IF(OR(A1<0,A1>1),#VALUE!,IF(A1-0.8<-${T},0,MIN(MAX(IF(A1-0.9>=-${T},100,100-(0.9-A1)/0.01*5),0),100))),IF(A1="",NA(),#VALUE!))`,
  },
  {
    kind: "points off once inside a band",
    standard: "",
    zh: "超过4小时扣10分",
    cases: [
      [5, 90],
      [4, 100],
    ],
    formula: `=IF(ISNUMBER(A1),IF(A1<0,#VALUE!,MIN(MAX(100+IF(A1-4>${T},-10,0),0),100)),IF(A1="",NA(),#VALUE!))`,
  },
  { kind: "points off once below the standard", standard: "≥90%", zh: "未达标扣10分", cases: [[0.85, 90]] },
  { kind: "label", standard: "", zh: "维护人员未按时到场，每次扣1分", full: 10, cases: [[2, 8]] },
  {
    kind: "standard in the rule",
    standard: "",
    zh: "准时率：基准值95%，每超1%加1分，每低1%扣2分，最低0分",
    cases: [[0.97, 102]],
  },
  {
    // The actual is in the standard's unit (hours); the step of 30 minutes is 0.5 of them.
    kind: "a step in another unit",
    standard: "≤2小时",
    zh: "每超30分钟扣5分",
    en: "-5 per 30 min over",
    cases: [
      [3, 90],
      [2.25, 97.5],
    ],
    formula: `=IF(ISNUMBER(A1),IF(A1<0,#VALUE!,MIN(MAX(IF(A1-2<=${T},100,100-(A1-2)/0.5*5),0),100)),IF(A1="",NA(),#VALUE!))`,
  },
  {
    kind: "points as a share of full marks",
    standard: "≥90%",
    zh: "每低于1%扣2%",
    full: 10,
    cases: [[0.88, 9.6]],
  },
  {
    kind: "fee clause per step",
    fn: "CREDIT",
    standard: "≥90%",
    zh: "每低1%扣减当月服务费1.5%",
    en: "1.5% of the monthly charge for each 1% below target",
    cases: [
      [0.87, 0.045],
      [0.9, 0],
    ],
  },
  {
    kind: "fee table",
    fn: "CREDIT",
    standard: "≥99.9%",
    zh: "<99.9%: 10%; <99%: 25%; <95%: 100%",
    cases: [
      [0.985, 0.25],
      [0.9985, 0.1],
      [0.999, 0],
      [0.9, 1],
    ],
    formula: `=IF(ISNUMBER(A1),IF(OR(A1<0,A1>1),#VALUE!,-IF(A1-0.999>=-${T},0,IF(A1-0.95<-${T},-1,IF(A1-0.99<-${T},-0.25,IF(A1-0.999<-${T},-0.1,0))))),IF(A1="",NA(),#VALUE!))`,
  },
  {
    kind: "fee per hour with a cap",
    fn: "CREDIT",
    standard: "≤4小时",
    zh: "按每小时1%服务费扣罚，扣减总额不超过月费的2%",
    cases: [
      [7, 0.02],
      [5, 0.01],
    ],
  },
];

describe.each(WORKED)("$kind", (w) => {
  const fn = w.fn ?? "SCORE";
  const rules = [w.zh, ...(w.en ? [w.en] : [])];
  const args = (rule: string) => (fn === "CREDIT" ? [w.standard, rule] : [w.standard, rule, w.full]);

  test.each(rules)("%s: the formula gives the hand-worked values, as SLA.%s does", (rule) => {
    const formula = nativeFormula(fn, ["A1", ...args(rule)]);
    for (const [actual, expected] of w.cases) {
      const [native, sla] = evaluate({ A1: actual }, [formula, slaCall(fn, args(rule))]);
      expect([actual, native, sla]).toEqual([actual, expect.closeTo(expected, 10), expect.closeTo(expected, 10)]);
    }
  });

  if (w.formula)
    test("the formula, worked by hand", () => expect(nativeFormula(fn, ["A1", ...args(w.zh)])).toBe(w.formula));
  if (w.en && !w.twoFormulas)
    test("both languages' phrasings give the same formula", () =>
      expect(nativeFormula(fn, ["A1", ...args(w.en!)])).toBe(nativeFormula(fn, ["A1", ...args(w.zh)])));
});

describe("MET, GRADE, WEIGHTED, ATTAINMENT", () => {
  test("MET: the standard met decimal-exactly; a whole number against % is #VALUE!", () => {
    const f = nativeFormula("MET", ["A1", "≥85%"]);
    expect(f).toBe(`=IF(ISNUMBER(A1),IF(A1>1,#VALUE!,A1-0.85>=-${T}),IF(A1="",NA(),#VALUE!))`);
    const value = (a: Cell) => evaluate({ A1: a }, [f])[0];
    expect([0.85, 0.6 + 0.25, 0.849, 87, null].map(value)).toEqual([
      true,
      true,
      false,
      { error: "#VALUE!", message: "" },
      { error: "#N/A", message: "" },
    ]);
    expect(nativeFormula("MET", ["A1", "≤2小时"])).toBe(`=IF(ISNUMBER(A1),A1-2<=${T},IF(A1="",NA(),#VALUE!))`);
  });

  test.each([
    ["优秀≥90;合格≥80;不合格", [95, 90, 89.99, 80, 10], ["优秀", "优秀", "合格", "合格", "不合格"]],
    ["Excellent>=90; Pass>=80; Fail", [80, 79.9], ["Pass", "Fail"]],
    [null, [90, 79.9], ["Excellent", "Fail"]],
    ["A:90-100; B:80-89; C:70-79; D:<70", [89.5, 79.5, 69.9], ["B", "C", "D"]],
  ])("GRADE with %p", (scale, scores, labels) => {
    const f = nativeFormula("GRADE", ["A1", scale]);
    expect(scores.map((s) => evaluate({ A1: s }, [f])[0])).toEqual(labels);
  });

  test("GRADE, worked by hand", () => {
    expect(nativeFormula("GRADE", ["B2", "优秀≥90;合格≥80;不合格"])).toBe(
      `=IF(ISNUMBER(B2),IF(B2-90>=-${T},"优秀",IF(B2-80>=-${T},"合格","不合格")),IF(B2="",NA(),#VALUE!))`,
    );
  });

  test("WEIGHTED: fractions adding to 1, whole numbers adding to 100, missing and refused cells", () => {
    const f = nativeFormula("WEIGHTED", ["A1:A3", "B1:B3"]);
    const total = (scores: Cell[], weights: Cell[]) =>
      evaluate(
        Object.fromEntries([
          ...scores.map((s, i) => [`A${i + 1}`, s]).filter(([, v]) => v !== null),
          ...weights.map((w, i) => [`B${i + 1}`, w]).filter(([, v]) => v !== null),
        ]),
        [f],
      )[0];
    expect(total([90, 100, 96], [0.4, 0.3, 0.3])).toBeCloseTo(94.8, 10);
    expect(total([90, 100, 96], [40, 30, 30])).toBeCloseTo(94.8, 10);
    expect(total([90, null, 96], [0.5, 0, 0.5])).toBeCloseTo(93, 10);
    expect(total([90, null, 96], [0.4, 0.3, 0.3])).toEqual({ error: "#N/A", message: "" });
    expect(total([90, 100, 96], [0.4, 0.3, 0.2])).toEqual({ error: "#VALUE!", message: "" });
    expect(total([90, 100, 96], [0.6, -0.3, 0.7])).toEqual({ error: "#VALUE!", message: "" });
    expect(
      nativeFormula("WEIGHTED", [
        [[90], [100], [96]],
        [[0.4], [0.3], [0.3]],
      ]),
    ).toContain("SUMPRODUCT({90;100;96},{0.4;0.3;0.3})");
  });

  test("ATTAINMENT: the share of the numbers that meet the standard", () => {
    const f = nativeFormula("ATTAINMENT", ["A1:A5", "≤2小时"]);
    expect(f).toBe(`=SUMPRODUCT(ISNUMBER(A1:A5)*(A1:A5<=2+${T}))/COUNT(A1:A5)`);
    const share = (cells: Record<string, Cell>, formula = f) => evaluate(cells, [formula])[0];
    expect(share({ A1: 1.5, A2: 2, A3: 2.5, A4: "text" })).toBeCloseTo(2 / 3, 12);
    expect(share({ A1: "text" })).toEqual({ error: "#DIV/0!", message: "" });
    const percent = nativeFormula("ATTAINMENT", ["A1:A5", "≥95%"]);
    expect(share({ A1: 0.95, A2: 0.9 }, percent)).toBe(0.5);
    expect(share({ A1: 95, A2: 0.9 }, percent)).toEqual({ error: "#VALUE!", message: "" });
  });
});

describe("cells the function refuses", () => {
  const f = nativeFormula("SCORE", ["A1", "≥90%", "每低于1%扣5分"]);
  test.each([
    [null, "#N/A"],
    ["n/a", "#VALUE!"],
    [true, "#VALUE!"],
    [88, "#VALUE!"],
    [-0.1, "#VALUE!"],
  ])("an actual of %p is %s, as SLA.SCORE says", (a, code) => {
    expect(evaluate(a === null ? {} : { A1: a }, [f])[0]).toEqual({ error: code, message: "" });
    expect(slaError(() => score(a ?? "", "≥90%", "每低于1%扣5分")).code).toBe(code);
  });

  test("a value in place of the reference: checked now, written into the formula", () => {
    expect(nativeFormula("SCORE", [0.88, "≥90%", "每低于1%扣5分"])).toBe(
      `=MIN(MAX(IF(0.88-0.9>=-${T},100,100-(0.9-0.88)/0.01*5),0),100)`,
    );
    expect(slaError(() => nativeFormula("SCORE", [88, "≥90%", "每低于1%扣5分"])).id).toBe("percentAsWhole");
  });

  test("references with a sheet; text that is no reference is refused", () => {
    expect(nativeFormula("MET", ["'月度数据'!$C$5", "≥85%"])).toContain("ISNUMBER('月度数据'!$C$5)");
    expect(() => nativeFormula("MET", ["A1+1", "≥85%"])).toThrow(TypeError);
    expect(() => nativeFormula("SCORE", ["A1:A3", "≥85%"])).toThrow(TypeError);
  });
});

describe("bad texts throw the function's own SlaError", () => {
  const sameError = (fn: NativeFunction, args: unknown[], call: () => unknown) => {
    const expected = slaError(call);
    const got = slaError(() => nativeFormula(fn, args));
    expect([got.code, got.id, got.message]).toEqual([expected.code, expected.id, expected.message]);
  };
  test("an unreadable standard, a judgement, a fee clause in SCORE, points in CREDIT, full marks at odds", () => {
    sameError("SCORE", ["A1", "about 90", "每低于1%扣5分"], () => score(0.9, "about 90", "每低于1%扣5分"));
    sameError("SCORE", ["A1", "≥90%", "酌情扣分"], () => score(0.9, "≥90%", "酌情扣分"));
    sameError("SCORE", ["A1", "≥90%", "每低1%扣减当月服务费1.5%"], () =>
      score(0.9, "≥90%", "每低1%扣减当月服务费1.5%"),
    );
    sameError("CREDIT", ["A1", "≥90%", "每低于1%扣5分"], () => engineCredit(0.9, "≥90%", "每低于1%扣5分"));
    sameError("SCORE", ["A1", "≥90%", "满分10分", 20], () => score(0.9, "≥90%", "满分10分", 20));
  });
  test("a scale that cannot be read; scores and weights of different sizes", () => {
    sameError("GRADE", ["A1", "优秀≥90;良好≥90;差"], () => engineGrade(90, "优秀≥90;良好≥90;差"));
    sameError("WEIGHTED", ["A1:A3", "B1:B4"], () => engineWeighted([[1], [2], [3]], [[1], [2], [3], [4]]));
  });
});

describe("rules no formula can say", () => {
  test("70 bands nest 72 functions, Excel allows 64: notCompilable, in English and Chinese", () => {
    const rule = `${Array.from({ length: 70 }, (_, i) => `≥${i + 1}%:${i + 1}`).join("; ")}; 其他:0`;
    expect(score(0.5, "", rule)).toBe(50); // the engine reads it
    const e = slaError(() => nativeFormula("SCORE", ["A1", "", rule]));
    expect([e.id, e.code]).toEqual(["notCompilable", "#VALUE!"]);
    expect(e.message).toBe(
      "SLA.SCORE with these arguments cannot be written as a plain Excel formula (72 functions nested, Excel allows 64): keep its value.",
    );
    expect(e.localized("zh")).toBe(
      "此 SLA.SCORE 无法写成普通 Excel 公式（函数嵌套72层，Excel 最多允许64层）：请保留其值。",
    );
    expect(formatMessage("notCompilable", {}, "zh")).toMatch(/公式/);
  });
  test("a row of scores beside a column of weights: SUMPRODUCT would pair nothing", () => {
    expect(slaError(() => nativeFormula("WEIGHTED", ["A1:C1", "A2:A4"])).id).toBe("notCompilable");
  });
});

test("3,000 random cases of every clause kind and function: HyperFormula computes what the engine does", () => {
  const { cases } = generateCases(propertyRuns(3_000), 7);
  const book = HyperFormulaClass.buildEmpty({ licenseKey: "gpl-v3", smartRounding: false, useArrayArithmetic: true });
  const sheet = book.getSheetId(book.addSheet("S"))!;
  const rows = cases.map((c, i) => {
    const row: unknown[] = new Array(18).fill(null);
    for (const [col, v] of cellsOf(c))
      row[col.charCodeAt(0) - 65] = typeof v === "string" ? `'${v}` : typeof v === "boolean" ? `=${v}()` : v;
    const f = formulaOf(c, i + 1);
    if (f instanceof SlaError) throw new Error(`${JSON.stringify(argsOf(c, i + 1))}: ${f.message}`);
    row[1] = f;
    return row;
  });
  book.setSheetContent(sheet, rows as never);
  const wrong = cases.flatMap((c, i) => {
    const v = book.getCellValue({ sheet, col: 1, row: i });
    const got = v !== null && typeof v === "object" && "value" in v ? { error: String(v.value) } : (v as never);
    const want = engineResult(c);
    return same(want, got)
      ? []
      : [
          `${JSON.stringify(argsOf(c, i + 1))} a=${JSON.stringify(c.a)}: ${JSON.stringify(want)} ≠ ${JSON.stringify(got)}`,
        ];
  });
  book.destroy();
  expect(wrong.slice(0, 10)).toEqual([]);
});
