/**
 * The "Try a rule" box without React: the sentence (or the engine's reason), the range the chart samples,
 * the points it gets from the engine (worked by hand below), and the formula its button writes.
 */
import { chartRule, niceRange, readRule, TRY_EXAMPLES, type RuleChart } from "../../src/taskpane/ruleChart";
import { excelString, ruleFormula } from "../../src/taskpane/ruleFormula";
import { LANGS } from "../../src/templates";
import { describeRule, SlaError } from "../../src/engine";
import fc from "fast-check";

/** What the engine itself says about the unreadable rule "blah", in each language. */
function engineMessage(lang: "en" | "zh"): string {
  try {
    describeRule("≥90%", "blah");
  } catch (e) {
    if (e instanceof SlaError) return e.localized(lang);
  }
  throw new Error("the engine read “blah”");
}

const points = (c: RuleChart) => c.segments.flat();
const yAt = (c: RuleChart, x: number) => points(c).find((p) => p.x === x)?.y;
const labels = (ticks: readonly { label: string }[]) => ticks.map((t) => t.label);

describe("readRule: SLA.RULE's sentence, or why not", () => {
  test("the brief's example, in the rule's language", () => {
    expect(readRule("≥90%", "每低于1%扣5分，最多扣30分，低于80%不得分", "", "en")).toEqual({
      ok: true,
      sentence: "满分100分；低于90%时每低1%扣5分（不足一步按比例）；最多扣30分；低于80%时得0分",
    });
  });

  test("a rule that cannot be read: the engine's message in the pane's language, not a throw", () => {
    for (const lang of LANGS)
      expect(readRule("≥90%", "blah", "", lang)).toEqual({ ok: false, message: engineMessage(lang) });
    expect(engineMessage("zh")).not.toBe(engineMessage("en"));
    expect(engineMessage("zh")).toContain("blah");
  });

  test("full marks that are not a number are refused, saying so", () => {
    const r = readRule("≥90%", "每低于1%扣5分", "abc", "en");
    expect(r).toEqual({ ok: false, message: expect.stringContaining("abc") });
  });

  test.each(LANGS)("the box's %s example reads", (lang) => {
    const { standard, rule } = TRY_EXAMPLES[lang];
    expect(readRule(standard, rule, "", lang).ok).toBe(true);
  });
});

describe("chartRule: the sampled range", () => {
  test("≥90%: 50%–100% in steps of 1%, ticks every 10%", () => {
    const c = chartRule("≥90%", "每低于1%扣5分", "", "zh");
    expect([c.x.min, c.x.max]).toEqual([0.5, 1]);
    expect(c.samples).toBe(51);
    expect(labels(c.x.ticks)).toEqual(["50%", "60%", "70%", "80%", "90%", "100%"]);
    expect(c.percent).toBe(true);
    expect(c.standard).toEqual({ value: 0.9, label: "≥90%" });
  });

  test("≤15分钟: 0 to twice the standard, in minutes", () => {
    const c = chartRule("≤15分钟", "每超1分钟扣2分", "", "zh");
    expect([c.x.min, c.x.max]).toEqual([0, 30]);
    expect(labels(c.x.ticks)).toEqual(["0", "10", "20", "30"]);
    expect(c.unit).toBe("分钟");
    expect(c.standard).toEqual({ value: 15, label: "≤15分钟" });
    // The same in English words, and the unit in the pane's language.
    const en = chartRule("<=15 min", "-2 per 1 min over", "", "en");
    expect([en.x.min, en.x.max, en.unit, en.standard?.label]).toEqual([0, 30, "min", "≤15 min"]);
  });

  test("a bare number: around it, pointing the way its rule does; it takes its rule's unit", () => {
    const pct = chartRule("0.9", "每低于1%扣5分", "", "zh");
    expect([pct.x.min, pct.x.max, pct.percent]).toEqual([0.5, 1, true]);
    const seconds = chartRule("60", "每超30秒扣5分", "", "zh");
    expect(seconds.unit).toBe("秒");
    expect(seconds.x.min).toBe(0);
    expect(seconds.x.max).toBeGreaterThanOrEqual(120);
    expect(yAt(seconds, 90)).toBe(95); // 30 s over: one step of 5
  });

  test("a cliff far from the ends is zoomed in on: ≥99.9% with 每低0.1%扣10分", () => {
    const c = chartRule("≥99.9%", "每低0.1%扣10分", "", "zh");
    expect([c.x.min, c.x.max]).toEqual([0.97, 1]);
    expect(yAt(c, 0.999)).toBe(100);
    expect(yAt(c, 0.994)).toBe(50);
    expect(yAt(c, 0.985)).toBe(0);
  });

  test("without a standard, where the bands change", () => {
    const c = chartRule("", "≥95%:10; ≥90%:8; 其他:0", "", "zh");
    expect([c.x.min, c.x.max]).toEqual([0.8, 1]);
    expect(c.standard).toBeNull();
  });

  test("niceRange puts both ends on ticks, at most 5 intervals", () => {
    expect(niceRange(0.5, 1)).toEqual({ lo: 0.5, hi: 1, step: 0.1 });
    expect(niceRange(0, 30)).toEqual({ lo: 0, hi: 30, step: 10 });
    expect(niceRange(0, 4.5)).toEqual({ lo: 0, hi: 5, step: 1 });
    expect(niceRange(0, 115)).toEqual({ lo: 0, hi: 125, step: 25 });
  });
});

describe("chartRule: the points, worked by hand", () => {
  test("每低于1%扣5分 against ≥90%: 88% scores 90, 90% and above 100, 70% and below 0", () => {
    const c = chartRule("≥90%", "每低于1%扣5分", "", "zh");
    expect(c.mode).toBe("score");
    expect(c.segments).toHaveLength(1);
    expect(c.failed).toBe(0);
    expect(c.problem).toBeNull();
    expect(yAt(c, 0.88)).toBe(90); // 2 steps of 1% × 5
    expect(yAt(c, 0.85)).toBe(75);
    expect(yAt(c, 0.9)).toBe(100);
    expect(yAt(c, 1)).toBe(100);
    expect(yAt(c, 0.7)).toBe(0); // 20 steps × 5 = 100 off
    expect(yAt(c, 0.5)).toBe(0); // never below 0
    expect(labels(c.y.ticks)).toEqual(["0", "20", "40", "60", "80", "100"]);
  });

  test("the brief's rule: at most 30 off, then 0 below 80%", () => {
    const c = chartRule("≥90%", "每低于1%扣5分，最多扣30分，低于80%不得分", "", "zh");
    expect(yAt(c, 0.88)).toBe(90);
    expect(yAt(c, 0.83)).toBe(70); // 7 steps = 35, capped at 30
    expect(yAt(c, 0.8)).toBe(70);
    expect(yAt(c, 0.79)).toBe(0);
  });

  test("a band table gives steps: only the bands' scores appear", () => {
    const c = chartRule("", "≥95%:10; ≥90%:8; 其他:0", "", "zh");
    const ys = new Set(points(c).map((p) => p.y));
    expect([...ys].sort((a, b) => a - b)).toEqual([0, 8, 10]);
    expect(yAt(c, 0.895)).toBe(0);
    expect(yAt(c, 0.9)).toBe(8);
    expect(yAt(c, 0.945)).toBe(8);
    expect(yAt(c, 0.95)).toBe(10);
    expect(labels(c.y.ticks)).toEqual(["0", "2", "4", "6", "8", "10"]);
  });

  test("full marks from the box: 满分10分 scales the line", () => {
    const c = chartRule("≥4.5分", "每低0.1分扣2分", "10", "zh");
    expect(yAt(c, 5)).toBe(10);
    expect(yAt(c, 4.4)).toBe(8);
    expect(Math.max(...points(c).map((p) => p.y))).toBe(10);
  });

  test("bands with a gap: the line breaks where no band applies, and the engine says why", () => {
    const c = chartRule("", "≤1小时:5; 1-1.5小时:4; >3小时:1", "", "zh");
    expect(c.segments.length).toBe(2);
    expect(c.failed).toBeGreaterThan(0);
    expect(c.problem).toMatch(/不在规则的任何一档内/);
    expect(yAt(c, 0.5)).toBe(5);
    expect(yAt(c, 2)).toBeUndefined();
    expect(yAt(c, 4)).toBe(1);
  });

  test("a rule that throws: no points, and the engine's message in the pane's language", () => {
    for (const lang of LANGS) {
      const c = chartRule("≥90%", "blah", "", lang);
      expect(c.segments).toEqual([]);
      expect(c.failed).toBe(c.samples);
      expect(c.problem).toBe(engineMessage(lang));
    }
  });

  test("a fee clause is charted as SLA.CREDIT, in % of the fee", () => {
    const c = chartRule("≥99%", "每低1%扣减当月服务费1.5%", "", "zh");
    expect(c.mode).toBe("credit");
    expect(yAt(c, 0.96)).toBe(4.5); // 3 steps of 1% × 1.5% of the fee
    expect(yAt(c, 1)).toBe(0);
    expect(labels(c.y.ticks).every((l) => l.endsWith("%"))).toBe(true);
    const bands = chartRule(">=99.9%", "<99.9%: 10% of the fee; <99%: 25% of the fee", "", "en");
    expect(bands.mode).toBe("credit");
    expect(new Set(points(bands).map((p) => p.y))).toEqual(new Set([0, 10, 25]));
  });
});

test("whatever is typed, the chart is finite data and nothing throws", () => {
  const piece = fc.constantFrom(
    "≥",
    "≤",
    ">=",
    "<",
    "90",
    "0",
    "0.5",
    "1e300",
    "-3",
    "%",
    "分钟",
    "小时",
    "秒",
    "次",
    "分",
    "每低于1%扣5分",
    "每超1分钟扣2分",
    "扣减当月服务费1.5%",
    "≥95%:10",
    "其他:0",
    "，",
    "; ",
    ":",
    " ",
    "min",
  );
  const text = fc.oneof(
    fc.array(piece, { maxLength: 6 }).map((a) => a.join("")),
    fc.string({ maxLength: 12 }),
  );
  fc.assert(
    fc.property(text, text, fc.constantFrom("", "10", "abc", "0"), fc.constantFrom("en", "zh"), (s, r, f, lang) => {
      const reading = readRule(s, r, f, lang as "en" | "zh");
      expect(typeof (reading.ok ? reading.sentence : reading.message)).toBe("string");
      const c = chartRule(s, r, f, lang as "en" | "zh");
      const numbers = [c.x.min, c.x.max, c.y.min, c.y.max, ...c.segments.flat().flatMap((p) => [p.x, p.y])];
      expect(numbers.every(Number.isFinite)).toBe(true);
      expect(c.x.max).toBeGreaterThan(c.x.min);
      expect(c.y.max).toBeGreaterThan(c.y.min);
      expect(c.x.ticks.length).toBeLessThanOrEqual(6);
      expect(c.samples).toBeLessThanOrEqual(120);
    }),
    { numRuns: 300 },
  );
});

describe("the formula the button writes", () => {
  test("=SLA.RULE with the texts quoted as Excel quotes them", () => {
    expect(ruleFormula("≥90%", "每低于1%扣5分")).toBe('=SLA.RULE("≥90%", "每低于1%扣5分")');
    expect(ruleFormula('>=90% "online"', 'say "hi"')).toBe('=SLA.RULE(">=90% ""online""", "say ""hi""")');
    expect(ruleFormula("", "")).toBe('=SLA.RULE("", "")');
  });

  test("full marks as a number, or as the text typed", () => {
    expect(ruleFormula("≥90%", "r", "10")).toBe('=SLA.RULE("≥90%", "r", 10)');
    expect(ruleFormula("≥90%", "r", " 10分 ")).toBe('=SLA.RULE("≥90%", "r", "10分")');
    expect(ruleFormula("≥90%", "r", "  ")).toBe('=SLA.RULE("≥90%", "r")');
  });

  test("a text longer than Excel's 255-character constants is joined from pieces", () => {
    const long = "甲".repeat(300);
    expect(excelString(long)).toBe(`"${"甲".repeat(255)}"&"${"甲".repeat(45)}"`);
    // Doubled quotes count as written, so no piece is longer than 255 characters between its quotes.
    expect(excelString('"'.repeat(200))).toBe(`"${'""'.repeat(127)}"&"${'""'.repeat(73)}"`);
    expect(excelString("")).toBe('""');
  });
});
