/**
 * Limits on a score, applied in order after the scorer: cap on deductions, cap on bonus, floor,
 * cap, then cut-offs (which override everything: "低于80%不得分"). Each says itself in words, for
 * SLA.RULE, and notes when it changed a score, for SLA.EXPLAIN; adding one never touches a scorer.
 */
import type { Language } from "./errors";
import { formatNumber } from "./exact";
import type { Frame } from "./frame";
import { phrase } from "./messages";
import { inBand, type Band } from "./bands";
import { bandTest, scoreText } from "./scorers";
import { meets, type Standard } from "./standard";

export interface Modifier {
  apply(score: number, actual: number, full: number): number;
  /** The limit in words ("最多扣30分"), for SLA.RULE. */
  describe(lang: Language, full: number): string;
  /** Why it changed a score, for SLA.EXPLAIN. */
  reason(lang: Language): string;
}

const pts = (n: number): string => formatNumber(n);

/** How a number reads in the rule: points, or for a fee clause a share of the fee. */
export interface Scale {
  readonly fee: boolean;
}
const amountText = (n: number, scale: Scale): string => (scale.fee ? `${formatNumber(n * 100)}%` : pts(n));

export class DeductionCap implements Modifier {
  /** `ofFull`: the cap is a share of full marks ("最高扣除10%"). */
  constructor(
    readonly most: number,
    private readonly scale: Scale,
    readonly ofFull = false,
  ) {}
  apply(score: number, _actual: number, full: number): number {
    const most = this.ofFull ? this.most * full : this.most;
    return score < full - most ? full - most : score;
  }
  describe(lang: Language, full: number): string {
    const n = this.ofFull ? pts(this.most * full) : amountText(this.most, this.scale);
    return phrase(this.scale.fee ? "ruleFeeCap" : "ruleDeductionCap", { n }, lang);
  }
  reason(lang: Language, full = 100): string {
    return this.describe(lang, full);
  }
}

export class BonusCap implements Modifier {
  constructor(readonly most: number) {}
  apply(score: number, _actual: number, full: number): number {
    return score > full + this.most ? full + this.most : score;
  }
  describe(lang: Language): string {
    return phrase("ruleBonusCap", { n: pts(this.most) }, lang);
  }
  reason(lang: Language): string {
    return this.describe(lang);
  }
}

export class Floor implements Modifier {
  /**
   * `stated` is false for the default floor of deductions (0), which RULE does not repeat;
   * `untilZero` words it as 扣完为止.
   */
  constructor(
    readonly least: number,
    readonly stated: boolean,
    private readonly untilZero = false,
  ) {}
  apply(score: number): number {
    return score < this.least ? this.least : score;
  }
  describe(lang: Language): string {
    return this.stated ? this.reason(lang) : "";
  }
  reason(lang: Language): string {
    return this.untilZero ? phrase("ruleUntilZero", {}, lang) : phrase("ruleFloor", { n: pts(this.least) }, lang);
  }
}

export class Cap implements Modifier {
  constructor(
    readonly most: number,
    private readonly stated: boolean,
    private readonly scale: Scale,
    /** What a cap below full marks limits: the bonus, the deductions, or (only then) the score. */
    readonly belowFull: "bonus" | "deductions" | "score" = "score",
  ) {}
  get onDeductions(): boolean {
    return this.belowFull !== "score";
  }
  apply(score: number, _actual: number, full: number): number {
    if (this.most < full && this.belowFull === "deductions") return score < full - this.most ? full - this.most : score;
    if (this.most < full && this.belowFull === "bonus") return score > full + this.most ? full + this.most : score;
    return score > this.most ? this.most : score;
  }
  describe(lang: Language): string {
    return this.stated
      ? phrase(this.scale.fee ? "ruleFeeCap" : "ruleCap", { n: amountText(this.most, this.scale) }, lang)
      : "";
  }
  reason(lang: Language): string {
    return phrase(this.scale.fee ? "ruleFeeCap" : "ruleCap", { n: amountText(this.most, this.scale) }, lang);
  }
}

/** A fee clause credits nothing while the standard is met, whatever its table lists. */
export class MetIsNothing implements Modifier {
  constructor(readonly standard: Standard) {}
  apply(score: number, actual: number): number {
    return meets(this.standard, actual) ? 0 : score;
  }
  describe(): string {
    return "";
  }
  reason(lang: Language): string {
    return phrase("explainMetNoCredit", { standard: this.standard.text }, lang);
  }
}

/** "超过4小时扣10分": points off (or on) once, inside the band, before the floor and cap. */
export class BandChange implements Modifier {
  constructor(
    readonly band: Band,
    readonly delta: number,
    private readonly frame: Frame,
  ) {}
  apply(score: number, actual: number): number {
    return inBand(this.band, actual) ? score + this.delta : score;
  }
  describe(lang: Language): string {
    const id = this.delta < 0 ? "ruleBandOff" : "ruleBandOn";
    return phrase(id, { test: bandTest(this.band, this.frame, lang, true), n: pts(Math.abs(this.delta)) }, lang);
  }
  reason(lang: Language): string {
    return this.describe(lang);
  }
}

/** "低于80%不得分": inside the band the score is the band's points, whatever the rest says. */
export class Cutoff implements Modifier {
  constructor(
    readonly band: Band,
    private readonly frame: Frame,
    private readonly scale: Scale,
  ) {}
  apply(score: number, actual: number): number {
    return inBand(this.band, actual) ? this.band.points : score;
  }
  describe(lang: Language): string {
    return phrase(
      "ruleCutoff",
      { test: bandTest(this.band, this.frame, lang, true), n: scoreText(this.band.points, this.scale, lang) },
      lang,
    );
  }
  reason(lang: Language): string {
    return this.describe(lang);
  }
}
