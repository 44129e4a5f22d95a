/**
 * Property tests over random well-formed rules built from every clause kind (per step, per
 * occurrence, bands written several ways, lines through points, ratio; floors, caps, caps on
 * deductions and on bonus, cut-offs, negative scores allowed), with the bounds a person reads off
 * them: the score stays within them, a better actual never scores lower, a cut-off holds, and
 * EXPLAIN shows the score. Random junk appended to a valid rule is #VALUE!, never a number.
 */
import fc from "fast-check";
import { explain, score, SlaError } from "../../src/engine";
import { propertyRuns } from "./helpers";

const settings = { numRuns: propertyRuns(20_000), seed: 20261125 };

interface Case {
  readonly standard: string;
  readonly rule: string;
  /** Higher actual is better. */
  readonly higher: boolean;
  readonly low: number;
  readonly high: number;
  /** Actuals at or beyond this (on the worse side) score `cutPoints`. */
  readonly cut: number | null;
  readonly cutPoints: number;
  /** Where actuals are drawn from. */
  readonly from: number;
  readonly to: number;
}

const join = (parts: string[]) => parts.filter(Boolean).join("，");

/** Per step below a % standard, with optional limits; everything worked out from the parts. */
const percentSteps = fc
  .record({
    at: fc.integer({ min: 60, max: 98 }),
    step: fc.constantFrom(0.5, 1, 2, 5),
    pts: fc.integer({ min: 1, max: 20 }),
    bonus: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
    bonusCap: fc.option(fc.integer({ min: 1, max: 15 }), { nil: null }),
    floor: fc.option(fc.integer({ min: 0, max: 70 }), { nil: null }),
    deductionCap: fc.option(fc.integer({ min: 5, max: 60 }), { nil: null }),
    cutBelow: fc.option(fc.integer({ min: 5, max: 40 }), { nil: null }),
    negative: fc.boolean(),
    rounding: fc.constantFrom("", "向上取整", "向下取整", "不足1%按1%计"),
  })
  .map((p): Case => {
    const negative = p.negative && p.cutBelow === null; // a cut-off to 0 beside negative scores is refused
    const floor = negative ? null : p.floor;
    const cut = p.cutBelow === null ? null : (p.at - p.cutBelow) / 100;
    const rule = join([
      `每低于${p.step}%扣${p.pts}分`,
      p.bonus !== null ? `每高于${p.step}%加${p.bonus}分` : "",
      p.bonus !== null && p.bonusCap !== null ? `最高加${p.bonusCap}分` : "",
      floor !== null ? `最低${floor}分` : "",
      p.deductionCap !== null ? `最多扣${p.deductionCap}分` : "",
      cut !== null ? `低于${p.at - p.cutBelow!}%不得分` : "",
      negative ? "可以为负分" : "",
      p.rounding,
    ]);
    const lowest = Math.max(
      p.deductionCap !== null ? 100 - p.deductionCap : -Infinity,
      floor ?? (negative ? -Infinity : 0),
    );
    const bonusRoom = p.bonus === null ? 0 : (p.bonusCap ?? Infinity);
    return {
      standard: `≥${p.at}%`,
      rule,
      higher: true,
      low: Math.min(lowest, cut !== null ? 0 : Infinity),
      high: 100 + bonusRoom,
      cut,
      cutPoints: 0,
      from: 0,
      to: 1,
    };
  });

/** Per occurrence against a count standard ("0次", "无", or none), with a cap on deductions. */
const occurrences = fc
  .record({
    standard: fc.constantFrom("0次", "无", "", "≤0次"),
    wording: fc.constantFrom("每次扣{n}分", "每发生1次扣{n}分", "每出现一次扣{n}分", "扣{n}分/次", "每处扣{n}分"),
    pts: fc.integer({ min: 1, max: 30 }),
    most: fc.option(fc.integer({ min: 5, max: 80 }), { nil: null }),
  })
  .map((p): Case => ({
    standard: p.standard,
    rule: join([p.wording.replace("{n}", String(p.pts)), p.most !== null ? `扣分上限${p.most}分` : "扣完为止"]),
    higher: false,
    low: p.most !== null ? 100 - p.most : 0,
    high: 100,
    cut: null,
    cutPoints: 0,
    from: 0,
    to: 40,
  }));

/** Bands written as ranges, whole numbers, in any order, with a catch-all. */
const bands = fc
  .record({
    edges: fc.uniqueArray(fc.integer({ min: 50, max: 99 }), { minLength: 2, maxLength: 5 }),
    shuffle: fc.boolean(),
    style: fc.constantFrom("range", "compare", "words"),
  })
  .map((p): Case => {
    const edges = [...p.edges].sort((a, b) => b - a); // descending
    const clauses = edges.map((e, i) => {
      const pts = 10 * (edges.length - i);
      if (p.style === "compare" || i === 0) return `≥${e}%:${pts}`;
      if (p.style === "words") return `${e}%及以上得${pts}分`;
      return `${e}%-${edges[i - 1] - 1}%:${pts}`;
    });
    if (p.shuffle) clauses.reverse();
    return {
      standard: "",
      rule: [...clauses, "其他:0"].join("；"),
      higher: true,
      low: 0,
      high: 10 * edges.length,
      cut: null,
      cutPoints: 0,
      from: 0,
      to: 1,
    };
  });

/** A line through points, and a ratio with a cut-off. */
const lines = fc
  .record({
    a: fc.integer({ min: 50, max: 70 }),
    b: fc.integer({ min: 75, max: 90 }),
    c: fc.integer({ min: 92, max: 100 }),
    top: fc.integer({ min: 100, max: 130 }),
  })
  .map((p): Case => ({
    standard: "",
    rule: `${p.a}%得0分，${p.b}%得80分，${p.c}%得${p.top}分，之间线性计分`,
    higher: true,
    low: 0,
    high: p.top,
    cut: null,
    cutPoints: 0,
    from: 0,
    to: 1,
  }));
const ratios = fc
  .record({ at: fc.integer({ min: 60, max: 99 }), cut: fc.integer({ min: 1, max: 30 }) })
  .map((p): Case => ({
    standard: `≥${p.at}%`,
    rule: `按完成比例计分，低于${p.at - p.cut}%不得分`,
    higher: true,
    low: 0,
    high: 100,
    cut: (p.at - p.cut) / 100,
    cutPoints: 0,
    from: 0,
    to: 1,
  }));

const anyCase = fc.oneof(percentSteps, occurrences, bands, lines, ratios);
const withActual = anyCase.chain((c) =>
  fc.tuple(
    fc.constant(c),
    fc.integer({ min: c.from * 1000, max: c.to * 1000 }).map((n) => n / 1000),
  ),
);

describe("random well-formed rules of every kind", () => {
  test("the score stays within the limits the rule states", () => {
    fc.assert(
      fc.property(withActual, ([c, a]) => {
        const s = score(a, c.standard, c.rule);
        return Number.isFinite(s) && s >= c.low - 1e-9 && s <= c.high + 1e-9;
      }),
      settings,
    );
  });

  test("a better actual never scores lower", () => {
    fc.assert(
      fc.property(
        anyCase.chain((c) => {
          const x = fc.integer({ min: c.from * 1000, max: c.to * 1000 }).map((n) => n / 1000);
          return fc.tuple(fc.constant(c), x, x);
        }),
        ([c, x, y]) => {
          const [worse, better] = (c.higher ? x <= y : x >= y) ? [x, y] : [y, x];
          return score(better, c.standard, c.rule) >= score(worse, c.standard, c.rule) - 1e-9;
        },
      ),
      settings,
    );
  });

  test("a cut-off holds: beyond it the score is the cut-off's", () => {
    fc.assert(
      fc.property(withActual, ([c, a]) => {
        if (c.cut === null || !(a < c.cut - 1e-9)) return true;
        return score(a, c.standard, c.rule) === c.cutPoints;
      }),
      settings,
    );
  });

  test("EXPLAIN shows the score SCORE returns", () => {
    fc.assert(
      fc.property(withActual, ([c, a]) => {
        const s = score(a, c.standard, c.rule);
        return explain(a, c.standard, c.rule).includes(String(Math.round(s * 1e4) / 1e4));
      }),
      { ...settings, numRuns: propertyRuns(5_000) },
    );
  });
});

test("random junk appended to a valid rule is #VALUE!, never a number", () => {
  const junkPiece = fc.constantFrom(
    "扣",
    "每",
    "≥",
    "%",
    "得",
    "分",
    "最",
    "abc",
    "其",
    "标准",
    "9",
    "x",
    "？",
    "?",
    " ",
    "低于",
  );
  const junk = fc.array(junkPiece, { minLength: 1, maxLength: 8 }).map((a) => `${a.join("")}??`);
  fc.assert(
    fc.property(withActual, junk, ([c, a], j) => {
      try {
        score(a, c.standard, `${c.rule}，${j}`);
        return false;
      } catch (e) {
        return e instanceof SlaError && e.code === "#VALUE!";
      }
    }),
    settings,
  );
});
