/**
 * Band tables as a careful person reads them ("≥95%:10; 90%-94%:8; 85%-89%:6; <85%:0"):
 * - written order does not matter: of the bands that hold a value, the most specific one counts
 *   (the one whose edge on the better side is nearest: ≥90%:8 and ≥95%:10 give 97% a 10);
 * - a value on an edge two ranges share belongs to the better band (80%-90%:6; 90%-95%:8 gives 90% an 8);
 * - whole-number ranges close their gaps: 90%-94% next to ≥95% holds 94.5% (a value that has not
 *   reached the better band's edge stays in the worse band); a wider gap is #N/A;
 * - a catch-all (其他, else) holds what no other band holds.
 */
import { compare } from "./exact";
import type { Frame } from "./frame";

export interface Band {
  low: number;
  lowIncluded: boolean;
  high: number;
  highIncluded: boolean;
  readonly points: number;
  readonly text: string;
  /** Decimal places the edges were written with ("94" 0, "99.5" 1), for closing gaps. */
  readonly decimals: { readonly low: number | null; readonly high: number | null };
}

export function inBand(b: Pick<Band, "low" | "lowIncluded" | "high" | "highIncluded">, x: number): boolean {
  const lo = b.low === -Infinity ? 1 : compare(x, b.low);
  const hi = b.high === Infinity ? -1 : compare(x, b.high);
  return (lo > 0 || (lo === 0 && b.lowIncluded)) && (hi < 0 || (hi === 0 && b.highIncluded));
}

/** Is `b` more specific than `a` for a value both hold? */
function moreSpecific(b: Band, a: Band, higherIsBetter: boolean): boolean {
  const lows = compare(b.low === -Infinity ? -1e300 : b.low, a.low === -Infinity ? -1e300 : a.low);
  const highs = compare(a.high === Infinity ? 1e300 : a.high, b.high === Infinity ? 1e300 : b.high);
  const [first, second] = higherIsBetter ? [lows, highs] : [highs, lows];
  return first > 0 || (first === 0 && second > 0);
}

export class BandTable {
  constructor(
    readonly bands: readonly Band[],
    /** Index of the catch-all band, or -1. */
    readonly catchAll: number,
    readonly higherIsBetter: boolean,
  ) {}

  /** The index of the band that counts for x, or -1 when none holds it. */
  find(x: number): number {
    let best = -1;
    for (let i = 0; i < this.bands.length; i++) {
      if (i === this.catchAll || !inBand(this.bands[i], x)) continue;
      if (best < 0 || moreSpecific(this.bands[i], this.bands[best], this.higherIsBetter)) best = i;
    }
    return best >= 0 ? best : this.catchAll;
  }
}

/** One unit of the last written decimal place, in the frame's terms (a % frame counts in hundredths). */
function unitOf(decimals: number, frame: Frame): number {
  return 10 ** -decimals * (frame.percent ? 0.01 : 1);
}

/**
 * Closes the gaps a person closes without thinking: between a range written "90%-94%" and a band
 * starting at 95% lies exactly one unit of the last written digit. The value in the gap has not
 * reached the better band, so the worse band is stretched over it (edges stay exclusive).
 */
export function closeGaps(
  bands: Band[],
  catchAll: number,
  higherIsBetter: boolean,
  frame: Frame,
  openEnd = true,
): void {
  // With a catch-all, what lies past the best range is the catch-all's ("90%≤X<95%:8; 其他:0").
  if (openEnd && catchAll < 0) openBestEnd(bands, catchAll, higherIsBetter);
  // Whether a value is held by a band other than the catch-all.
  const table = new BandTable(bands, catchAll, higherIsBetter);
  const held = (x: number) => table.find(x) !== catchAll;
  bands.forEach((b, i) => {
    if (i === catchAll) return;
    // "Less than 95%" beside "greater than 95%": 95% itself has not passed the better band's edge.
    const touching = bands.find((o, j) => j !== catchAll && j !== i && compare(o.low, b.high) === 0 && !o.lowIncluded);
    if (touching && !b.highIncluded && !held(b.high)) {
      if (higherIsBetter) b.highIncluded = true;
      else touching.lowIncluded = true;
    }
    if (higherIsBetter && b.decimals.high !== null && b.high !== Infinity) {
      const unit = unitOf(b.decimals.high, frame);
      const next = bands.find((o, j) => j !== catchAll && o.low > b.high && compare(o.low - b.high, unit) <= 0);
      if (next && !held((b.high + next.low) / 2)) {
        b.high = next.low;
        b.highIncluded = !next.lowIncluded;
      }
    }
    if (!higherIsBetter && b.decimals.low !== null && b.low !== -Infinity) {
      const unit = unitOf(b.decimals.low, frame);
      const prev = bands.find((o, j) => j !== catchAll && o.high < b.low && compare(b.low - o.high, unit) <= 0);
      if (prev && !held((b.low + prev.high) / 2)) {
        b.low = prev.high;
        b.lowIncluded = !prev.highIncluded;
      }
    }
  });
}

/**
 * A value better than the best band's far edge ("90~100分", 105) is still in the best band: a
 * better value never scores less. Only for a range, when no other band (bar the catch-all) is out
 * there, and not in a fee table, whose best end is "no credit".
 */
function openBestEnd(bands: Band[], catchAll: number, higherIsBetter: boolean): void {
  const own = bands.filter((_, i) => i !== catchAll);
  if (own.length === 0) return;
  if (higherIsBetter) {
    const top = own.reduce((a, b) => (b.high > a.high ? b : a));
    if (top.high !== Infinity && top.low !== -Infinity && !own.some((b) => b !== top && b.low >= top.high)) {
      top.high = Infinity;
      top.highIncluded = false;
    }
  } else {
    const bottom = own.reduce((a, b) => (b.low < a.low ? b : a));
    if (
      bottom.low !== -Infinity &&
      bottom.high !== Infinity &&
      !own.some((b) => b !== bottom && b.high <= bottom.low)
    ) {
      bottom.low = -Infinity;
      bottom.lowIncluded = false;
    }
  }
}

/** The finite band edges of a table, once each, in value order (a catch-all has none). */
export function edgesOf(table: BandTable): number[] {
  return [...new Set(table.bands.flatMap((b) => [b.low, b.high]).filter(Number.isFinite))].sort((a, b) => a - b);
}

/**
 * The values where a band table's score can change, and one in each stretch between them: every
 * edge, the midpoints between edges, and one value beyond each end (only values an actual can
 * take: no negatives when every edge is ≥ 0, nothing past 100% for a % table that stops there).
 */
export function probes(table: BandTable, frame: Frame): number[] {
  const edges = edgesOf(table);
  if (edges.length === 0) return [];
  const lo = edges[0];
  const hi = edges[edges.length - 1];
  const xs = [lo > 0 ? lo / 2 : lo - 1];
  edges.forEach((e, i) => {
    xs.push(e);
    if (i + 1 < edges.length) xs.push((e + edges[i + 1]) / 2);
  });
  xs.push(frame.percent && hi < 1 ? (hi + 1) / 2 : hi > 0 ? hi * 1.5 : hi + 1);
  return xs.filter((x) => (lo < 0 || x >= 0) && (!frame.percent || hi > 1 || x <= 1));
}

/** Where each band actually counts, after precedence and closed gaps: what SLA.RULE shows. */
export interface Segment {
  readonly band: number;
  readonly low: number;
  readonly lowIncluded: boolean;
  readonly high: number;
  readonly highIncluded: boolean;
}

export function segments(table: BandTable, frame: Frame): Segment[] {
  const xs = probes(table, frame);
  const edges = new Set(edgesOf(table));
  const out: Segment[] = [];
  let run: { band: number; first: number; last: number } | null = null;
  const close = (next: number | null) => {
    if (!run || run.band < 0) return;
    const firstIsEdge = edges.has(xs[run.first]);
    const lastIsEdge = edges.has(xs[run.last]);
    out.push({
      band: run.band,
      low: run.first === 0 ? -Infinity : firstIsEdge ? xs[run.first] : xs[run.first - 1],
      lowIncluded: firstIsEdge && run.first !== 0,
      high: next === null ? Infinity : lastIsEdge ? xs[run.last] : xs[run.last + 1],
      highIncluded: lastIsEdge && next !== null,
    });
  };
  xs.forEach((x, i) => {
    const band = table.find(x);
    if (run && run.band === band) run.last = i;
    else {
      close(i);
      run = { band, first: i, last: i };
    }
  });
  close(null);
  return out;
}
