/**
 * Property tests over 100,000 random inputs per function: nothing escapes but SlaError, a score
 * stays between its floor and its cap, and a better actual never scores lower.
 */
import fc from "fast-check";
import { attainment, explain, grade, met, score, SlaError, streak, weighted } from "../../src/engine";
import { propertyRuns } from "./helpers";

const RUNS = 100_000;
const settings = { numRuns: propertyRuns(RUNS), seed: 20261123 };

/** Calls f; returns its value, or undefined when it threw an SlaError. Anything else fails. */
function attempt<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch (e) {
    if (e instanceof SlaError) return undefined;
    throw e;
  }
}

// ---- random input that is mostly wrong: fragments of the grammar in random order, and odd values
const fragment = fc.constantFrom(
  "≥",
  "≤",
  ">",
  "<",
  ">=",
  "%",
  "％",
  "每",
  "低于",
  "超过",
  "高于",
  "扣",
  "加",
  "分",
  "秒",
  "分钟",
  "小时",
  "天",
  ":",
  "：",
  "其他",
  "else",
  "per",
  "below",
  "over",
  "at",
  "得",
  "满分",
  "最低",
  "最高",
  "按达成率",
  "ratio",
  "ceil",
  "向上取整",
  "-",
  "~",
  "至",
  "1",
  "5",
  "9",
  "0",
  ".",
  "10",
  "90",
  ";",
  "；",
  ",",
  "，",
  " ",
  "(",
  ")",
  "\n",
  "优秀",
  "合格",
);
const junkText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.array(fragment, { maxLength: 14 }).map((a) => a.join("")),
);
const scalar = fc.oneof(
  junkText,
  fc.double(),
  fc.integer({ min: -1000, max: 1000 }),
  fc.constantFrom(null, "", true, false, 0, 0.9, 1, 85, Infinity, -Infinity, NaN),
);
const range = fc.array(fc.array(scalar, { minLength: 1, maxLength: 2 }), { maxLength: 6 });
const anyValue = fc.oneof(scalar, range);

describe("nothing escapes but SlaError", () => {
  const ok = (v: unknown, type: string) => v === undefined || typeof v === type;
  test("SCORE", () => {
    fc.assert(
      fc.property(anyValue, scalar, junkText, scalar, (a, s, r, f) =>
        ok(
          attempt(() => score(a, s, r, f)),
          "number",
        ),
      ),
      settings,
    );
  });
  test("EXPLAIN", () => {
    fc.assert(
      fc.property(anyValue, scalar, junkText, scalar, (a, s, r, f) =>
        ok(
          attempt(() => explain(a, s, r, f)),
          "string",
        ),
      ),
      settings,
    );
  });
  test("GRADE", () => {
    fc.assert(
      fc.property(anyValue, fc.oneof(junkText, range, scalar), (x, scale) =>
        ok(
          attempt(() => grade(x, scale)),
          "string",
        ),
      ),
      settings,
    );
  });
  test("WEIGHTED", () => {
    fc.assert(
      fc.property(anyValue, anyValue, (s, w) =>
        ok(
          attempt(() => weighted(s, w)),
          "number",
        ),
      ),
      settings,
    );
  });
  test("MET", () => {
    fc.assert(
      fc.property(anyValue, scalar, (a, s) =>
        ok(
          attempt(() => met(a, s)),
          "boolean",
        ),
      ),
      settings,
    );
  });
  test("ATTAINMENT", () => {
    fc.assert(
      fc.property(anyValue, scalar, (v, s) => {
        const r = attempt(() => attainment(v, s));
        return r === undefined || (r >= 0 && r <= 1);
      }),
      settings,
    );
  });
  test("STREAK", () => {
    fc.assert(
      fc.property(anyValue, scalar, (v, t) => {
        const r = attempt(() => streak(v, t));
        return r === undefined || (Number.isInteger(r) && r >= 0);
      }),
      settings,
    );
  });
});

// ---- well-formed rules with the bounds a person reads off them

interface Case {
  standard: string;
  higher: boolean;
  percent: boolean;
  rule: string;
  full: number | null;
  low: number;
  high: number;
}

const percentStandard = fc.record({
  higher: fc.constant(true),
  percent: fc.constant(true),
  value: fc.integer({ min: 50, max: 99 }),
});
const minuteStandard = fc.record({
  higher: fc.constant(false),
  percent: fc.constant(false),
  value: fc.integer({ min: 5, max: 120 }),
});
const standardSpec = fc.oneof(percentStandard, minuteStandard);

const caseArb: fc.Arbitrary<Case> = fc
  .tuple(
    standardSpec,
    fc.constantFrom("passfail", "linear", "bands", "ratio", "interp"),
    fc.boolean(), // English wording
    fc.option(fc.constantFrom(5, 10, 100), { nil: null }),
    fc.integer({ min: 1, max: 10 }), // step size
    fc.integer({ min: 1, max: 20 }), // points per step
    fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }), // floor
    fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }), // bonus per step
    fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }), // cap above full
    fc.constantFrom("", "向上取整", "向下取整"),
    fc.uniqueArray(fc.integer({ min: 1, max: 49 }), { minLength: 1, maxLength: 4 }), // band offsets
  )
  .map(([st, kind, en, full, step, pts, floor, bonus, capOver, rounding, offsets]): Case => {
    const unit = st.percent ? "%" : en ? "min" : "分钟";
    const standard = st.higher ? `${en ? ">=" : "≥"}${st.value}${unit}` : `${en ? "<=" : "≤"}${st.value}${unit}`;
    const f = full ?? 100;
    const base = { standard, higher: st.higher, percent: st.percent, full };
    switch (kind) {
      case "passfail":
        return { ...base, rule: "", low: 0, high: f };
      case "linear": {
        const parts: string[] = [];
        if (en) parts.push(st.higher ? `-${pts} per ${step}% below` : `-${pts} per ${step}min over`);
        else parts.push(st.higher ? `每低于${step}%扣${pts}分` : `每超过${step}分钟扣${pts}分`);
        const fl = floor !== null && floor <= f ? floor : null;
        if (fl !== null) parts.push(en ? `min ${fl}` : `最低${fl}分`);
        let high: number = f;
        if (bonus !== null) {
          parts.push(
            en
              ? st.higher
                ? `+${bonus} per ${step}% above`
                : `+${bonus} per ${step}min under`
              : st.higher
                ? `每高于${step}%加${bonus}分`
                : `每少于${step}分钟加${bonus}分`,
          );
          if (capOver !== null) {
            high = f + capOver;
            parts.push(en ? `cap ${high}` : `最高${high}分`);
          } else high = Infinity;
        }
        if (rounding) parts.push(rounding);
        return { ...base, rule: parts.join(en ? "; " : "，"), low: fl ?? 0, high };
      }
      case "bands": {
        // thresholds from the standard toward the worse side, points going down: always in order
        const sorted = [...offsets].sort((a, b) => a - b);
        const clauses = sorted.map((o, i) => {
          const pts = 10 - 2 * i;
          if (st.higher) return `≥${Math.max(st.value - o, 0)}%:${pts}`;
          return `≤${st.value + o}分钟:${pts}`;
        });
        const top = st.higher ? `≥${st.value}%:12` : `≤${st.value}分钟:12`;
        return { ...base, full: null, rule: [top, ...clauses, en ? "else 0" : "其他:0"].join("; "), low: 0, high: 12 };
      }
      case "ratio": {
        const cap = capOver !== null ? f + capOver : null;
        return {
          ...base,
          rule: cap === null ? (en ? "ratio" : "按达成率") : en ? `ratio; cap ${cap}` : `按达成率；最高${cap}分`,
          low: 0,
          high: cap ?? f,
        };
      }
      default: {
        const worse = st.higher ? st.value - offsets[0] : st.value + offsets[0];
        const u = st.percent ? "%" : "分钟";
        return { ...base, full: null, rule: `${worse}${u}得0分，${st.value}${u}得${f}分`, low: 0, high: f };
      }
    }
  });

const actualFor = (c: Case) =>
  c.percent
    ? fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10_000)
    : fc.integer({ min: 0, max: 5000 }).map((n) => n / 10);

describe("well-formed rules", () => {
  test("a score stays between its floor and its cap", () => {
    fc.assert(
      fc.property(
        caseArb.chain((c) => fc.tuple(fc.constant(c), actualFor(c))),
        ([c, a]) => {
          const s = score(a, c.standard, c.rule, c.full);
          return s >= c.low && s <= c.high && Number.isFinite(s);
        },
      ),
      settings,
    );
  });

  test("a better actual never scores lower", () => {
    fc.assert(
      fc.property(
        caseArb.chain((c) => fc.tuple(fc.constant(c), actualFor(c), actualFor(c))),
        ([c, x, y]) => {
          const [worse, better] = (c.higher ? x <= y : x >= y) ? [x, y] : [y, x];
          return score(better, c.standard, c.rule, c.full) >= score(worse, c.standard, c.rule, c.full);
        },
      ),
      settings,
    );
  });

  test("the explanation ends with the score the function returns", () => {
    fc.assert(
      fc.property(
        caseArb.chain((c) => fc.tuple(fc.constant(c), actualFor(c))),
        ([c, a]) => {
          const s = score(a, c.standard, c.rule, c.full);
          const text = explain(a, c.standard, c.rule, c.full);
          const shown = Math.round(s * 1e4) / 1e4;
          return text.includes(String(shown));
        },
      ),
      { ...settings, numRuns: propertyRuns(20_000) },
    );
  });

  test("weighted totals of in-range scores stay in range, and equal weights give the mean", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 12 }), (scores) => {
        const w = scores.map(() => [100 / scores.length]);
        const total = weighted(
          scores.map((s) => [s]),
          w,
        );
        const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
        return Math.abs(total - mean) < 1e-9 && total >= 0 && total <= 100;
      }),
      settings,
    );
  });

  test("a grade never falls as the score rises", () => {
    const order = ["Fail", "Pass", "Excellent"];
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (x, y) => {
          const [lo, hi] = x <= y ? [x, y] : [y, x];
          return order.indexOf(grade(hi)) >= order.indexOf(grade(lo));
        },
      ),
      settings,
    );
  });
});
