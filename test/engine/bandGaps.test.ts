/**
 * bandGaps: the actual values a band rule gives no score, read from the engine's resolved bands. Each
 * case is worked out by hand from the rule; the last test checks every answer against SLA.SCORE
 * itself (a value in a gap is #N/A "noBand", a value outside every gap scores).
 */
import { bandGaps, score } from "../../src/engine";
import { slaError } from "./helpers";

const texts = (standard: unknown, rule: string) => bandGaps(standard, rule).map((g) => g.text);

describe("bandGaps", () => {
  test("a missing middle band: 85%–90% has no score (85% included, 90% is the 8-point band's)", () => {
    const gaps = bandGaps("≥95%", "≥95%:10; 90%-94%:8; <85%:0");
    expect(gaps).toEqual([
      { low: 0.85, lowIncluded: true, high: 0.9, highIncluded: false, text: { en: "[85%, 90%)", zh: "[85%, 90%)" } },
    ]);
  });

  test("the gaps the engine closes by itself are not gaps: 90%-94% beside ≥95% holds 94.5%", () => {
    expect(bandGaps("≥95%", "≥95%得10分，90%-94%得8分，85%-89%得6分，<85%得0分")).toEqual([]);
    expect(bandGaps("≥95%", ">=95%: 10; 90%-94%: 8; 85%-89%: 6; <85%: 0")).toEqual([]);
    expect(bandGaps("≤1.5小时", "≤1小时:5; 1-1.5小时:4; 1.5-2小时:3; 2-3小时:2; >3小时:1")).toEqual([]);
  });

  test("a gap wider than one unit of the last digit stays: 90%-93% beside ≥95% leaves (93%, 95%)", () => {
    expect(texts("≥95%", "≥95%:10; 90%-93%:8; <90%:0")).toEqual([{ en: "(93%, 95%)", zh: "(93%, 95%)" }]);
    // 94.5% is written with one decimal: one unit is 0.1%, so 94.5%–95% is not closed.
    expect(texts("≥95%", "≥95%:10; 90%-94.5%:8; <90%:0")).toEqual([{ en: "(94.5%, 95%)", zh: "(94.5%, 95%)" }]);
  });

  test("no band below the worst: everything under 85% (down to 0%) is a gap, worded open", () => {
    const [gap] = bandGaps("≥95%", "≥95%:10; 90%-94%:8; 85%-89%:6");
    expect(gap).toEqual({
      low: 0,
      lowIncluded: true,
      high: 0.85,
      highIncluded: false,
      text: { en: "<85%", zh: "<85%" },
    });
  });

  test("lower is better: above the worst band (up to 100%) is a gap", () => {
    const [gap] = bandGaps("≤5%", "≤5%:10; 5%-10%:5");
    expect(gap).toEqual({
      low: 0.1,
      lowIncluded: false,
      high: 1,
      highIncluded: true,
      text: { en: ">10%", zh: ">10%" },
    });
  });

  test("times: two gaps, in value order, in each language's unit", () => {
    expect(texts("≤15分钟", "≤15分钟:10; 20-30分钟:5")).toEqual([
      { en: "(15 min, 20 min)", zh: "(15分钟, 20分钟)" },
      { en: ">30 min", zh: ">30分钟" },
    ]);
    expect(texts("≤15分钟", "≤15分钟:10; 20-30分钟:5; >30分钟:0")).toEqual([
      { en: "(15 min, 20 min)", zh: "(15分钟, 20分钟)" },
    ]);
  });

  test("points: [3.5, 4) between <3.5 and 4-4.4", () => {
    expect(texts("≥4.5分", "≥4.5分:10; 4-4.4分:6; <3.5分:0")).toEqual([
      { en: "[3.5 points, 4 points)", zh: "[3.5分, 4分)" },
    ]);
  });

  test("a catch-all, thresholds to reach, and rules without bands leave no gap", () => {
    expect(bandGaps("≥95%", "≥95%:10; 90%-94%:8; 其他:0")).toEqual([]);
    expect(bandGaps("≥95%", "≥95%:10; ≥90%:8")).toEqual([]); // reaching none gives 0
    expect(bandGaps("", "18-26度:10; 其他:0")).toEqual([]);
    expect(bandGaps("≥90%", "达标100分，每低于1%扣5分")).toEqual([]);
    expect(bandGaps("≥4.5分", "")).toEqual([]);
  });

  test("a rule the engine cannot read throws its SlaError, as SLA.SCORE would", () => {
    expect(slaError(() => bandGaps("≥95%", "blah blah")).id).toBe("labelAlone");
    expect(slaError(() => bandGaps("≥90%", "每低1%扣减当月服务费1%")).id).toBe("feeRuleUseCredit");
    expect(slaError(() => bandGaps("abc", "≥95%:10; <95%:0")).id).toBe("standardUnreadable");
  });

  test("every answer agrees with SLA.SCORE: #N/A inside a gap, a score everywhere else", () => {
    const cases: [string, string, number[]][] = [
      ["≥95%", "≥95%:10; 90%-94%:8; <85%:0", grid(0, 1, 0.0005)],
      ["≥95%", "≥95%:10; 90%-93%:8; <90%:0", grid(0, 1, 0.0005)],
      ["≥95%", "≥95%:10; 90%-94%:8; 85%-89%:6", grid(0, 1, 0.0005)],
      ["≤5%", "≤5%:10; 5%-10%:5", grid(0, 1, 0.0005)],
      ["≥95%", "≥95%得10分，90%-94%得8分，85%-89%得6分，<85%得0分", grid(0, 1, 0.0005)],
      ["≤15分钟", "≤15分钟:10; 20-30分钟:5", grid(0, 60, 0.25)],
      ["≥4.5分", "≥4.5分:10; 4-4.4分:6; <3.5分:0", grid(0, 5, 0.05)],
    ];
    const disagreements: unknown[] = [];
    let inGaps = 0;
    for (const [standard, rule, xs] of cases) {
      const gaps = bandGaps(standard, rule);
      for (const x of xs) {
        const inGap = gaps.some(
          (g) => (x > g.low || (x === g.low && g.lowIncluded)) && (x < g.high || (x === g.high && g.highIncluded)),
        );
        let scored: string;
        try {
          scored = typeof score(x, standard, rule);
        } catch (e) {
          scored = e instanceof Error && "id" in e ? String(e.id) : String(e);
        }
        inGaps += inGap ? 1 : 0;
        if (scored !== (inGap ? "noBand" : "number")) disagreements.push({ standard, rule, x, inGap, scored });
      }
    }
    expect(disagreements).toEqual([]);
    expect(inGaps).toBeGreaterThan(1000); // the gaps were probed, not only the bands
  });
});

/** from, from + step, … up to `to`, each rounded to the step's decimals (so edges land exactly). */
function grid(from: number, to: number, step: number): number[] {
  const xs: number[] = [];
  for (let i = 0; from + i * step <= to + 1e-12; i++) xs.push(Number((from + i * step).toFixed(6)));
  return xs;
}
