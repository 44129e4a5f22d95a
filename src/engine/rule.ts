/**
 * Compiling a scoring rule against its standard into a Scorer, once per distinct pair of texts.
 * Decides which of the five scorers the clauses describe, converts every number into the
 * standard's unit, and rejects what cannot be meant: mixed kinds, repeated clauses, deductions on
 * the side that meets the standard, bands that give a better value fewer points.
 */
import { naError, valueError, SlaError } from "./errors";
import { formatIn, inFrame, NO_FRAME, type Frame } from "./frame";
import { readClauses, type Clause } from "./ruleClauses";
import type { Quantity } from "./text";
import {
  Bands,
  Interpolation,
  Linear,
  PassFail,
  Ratio,
  type Band,
  type Limits,
  type Rounding,
  type Scorer,
  type Step,
} from "./scorers";
import { makeStandard, parseStandard, type Standard } from "./standard";
import { isBlank } from "./values";
import { compare, formatNumber } from "./exact";

type Of<K extends Clause["kind"]> = Extract<Clause, { kind: K }>;

/** The clauses of a rule sorted by kind, with at most one of each setting. */
interface Parts {
  full: Of<"full"> | null;
  floor: Of<"floor"> | null;
  cap: Of<"cap"> | null;
  rounding: Of<"rounding"> | null;
  ratio: Of<"ratio"> | null;
  steps: Of<"step">[];
  bands: Of<"band">[];
  points: Of<"point">[];
}

function sort(clauses: Clause[]): Parts {
  const parts: Parts = {
    full: null,
    floor: null,
    cap: null,
    rounding: null,
    ratio: null,
    steps: [],
    bands: [],
    points: [],
  };
  const once = <K extends "full" | "floor" | "cap" | "rounding" | "ratio">(key: K, c: Parts[K]) => {
    if (parts[key]) throw valueError("ruleTwice", { clause: c!.text });
    parts[key] = c;
  };
  for (const c of clauses) {
    switch (c.kind) {
      case "full":
      case "floor":
      case "cap":
      case "rounding":
      case "ratio":
        once(c.kind, c as never);
        break;
      case "step":
        if (parts.steps.some((s) => s.bonus === c.bonus)) throw valueError("ruleTwice", { clause: c.text });
        parts.steps.push(c);
        break;
      case "band":
        parts.bands.push(c);
        break;
      case "point":
        parts.points.push(c);
        break;
      case "accepted":
        break;
    }
  }
  return parts;
}

function mixed(a: Clause, b: Clause): SlaError {
  return valueError("ruleMixed", { a: a.text, b: b.text });
}

function limitsOf(parts: Parts): Limits {
  return { floor: parts.floor?.points ?? null, cap: parts.cap?.points ?? null };
}

export function compileRule(given: Standard | null, rule: string): Scorer {
  const parts = sort(readClauses(rule));
  if (parts.rounding && parts.steps.length === 0)
    throw valueError("roundingNeedsSteps", { clause: parts.rounding.text });
  const standard = adoptUnit(given, parts);
  const first = <T>(xs: T[]) => xs[0];
  if (parts.ratio) {
    const other = first(parts.steps) ?? first(parts.bands) ?? first(parts.points);
    if (other) throw mixed(parts.ratio, other);
    const s = need(standard);
    if (s.value === 0) throw valueError("zeroStandardRatio");
    return new Ratio(s, limitsOf(parts), parts.full?.points ?? null);
  }
  if (parts.steps.length > 0) return linear(standard, parts);
  if (parts.bands.length > 0) {
    if (parts.points.length > 0) throw valueError("pointsNeedTwo", { clause: parts.points[0].text });
    return bands(standard, parts);
  }
  if (parts.points.length > 0) return interpolation(standard, parts);
  return new PassFail(need(standard), parts.full?.points ?? null, limitsOf(parts));
}

/** Pass/fail, steps and ratios compare with a standard; a blank one is not filled in yet. */
function need(standard: Standard | null): Standard {
  if (!standard) throw naError("standardMissing");
  return standard;
}

function linear(given: Standard | null, parts: Parts): Scorer {
  // A band or point beside steps states the standard and its full marks: "≤30秒得10分，每超10秒扣1分".
  const statements = [...parts.bands, ...parts.points];
  if (statements.length > 1) throw mixed(statements[0], statements[1]);
  let standard = given;
  let full = parts.full?.points ?? null;
  const statement = statements[0];
  if (statement) {
    const stated = statedStandard(statement);
    if (!stated) throw mixed(statement, parts.steps[0]);
    if (standard) {
      const same =
        standard.higherIsBetter === stated.higherIsBetter &&
        compare(inFrame(stated, standard, statement.text), standard.value) === 0;
      if (!same) throw valueError("statementAgainstStandard", { clause: statement.text, standard: standard.text });
    } else {
      standard = stated;
    }
    if (full !== null && full !== statement.points) throw valueError("ruleTwice", { clause: statement.text });
    full = statement.points;
  }
  standard = need(standard);
  let penalty: Step | null = null;
  let bonus: Step | null = null;
  for (const c of parts.steps) {
    // "below" the threshold is the worse side of a ≥ standard, "above" the worse side of a ≤ one;
    // a shortfall word (每缺1项) is on the worse side of either.
    const worseSide = standard.higherIsBetter ? "below" : "above";
    const onWorseSide = c.side === "worse" || c.side === worseSide;
    if (!c.bonus && !onWorseSide) throw valueError("deductOnBetterSide", { clause: c.text, standard: standard.text });
    if (c.bonus && onWorseSide) throw valueError("bonusOnWorseSide", { clause: c.text, standard: standard.text });
    const size = inFrame(c.step, standard, c.text);
    if (!(size > 0)) throw valueError("ruleUnreadable", { clause: c.text });
    const step = { size, points: c.points, text: c.text };
    if (c.bonus) bonus = step;
    else penalty = step;
  }
  const rounding: Rounding = parts.rounding?.mode ?? "prorate";
  return new Linear(standard, penalty, bonus, rounding, limitsOf(parts), full);
}

function statedStandard(c: Of<"band"> | Of<"point">): Standard | null {
  if (c.kind === "point") return makeStandard(c.at.unit?.family === "time" ? "<=" : ">=", c.at, c.text);
  if (c.test.kind !== "compare") return null;
  return makeStandard(c.test.comparator, c.test.at, c.text);
}

/** Without a standard, a rule is read in the unit of the first clause that names one. */
function frameOf(standard: Standard | null, parts: Parts): Frame {
  if (standard) return standard;
  for (const c of [...parts.steps, ...parts.bands, ...parts.points]) {
    for (const q of quantitiesOf(c)) if (q.percent || q.unit) return { percent: q.percent, unit: q.unit };
  }
  return NO_FRAME;
}

function quantitiesOf(c: Of<"step"> | Of<"band"> | Of<"point">): Quantity[] {
  if (c.kind === "step") return [c.step];
  if (c.kind === "point") return [c.at];
  if (c.test.kind === "compare") return [c.test.at];
  return c.test.kind === "range" ? [c.test.low, c.test.high] : [];
}

/**
 * A plain-number standard (a cell holding 0.9, or "60") takes the unit its rule is written in:
 * against "每低于1%扣5分" 0.9 is 90% and the actual must be a percentage too; against
 * "每超30秒扣5分" 60 is 60 seconds. A plain number above 1 cannot be a percentage.
 */
function adoptUnit(standard: Standard | null, parts: Parts): Standard | null {
  if (!standard || standard.percent || standard.unit) return standard;
  const frame = frameOf(null, parts);
  if (frame.percent && standard.value > 1) throw valueError("standardNotPercent", { standard: standard.text });
  return frame === NO_FRAME ? standard : { ...standard, percent: frame.percent, unit: frame.unit };
}

function bands(standard: Standard | null, parts: Parts): Scorer {
  const frame = frameOf(standard, parts);
  const list: Band[] = parts.bands.map((c) => {
    const t = c.test;
    const base = { points: c.points, text: c.text };
    if (t.kind === "else") return { low: -Infinity, lowIncluded: false, high: Infinity, highIncluded: false, ...base };
    if (t.kind === "range") {
      let low = inFrame(t.low, frame, c.text);
      let high = inFrame(t.high, frame, c.text);
      if (low > high) [low, high] = [high, low];
      return { low, lowIncluded: true, high, highIncluded: true, ...base };
    }
    const x = inFrame(t.at, frame, c.text);
    switch (t.comparator) {
      case ">=":
        return { low: x, lowIncluded: true, high: Infinity, highIncluded: false, ...base };
      case ">":
        return { low: x, lowIncluded: false, high: Infinity, highIncluded: false, ...base };
      case "<=":
        return { low: -Infinity, lowIncluded: false, high: x, highIncluded: true, ...base };
      case "<":
        return { low: -Infinity, lowIncluded: false, high: x, highIncluded: false, ...base };
    }
  });
  const scorer = new Bands(frame, list, limitsOf(parts), parts.full?.points ?? null);
  checkOrder(scorer, standard, parts);
  return scorer;
}

/**
 * A better value must never score less. The score of a band rule only changes at band edges, so
 * probing every edge, the midpoints between edges and one value beyond each end finds any case.
 */
function checkOrder(scorer: Bands, standard: Standard | null, parts: Parts): void {
  const edges = [...new Set(scorer.bands.flatMap((b) => [b.low, b.high]).filter(Number.isFinite))].sort(
    (a, b) => a - b,
  );
  if (edges.length === 0) return;
  const lo = edges[0];
  const hi = edges[edges.length - 1];
  const probes = [lo > 0 ? lo / 2 : lo - 1];
  edges.forEach((e, i) => {
    probes.push(e);
    if (i + 1 < edges.length) probes.push((e + edges[i + 1]) / 2);
  });
  probes.push(scorer.frame.percent && hi < 1 ? (hi + 1) / 2 : hi > 0 ? hi * 1.5 : hi + 1);
  // Only values an actual can take: no negatives when every edge is ≥ 0, nothing past 100% for a % rule.
  const possible = (x: number) => (lo < 0 || x >= 0) && (!scorer.frame.percent || x <= 1);
  const scored = probes
    .filter(possible)
    .map((x) => ({ x, i: scorer.find(x) }))
    .filter((p) => p.i >= 0)
    .map((p) => ({ x: p.x, i: p.i, points: scorer.bands[p.i].points }));
  // A band no probe lands in can never apply: an earlier band already holds all it covers.
  // (A catch-all that nothing reaches is only redundant, not a mistake.)
  const dead = scorer.bands.findIndex((b, i) =>
    b.low !== -Infinity || b.high !== Infinity ? !scored.some((p) => p.i === i) : false,
  );
  if (dead >= 0) throw valueError("bandUnreachable", { clause: scorer.bands[dead].text });
  if (scored.length < 2) return;
  const higherIsBetter = standard ? standard.higherIsBetter : guessDirection(parts, scored);
  for (let i = 1; i < scored.length; i++) {
    const [worse, better] = higherIsBetter ? [scored[i - 1], scored[i]] : [scored[i], scored[i - 1]];
    if (better.points < worse.points) {
      const show = (x: number) => ({ en: formatIn(x, scorer.frame, "en"), zh: formatIn(x, scorer.frame, "zh") });
      throw valueError("bandsNotOrdered", {
        better: show(better.x),
        betterPoints: formatNumber(better.points),
        worse: show(worse.x),
        worsePoints: formatNumber(worse.points),
      });
    }
  }
}

/** Without a standard: ≥ bands say higher is better, ≤ bands lower; else the two ends decide. */
function guessDirection(parts: Parts, scored: { points: number }[]): boolean {
  let vote = 0;
  for (const b of parts.bands) {
    if (b.test.kind !== "compare") continue;
    vote += b.test.comparator.startsWith(">") ? 1 : -1;
  }
  if (vote !== 0) return vote > 0;
  return scored[scored.length - 1].points >= scored[0].points;
}

function interpolation(standard: Standard | null, parts: Parts): Scorer {
  if (parts.points.length !== 2) throw valueError("pointsNeedTwo", { clause: parts.points[0].text });
  const frame = frameOf(standard, parts);
  const [p, q] = parts.points.map((c) => ({ at: inFrame(c.at, frame, c.text), points: c.points }));
  if (p.at === q.at) throw valueError("pointsSame", { clause: `${parts.points[0].text}, ${parts.points[1].text}` });
  if (standard && p.points !== q.points) {
    const higherScoresMore = q.at > p.at === q.points > p.points;
    if (higherScoresMore !== standard.higherIsBetter) {
      throw valueError("pointsAgainstStandard", {
        clause: `${parts.points[0].text}, ${parts.points[1].text}`,
        standard: standard.text,
      });
    }
  }
  return new Interpolation(frame, p, q, limitsOf(parts), parts.full?.points ?? null);
}

// ---- cache: Excel calls a function once per cell, with the same few rule texts again and again.
// Keyed by the rule text first: a rule nearly always goes with one standard, so one Map lookup
// and one comparison find it; a rule used with several standards keeps the others beside it.

type Compiled = Scorer | SlaError;
interface Entry {
  readonly standard: string | number;
  readonly compiled: Compiled;
  others?: Map<string | number, Compiled>;
}

const CACHE_LIMIT = 10_000;
const cache = new Map<string, Entry>();
let cached = 0;

/** The compiled scorer for a standard cell and a rule cell; errors are cached and thrown again. */
export function scorerFor(standardInput: unknown, ruleInput: unknown): Scorer {
  const rule = typeof ruleInput === "string" ? ruleInput : ruleText(ruleInput);
  const key =
    typeof standardInput === "string" || typeof standardInput === "number"
      ? standardInput
      : isBlank(standardInput)
        ? ""
        : null;
  if (key === null) return compile(standardInput, rule);
  const entry = cache.get(rule);
  let hit = entry === undefined ? undefined : entry.standard === key ? entry.compiled : entry.others?.get(key);
  if (hit === undefined) {
    hit = compileCaught(standardInput, rule);
    remember(entry, rule, key, hit);
  }
  if (hit instanceof SlaError) throw hit;
  return hit;
}

function compileCaught(standardInput: unknown, rule: string): Compiled {
  try {
    return compile(standardInput, rule);
  } catch (e) {
    if (e instanceof SlaError) return e;
    throw e;
  }
}

function remember(entry: Entry | undefined, rule: string, key: string | number, compiled: Compiled): void {
  if (cached >= CACHE_LIMIT) {
    cache.clear();
    cached = 0;
    entry = undefined;
  }
  cached++;
  if (entry === undefined) cache.set(rule, { standard: key, compiled });
  else (entry.others ??= new Map()).set(key, compiled);
}

function compile(standardInput: unknown, rule: string): Scorer {
  const standard = isBlank(standardInput) ? null : parseStandard(standardInput);
  return compileRule(standard, rule);
}

function ruleText(input: unknown): string {
  if (isBlank(input)) return "";
  if (typeof input === "string") return input;
  throw valueError("ruleUnreadable", { clause: String(input) });
}
