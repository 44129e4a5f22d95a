/**
 * The values a band rule gives no score: where SLA.SCORE answers #N/A ("noBand") because no band
 * holds the actual. Read from the same resolved segments the scorer uses (bands.ts), so a gap the
 * engine closes by itself (90%-94% beside ≥95%) is not a gap here, and a catch-all (其他:0) leaves none.
 *
 * Only values an actual can take count (the same range bands.ts probes): nothing below 0 when every
 * edge is ≥ 0, nothing above 100% in a % table whose edges stop there. So "≥95%:10; 90%-94%:8;
 * 85%-89%:6" leaves "<85%" (0%–85%), and "≤15分钟:10; 20-30分钟:5" leaves (15, 20) minutes and >30.
 * A gap that reaches the end of that range is worded open ("<85%", not "[0%, 85%)").
 */
import { edgesOf, segments } from "./bands";
import type { Language } from "./errors";
import { compare } from "./exact";
import { formatIn } from "./frame";
import { ruleFor } from "./ruleCache";
import { Bands, bandTest } from "./scorers";

export interface BandGap {
  readonly low: number;
  readonly lowIncluded: boolean;
  readonly high: number;
  readonly highIncluded: boolean;
  /** The gap as SLA.RULE writes a band: "[85%, 90%)", "<85%", ">30分钟" / ">30 min". */
  readonly text: Readonly<Record<Language, string>>;
}

/**
 * The gaps of the rule's band table, in value order; [] for a rule without bands or without gaps.
 * Throws the engine's SlaError when the standard or the rule cannot be read (as SLA.SCORE would).
 */
export function bandGaps(standard: unknown, rule: unknown): BandGap[] {
  const scorer = ruleFor(standard, rule).scorer;
  if (!(scorer instanceof Bands)) return [];
  const { table, frame } = scorer;
  const edges = edgesOf(table);
  if (edges.length === 0) return [];
  const lowest = edges[0];
  const highest = edges[edges.length - 1];
  // The values an actual can take, as bands.ts probes them.
  const from = lowest >= 0 ? 0 : -Infinity;
  const to = frame.percent && highest <= 1 ? 1 : Infinity;

  const gaps: Omit<BandGap, "text">[] = [];
  // Everything below `at` is held (and `at` itself when `held`).
  let at = from;
  let held = false;
  for (const s of segments(table, frame)) {
    if (s.high !== Infinity && compare(s.high, at) < 0) continue; // wholly below the range
    const c = s.low === -Infinity ? -1 : compare(s.low, at);
    if (c > 0) gaps.push({ low: at, lowIncluded: !held, high: s.low, highIncluded: !s.lowIncluded });
    else if (c === 0 && !held && !s.lowIncluded && at !== -Infinity)
      gaps.push({ low: at, lowIncluded: true, high: at, highIncluded: true });
    if (s.high === Infinity || compare(s.high, at) > 0) {
      at = s.high;
      held = s.highIncluded;
    } else if (compare(s.high, at) === 0) held = held || s.highIncluded;
  }
  if (at !== Infinity) {
    const c = compare(at, to);
    if (c < 0 || (c === 0 && !held && to !== Infinity))
      gaps.push({ low: at, lowIncluded: !held, high: to, highIncluded: true });
  }
  return gaps.map((g) => {
    // A gap that reaches the end of the possible values reads as open on that side.
    const shown = {
      low: g.low === from && g.lowIncluded ? -Infinity : g.low,
      lowIncluded: g.lowIncluded,
      high: g.high === to && g.highIncluded ? Infinity : g.high,
      highIncluded: g.highIncluded,
    };
    const text = (lang: Language) =>
      g.low === g.high ? `=${formatIn(g.low, frame, lang)}` : bandTest(shown, frame, lang);
    return { ...g, text: { en: text("en"), zh: text("zh") } };
  });
}
