/**
 * Hostile and oversized texts for the rule functions (SCORE, EXPLAIN, CREDIT, RULE, MET): every
 * text Excel can hold (32,767 characters) is read in linear time, under 10 ms a call, and gives a
 * value or a clear SlaError, never anything else. Each timed call reads a text not seen before
 * (the caches would otherwise answer), after one warm-up call.
 */
import { credit, describeRule, explain, met, score, SlaError } from "../../src/engine";

const FRAGMENTS = [
  "每低于1%扣5分，",
  "≥95%:10；",
  "90%-94%得8分、",
  "（最低60分）",
  "(((",
  ")))",
  "\u2028",
  "\u3000",
  "最高",
  "扣",
  "每",
  "一",
  "百分之",
  "半",
  "9",
  "%",
  "，",
  "a ",
  "less than ",
  "不低于",
];

type Call = (text: string) => unknown;
const calls: Record<string, Call> = {
  "SCORE rule": (t) => score(0.9, "≥90%", t),
  "SCORE standard": (t) => score(0.9, t, "每低于1%扣5分"),
  "SCORE full marks": (t) => score(0.9, "≥90%", "每低于1%扣5分", t),
  EXPLAIN: (t) => explain(0.9, "≥90%", t),
  CREDIT: (t) => credit(0.9, "≥90%", t),
  RULE: (t) => describeRule("≥90%", t),
  MET: (t) => met(0.9, t),
};

function outcome(call: Call, text: string): unknown {
  try {
    return call(text);
  } catch (e) {
    if (e instanceof SlaError) return e;
    throw e;
  }
}

const cases = Object.keys(calls).flatMap((fn) =>
  [10 * 1024, 32767].flatMap((n) => FRAGMENTS.map((f) => [fn, n, f] as const)),
);

test.each(cases)("%s, %i characters of %j", (fn, n, fragment) => {
  const call = calls[fn];
  const text = (k: number) => `${k}${fragment.repeat(Math.ceil(n / fragment.length))}`.slice(0, n);
  outcome(call, text(0)); // warm-up
  let best = Infinity;
  for (let k = 1; k <= 3; k++) {
    const start = performance.now();
    const result = outcome(call, text(k));
    best = Math.min(best, performance.now() - start);
    expect(["number", "string", "boolean"].includes(typeof result) || result instanceof SlaError).toBe(true);
    if (typeof result === "number") expect(Number.isFinite(result)).toBe(true);
  }
  expect(best).toBeLessThan(10);
});

describe("extreme numbers are #NUM!, never Infinity or NaN", () => {
  test.each([
    ["a bonus on 1E308", () => score(1e308, "≥90", "每高于1加2分")],
    ["a ratio on 1E308", () => score(1e308, "≥1", "按达成率；最高1E308分")],
    ["a rate on 1E308", () => score(1e308, "", "完成率×100")],
  ])("%s", (_name, f) => {
    let error: unknown;
    try {
      const r = f();
      expect(Number.isFinite(r)).toBe(true);
      return;
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SlaError);
    expect((error as SlaError).code).toMatch(/#NUM!|#VALUE!/);
  });

  test("SCORE of 1E308 with a bonus per step is #NUM!", () => {
    expect(() => score(1e308, "≥90", "每高于1加2分")).toThrow(expect.objectContaining({ code: "#NUM!" }));
  });
});
