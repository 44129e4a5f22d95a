/**
 * The five ways a rule turns an actual value into points, each compiled once from a rule's
 * clauses (see rule.ts). `score` is the hot path: plain arithmetic, no allocation. `explain`
 * repeats the same steps in words, calling the same helpers so the sentence matches the number.
 */
import { naError, valueError, type Language } from "./errors";
import { compare, formatNumber, tidy } from "./exact";
import { formatIn, type Frame } from "./frame";
import { meets, type Standard } from "./standard";

export interface Scorer {
  /** The frame an actual value is read in (a % frame wants 85% typed as 85%). */
  readonly frame: Frame;
  /** Full marks the rule itself states ("满分10分"), if any. */
  readonly fullFromRule: number | null;
  /** The most points the rule's own table can give (bands, interpolation): must not pass full marks. */
  readonly maxPoints?: number;
  score(actual: number, full: number): number;
  explain(actual: number, full: number, lang: Language): string;
}

export type Rounding = "ceil" | "floor" | "prorate";

export interface Limits {
  readonly floor: number | null;
  readonly cap: number | null;
}

const pts = (n: number): string => formatNumber(n);

/** Keeps a score within the rule's stated [floor, cap], or the scorer's own defaults. */
function clamp(score: number, limits: Limits, defaultFloor: number, defaultCap: number): number {
  const floor = limits.floor ?? defaultFloor;
  const cap = limits.cap ?? defaultCap;
  if (floor > cap) throw valueError("floorAboveCap", { floor: pts(floor), cap: pts(cap) });
  return tidy(Math.min(cap, Math.max(floor, score)));
}

function wasClamped(raw: number, final: number, lang: Language): string {
  if (compare(raw, final) === 0) return "";
  return lang === "zh" ? `（按上下限调整为${pts(final)}分）` : ` (limited to ${pts(final)})`;
}

/** Empty rule: full marks when the standard is met, else 0 (or the stated floor). */
export class PassFail implements Scorer {
  readonly frame: Frame;
  constructor(
    private readonly standard: Standard,
    readonly fullFromRule: number | null,
    private readonly limits: Limits,
  ) {
    this.frame = standard;
  }

  score(actual: number, full: number): number {
    return clamp(meets(this.standard, actual) ? full : 0, this.limits, 0, full);
  }

  explain(actual: number, full: number, lang: Language): string {
    const a = formatIn(actual, this.frame, lang);
    const score = pts(this.score(actual, full));
    const met = meets(this.standard, actual);
    return lang === "zh"
      ? `标准${this.standard.text}，实际${a}，${met ? "达标" : "未达标"}，得${score}分。`
      : `Standard ${this.standard.text}, actual ${a}: ${met ? "met" : "not met"}, score ${score}.`;
  }
}

export interface Step {
  /** The size of one step, in the frame's unit. */
  readonly size: number;
  readonly points: number;
  readonly text: string;
}

/** How many steps a distance makes: 0.02 / 0.01 is exactly 2, then rounded as the rule says. */
export function countSteps(distance: number, size: number, rounding: Rounding): number {
  // One snap after the division: 0.020000000000000018 / 0.01 is 2.0000000000000018, within noise of 2.
  const steps = tidy(distance / size);
  return rounding === "ceil" ? Math.ceil(steps) : rounding === "floor" ? Math.floor(steps) : steps;
}

/** "每低于1%扣5分": full marks when met, minus points per step short; an optional bonus per step beyond. */
export class Linear implements Scorer {
  readonly frame: Frame;
  constructor(
    private readonly standard: Standard,
    private readonly penalty: Step | null,
    private readonly bonus: Step | null,
    private readonly rounding: Rounding,
    private readonly limits: Limits,
    readonly fullFromRule: number | null,
  ) {
    this.frame = standard;
  }

  /** How far the actual is from the threshold, positive on the better side. */
  private margin(actual: number): number {
    const d = actual - this.standard.value;
    return this.standard.higherIsBetter ? d : -d;
  }

  private raw(actual: number, full: number): number {
    const margin = this.margin(actual);
    if (meets(this.standard, actual)) {
      return this.bonus ? full + countSteps(margin, this.bonus.size, this.rounding) * this.bonus.points : full;
    }
    return this.penalty ? full - countSteps(-margin, this.penalty.size, this.rounding) * this.penalty.points : 0;
  }

  private defaultCap(full: number): number {
    return this.bonus ? Infinity : full;
  }

  score(actual: number, full: number): number {
    return clamp(this.raw(actual, full), this.limits, 0, this.defaultCap(full));
  }

  explain(actual: number, full: number, lang: Language): string {
    const zh = lang === "zh";
    const s = this.standard;
    const a = formatIn(actual, this.frame, lang);
    const raw = tidy(this.raw(actual, full));
    const score = this.score(actual, full);
    const head = zh ? `标准${s.text}，实际${a}` : `Standard ${s.text}, actual ${a}`;
    const margin = this.margin(actual);
    const met = meets(s, actual);
    const step = met ? this.bonus : this.penalty;
    if (!step) {
      const verdict = zh ? (met ? "达标" : "未达标") : met ? "met" : "not met";
      return zh ? `${head}，${verdict}，得${pts(score)}分。` : `${head}: ${verdict}, score ${pts(score)}.`;
    }
    const distance = Math.abs(tidy(margin));
    const steps = countSteps(distance, step.size, this.rounding);
    const change = tidy(steps * step.points);
    const gap = formatIn(distance, this.frame, lang);
    const size = formatIn(step.size, this.frame, lang);
    const tail = wasClamped(raw, score, lang);
    const higher = s.higherIsBetter === met; // which side of the threshold the actual is on
    if (zh) {
      const side = !higher ? "低于" : s.higherIsBetter ? "高于" : "超出";
      const rounding = this.rounding === "ceil" ? "（向上取整）" : this.rounding === "floor" ? "（向下取整）" : "";
      const verb = met ? `加${pts(change)}分` : `扣${pts(change)}分`;
      return `${head}，${side}标准${gap}，按每${size}${met ? "加" : "扣"}${pts(step.points)}分计${pts(steps)}步${rounding}，${verb}，得${pts(score)}分${tail}。`;
    }
    const side = higher ? "above" : "below";
    const rounding = this.rounding === "ceil" ? " (rounded up)" : this.rounding === "floor" ? " (rounded down)" : "";
    const verb = met ? `${pts(change)} points added` : `${pts(change)} points off`;
    return `${head}: ${gap} ${side}, ${pts(steps)} steps of ${size}${rounding} × ${pts(step.points)} = ${verb}, score ${pts(score)}${tail}.`;
  }
}

export interface Band {
  readonly low: number;
  readonly lowIncluded: boolean;
  readonly high: number;
  readonly highIncluded: boolean;
  readonly points: number;
  readonly text: string;
}

export function inBand(b: Band, x: number): boolean {
  const lo = b.low === -Infinity ? 1 : compare(x, b.low);
  const hi = b.high === Infinity ? -1 : compare(x, b.high);
  return (lo > 0 || (lo === 0 && b.lowIncluded)) && (hi < 0 || (hi === 0 && b.highIncluded));
}

/** "≥95%:10; ≥90%:8; 其他:0": the first band, in written order, that holds the actual. */
export class Bands implements Scorer {
  readonly maxPoints: number;
  constructor(
    readonly frame: Frame,
    readonly bands: readonly Band[],
    private readonly limits: Limits,
    readonly fullFromRule: number | null,
  ) {
    this.maxPoints = Math.max(...bands.map((b) => b.points));
  }

  /** The index of the band that holds x, or -1. */
  find(x: number): number {
    for (let i = 0; i < this.bands.length; i++) if (inBand(this.bands[i], x)) return i;
    return -1;
  }

  score(actual: number): number {
    const i = this.find(actual);
    if (i < 0) throw naErrorNoBand(actual, this.frame);
    return clamp(this.bands[i].points, this.limits, -Infinity, Infinity);
  }

  explain(actual: number, _full: number, lang: Language): string {
    const score = pts(this.score(actual));
    const band = this.bands[this.find(actual)].text;
    const a = formatIn(actual, this.frame, lang);
    return lang === "zh"
      ? `实际${a}，落在“${band}”档，得${score}分。`
      : `Actual ${a} falls in the band "${band}": score ${score}.`;
  }
}

function naErrorNoBand(actual: number, frame: Frame) {
  return naError("noBand", { value: { en: formatIn(actual, frame, "en"), zh: formatIn(actual, frame, "zh") } });
}

/** "按达成率": full marks × actual ÷ standard (standard ÷ actual when lower is better), capped at full. */
export class Ratio implements Scorer {
  readonly frame: Frame;
  constructor(
    private readonly standard: Standard,
    private readonly limits: Limits,
    readonly fullFromRule: number | null,
  ) {
    this.frame = standard;
  }

  private ratio(actual: number): number {
    const t = this.standard.value;
    if (this.standard.higherIsBetter) return actual / t;
    return actual === 0 ? Infinity : t / actual;
  }

  /** full × x ÷ y multiplied first, so 100 × 2 ÷ 3 is the double nearest 66.67, as on paper. */
  private raw(actual: number, full: number): number {
    const t = this.standard.value;
    if (this.standard.higherIsBetter) return (full * actual) / t;
    return actual === 0 ? Infinity : (full * t) / actual;
  }

  score(actual: number, full: number): number {
    return clamp(this.raw(actual, full), this.limits, 0, full);
  }

  explain(actual: number, full: number, lang: Language): string {
    const a = formatIn(actual, this.frame, lang);
    const t = formatIn(this.standard.value, this.frame, lang);
    const r = this.ratio(actual);
    const rate = r === Infinity ? "∞" : `${formatNumber(r * 100, 2)}%`;
    const score = this.score(actual, full);
    const tail = wasClamped(this.raw(actual, full), score, lang);
    const [x, y] = this.standard.higherIsBetter ? [a, t] : [t, a];
    return lang === "zh"
      ? `达成率 = ${x} ÷ ${y} = ${rate}，× 满分${pts(full)}，得${pts(score)}分${tail}。`
      : `Attainment ${x} ÷ ${y} = ${rate} × full marks ${pts(full)} = score ${pts(score)}${tail}.`;
  }
}

export interface Point {
  readonly at: number;
  readonly points: number;
}

/** "60%得0分，90%得100分": a straight line between two points, clamped to them. */
export class Interpolation implements Scorer {
  readonly maxPoints: number;
  constructor(
    readonly frame: Frame,
    private readonly p: Point,
    private readonly q: Point,
    private readonly limits: Limits,
    readonly fullFromRule: number | null,
  ) {
    this.maxPoints = Math.max(p.points, q.points);
  }

  score(actual: number): number {
    const { p, q } = this;
    const y = p.points + ((actual - p.at) * (q.points - p.points)) / (q.at - p.at);
    const lo = Math.min(p.points, q.points);
    const hi = Math.max(p.points, q.points);
    return clamp(Math.min(hi, Math.max(lo, y)), this.limits, -Infinity, Infinity);
  }

  explain(actual: number, _full: number, lang: Language): string {
    const f = (x: number) => formatIn(x, this.frame, lang);
    const { p, q } = this;
    const score = pts(this.score(actual));
    return lang === "zh"
      ? `在${f(p.at)}（${pts(p.points)}分）与${f(q.at)}（${pts(q.points)}分）之间按直线插值，实际${f(actual)}得${score}分。`
      : `Straight line from ${pts(p.points)} at ${f(p.at)} to ${pts(q.points)} at ${f(q.at)}: actual ${f(actual)} scores ${score}.`;
  }
}
