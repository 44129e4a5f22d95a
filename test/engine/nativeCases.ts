/**
 * Random cases for the native formulas, from a seeded generator: rules of every clause kind in the
 * phrasings the engine reads (the shapes of clauses/*'s worked examples and phrasings.test.ts, in
 * Chinese and English), with random numbers, and actual values where a rule's score changes (at an
 * edge, a hair beside it, in between), plus empty and refused cells. Each case is one row of a sheet:
 * column A the actual (or score), the ranges of WEIGHTED and ATTAINMENT in C:J and K:R.
 *
 * The engine's own answer for each case comes from the public functions, called with the cell values
 * as Excel passes them ("" for an empty cell, rows of cells for a range).
 */
import { seeded } from "../../bench/random";
import {
  attainment,
  clauseKinds,
  credit,
  grade,
  met,
  nativeFormula,
  score,
  SlaError,
  weighted,
  type NativeFunction,
} from "../../src/engine";
import type { CompiledRule } from "../../src/engine/compiledRule";
import { ruleFor } from "../../src/engine/ruleCache";
import { readClauses } from "../../src/engine/clauses";
import { Linear, Rate } from "../../src/engine/scorers";
import { Cap, DeductionCap, Floor } from "../../src/engine/modifiers";

export type Cell = number | string | boolean | null;

export interface NativeCase {
  readonly fn: NativeFunction;
  /** The generator it came from, for coverage counts. */
  readonly shape: string;
  /** Column A: the actual or the score (null: an empty cell). */
  readonly a: Cell;
  /** C:J and K:R: the ranges of WEIGHTED (scores, weights) and ATTAINMENT (values). */
  readonly range1?: readonly Cell[];
  readonly range2?: readonly Cell[];
  /** The texts the function reads once: standard, rule, full marks, scale. */
  readonly texts: readonly unknown[];
}

/** What the engine gives: a number, TRUE/FALSE, a text, or an error code. */
export type Result = number | boolean | string | { readonly error: string };

const RANGE1 = ["C", "D", "E", "F", "G", "H", "I", "J"];
const RANGE2 = ["K", "L", "M", "N", "O", "P", "Q", "R"];

/** The SLA.* arguments of a case in row `row`: references for the cells, the texts as they are. */
export function argsOf(c: NativeCase, row: number): unknown[] {
  const range = (cols: string[], n: number) => `${cols[0]}${row}:${cols[n - 1]}${row}`;
  switch (c.fn) {
    case "WEIGHTED":
      return [range(RANGE1, c.range1!.length), range(RANGE2, c.range2!.length)];
    case "ATTAINMENT":
      return [range(RANGE1, c.range1!.length), c.texts[0]];
    default:
      return [`A${row}`, ...c.texts];
  }
}

/** The cells of a case's row, by column letter. */
export function cellsOf(c: NativeCase): Map<string, Cell> {
  const out = new Map<string, Cell>();
  if (c.a !== null) out.set("A", c.a);
  c.range1?.forEach((v, i) => v !== null && out.set(RANGE1[i], v));
  c.range2?.forEach((v, i) => v !== null && out.set(RANGE2[i], v));
  return out;
}

const asExcel = (v: Cell): Cell => (v === null ? "" : v);
const row = (vs: readonly Cell[]) => [vs.map(asExcel)];

/** The engine's answer, through the public function, as Excel would call it. */
export function engineResult(c: NativeCase): Result {
  try {
    const a = asExcel(c.a);
    const t = c.texts;
    switch (c.fn) {
      case "SCORE":
        return score(a, t[0], t[1], t[2]);
      case "CREDIT":
        return credit(a, t[0], t[1]);
      case "MET":
        return met(a, t[0]);
      case "GRADE":
        return grade(a, t[0]);
      case "WEIGHTED":
        return weighted(row(c.range1!), row(c.range2!));
      case "ATTAINMENT":
        return attainment(row(c.range1!), t[0]);
    }
  } catch (e) {
    if (e instanceof SlaError) return { error: e.code };
    throw e;
  }
}

/** Whether two results agree: numbers within 1e-9, anything else exactly. */
export function same(a: Result, b: Result): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9;
  if (typeof a === "object" && typeof b === "object") return a.error === b.error;
  return a === b;
}

// -------------------------------------------------------------------------------------------------
// Random pieces

type Rng = () => number;

class Draw {
  constructor(readonly rng: Rng) {}
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.rng() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.rng() * xs.length)];
  }
  chance(p: number): boolean {
    return this.rng() < p;
  }
  /** A number between lo and hi with `digits` decimals, as a person types it. */
  dec(lo: number, hi: number, digits: number): number {
    const f = 10 ** digits;
    return Math.round((lo + this.rng() * (hi - lo)) * f) / f;
  }
}

const join = (parts: (string | false | null | undefined)[], sep = "，") => parts.filter(Boolean).join(sep);
/** x/100 as the engine reads "x%": the same division. */
const pct = (x: number) => x / 100;

/** A rule case before its actuals: the texts and where the score changes. */
interface RuleShape {
  readonly fn: "SCORE" | "CREDIT";
  readonly standard: string | number;
  readonly rule: string;
  readonly full?: number | string;
  /** Values where the score changes (edges), in the actual's unit. */
  readonly edges: readonly number[];
  /** Where actuals are drawn from. */
  readonly lo: number;
  readonly hi: number;
  /** Decimal places of the drawn actuals. */
  readonly digits: number;
}

type Generator = (d: Draw) => RuleShape;

/** A % standard as people write it; `value` is the threshold in percent. */
function percentStandard(d: Draw, value: number, en: boolean): string | number {
  if (en) return d.pick([`>=${value}%`, `at least ${value}%`, `≥${value}%`]);
  return d.pick([`≥${value}%`, `不低于${value}%`, `≥${value}%`, pct(value)]);
}

const GENERATORS: Record<string, Generator> = {
  /** 每低于1%扣5分 with any of bonus, rounding, floor, caps, cut-off, band change, full marks. */
  percentSteps(d) {
    const en = d.chance(0.35);
    const at = d.chance(0.8) ? d.int(60, 98) : d.dec(60, 98, 1);
    const s = d.pick([0.5, 1, 1, 2, 5]);
    const p = d.int(1, 20);
    const bonus = d.chance(0.3) ? d.int(1, 5) : null;
    const rounding = d.pick(["", "", "ceil", "floor"]);
    const floor = d.chance(0.25) ? d.int(0, 70) : null;
    const negative = floor === null && d.chance(0.1);
    const deductionCap = d.chance(0.25) ? d.int(5, 60) : null;
    const bonusCap = bonus !== null && d.chance(0.5) ? d.int(1, 15) : null;
    const cut = !negative && d.chance(0.25) ? at - d.int(5, 30) : null;
    const change = cut === null && bonus === null && d.chance(0.15) ? at - d.int(5, 20) : null;
    const full = !en && d.chance(0.15) ? d.pick([10, 15, 20, 30]) : null;
    const cap = bonus !== null && bonusCap === null && d.chance(0.4) ? (full ?? 100) + d.int(2, 20) : null;
    const rule = en
      ? join(
          [
            full === null && d.chance(0.1) ? `full ${d.pick([10, 20])}` : null,
            d.chance(0.5) ? `-${p} per ${s}% below` : `deduct ${p} points for each ${s}% below the target`,
            bonus !== null && `+${bonus} per ${s}% above`,
            rounding === "ceil" && "rounded up",
            rounding === "floor" && "rounded down",
            floor !== null && `min ${floor}`,
            cap !== null && `cap ${cap}`,
            cut !== null && `no points below ${cut}%`,
          ],
          "; ",
        )
      : join([
          full !== null && d.pick([`满分${full}分`, `标准分${full}分`]),
          d.pick([`每低于${s}%扣${p}分`, `低于标准每${s}%扣${p}分`, `每低于目标值${s}%扣${p}分`]),
          bonus !== null && d.pick([`每高于${s}%加${bonus}分`, `每提高${s}%加${bonus}分`]),
          bonusCap !== null && d.pick([`加分不超过${bonusCap}分`, `最高加${bonusCap}分`]),
          rounding === "ceil" && d.pick(["向上取整", `不足${s}%按${s}%计`]),
          rounding === "floor" && d.pick(["向下取整", "不足部分不扣分"]),
          floor !== null && `最低${floor}分`,
          negative && "可以为负分",
          deductionCap !== null && d.pick([`最多扣${deductionCap}分`, `扣分上限${deductionCap}分`]),
          cap !== null && `最高${cap}分`,
          cut !== null && d.pick([`低于${cut}%不得分`, `低于${cut}%得0分`]),
          change !== null && `低于${change}%扣${d.int(2, 10)}分`,
          floor === null && !negative && d.chance(0.1) && "扣完为止",
          bonus === null && d.chance(0.1) && "高于标准不加分",
        ]);
    const edges = [at, cut, change].filter((x): x is number => x !== null).map(pct);
    for (let k = 1; k <= 6; k++) edges.push(pct(at - k * s), pct(at + k * s));
    return { fn: "SCORE", standard: percentStandard(d, at, en), rule, edges, lo: 0, hi: bonus ? 1 : 1, digits: 4 };
  },

  /** Per step over a time limit: a step in another unit than the standard (minutes against hours). */
  timeSteps(d) {
    const unit = d.pick(["小时", "分钟", "秒"] as const);
    const limit = unit === "小时" ? d.int(1, 48) : unit === "分钟" ? d.int(5, 120) : d.int(10, 120);
    const en = d.chance(0.3);
    const standard =
      unit === "小时"
        ? en
          ? d.pick([`within ${limit} hours`, `<=${limit}h`])
          : d.pick([`≤${limit}小时`, `${limit}小时内`])
        : unit === "分钟"
          ? en
            ? `<=${limit} min`
            : `≤${limit}分钟`
          : en
            ? `<=${limit}s`
            : `≤${limit}秒`;
    const p = d.int(1, 10);
    // The step in a unit of its own, converted by the engine into the standard's.
    const [step, stepText, stepInUnit] =
      unit === "小时"
        ? d.pick([
            [1, en ? "hour" : "1小时", 1],
            [0.5, "30分钟", 0.5],
            [0.25, "15分钟", 0.25],
          ] as const)
        : unit === "分钟"
          ? d.pick([
              [5, "5分钟", 5],
              [1, "1分钟", 1],
              [0.5, "30秒", 0.5],
            ] as const)
          : d.pick([
              [10, "10秒", 10],
              [5, "5秒", 5],
            ] as const);
    void step;
    const rounding = d.pick(["", "", "向上取整", "向下取整"]);
    const most = d.chance(0.3) ? d.int(10, 60) : null;
    const rule =
      en && unit === "小时" && stepText === "hour"
        ? `${p} points per hour late`
        : join([`每超${stepText.replace("hour", "1小时")}扣${p}分`, rounding, most !== null && `最多扣${most}分`]);
    const edges: number[] = [limit];
    for (let k = 1; k <= 6; k++) edges.push(limit + k * stepInUnit);
    return {
      fn: "SCORE",
      standard,
      rule,
      full: d.chance(0.2) ? 10 : undefined,
      edges,
      lo: 0,
      hi: limit * 3,
      digits: 2,
    };
  },

  /** Per occurrence against a count standard, a label, a cap on deductions. */
  occurrences(d) {
    const p = d.int(1, 30);
    const standard = d.pick(["0次", "无", "", "≤0次", `不超过${d.int(1, 3)}次`, `≤${d.int(1, 3)}次`]);
    const wording = d.pick([
      `每次扣${p}分`,
      `每发生1次扣${p}分`,
      `每出现一次扣${p}分`,
      `扣${p}分/次`,
      `每处扣${p}分`,
      `维护人员未按时到场，每次扣${p}分`,
    ]);
    const limit = d.pick([
      "",
      "",
      `扣分上限${d.int(5, 80)}分`,
      "扣完为止",
      "可以为负分",
      `最低${d.int(10, 50)}分`,
      `最高不超过${d.int(5, 40)}分`,
    ]);
    const before = standard === "" && d.chance(0.2) ? `超过${d.int(1, 3)}次` : "";
    return {
      fn: "SCORE",
      standard: before ? "" : standard,
      rule: join([before, wording, limit]),
      full: d.chance(0.2) ? d.pick([10, 20, "10分"]) : undefined,
      edges: [0, 1, 2, 3],
      lo: 0,
      hi: 30,
      digits: 0,
    };
  },

  /** Band tables written every way, with a catch-all, in any order. */
  percentBands(d) {
    const n = d.int(2, 5);
    const edges = new Set<number>();
    const decimals = d.chance(0.3);
    while (edges.size < n) edges.add(decimals ? d.dec(80, 99.9, 1) : d.int(50, 99));
    const sorted = [...edges].sort((a, b) => b - a);
    const style = d.pick(["compare", "words", "range", "x", "english", "englishRange"]);
    const ranges = !decimals && (style === "range" || style === "x" || style === "englishRange");
    const clauses = sorted.map((e, i) => {
      const pts = 10 * (n - i) + d.pick([0, 0, 5]);
      if (i === 0 || !ranges) {
        if (style === "words") return `${e}%及以上得${pts}分`;
        if (style === "english" || style === "englishRange") return `${e}% or more: ${pts}`;
        return `≥${e}%:${pts}`;
      }
      const hi = sorted[i - 1];
      if (style === "x") return `${e}%≤X<${hi}%:${pts}`;
      if (style === "englishRange") return `Less than ${hi}% but at least ${e}%: ${pts}`;
      return `${e}%-${hi - 1}%:${pts}`;
    });
    if (d.chance(0.5)) clauses.reverse();
    const english = style.startsWith("english");
    const catchAll = english ? "else 0" : d.pick(["其他:0", `<${sorted[n - 1]}%:0`, `不足${sorted[n - 1]}%得0分`]);
    const all = [...sorted, ...(ranges ? sorted.map((e) => e - 1) : [])].map(pct);
    return {
      fn: "SCORE",
      standard: "",
      rule: [...clauses, catchAll].join(english ? "; " : "；"),
      edges: all,
      lo: 0.3,
      hi: 1,
      digits: 4,
    };
  },

  /** A table of times, ranges between. */
  timeBands(d) {
    const a = d.pick([0.5, 1, 2]);
    const b = a + d.pick([0.5, 1]);
    const c = b + d.pick([0.5, 1, 2]);
    const rule = d.chance(0.5)
      ? `≤${a}小时:5; ${a}-${b}小时:4; ${b}-${c}小时:3; >${c}小时:1`
      : `≤${a * 60}分钟:5; ${a * 60}-${b * 60}分钟:4; ${b * 60}-${c * 60}分钟:3; >${c * 60}分钟:1`;
    const inMinutes = rule.includes("分钟");
    const k = inMinutes ? 60 : 1;
    return { fn: "SCORE", standard: "", rule, edges: [a * k, b * k, c * k], lo: 0, hi: c * k * 2, digits: 2 };
  },

  /** Pass/fail, with words, a single band, a cut-off, once-off changes. */
  passFail(d) {
    const at = d.int(80, 99);
    const f = d.pick([100, 10, 2, 5]);
    const form = d.pick(["none", "met", "metEn", "fits", "single", "over", "missed", "cutoff"]);
    const hours = d.int(2, 8);
    switch (form) {
      case "none":
        return {
          fn: "SCORE",
          standard: d.pick([`≥${at}%`, `>${at}%`, `>=${at}%`]),
          rule: "",
          edges: [pct(at)],
          lo: 0.5,
          hi: 1,
          digits: 3,
        };
      case "met":
        return {
          fn: "SCORE",
          standard: `≥${at}%`,
          rule: `达标${f}分，否则${d.pick([0, 0, Math.floor(f / 2)])}分`,
          edges: [pct(at)],
          lo: 0.5,
          hi: 1,
          digits: 3,
        };
      case "metEn":
        return {
          fn: "SCORE",
          standard: `>=${at}%`,
          rule: `met ${f}, otherwise ${Math.floor(f / 2)}`,
          edges: [pct(at)],
          lo: 0.5,
          hi: 1,
          digits: 3,
        };
      case "fits":
        return {
          fn: "SCORE",
          standard: `≥${at}%`,
          rule: `符合得${f}分，不符合0分`,
          edges: [pct(at)],
          lo: 0.5,
          hi: 1,
          digits: 3,
        };
      case "single":
        return { fn: "SCORE", standard: "", rule: `≥${at}%得${f}分`, edges: [pct(at)], lo: 0.5, hi: 1, digits: 3 };
      case "over":
        return {
          fn: "SCORE",
          standard: "",
          rule: `超过${hours}小时扣${d.int(2, 20)}分`,
          edges: [hours],
          lo: 0,
          hi: 20,
          digits: 2,
        };
      case "missed":
        return {
          fn: "SCORE",
          standard: `≥${at}%`,
          rule: `未达标扣${d.int(2, 20)}分`,
          edges: [pct(at)],
          lo: 0.5,
          hi: 1,
          digits: 3,
        };
      default:
        return {
          fn: "SCORE",
          standard: `≥${at}%`,
          rule: `低于${at}%不得分`,
          edges: [pct(at)],
          lo: 0.5,
          hi: 1,
          digits: 3,
        };
    }
  },

  /** Ratios (higher and lower is better), with cut-offs and caps. */
  ratio(d) {
    if (d.chance(0.3)) {
      const h = d.int(1, 8);
      return {
        fn: "SCORE",
        standard: d.pick([`<=${h}h`, `≤${h}小时`]),
        rule: d.pick(["pro rata", "按达成率"]),
        edges: [0, h],
        lo: 0,
        hi: h * 3,
        digits: 2,
      };
    }
    const at = d.int(60, 99);
    const cut = d.chance(0.4) ? at - d.int(1, 30) : null;
    const wording = d.pick([
      "按达成率",
      "按完成比例计分",
      "实际完成值÷目标值×100",
      "(actual/target)*100",
      "按完成率计分",
    ]);
    const en = wording.startsWith("(");
    return {
      fn: "SCORE",
      standard: en ? `>=${at}%` : `≥${at}%`,
      rule: join(
        [
          wording,
          cut !== null && (en ? `no points below ${cut}%` : `低于${cut}%得0分`),
          d.chance(0.2) && !en && `最高${d.int(100, 120)}分`,
        ],
        en ? ", " : "，",
      ),
      edges: [pct(at), ...(cut !== null ? [pct(cut)] : [])],
      lo: 0,
      hi: 1,
      digits: 4,
    };
  },

  /** The actual times a number, or what is left of it. */
  rate(d) {
    const n = d.pick([100, 30, 20, 10]);
    return d.chance(0.5)
      ? { fn: "SCORE", standard: "", rule: `完成率×${n}`, edges: [], lo: 0, hi: 1, digits: 4 }
      : { fn: "SCORE", standard: "", rule: `得分=${n}分×(1—批退率)`, full: n, edges: [], lo: 0, hi: 1, digits: 4 };
  },

  /** Straight lines through points. */
  line(d) {
    const a = d.int(50, 75);
    const b = d.int(78, 92);
    const c = d.int(94, 100);
    const top = d.int(100, 130);
    const form = d.pick(["two", "three", "en"]);
    const rule =
      form === "two"
        ? `${a}%得0分，${c}%得100分，之间线性计分`
        : form === "three"
          ? `${a}%得0分，${b}%得${d.int(40, 90)}分，${c}%得${top}分`
          : `0 at ${a}%, 100 at ${c}%`;
    return { fn: "SCORE", standard: "", rule, edges: [a, b, c].map(pct), lo: 0.3, hi: 1, digits: 4 };
  },

  /** The rule names its standard. */
  statedStandard(d) {
    const v = d.int(70, 97);
    const rule = d.pick([
      `准时率：基准值${v}%，每超1%加1分，每低1%扣2分，最低0分`,
      `“满意”率以${v}%为基数，每超过一个百分点加1分，每低于一个百分点扣1分`,
      `保洁工具完好率在${v}%以上，月末检查，每低1%扣1分`,
    ]);
    return {
      fn: "SCORE",
      standard: "",
      rule,
      full: d.chance(0.3) ? 25 : undefined,
      edges: [pct(v)],
      lo: 0.4,
      hi: 1,
      digits: 3,
    };
  },

  /** Lower is better with a bonus below, and deductions on both sides of a bare target. */
  otherSides(d) {
    if (d.chance(0.5)) {
      const v = d.int(1, 5);
      return {
        fn: "SCORE",
        standard: `${v}%`,
        rule: `差错率每降低0.5%加${d.int(1, 3)}分`,
        edges: [pct(v), pct(v - 0.5)],
        lo: 0,
        hi: 0.1,
        digits: 4,
      };
    }
    const base = d.pick([100, 200, 500]);
    return {
      fn: "SCORE",
      standard: `${base}元`,
      rule: `每高于基准价1%扣${d.dec(0.1, 1, 1)}分，每低于基准价1%扣${d.dec(0.1, 1, 1)}分`,
      edges: [base, base * 1.01, base * 0.99],
      lo: base * 0.5,
      hi: base * 1.5,
      digits: 1,
    };
  },

  /** Points as a share of full marks ("扣2%"), full marks given. */
  shareOfFull(d) {
    const at = d.int(80, 98);
    return {
      fn: "SCORE",
      standard: `≥${at}%`,
      rule: join([
        `每低于1%扣${d.int(1, 10)}%`,
        d.chance(0.3) && "向上取整",
        d.chance(0.3) && `最高扣除${d.int(10, 50)}%`,
      ]),
      full: d.pick([10, 20, 100, 15]),
      edges: [pct(at), pct(at - 1), pct(at - 2)],
      lo: 0.5,
      hi: 1,
      digits: 4,
    };
  },

  /** Fee clauses for CREDIT: per step, per hour, tiered, capped. */
  fees(d) {
    const form = d.pick(["step", "hour", "en", "tiers", "capped"]);
    const at = d.pick([99.9, 99.5, 99, 98, 95, 90]);
    const f = d.pick([0.5, 1, 1.5, 2, 5]);
    switch (form) {
      case "step":
        return {
          fn: "CREDIT",
          standard: `≥${at}%`,
          rule: `每低${d.pick([0.1, 0.5, 1])}%扣减当月服务费${f}%`,
          edges: [pct(at)],
          lo: 0.8,
          hi: 1,
          digits: 4,
        };
      case "hour": {
        const h = d.int(1, 8);
        return {
          fn: "CREDIT",
          standard: `≤${h}小时`,
          rule: join([`按每小时${f}%服务费扣罚`, d.chance(0.5) && `扣减总额不超过月费的${d.int(5, 30)}%`]),
          edges: [h, h + 1, h + 2],
          lo: 0,
          hi: h * 4,
          digits: 2,
        };
      }
      case "en":
        return {
          fn: "CREDIT",
          standard: `>=${at}%`,
          rule: `${f}% of the monthly charge for each ${d.pick([0.1, 0.5])}% (or part of it) below target, up to ${d.int(10, 40)}%`,
          edges: [pct(at)],
          lo: 0.8,
          hi: 1,
          digits: 4,
        };
      case "tiers":
        return {
          fn: "CREDIT",
          standard: "≥99.9%",
          rule: `<99.9%: ${d.int(5, 10)}%; <99%: ${d.int(15, 30)}%; <95%: 100%`,
          edges: [0.999, 0.99, 0.95],
          lo: 0.9,
          hi: 1,
          digits: 4,
        };
      default:
        return {
          fn: "CREDIT",
          standard: `≥${at}%`,
          rule: `每低1%扣减当月服务费${f}%，扣减总额不超过月费的${d.int(5, 30)}%`,
          edges: [pct(at)],
          lo: 0.5,
          hi: 1,
          digits: 4,
        };
    }
  },
};

/** Every worked example of the clause kinds, its numbers moved at random: the table's own phrasings. */
function examplesMoved(d: Draw): RuleShape {
  const all = clauseKinds.flatMap((k) => k.examples);
  const e = d.pick(all);
  const move = (text: string) =>
    text.replace(/\d+(\.\d+)?/g, (n) => {
      const x = Number(n);
      if (d.chance(0.4)) return n;
      const y = n.includes(".")
        ? Math.max(0.1, Math.round((x + d.pick([-1, -0.5, 0.5, 1])) * 10) / 10)
        : Math.max(0, x + d.int(-3, 3));
      return String(y);
    });
  const rule = move(e.rule);
  const standard = typeof e.standard === "string" ? move(e.standard) : e.standard;
  const numbers = [...`${rule} ${standard}`.matchAll(/(\d+(?:\.\d+)?)(%?)/g)].map((m) =>
    m[2] ? pct(Number(m[1])) : Number(m[1]),
  );
  const percent = `${rule}${standard}`.includes("%") || (e.actual <= 1 && e.actual > 0 && !Number.isInteger(e.actual));
  return {
    fn: e.fn ?? "SCORE",
    standard,
    rule,
    full: e.full,
    edges: numbers.filter((x) => (percent ? x <= 1 : true)),
    lo: 0,
    hi: percent ? 1 : Math.max(10, e.actual * 2),
    digits: percent ? 4 : 2,
  };
}

/** Actual values for a rule: its edges, a hair and a step beside them, values in between; some refused. */
function actualsFor(d: Draw, r: RuleShape, n: number): Cell[] {
  const out: Cell[] = [];
  const unit = 10 ** -r.digits;
  for (let i = 0; i < n; i++) {
    const roll = d.rng();
    if (roll < 0.03) out.push(d.pick([null, "n/a", true, -1, r.hi > 1 ? -5 : 85]));
    else if (roll < 0.45 && r.edges.length) {
      // At an edge, or one typed digit (or half of one) either side of it, as typed.
      const e = d.pick(r.edges);
      const v = Number((e + d.pick([0, 0, -unit, unit, -unit / 2, unit / 2])).toFixed(10));
      out.push(Math.max(0, v));
    } else if (roll < 0.5 && r.edges.length) {
      // An edge with float noise, as a sum in a cell gives it (0.7 + 0.2 = 0.8999999999999999).
      const e = d.pick(r.edges);
      out.push(Math.max(0, e * (1 + d.pick([-2, -1, 1, 2]) * Number.EPSILON)));
    } else out.push(d.dec(r.lo, r.hi, r.digits));
  }
  return out;
}

const PERCENT_STANDARDS = (d: Draw): string | number => {
  const a = d.chance(0.7) ? d.int(60, 99) : d.dec(90, 99.9, 1);
  return d.pick([
    `≥${a}%`,
    `>${a}%`,
    `>=${a}%`,
    `不低于${a}%`,
    `at least ${a}%`,
    `≤${a % 10}%`,
    `<${a % 10 || 1}%`,
    pct(a),
  ]);
};

function anyStandard(d: Draw): { standard: string | number; edges: number[]; lo: number; hi: number; digits: number } {
  const kind = d.pick(["percent", "percent", "time", "count", "points", "none"]);
  if (kind === "percent") {
    const standard = PERCENT_STANDARDS(d);
    const x = typeof standard === "number" ? standard : pct(Number(/[\d.]+/.exec(standard)![0]));
    return { standard, edges: [x], lo: 0, hi: 1, digits: 4 };
  }
  if (kind === "time") {
    const h = d.int(1, 72);
    const standard = d.pick([`≤${h}小时`, `${h}小时内`, `<=${h}分钟`, `<${h}s`, `at most ${h}h`, `不超过${h}小时`]);
    return { standard, edges: [h], lo: 0, hi: h * 2, digits: 2 };
  }
  if (kind === "count") {
    const k = d.int(0, 3);
    return { standard: d.pick([`${k}次`, "无", `不超过${k}次`, `≤${k}起`]), edges: [k, 0], lo: 0, hi: 6, digits: 0 };
  }
  if (kind === "points") {
    const p = d.dec(3, 5, 1);
    return { standard: d.pick([`≥${p}分`, `≥${p}`]), edges: [p], lo: 0, hi: 5, digits: 2 };
  }
  const v = d.int(50, 200);
  return { standard: v, edges: [v], lo: 0, hi: 300, digits: 1 };
}

const SCALES = (d: Draw): { scale: unknown; edges: number[] } => {
  const a = d.int(85, 95);
  const b = d.int(70, a - 5);
  const c = d.int(50, b - 5);
  switch (d.pick(["zh", "en", "ranges", "words", "default", "fractions", "rows"])) {
    case "zh":
      return { scale: `优秀≥${a};合格≥${b};不合格`, edges: [a, b] };
    case "en":
      return { scale: `Excellent>=${a}; Pass>=${b}; Fail`, edges: [a, b] };
    case "ranges":
      return { scale: `A:${a}-100; B:${b}-${a - 1}; C:${c}-${b - 1}; D:<${c}`, edges: [a, b, c, a - 0.5, b - 0.5] };
    case "words":
      return { scale: `${a}分以上为优秀，${b}分以上为良好，${b}分以下为差`, edges: [a, b] };
    case "default":
      return { scale: null, edges: [90, 80] };
    case "fractions":
      return { scale: `A≥${a}%;B≥${b}%;C`, edges: [pct(a), pct(b)] };
    default:
      return {
        scale: [
          ["优秀", a],
          ["良好", b],
          ["合格", c],
          ["不合格", ""],
        ],
        edges: [a, b, c],
      };
  }
};

export interface Generated {
  readonly cases: NativeCase[];
  /** Rules the engine refused (their formula must be refused the same way), by SlaError id. */
  readonly refused: { readonly fn: NativeFunction; readonly texts: readonly unknown[]; readonly id: string }[];
}

/**
 * About `n` cases across every generator and function, the same ones for the same seed. Each rule
 * shape gets a few actuals; of the rest, MET, GRADE, WEIGHTED and ATTAINMENT about 8% each.
 */
export function generateCases(n: number, seed = 20261201): Generated {
  const d = new Draw(seeded(seed));
  const cases: NativeCase[] = [];
  const refused: Generated["refused"][number][] = [];
  const shapes: [string, Generator][] = [...Object.entries(GENERATORS), ["examples", examplesMoved]];
  const target = { rules: Math.round(n * 0.68), others: Math.round(n * 0.08) };
  let made = 0;
  while (made < target.rules) {
    const [name, gen] = shapes[Math.floor(d.rng() * shapes.length)];
    const r = gen(d);
    const texts = r.fn === "CREDIT" ? [r.standard, r.rule] : [r.standard, r.rule, r.full];
    try {
      if (r.fn === "CREDIT") ruleFor(r.standard, r.rule, "credit");
      else score(0, r.standard, r.rule, r.full); // compiles the rule; a refused actual is fine here
    } catch (e) {
      if (!(e instanceof SlaError)) throw e;
      if (!/actual|percent|negative|noBand/i.test(e.id)) {
        refused.push({ fn: r.fn, texts, id: e.id });
        continue;
      }
    }
    for (const a of actualsFor(d, r, 4)) {
      cases.push({ fn: r.fn, shape: name, a, texts });
      made++;
    }
  }
  for (let i = 0; i < target.others; i++) {
    const s = anyStandard(d);
    const unit = 10 ** -s.digits;
    const a = d.chance(0.04)
      ? d.pick<Cell>([null, "x", 150])
      : d.chance(0.5)
        ? d.pick(s.edges) + d.pick([0, 0, unit, -unit])
        : d.dec(s.lo, s.hi, s.digits);
    cases.push({ fn: "MET", shape: "met", a, texts: [s.standard] });
  }
  for (let i = 0; i < target.others; i++) {
    const { scale, edges } = SCALES(d);
    const fractions = typeof scale === "string" && scale.includes("%");
    const a = d.chance(0.04)
      ? d.pick<Cell>([null, "x", fractions ? 85 : -1])
      : d.chance(0.5)
        ? Math.round((d.pick(edges) + d.pick([0, 0, 0.1, -0.1, 0.5, -0.5]) * (fractions ? 0.01 : 1)) * 1e6) / 1e6
        : fractions
          ? d.dec(0.3, 1, 3)
          : d.dec(30, 100, 1);
    cases.push({ fn: "GRADE", shape: "grade", a, texts: [scale] });
  }
  for (let i = 0; i < target.others; i++) cases.push(weightedCase(d));
  for (let i = 0; i < target.others; i++) {
    const s = anyStandard(d);
    const k = d.int(1, 8);
    const values: Cell[] = [];
    for (let j = 0; j < k; j++) {
      const roll = d.rng();
      values.push(
        roll < 0.1 ? null : roll < 0.15 ? "text" : roll < 0.5 ? d.pick(s.edges) : d.dec(s.lo, s.hi, s.digits),
      );
    }
    if (d.chance(0.03)) values.fill(null);
    if (d.chance(0.03) && typeof s.standard === "string" && s.standard.includes("%")) values[0] = 90;
    cases.push({ fn: "ATTAINMENT", shape: "attainment", a: null, range1: values, texts: [s.standard] });
  }
  return { cases, refused };
}

function weightedCase(d: Draw): NativeCase {
  const k = d.int(2, 8);
  const whole = d.chance(0.5);
  // Percentages adding to 100: cut points in 0..100.
  const cuts = [0, 100];
  while (cuts.length < k + 1) cuts.push(d.int(0, 100));
  cuts.sort((a, b) => a - b);
  const weights: Cell[] = [];
  for (let j = 0; j < k; j++) {
    const w = cuts[j + 1] - cuts[j];
    weights.push(whole ? w : w / 100);
  }
  const scores: Cell[] = weights.map(() => d.dec(0, 110, d.pick([0, 1, 2])));
  const roll = d.rng();
  if (roll < 0.06)
    weights[0] = (weights[0] as number) + (whole ? 1 : 0.01); // no longer 100 or 1
  else if (roll < 0.1)
    scores[d.int(0, k - 1)] = null; // a missing score
  else if (roll < 0.13)
    weights[1] = -(weights[1] as number) - 1; // a negative weight
  else if (roll < 0.16) scores[0] = "n/a";
  else if (roll < 0.25) {
    // an empty row, or a weight of 0 beside no score
    const j = d.int(0, k - 1);
    if (weights[j] === 0) scores[j] = null;
    else if (k < RANGE2.length) {
      weights.push(0);
      scores.push(null);
    }
  }
  return { fn: "WEIGHTED", shape: "weighted", a: null, range1: scores, range2: weights, texts: [] };
}

/** The compiled parts of a SCORE or CREDIT case, for coverage: scorer kind and limits. */
export function partsOf(c: NativeCase): string[] {
  let r: CompiledRule;
  try {
    r = c.fn === "CREDIT" ? ruleFor(c.texts[0], c.texts[1], "credit") : ruleFor(c.texts[0], c.texts[1]);
  } catch {
    return [];
  }
  const s = r.scorer;
  const parts = [s.constructor.name];
  if (s instanceof Linear) {
    parts.push(`Linear:${s.rounding}`);
    if (s.penalty) parts.push(`Linear:penalty${s.penalty.ofFull ? ":ofFull" : ""}`);
    if (s.bonus) parts.push("Linear:bonus");
    if (s.beyond) parts.push("Linear:beyond");
  }
  if (s instanceof Rate && s.complement) parts.push("Rate:complement");
  if (s.constructor.name === "Ratio")
    parts.push(
      `Ratio:${(s as unknown as { standard: { higherIsBetter: boolean } }).standard.higherIsBetter ? "higher" : "lower"}`,
    );
  for (const m of r.modifiers) {
    parts.push(m.constructor.name === "Object" ? "capAtFull" : m.constructor.name);
    if (m instanceof Cap) parts.push(`Cap:${m.belowFull}`);
    if (m instanceof DeductionCap && m.ofFull) parts.push("DeductionCap:ofFull");
    if (m instanceof Floor) parts.push(m.stated ? "Floor:stated" : "Floor:default");
  }
  return parts;
}

/** The kinds of clause a case's rule is made of (label, step, band, floor …). */
export function clauseKindsOf(c: NativeCase): string[] {
  if (c.fn !== "SCORE" && c.fn !== "CREDIT") return [];
  try {
    return readClauses(String(c.texts[1] ?? "")).map((k) => k.kind);
  } catch {
    return [];
  }
}

/** The formula of a case in row `row`, or the SlaError the writer threw. */
export function formulaOf(c: NativeCase, row: number): string | SlaError {
  try {
    return nativeFormula(c.fn, argsOf(c, row));
  } catch (e) {
    if (e instanceof SlaError) return e;
    throw e;
  }
}
