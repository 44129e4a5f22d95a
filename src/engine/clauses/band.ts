/**
 * Bands and points: a test on the actual value and what it gives.
 *   ≥95%:10 · 95%（含）以上得10分 · 90%-94%得8分 · 85~89分:6 · 90%≤X<95%:8 · 不足85%得0分
 *   Less than 99.9% but at least 99%: 10 · 98% – < 99.5%: 5 · 其他:0 · else 0 · 达标得满分
 *   低于80%不得分 · no points below 80% (beside another rule: a cut-off)
 *   60%得0分 · 0 at 60% (points: two or more make a straight line)
 */
import type { Comparator, Cursor, Quantity } from "../text";
import { COUNT } from "../units";
import { amount, end, separator } from "./read";
import type { Amount, BandTest, ClauseKind, Example, Read } from "./types";

/** A value with the unit of its partner when only one side of a range carries it ("90-94%"). */
function inherit(q: Quantity, from: Quantity): Quantity {
  if (q.percent || q.unit || (!from.percent && !from.unit)) return q;
  return from.percent
    ? { value: q.value / 100, percent: true, unit: null, decimals: q.decimals }
    : { ...q, unit: from.unit };
}

function range(low: Quantity, lowIncluded: boolean, high: Quantity, highIncluded: boolean): BandTest {
  const [l, h] = [inherit(low, high), inherit(high, low)];
  return l.value <= h.value
    ? { kind: "range", low: l, lowIncluded, high: h, highIncluded }
    : { kind: "range", low: h, lowIncluded: highIncluded, high: l, highIncluded: lowIncluded };
}

/** Two comparisons make a range: "<99.9% but ≥99%". */
function bounded(
  a: { comparator: Comparator; at: Quantity },
  b: { comparator: Comparator; at: Quantity },
): BandTest | null {
  const lower = (x: typeof a) => x.comparator[0] === ">";
  if (lower(a) === lower(b)) return null;
  const [lo, hi] = lower(a) ? [a, b] : [b, a];
  return range(lo.at, lo.comparator === ">=", hi.at, hi.comparator === "<=");
}

function comparison(c: Cursor): { comparator: Comparator; at: Quantity } | null {
  const start = c.pos;
  const comparator = c.comparator();
  const at = comparator && c.quantity();
  if (!comparator || !at) {
    c.pos = start;
    return null;
  }
  c.comparatorSuffix();
  return { comparator, at };
}

const AND = ["but", "and", "且", "并且", "但是", "但", "&"];

/** The test of a band, or a bare value (a point). */
export function readTest(c: Cursor): BandTest | { kind: "bare"; at: Quantity } | null {
  if (c.word(["其他"])) return { kind: "else" };
  // "无投诉": none at all.
  if (c.word(["无"]))
    return { kind: "compare", comparator: "<=", at: { value: 0, percent: false, unit: COUNT, decimals: 0 } };
  if (c.word(["达标"])) return { kind: "met" };
  // "实际响应时间小于等于目标值": compared with the standard itself, i.e. the standard is met.
  const before = c.pos;
  const cmp = c.comparator();
  if (cmp && c.word(["标准"])) return { kind: "met" };
  c.pos = before;
  const first = comparison(c);
  if (first) {
    // "< 99.90%-99.00%": below the first value, down to the second.
    const down = c.pos;
    if (first.comparator[0] === "<" && c.word(["-", "~"])) {
      const low = c.quantity();
      if (low && low.value < first.at.value) return range(low, true, first.at, first.comparator === "<=");
    }
    c.pos = down;
    const start = c.pos;
    c.word(AND);
    const second = comparison(c);
    if (second) return bounded(first, second);
    c.pos = start;
    const or: Quantity[] = [];
    for (let mark = c.pos; c.word(["÷"]); mark = c.pos) {
      const q = c.quantity();
      if (!q) {
        c.pos = mark;
        break;
      }
      or.push(inherit(q, first.at));
    }
    return or.length ? { kind: "compare", ...first, or } : { kind: "compare", ...first };
  }
  const q = c.quantity();
  if (!q) return null;
  // "99.0%以上 - 低于99.9%": a range whose low end says 以上.
  const mark = c.pos;
  if (c.comparatorSuffix() === ">=" && c.word(["-", "~", "至", "到"])) {
    const strict = c.comparator();
    const high = c.quantity();
    if (high) return range(q, true, high, strict !== "<");
  }
  c.pos = mark;
  // "90%≤X<95%": the actual named between two comparators.
  const start = c.pos;
  const lowCmp = c.comparator();
  if (lowCmp === "<=" || lowCmp === "<") {
    c.labelBefore(["≤", "<"]);
    const highCmp = c.comparator();
    const high = highCmp && c.quantity();
    if (high) return range(q, lowCmp === "<=", high, highCmp === "<=");
  }
  c.pos = start;
  if (c.word(["-", "~", "至", "到", "to"])) {
    const strict = c.comparator(); // "98% – < 99.5%"
    const high = c.quantity();
    if (!high) return null;
    return range(q, true, high, strict !== "<");
  }
  const suffix = c.comparatorSuffix();
  if (suffix) return { kind: "compare", comparator: suffix, at: q };
  return { kind: "bare", at: q };
}

function result(c: Cursor): Amount | null {
  if (c.word(["得0分"])) return { kind: "points", value: 0 };
  c.word(["最高"]); // "低于95%：最高返还25%": the tier's credit
  return amount(c);
}

function readBand(c: Cursor): Read | null {
  // "0 at 60%": points at a value.
  const start = c.pos;
  const p = amount(c);
  if (p && c.word(["at"])) {
    const at = c.quantity();
    if (at) return end(c, { kind: "point", at, amount: p } as Read);
  }
  c.pos = start;
  // "25% for uptime less than 99.9%": the result first, then the test.
  const a0 = amount(c);
  // "100 if met", "0 otherwise": the points, then met or the rest.
  const verdict = a0 && a0.kind !== "full" ? c.word(["达标", "其他"]) : null;
  if (verdict && c.done)
    return { kind: "band", test: { kind: verdict === "达标" ? "met" : "else" }, amount: a0 } as Read;
  if (verdict) c.pos = start;
  if (a0 && a0.kind !== "full" && c.word(["for", "when", "if"])) {
    c.skipLabel();
    const test = readTest(c);
    if (test && test.kind !== "bare") return end(c, { kind: "band", test, amount: a0 } as Read);
  }
  c.pos = start;
  // "no points below 80%": the result first.
  if (c.word(["得0分"])) {
    const test = readTest(c);
    return test && test.kind !== "bare"
      ? end(c, { kind: "band", test, amount: { kind: "points", value: 0 } } as Read)
      : null;
  }
  const test = readTest(c);
  if (!test) return null;
  c.word(["时"]);
  // Words between the test and its points: "无投诉得30分", "15分钟内响应，得满分", "1处不合格为0分".
  const labelled = (c.labelBefore(["得", ":"]) ?? "") !== "";
  // "超过4小时扣10分", "未达标扣10分", "低于80%扣10分": once, in the band.
  const mark = c.pos;
  const change = test.kind !== "bare" ? c.word(["扣", "加"]) : null;
  if (change) {
    const n = amount(c);
    if (n?.kind === "points" && n.value >= 0) return end(c, { kind: "band", test, amount: n, change } as Read);
    c.pos = mark;
  }
  const separated = separator(c);
  const a = result(c);
  if (!a) return null;
  if (!separated && test.kind === "bare" && a.kind === "points" && !c.text.includes("分")) return null;
  // "发现1处不合格本项为0分": a count followed by what was found, then the points: that many or more.
  if (labelled && test.kind === "bare")
    return test.at.unit?.family === "count"
      ? end(c, { kind: "band", test: { kind: "compare", comparator: ">=", at: test.at }, amount: a } as Read)
      : null;
  // "每高于目标值0.5%": a step whose points follow after a comma, not "met: 0.5%".
  if (!separated && test.kind === "met" && a.kind === "share") return null;
  if (test.kind === "bare") return end(c, { kind: "point", at: test.at, amount: a } as Read);
  return end(c, { kind: "band", test, amount: a } as Read);
}

const examples: Example[] = [
  { rule: "≥95%:10; ≥90%:8; 其他:0", standard: "", actual: 0.92, expected: 8 },
  { rule: "≥95%得10分，90%-94%得8分，85%-89%得6分，<85%得0分", standard: "", actual: 0.945, expected: 8 },
  { rule: "80%-90%:6; 90%-95%:8; 95%-100%:10", standard: "", actual: 0.9, expected: 8 },
  { rule: "90%≤X<95%:8; X≥95%:10; 其他:0", standard: "", actual: 0.95, expected: 10 },
  { rule: "95%（含）以上得10分，不足85%得0分，85%-95%得5分", standard: "", actual: 0.85, expected: 5 },
  { rule: "≤1小时:5; 1-1.5小时:4; 1.5-2小时:3; 2-3小时:2; >3小时:1", standard: "", actual: 1.5, expected: 4 },
  { rule: "Less than 99.9% but at least 99%: 10; 99.9% or more: 15; else 0", standard: "", actual: 0.99, expected: 10 },
  { rule: "达标100分，否则0分", standard: "≥95%", actual: 0.96, expected: 100 },
  { rule: "met 100, otherwise 50", standard: ">=95%", actual: 0.9, expected: 50 },
  { rule: "符合得2分，不符合0分", standard: "≥95%", actual: 0.96, expected: 2 },
  { rule: "超过4小时扣10分", standard: "", actual: 5, expected: 90 },
  { rule: "未达标扣10分", standard: "≥90%", actual: 0.85, expected: 90 },
  { rule: "每低于1%扣1分，低于80%扣10分", standard: "≥90%", actual: 0.75, expected: 75 },
  { rule: "每低于1%扣5分，低于80%不得分", standard: "≥90%", actual: 0.79, expected: 0 },
  { rule: "按达成率，no points below 80%", standard: ">=90%", actual: 0.81, expected: 90 },
  { rule: "80%得0分，95%得100分，100%得120分", standard: "", actual: 0.98, expected: 112 },
  { rule: "0 at 60%, 100 at 90%", standard: "", actual: 0.69, expected: 30 },
  { rule: "<99.9%: 10%; <99%: 25%; <95%: 100%", standard: "≥99.9%", actual: 0.985, expected: 0.25, fn: "CREDIT" },
];

export const band: ClauseKind = {
  name: "band",
  meaning: {
    en: "the points of the band that holds the actual; on a shared edge the better band; whole-number ranges close their gaps",
    zh: "实际值所在档的分数；共用边界归较好的一档；整数区间之间的空隙按人的读法归入",
  },
  kinds: ["band", "point"],
  read(c) {
    const start = c.pos;
    const r = readBand(c);
    if (r) return r;
    // A label before the test: "每月招聘计划完成率达到90%及以上得10分", "当月无投诉得30分".
    c.pos = start;
    if (c.labelBefore(["无"]) && c.text.startsWith("无", c.pos)) {
      const none = readBand(c);
      if (none) return none;
    }
    c.pos = start;
    if (!c.skipLabel()) return null;
    return readBand(c);
  },
  examples,
};
