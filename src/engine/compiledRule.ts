/**
 * A compiled rule: one scorer (scorers.ts) and its chain of limits (modifiers.ts), with the hot path
 * that scores an actual (the floor and cap kept as two numbers) and the same computation in words
 * for SLA.EXPLAIN and SLA.RULE.
 */
import { type Language, type SlaError } from "./errors";
import { compare, formatNumber, tidy } from "./exact";
import type { Frame } from "./frame";
import { phrase } from "./messages";
import {
  BandChange,
  BonusCap,
  Cap,
  Cutoff,
  DeductionCap,
  Floor,
  MetIsNothing,
  type Modifier,
  type Scale,
} from "./modifiers";
import type { Scorer } from "./scorers";
import { finite } from "./values";

/** A compiled rule: the scorer, then its limits in order. */
export class CompiledRule {
  constructor(
    readonly scorer: Scorer,
    readonly modifiers: readonly Modifier[],
    /** Full marks the rule states ("满分10分", "达标得10分"), if any. */
    readonly fullFromRule: number | null,
    readonly scale: Scale,
  ) {
    this.frame = scorer.frame;
    const floor = modifiers.find((m): m is Floor => m instanceof Floor && m.stated);
    this.floor = floor ? floor.least : null;
    // The hot path keeps the floor and the cap as two numbers; the chain keeps the order for words.
    const lowest = modifiers.find((m): m is Floor => m instanceof Floor);
    const cap = modifiers.find((m): m is Cap => m instanceof Cap && !m.onDeductions);
    this.lowest = lowest ? lowest.least : -Infinity;
    this.highest = cap ? cap.most : Infinity;
    this.capAtFull = modifiers.includes(capAtFull);
    this.before = modifiers.filter(
      (m) =>
        m instanceof BandChange ||
        m instanceof DeductionCap ||
        m instanceof BonusCap ||
        (m instanceof Cap && m.onDeductions),
    );
    this.after = modifiers.filter((m) => m instanceof Cutoff || m instanceof MetIsNothing);
  }

  /** The frame an actual is read in. */
  readonly frame: Frame;
  /** The lowest score the rule states ("最低60分"), if any. */
  readonly floor: number | null;
  /** Full marks when the full_marks argument is left out, once worked out (or the error it gives). */
  defaultFull?: number | SlaError;
  // The hot path's parts, also read by native/ to write the same computation as an Excel formula.
  readonly lowest: number;
  readonly highest: number;
  readonly capAtFull: boolean;
  /** Band changes and caps on deductions or bonus, in order, before the floor and cap. */
  readonly before: readonly Modifier[];
  /** Cut-offs (and a fee clause's "nothing while met"), in order, after them. */
  readonly after: readonly Modifier[];

  /** The modifiers in order (caps on deductions and bonus, floor, cap, cut-offs), clamps as numbers. */
  score(actual: number, full: number): number {
    let s = this.scorer.raw(actual, full);
    for (let i = 0; i < this.before.length; i++) s = this.before[i].apply(s, actual, full);
    if (s < this.lowest) s = this.lowest;
    const high = this.capAtFull ? full : this.highest;
    if (s > high) s = high;
    for (let i = 0; i < this.after.length; i++) s = this.after[i].apply(s, actual, full);
    const t = tidy(s);
    return t - t === 0 ? t : finite(t); // finite numbers pass straight through
  }

  explain(actual: number, full: number, lang: Language): string {
    const raw = this.scorer.raw(actual, full);
    let s = raw;
    let changedBy: Modifier | null = null;
    for (const m of this.modifiers) {
      const next = m.apply(s, actual, full);
      if (compare(next, s) !== 0) changedBy = m;
      s = next;
    }
    const final = finite(tidy(s));
    const tail = changedBy ? phrase("limited", { reason: changedBy.reason(lang) }, lang) : "";
    return this.scorer.explain(actual, full, lang, final, tail);
  }

  describe(lang: Language, full: number, fullStated: boolean): string {
    // A table's own points say what it gives; full marks matter to the other scorers, or when stated.
    const table = this.scorer.maxPoints !== undefined;
    const showFull = !this.scale.fee && (fullStated || !table);
    const parts = [
      showFull ? phrase("ruleFull", { n: formatNumber(full) }, lang) : "",
      this.scorer.describe(lang, full),
    ];
    for (const m of this.modifiers) parts.push(m.describe(lang, full));
    return parts.filter((p) => p !== "").join(phrase("separator", {}, lang));
  }
}

/** Caps the score at full marks given at scoring time (the full_marks argument). */
export const capAtFull: Modifier = {
  apply: (s, _a, full) => (s > full ? full : s),
  describe: () => "",
  reason: (lang) => phrase("ruleCap", { n: "" }, lang).replace(/\s*$/, ""),
};
