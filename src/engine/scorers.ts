/**
 * The ways a rule turns an actual value into points before any limit: pass/fail, per step, bands,
 * ratio (and a rate times a number), straight lines through points. Each is compiled once from a
 * rule's clauses (rule.ts). `raw` is the hot path: plain arithmetic, no allocation. `explain` and
 * `describe` say the same computation in words, through the same helpers and the message catalogue.
 */
import { naError, type Language } from "./errors";
import { compare, formatNumber, tidy } from "./exact";
import { formatIn, type Frame } from "./frame";
import { phrase, type MessageId } from "./messages";
import { meets, meetsBy, type Standard } from "./standard";
import { inBand, segments, BandTable, type Band, type Segment } from "./bands";
import type { Scale } from "./modifiers";

export interface Scorer {
  /** The frame an actual value is read in (a % frame wants 85% typed as 85%). */
  readonly frame: Frame;
  /** The most points the rule's own table can give (bands, points): must not pass stated full marks. */
  readonly maxPoints?: number;
  /** Whether an actual above 100% means something to this rule (a bonus, a ratio, a band up there). */
  readonly above100: boolean;
  raw(actual: number, full: number): number;
  /** The computation in words, ending with the score (and `tail`, when a limit changed it). */
  explain(actual: number, full: number, lang: Language, score: number, tail: string): string;
  /** How the rule is read, for SLA.RULE. */
  describe(lang: Language, full: number): string;
}

const pts = (n: number): string => formatNumber(n);

/** "10", or for a fee clause (points are minus the share) "2%". */
export const amountIn = (n: number, scale: Scale): string => (scale.fee ? `${formatNumber(-n * 100)}%` : pts(n));

/** "10分" / "10 points", or for a fee clause "服务费的2%" / "2% of the fee". */
export const amountText = (n: number, scale: Scale, lang: Language): string =>
  phrase(scale.fee ? "feeAmount" : Math.abs(n) === 1 ? "pointAmount" : "pointsAmount", { n: amountIn(n, scale) }, lang);

/** "得90分" / "score 90", or for a fee clause "扣服务费的4.5%" (a score of -0.045). */
export const scoreText = (n: number, scale: Scale, lang: Language): string =>
  phrase(scale.fee ? "creditIs" : "scoreIs", { n: amountIn(n, scale) }, lang);

/** Full marks whatever the actual: the base of rules made only of once-off changes ("超过4小时扣10分"). */
export class Constant implements Scorer {
  readonly above100 = false;
  constructor(readonly frame: Frame) {}
  raw(_actual: number, full: number): number {
    return full;
  }
  explain(actual: number, _full: number, lang: Language, score: number, tail: string): string {
    return phrase(
      "explainConstant",
      { actual: formatIn(actual, this.frame, lang), score: scoreText(score, { fee: false }, lang), tail },
      lang,
    );
  }
  describe(): string {
    return "";
  }
}

/** Full marks when the standard is met; otherwise the fail points (0 unless "否则50分"). */
export class PassFail implements Scorer {
  readonly frame: Frame;
  readonly above100 = false;
  constructor(
    readonly standard: Standard,
    readonly failPoints: number,
    private readonly scale: Scale,
  ) {
    this.frame = standard;
  }

  raw(actual: number, full: number): number {
    return meets(this.standard, actual) ? full : this.failPoints;
  }

  explain(actual: number, _full: number, lang: Language, score: number, tail: string): string {
    return phrase(
      meets(this.standard, actual) ? "explainMet" : "explainNotMet",
      {
        standard: this.standard.text,
        actual: formatIn(actual, this.frame, lang),
        score: scoreText(score, this.scale, lang),
        tail,
      },
      lang,
    );
  }

  describe(lang: Language, full: number): string {
    return phrase(
      "rulePassFail",
      { standard: this.standard.text, full: amountIn(full, this.scale), fail: amountIn(this.failPoints, this.scale) },
      lang,
    );
  }
}

export type Rounding = "ceil" | "floor" | "prorate";

export interface Step {
  /** The size of one step, in the frame's unit. */
  readonly size: number;
  readonly points: number;
  /** `points` is a share of full marks ("每低1%扣2%"). */
  readonly ofFull?: boolean;
}

/** The points of one step when the full marks are known. */
const stepPoints = (s: Step, full: number): number => (s.ofFull ? tidy(s.points * full) : s.points);

/** How many steps a distance makes: 0.02 / 0.01 is exactly 2, then rounded as the rule says. */
export function countSteps(distance: number, size: number, rounding: Rounding): number {
  // One snap after the division: 0.020000000000000018 / 0.01 is 2.0000000000000018, within noise of 2.
  const steps = tidy(distance / size);
  return rounding === "ceil" ? Math.ceil(steps) : rounding === "floor" ? Math.floor(steps) : steps;
}

/** "每低于1%扣5分": full marks when met, minus points per step short; an optional bonus per step beyond. */
export class Linear implements Scorer {
  readonly frame: Frame;
  readonly above100: boolean;
  constructor(
    readonly standard: Standard,
    readonly penalty: Step | null,
    readonly bonus: Step | null,
    readonly rounding: Rounding,
    private readonly scale: Scale,
    /** Deductions past the target on the other side too ("每高于基准价1%扣0.3分，每低于基准价1%扣0.2分"). */
    readonly beyond: Step | null = null,
  ) {
    this.frame = standard;
    this.above100 = (bonus !== null || beyond !== null) && standard.higherIsBetter;
  }

  /** How far the actual is from the threshold, positive on the better side. */
  private margin(actual: number): number {
    const d = actual - this.standard.value;
    return this.standard.higherIsBetter ? d : -d;
  }

  raw(actual: number, full: number): number {
    const margin = this.margin(actual);
    if (meetsBy(this.standard, margin)) {
      const up = this.beyond ?? this.bonus;
      if (up === null) return full;
      // Met within float noise, the margin may be a hair below 0: no step, not one step the wrong way
      // (10.0000000000009 s against ≤10秒 rounded down would otherwise lose a bonus point).
      const beyond = Math.max(0, margin);
      const change = countSteps(beyond, up.size, this.rounding) * (up.ofFull ? tidy(up.points * full) : up.points);
      return this.beyond ? full - change : full + change;
    }
    const p = this.penalty;
    if (p === null) return 0;
    return full - countSteps(-margin, p.size, this.rounding) * (p.ofFull ? tidy(p.points * full) : p.points);
  }

  explain(actual: number, full: number, lang: Language, score: number, tail: string): string {
    const s = this.standard;
    const met = meets(s, actual);
    const step = met ? (this.beyond ?? this.bonus) : this.penalty;
    const base = {
      standard: s.text,
      actual: formatIn(actual, this.frame, lang),
      score: scoreText(score, this.scale, lang),
      tail,
    };
    if (!step || (met && compare(actual, s.value) === 0))
      return phrase(met ? "explainMet" : "explainNotMet", base, lang);
    const distance = Math.abs(tidy(this.margin(actual)));
    const steps = countSteps(distance, step.size, this.rounding);
    const higher = s.higherIsBetter === met; // which side of the threshold the actual is on
    return phrase(
      met && !this.beyond ? "explainBonus" : "explainPenalty",
      {
        ...base,
        side: phrase(higher ? (s.higherIsBetter ? "sideAbove" : "sideOver") : "sideBelow", {}, lang),
        gap: formatIn(distance, this.frame, lang),
        size: formatIn(step.size, this.frame, lang),
        amount: amountText(this.scale.fee ? -step.points : stepPoints(step, full), this.scale, lang),
        steps: pts(steps),
        rounding:
          this.rounding === "prorate" ? "" : phrase(this.rounding === "ceil" ? "roundedUp" : "roundedDown", {}, lang),
        change: amountText(tidy(steps * (this.scale.fee ? -step.points : stepPoints(step, full))), this.scale, lang),
      },
      lang,
    );
  }

  describe(lang: Language, full: number): string {
    const s = this.standard;
    const parts: string[] = [];
    const rounding = phrase(
      this.rounding === "ceil" ? "ruleRoundUp" : this.rounding === "floor" ? "ruleRoundDown" : "ruleProrate",
      {},
      lang,
    );
    const at = formatIn(s.value, this.frame, lang);
    // One sentence piece per step: which side, how big a step, how many points (or what share of the fee).
    const say = (id: MessageId, step: Step | null) => {
      if (!step) return;
      const n = amountText(this.scale.fee ? -step.points : stepPoints(step, full), this.scale, lang);
      parts.push(phrase(id, { at, size: formatIn(step.size, this.frame, lang), n, rounding }, lang));
    };
    say(s.higherIsBetter ? "ruleStepBelow" : "ruleStepAbove", this.penalty);
    say(s.higherIsBetter ? "ruleStepAbove" : "ruleStepBelow", this.beyond);
    say(s.higherIsBetter ? "ruleBonusAbove" : "ruleBonusBelow", this.bonus);
    return parts.join(phrase("separator", {}, lang));
  }
}

/** A band table: the points of the band that counts for the actual (see bands.ts). */
export class Bands implements Scorer {
  readonly maxPoints: number;
  readonly above100: boolean;
  constructor(
    readonly frame: Frame,
    readonly table: BandTable,
    private readonly scale: Scale,
  ) {
    this.maxPoints = Math.max(...table.bands.map((b) => b.points));
    this.above100 =
      frame.percent &&
      table.bands.some((b) => (b.low >= 1 && b.low !== Infinity) || (b.high >= 1 && b.high !== Infinity));
    this.segments = segments(table, frame);
  }

  /** Where each band counts, in value order: scoring is one pass over a few plain intervals. */
  readonly segments: readonly Segment[];

  private band(actual: number): Band {
    const segs = this.segments;
    for (let i = 0; i < segs.length; i++) if (inBand(segs[i], actual)) return this.table.bands[segs[i].band];
    throw naError("noBand", {
      value: { en: formatIn(actual, this.frame, "en"), zh: formatIn(actual, this.frame, "zh") },
    });
  }

  raw(actual: number): number {
    return this.band(actual).points;
  }

  explain(actual: number, _full: number, lang: Language, score: number, tail: string): string {
    return phrase(
      "explainBand",
      {
        actual: formatIn(actual, this.frame, lang),
        band: this.band(actual).text || phrase("otherwise", {}, lang),
        score: scoreText(score, this.scale, lang),
        tail,
      },
      lang,
    );
  }

  describe(lang: Language): string {
    // Where each band counts after precedence, shared edges and closed gaps, in the order of the values.
    const bands = this.table.bands;
    return this.segments
      .map((s) => {
        const everything = s.band === this.table.catchAll && s.low === -Infinity && s.high === Infinity;
        const test = everything ? phrase("otherwise", {}, lang) : bandTest(s, this.frame, lang);
        return phrase("ruleBand", { test, n: amountText(bands[s.band].points, this.scale, lang) }, lang);
      })
      .join(phrase("separator", {}, lang));
  }
}

/** A band's test: "≥95%", "[90%, 95%)", "<85%", or in words ("低于80%") for a cut-off. */
export function bandTest(
  b: Pick<Band, "low" | "lowIncluded" | "high" | "highIncluded">,
  frame: Frame,
  lang: Language,
  words = false,
): string {
  const f = (x: number) => formatIn(x, frame, lang);
  if (words && b.low === -Infinity) return phrase(b.highIncluded ? "testAtMost" : "testBelow", { at: f(b.high) }, lang);
  if (words && b.high === Infinity) return phrase(b.lowIncluded ? "testAtLeast" : "testAbove", { at: f(b.low) }, lang);
  if (b.low === -Infinity) return `${b.highIncluded ? "≤" : "<"}${f(b.high)}`;
  if (b.high === Infinity) return `${b.lowIncluded ? "≥" : ">"}${f(b.low)}`;
  const lo = b.lowIncluded ? "[" : "(";
  const hi = b.highIncluded ? "]" : ")";
  return `${lo}${f(b.low)}, ${f(b.high)}${hi}`;
}

/** Full marks × actual ÷ standard (standard ÷ actual when lower is better), or × a stated number. */
export class Ratio implements Scorer {
  readonly frame: Frame;
  readonly above100 = true;
  constructor(
    readonly standard: Standard,
    readonly times: number | null,
  ) {
    this.frame = standard;
  }

  /** times × x ÷ y multiplied first, so 100 × 2 ÷ 3 is the double nearest 66.67, as on paper. */
  raw(actual: number, full: number): number {
    const m = this.times ?? full;
    const t = this.standard.value;
    if (this.standard.higherIsBetter) return (m * actual) / t;
    return actual === 0 ? Infinity : (m * t) / actual;
  }

  explain(actual: number, full: number, lang: Language, score: number, tail: string): string {
    const a = formatIn(actual, this.frame, lang);
    const t = formatIn(this.standard.value, this.frame, lang);
    const t1 = this.standard.value;
    const r = this.standard.higherIsBetter ? actual / t1 : actual === 0 ? Infinity : t1 / actual;
    const [x, y] = this.standard.higherIsBetter ? [a, t] : [t, a];
    return phrase(
      "explainRatio",
      {
        x,
        y,
        rate: r === Infinity ? "∞" : `${formatNumber(r * 100, 2)}%`,
        full: pts(this.times ?? full),
        score: scoreText(score, { fee: false }, lang),
        tail,
      },
      lang,
    );
  }

  describe(lang: Language, full: number): string {
    const t = formatIn(this.standard.value, this.frame, lang);
    const [x, y] = this.standard.higherIsBetter ? [phrase("actual", {}, lang), t] : [t, phrase("actual", {}, lang)];
    return phrase("ruleRatio", { x, y, full: pts(this.times ?? full) }, lang);
  }
}

/** "完成率×100": the actual (a share) times a number. */
export class Rate implements Scorer {
  readonly frame: Frame;
  readonly above100 = true;
  constructor(
    frame: Frame,
    readonly times: number | null,
    /** × (1 − actual): the actual is a rate of failures ("30分×(1-批退率)"). */
    readonly complement = false,
  ) {
    this.frame = { percent: frame.percent || !frame.unit, unit: frame.percent ? null : frame.unit };
  }
  raw(actual: number, full: number): number {
    return (this.complement ? 1 - actual : actual) * (this.times ?? full);
  }
  explain(actual: number, full: number, lang: Language, score: number, tail: string): string {
    return phrase(
      this.complement ? "explainRateLeft" : "explainRate",
      {
        actual: formatIn(actual, this.frame, lang),
        times: pts(this.times ?? full),
        score: scoreText(score, { fee: false }, lang),
        tail,
      },
      lang,
    );
  }
  describe(lang: Language, full: number): string {
    return phrase(this.complement ? "ruleRateLeft" : "ruleRate", { times: pts(this.times ?? full) }, lang);
  }
}

export interface Point {
  readonly at: number;
  readonly points: number;
}

/** "80%得0分，95%得100分，100%得120分": straight lines between points, flat beyond the ends. */
export class Interpolation implements Scorer {
  readonly maxPoints: number;
  readonly above100: boolean;
  constructor(
    readonly frame: Frame,
    /** Sorted by `at`, at least two, no two at the same value. */
    readonly points: readonly Point[],
    private readonly scale: Scale,
  ) {
    this.maxPoints = Math.max(...points.map((p) => p.points));
    this.above100 = frame.percent && points[points.length - 1].at > 1;
  }

  raw(actual: number): number {
    const ps = this.points;
    if (actual <= ps[0].at) return ps[0].points;
    for (let i = 1; i < ps.length; i++) {
      const q = ps[i];
      if (actual <= q.at) {
        const p = ps[i - 1];
        return p.points + ((actual - p.at) * (q.points - p.points)) / (q.at - p.at);
      }
    }
    return ps[ps.length - 1].points;
  }

  private list(lang: Language): string {
    return this.points
      .map((p) =>
        phrase("pointAt", { at: formatIn(p.at, this.frame, lang), n: amountText(p.points, this.scale, lang) }, lang),
      )
      .join(lang === "zh" ? "、" : ", ");
  }

  explain(actual: number, _full: number, lang: Language, score: number, tail: string): string {
    return phrase(
      "explainLine",
      {
        points: this.list(lang),
        actual: formatIn(actual, this.frame, lang),
        score: scoreText(score, this.scale, lang),
        tail,
      },
      lang,
    );
  }

  describe(lang: Language): string {
    return phrase("ruleLine", { points: this.list(lang) }, lang);
  }
}
