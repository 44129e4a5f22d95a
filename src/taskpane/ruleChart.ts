/**
 * The "Try a rule" box as data, with no React and no DOM: how SLA.RULE reads a rule (or why it cannot),
 * and the points of its score against the actual value, for a small chart.
 *
 * The chart samples the actual over a range derived from the standard (≥90%: 50%–100%; ≤15分钟: 0–30;
 * a bare number: around it), on a decimal grid (so 88% is exactly 88%, as a person types it), and asks
 * the engine for the score at each point, exactly as SLA.SCORE would. A point the engine refuses (no band
 * covers it, say) is left out and breaks the line. A fee clause (SCORE refuses it: "use SLA.CREDIT") is
 * charted as CREDIT instead, in % of the fee. Without a standard (a band table carries its own), the range
 * is where the rule's score changes.
 */
import { canonical, credit, describeRule, parseStandard, score, SlaError, type Standard } from "../engine";
import type { Language } from "./functionList";

export type ChartMode = "score" | "credit";

export interface Tick {
  readonly value: number;
  readonly label: string;
}

export interface Axis {
  readonly min: number;
  readonly max: number;
  readonly ticks: readonly Tick[];
}

export interface ChartPoint {
  readonly x: number;
  readonly y: number;
}

export interface RuleChart {
  /** Points (SLA.SCORE), or for a fee clause the share of the fee in % (SLA.CREDIT × 100). */
  readonly mode: ChartMode;
  /** The actual value, in the standard's unit (a percentage as a fraction: 88% is 0.88). */
  readonly x: Axis;
  readonly y: Axis;
  /** Whether x is a percentage (its ticks say so), else the unit's name in the pane's language ("" for none). */
  readonly percent: boolean;
  readonly unit: string;
  /** Where the standard is, and how to label it ("≥90%"); null without a standard or outside the range. */
  readonly standard: { readonly value: number; readonly label: string } | null;
  /** Runs of consecutive points that scored: a point the engine refuses breaks the line. */
  readonly segments: readonly (readonly ChartPoint[])[];
  readonly samples: number;
  /** How many sampled values the engine refused. */
  readonly failed: number;
  /** The engine's message for the first value it refused, in the pane's language (null if none was refused). */
  readonly problem: string | null;
}

/** What the box starts with, in the pane's language (English rules for the English pane). */
export const TRY_EXAMPLES: Readonly<Record<Language, { readonly standard: string; readonly rule: string }>> = {
  en: { standard: ">=90%", rule: "-5 per 1% below, min 60" },
  zh: { standard: "≥90%", rule: "每低于1%扣5分，最多扣30分，低于80%不得分" },
};

export type Reading =
  { readonly ok: true; readonly sentence: string } | { readonly ok: false; readonly message: string };

/** The full marks box: empty means the default (the rule's, or 100); the engine reads "10" and "10分". */
function fullArg(full: string): string | null {
  const f = full.trim();
  return f === "" ? null : f;
}

/** The engine's message in the pane's language; anything else is a bug, worded as it comes. */
function messageOf(error: unknown, lang: Language): string {
  if (error instanceof SlaError) return error.localized(lang);
  return error instanceof Error ? error.message : String(error);
}

/** What SLA.RULE would show for these inputs, or the engine's reason it cannot, in the pane's language. */
export function readRule(standard: string, rule: string, full: string, lang: Language): Reading {
  try {
    return { ok: true, sentence: describeRule(standard, rule, fullArg(full)) };
  } catch (error) {
    if (!(error instanceof SlaError)) console.error(error);
    return { ok: false, message: messageOf(error, lang) };
  }
}

/** 12 significant digits: 0.5 + 38 × 0.01 is 0.88, as typed, not 0.8800000000000001. */
const round = (v: number): number => Number(v.toPrecision(12));

/** Tick steps: 1, 2, 2.5 or 5 times a power of ten. */
const STEPS = [1, 2, 2.5, 5];

/** The smallest nice step that covers [lo, hi] in at most `most` intervals, with the ends on ticks. */
export function niceRange(lo: number, hi: number, most = 5): { lo: number; hi: number; step: number } {
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || !Number.isFinite(hi - lo)) return { lo: 0, hi: 1, step: 0.2 };
  if (!(hi > lo)) hi = lo + (lo === 0 ? 1 : Math.abs(lo));
  let power = Math.pow(10, Math.floor(Math.log10((hi - lo) / most)));
  for (;;) {
    for (const m of STEPS) {
      const step = round(m * power);
      const a = round(Math.floor(lo / step + 1e-9) * step);
      const b = round(Math.ceil(hi / step - 1e-9) * step);
      if ((b - a) / step <= most + 1e-9) return { lo: a, hi: b, step };
    }
    power *= 10;
  }
}

function ticks(lo: number, hi: number, step: number, label: (v: number) => string): Tick[] {
  const out: Tick[] = [];
  const n = Math.round((hi - lo) / step);
  for (let i = 0; i <= n; i++) {
    const value = round(lo + i * step);
    out.push({ value, label: label(value) });
  }
  return out;
}

/** "0.5", "12", "99.95": no trailing zeros, no float noise. */
export function formatNumber(v: number): string {
  return String(Number(v.toFixed(6)));
}

/** About 60 sample points on a grid that divides the tick step evenly. */
function sampleGrid(lo: number, hi: number, tickStep: number): number[] {
  const intervals = Math.round((hi - lo) / tickStep);
  let per = 10;
  for (const k of [4, 5, 10, 20, 25, 50, 100])
    if (Math.abs(intervals * k - 60) < Math.abs(intervals * per - 60)) per = k;
  const step = tickStep / per;
  const n = intervals * per;
  return Array.from({ length: n + 1 }, (_, i) => round(lo + i * step));
}

type Sample = { readonly x: number; readonly y: number | null; readonly error: unknown };

/** The quantities a rule measures (not its points, steps or fee shares): "≥95%", "1-1.5小时", ">3小时". */
interface RuleUnits {
  readonly percent: boolean;
  readonly unit: Standard["unit"];
  /** The largest such quantity, in `unit` (or as a fraction for %); null if there is none. */
  readonly largest: number | null;
}

const QUANTITY = /(\d+(?:\.\d+)?)\s*(%|分钟|小时|秒|天|次)/g;

function ruleUnits(rule: string): RuleUnits {
  const text = canonical(rule);
  let unit: Standard["unit"] = null;
  let percent = false;
  let largestUnit: number | null = null;
  let largestPercent: number | null = null;
  for (const m of text.matchAll(QUANTITY)) {
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    // 服务费1.5% is a share of the fee, not a value of the actual.
    if (before.includes("费")) continue;
    // 每低于1% is a step: it tells the unit, not how far the actual goes.
    const step = before.includes("每");
    if (m[2] === "%") {
      percent = true;
      if (!step) largestPercent = Math.max(largestPercent ?? 0, Number(m[1]) / 100);
      continue;
    }
    let q: Standard;
    try {
      q = parseStandard(`${m[1]}${m[2]}`);
    } catch {
      continue;
    }
    if (!q.unit) continue;
    unit ??= q.unit;
    if (q.unit.family !== unit.family || step) continue;
    largestUnit = Math.max(largestUnit ?? 0, (q.value * q.unit.factor) / unit.factor);
  }
  // A rule measured in time or counts may still give fee shares in %: the unit wins.
  if (unit) return { percent: false, unit, largest: largestUnit };
  return { percent, unit: null, largest: percent ? largestPercent : null };
}

const SYMBOL: Readonly<Record<string, string>> = { ">=": "≥", "<=": "≤", ">": ">", "<": "<" };

/**
 * The chart of a rule. Never throws: a rule the engine cannot read gives no points, and `problem`
 * says why in the pane's language.
 */
export function chartRule(standard: string, rule: string, full: string, lang: Language): RuleChart {
  const fullMarks = fullArg(full);
  let std: Standard | null = null;
  try {
    std = standard.trim() === "" ? null : parseStandard(standard);
  } catch {
    std = null; // the engine says why at every point
  }

  // SCORE refuses a fee clause when it compiles the rule, before it looks at the actual value.
  let mode: ChartMode = "score";
  try {
    score(0, standard, rule, fullMarks);
  } catch (error) {
    if (error instanceof SlaError && error.id === "feeRuleUseCredit") mode = "credit";
  }
  const at = (x: number): Sample => {
    try {
      const y = mode === "credit" ? round(credit(x, standard, rule) * 100) : score(x, standard, rule, fullMarks);
      return { x, y, error: null };
    } catch (error) {
      return { x, y: null, error };
    }
  };

  // The frame: the standard's unit; a bare number takes its rule's unit (0.9 with 每低于1% is 90%).
  const fromRule = ruleUnits(rule);
  const bareNumber = std !== null && !std.percent && std.unit === null;
  const percent = std && !bareNumber ? std.percent : fromRule.percent;
  const unit = std && !bareNumber ? std.unit : fromRule.unit;

  let lo: number;
  let hi: number;
  let better: "higher" | "lower" | null = null;
  if (std) {
    const v = round(std.value);
    better = std.stated ? (std.higherIsBetter ? "higher" : "lower") : null;
    if (!std.stated) {
      // A bare standard points the way its rule's words do: ask the engine which side scores worse.
      const below = at(round(v * 0.9));
      const above = at(round(v * 1.1 || 0.1));
      if (below.y !== null && above.y !== null && below.y !== above.y) {
        const worseBelow = mode === "credit" ? below.y > above.y : below.y < above.y;
        better = worseBelow ? "higher" : "lower";
      }
    }
    [lo, hi] = rangeAround(v, percent, better);
  } else {
    [lo, hi] = whereItChanges(at, percent, fromRule.largest);
  }

  const standardValue = std ? round(std.value) : undefined;
  let range = niceRange(lo, hi);
  let samples = sampleAll(at, range, standardValue);
  // A cliff at one end of a wide range (≥99.9% with 每低0.1%扣10分) would be a wall: zoom in once.
  const zoomed = zoom(samples, range, better);
  if (zoomed) {
    range = niceRange(zoomed[0], zoomed[1]);
    samples = sampleAll(at, range, standardValue);
  }

  let failed = 0;
  let problem: string | null = null;
  for (const s of samples) {
    if (s.y !== null) continue;
    failed++;
    problem ??= messageOf(s.error, lang);
  }
  const segments: ChartPoint[][] = [];
  let run: ChartPoint[] | null = null;
  for (const s of withJumps(at, samples)) {
    if (s.y === null) {
      run = null;
      continue;
    }
    if (!run) segments.push((run = []));
    run.push({ x: s.x, y: s.y });
  }

  const unitName = unit ? (lang === "zh" ? unit.zh : unit.en.trim()) : "";
  const xLabel = (v: number) => (percent ? `${formatNumber(v * 100)}%` : formatNumber(v));
  const ys = segments.flat().map((p) => p.y);
  const yRange = yRangeOf(ys, mode);
  const yLabel = (v: number) => (mode === "credit" ? `${formatNumber(v)}%` : formatNumber(v));

  let marker: RuleChart["standard"] = null;
  const v = std ? round(std.value) : null;
  if (std && v !== null && v >= range.lo && v <= range.hi) {
    const shown = unitName && !percent ? (lang === "zh" ? unitName : ` ${unitName}`) : "";
    marker = { value: v, label: `${std.stated ? SYMBOL[std.comparator] : ""}${xLabel(v)}${shown}` };
  }

  return {
    mode,
    x: { min: range.lo, max: range.hi, ticks: ticks(range.lo, range.hi, range.step, xLabel) },
    y: { min: yRange.lo, max: yRange.hi, ticks: ticks(yRange.lo, yRange.hi, yRange.step, yLabel) },
    percent,
    unit: unitName,
    standard: marker,
    segments,
    samples: samples.length,
    failed,
    problem,
  };
}

/** The range of actual values to show around a standard `v`. */
function rangeAround(v: number, percent: boolean, better: "higher" | "lower" | null): [number, number] {
  if (percent) {
    if (better === "higher") return [Math.max(0, v - 0.4), Math.max(1, v)];
    if (better === "lower") return [0, v > 0 ? Math.min(1, 2 * v) : 0.1];
    return v > 0 ? [v / 2, Math.min(1, 1.5 * v)] : [0, 0.1];
  }
  if (v === 0) return [0, 10];
  const a = Math.abs(v);
  if (better === "higher") return [v - a / 2, v + a / 5];
  if (better === "lower") return v > 0 ? [0, 2 * v] : [2 * v, 0];
  return [v - a / 2, v + a / 2];
}

/** Without a standard: where the rule's score changes (bands, points of a line), with some room either side. */
function whereItChanges(at: (x: number) => Sample, percent: boolean, largest: number | null): [number, number] {
  const top = percent ? 1 : largest !== null && largest > 0 ? 2 * largest : 100;
  const n = 400;
  let first: number | null = null;
  let last: number | null = null;
  let prev = keyOf(at(0));
  for (let i = 1; i <= n; i++) {
    const x = round((top * i) / n);
    const key = keyOf(at(x));
    if (key !== prev) {
      first ??= round((top * (i - 1)) / n);
      last = x;
    }
    prev = key;
  }
  if (first === null || last === null) return [0, top];
  const pad = Math.max((last - first) / 2, percent ? 0.05 : top / 20);
  return [Math.max(0, first - pad), percent ? Math.min(1, last + pad) : last + pad];
}

const keyOf = (s: Sample): string => (s.y === null ? "refused" : String(s.y));

function sampleAll(at: (x: number) => Sample, range: { lo: number; hi: number; step: number }, standard?: number) {
  const xs = sampleGrid(range.lo, range.hi, range.step);
  // The standard itself, where the score usually turns, even when it is off the grid (99.9%).
  if (standard !== undefined && standard > range.lo && standard < range.hi && !xs.includes(standard)) {
    xs.push(standard);
    xs.sort((a, b) => a - b);
  }
  return xs.map(at);
}

/**
 * The samples, with the two sides of every jump between them: where a band changes, or where the line
 * breaks, the score jumps at one value, which bisection finds; drawn from those two points, a step is
 * upright instead of a slope across one sample interval. A continuous stretch (its midpoint lies between
 * its ends) costs one more evaluation and adds nothing.
 */
function withJumps(at: (x: number) => Sample, samples: readonly Sample[]): Sample[] {
  const out: Sample[] = [];
  for (let i = 0; i < samples.length; i++) {
    const b = samples[i];
    const a = samples[i - 1];
    if (a && keyOf(a) !== keyOf(b)) {
      let lo = a;
      let hi = b;
      for (let k = 0; k < 24; k++) {
        const m = at((lo.x + hi.x) / 2);
        if (keyOf(m) === keyOf(lo)) lo = m;
        else if (keyOf(m) === keyOf(hi)) hi = m;
        else break; // a value of its own in between: not a single jump
      }
      if (lo !== a && hi.x - lo.x < (b.x - a.x) / 1000) out.push(lo);
      if (hi !== b && hi.x - lo.x < (b.x - a.x) / 1000) out.push(hi);
    }
    out.push(b);
  }
  return out;
}

/**
 * When the score is flat (or refused) over more than three quarters of the range on the worse side of
 * the standard, the range that shows the change: it then takes about two thirds of the width.
 */
function zoom(
  samples: readonly Sample[],
  range: { lo: number; hi: number },
  better: "higher" | "lower" | null,
): [number, number] | null {
  if (!better || samples.length < 3) return null;
  const span = range.hi - range.lo;
  const keys = samples.map(keyOf);
  if (better === "higher") {
    const i = keys.findIndex((k) => k !== keys[0]);
    if (i <= 0) return null;
    const edge = samples[i - 1].x;
    if ((edge - range.lo) / span <= 0.75) return null;
    return [edge - (range.hi - edge) / 2, range.hi];
  }
  const last = keys.length - 1;
  let j = last;
  while (j > 0 && keys[j - 1] === keys[last]) j--;
  if (j <= 0) return null;
  const edge = samples[j].x;
  if ((range.hi - edge) / span <= 0.75) return null;
  return [range.lo, edge + (edge - range.lo) / 2];
}

/** Scores from 0 (or below, if a rule goes negative) to the highest; fee shares from 0 to the largest. */
function yRangeOf(ys: readonly number[], mode: ChartMode): { lo: number; hi: number; step: number } {
  if (ys.length === 0) return niceRange(0, mode === "credit" ? 10 : 100);
  const lo = Math.min(0, ...ys);
  let hi = Math.max(0, ...ys);
  if (hi === lo) hi = lo + (mode === "credit" ? 10 : 100);
  return niceRange(lo, hi);
}
