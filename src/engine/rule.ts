/**
 * Compiling a scoring rule against its standard, once per distinct pair of texts, into one scorer
 * (scorers.ts) and an ordered chain of limits (modifiers.ts). Decides which scorer the clauses
 * describe, turns a bare standard the way the rule's words point, converts every number into the
 * standard's unit, and rejects what cannot be meant (see clauses/combine.ts for the declared part).
 * A fee clause (扣减服务费) compiles the same way with the shares as negative points and full marks
 * 0, so SLA.CREDIT is minus its score.
 */
import { naError, valueError } from "./errors";
import { compare, formatNumber, tidy } from "./exact";
import { capAtFull, CompiledRule } from "./compiledRule";
import { formatIn, inFrame, NO_FRAME, type Frame } from "./frame";
import { clip, readClauses, unreadable, type Amount, type BandTest, type Clause, type Of } from "./clauses";
import { checkCombination } from "./clauses/combine";
import { closeGaps, edgesOf, probes, BandTable, type Band } from "./bands";
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
import {
  Bands,
  Constant,
  Interpolation,
  Linear,
  PassFail,
  Rate,
  Ratio,
  type Point,
  type Scorer,
  type Step,
} from "./scorers";
import { makeStandard, reversed, type Standard } from "./standard";
import { hasChinese, OPPOSITE, type Comparator, type Quantity } from "./text";

export type Purpose = "score" | "credit";

type Parts = { [K in Clause["kind"]]: Of<K>[] };

function sort(clauses: readonly Clause[]): Parts {
  const parts = {} as Parts;
  for (const c of clauses) ((parts[c.kind] ??= [] as never) as Clause[]).push(c);
  return new Proxy(parts, { get: (t, k: string) => (t as Record<string, unknown>)[k] ?? [] }) as Parts;
}

/** Labels name what the next step counts; a judgement is refused; a label elsewhere is not a rule. */
function dropLabels(clauses: Clause[]): Clause[] {
  clauses.forEach((c, i) => {
    if (c.kind !== "label") return;
    if (c.needsFact) throw valueError("ruleNeedsFact", { clause: clip(c.text) });
    // A label names what a later step or band measures; after the last of them it names nothing.
    const later = clauses.slice(i + 1).some((n) => n.kind === "step" || n.kind === "band" || n.kind === "point");
    if (!later) throw valueError("labelAlone", { clause: clip(c.text) });
  });
  return clauses.filter((c) => c.kind !== "label");
}

function amountOf(c: Clause): Amount | null {
  if ("amount" in c) return c.amount;
  return null;
}

/** Points, or in a fee clause minus the share: the credit is minus the score. */
function pointsOf(a: Amount, full: number | null, purpose: Purpose, text: string): number {
  // "得满分" in a table: the rule's full marks, else the usual 100 (the full_marks argument comes too late).
  if (a.kind === "full") return full ?? 100;
  if (purpose === "credit") {
    if (a.kind !== "fee" && a.kind !== "share") throw valueError("creditNeedsFee", { clause: text });
    return -a.value;
  }
  // A share in a band or point of a score table has no full marks yet to be a share of.
  if (a.kind === "share") throw unreadable(text);
  return a.value;
}

export function compileRule(given: Standard | null, rule: string, purpose: Purpose): CompiledRule {
  const clauses = dropLabels(readClauses(rule));
  checkCombination(clauses);
  // A fee clause names the fee, or is a table whose every result is a share ("<99.9%: 10%").
  const results = clauses.filter((c) => c.kind === "band" || c.kind === "point");
  const shareTable = results.length > 0 && results.every((c) => amountOf(c)?.kind === "share");
  const feeClause = clauses.find((c) => amountOf(c)?.kind === "fee") ?? (shareTable ? results[0] : undefined);
  if (purpose === "score" && feeClause) throw valueError("feeRuleUseCredit", { clause: clip(feeClause.text) });
  if (purpose === "credit" && !feeClause && !clauses.some((c) => amountOf(c)?.kind === "share"))
    throw valueError("creditNeedsFee");
  const scale: Scale = { fee: purpose === "credit" };
  const parts = sort(clauses);
  const standard = adoptUnit(orient(statedInRule(given, parts), parts), parts);
  const full = parts.full[0]?.points ?? metBand(parts)?.points ?? null;
  return build(standard, parts, full, purpose, scale);
}

function metBand(parts: Parts): { points: number | null; clause: Of<"band"> } | null {
  const c = parts.band.find((b) => b.test.kind === "met");
  if (!c) return null;
  return { points: c.amount.kind === "points" ? c.amount.value : null, clause: c };
}

/** The standard a rule names ("基准值95%") stands in for an empty standard cell, and must agree with a filled one. */
function statedInRule(given: Standard | null, parts: Parts): Standard | null {
  const c = parts.standard[0];
  if (!c) return given;
  let named = c.comparator
    ? makeStandard(c.comparator, c.at, c.text)
    : makeStandard(c.at.unit?.family === "time" ? "<=" : ">=", c.at, c.text, false);
  // "超过2次，每次扣5分": a comparison on the side the steps deduct on names where deductions start;
  // the standard is the other side (at most 2).
  const deducts = parts.step.find((s) => !s.bonus);
  // "单台梯月故障超5，每出现1台扣5分": the comparison is about each thing counted, not the actual.
  const family = (q: Quantity) => (q.percent ? "%" : (q.unit?.family ?? null));
  if (deducts && family(c.at) !== family(deducts.step) && !(family(c.at) === null && deducts.step.percent))
    throw valueError("ruleNeedsFact", { clause: clip(c.text) });
  if (c.comparator && deducts && deducts.side !== "shortfall" && stepSays(deducts) !== named.higherIsBetter)
    named = makeStandard(OPPOSITE[c.comparator], c.at, c.text);
  if (!given) return named;
  const sameValue = compare(inFrame(c.at, given, c.text), given.value) === 0;
  if (!sameValue || (c.comparator !== null && given.stated && named.higherIsBetter !== given.higherIsBetter))
    throw valueError("statementAgainstStandard", { clause: c.text, standard: given.text });
  return given;
}

/**
 * A bare standard ("5%", a number from a 目标值 column, "0次") points the way its rule's words do:
 * deductions below it or a bonus above it mean higher is better; deductions above it, a bonus
 * below it, or a count of occurrences mean lower is better.
 */
function orient(s: Standard | null, parts: Parts): Standard | null {
  const first = parts.step[0];
  if (!s || s.stated || !first) return s;
  return stepSays(first) === s.higherIsBetter ? s : reversed(s);
}

/** Whether a step says higher is better: deducting below or adding above, or a shortfall; not occurrences. */
function stepSays(c: Of<"step">): boolean {
  return c.side === "shortfall" ? true : c.side === "occurrence" ? false : (c.side === "<") !== c.bonus;
}

/**
 * A plain-number standard (a cell holding 0.9, or "60") takes the unit its rule is written in:
 * against "每低于1%扣5分" 0.9 is 90%; against "每超30秒扣5分" 60 is 60 seconds.
 */
function adoptUnit(standard: Standard | null, parts: Parts): Standard | null {
  if (!standard || standard.percent || standard.unit) return standard;
  const frame = frameOf(null, parts);
  // 90 against "每低于1%扣5分" was surely meant as 90%; a number with its unit ("200元") is not adopted.
  if (frame.percent && standard.value > 1) throw valueError("standardNotPercent", { standard: standard.text });
  return frame === NO_FRAME ? standard : { ...standard, percent: frame.percent, unit: frame.unit };
}

function quantitiesOf(c: Clause): Quantity[] {
  if (c.kind === "step") return [c.step];
  if (c.kind === "point") return [c.at];
  if (c.kind !== "band") return [];
  const t = c.test;
  return t.kind === "compare" ? [t.at] : t.kind === "range" ? [t.low, t.high] : [];
}

/** Without a standard, a rule is read in the unit of the first clause that names one. */
function frameOf(standard: Standard | null, parts: Parts): Frame {
  if (standard) return standard;
  for (const c of [...parts.step, ...parts.band, ...parts.point])
    for (const q of quantitiesOf(c)) if (q.percent || q.unit) return { percent: q.percent, unit: q.unit };
  return NO_FRAME;
}

function need(standard: Standard | null): Standard {
  if (!standard) throw naError("standardMissing");
  return standard;
}

function build(
  standard: Standard | null,
  parts: Parts,
  full: number | null,
  purpose: Purpose,
  scale: Scale,
): CompiledRule {
  const frame = frameOf(standard, parts);
  const changes = parts.band.filter((b) => b.change);
  const bands = parts.band.filter((b) => b.test.kind !== "met" && !b.change);
  const changed = changes.map((b) => changeOf(b, standard, frame, purpose));
  const limits = (scorer: Scorer, deducts: boolean, capped: boolean, cutoffs: Band[], stated: number | null = full) =>
    new CompiledRule(
      scorer,
      [...changed, ...modifiers(parts, purpose, scale, frame, deducts, capped, cutoffs, standard)],
      stated,
      scale,
    );
  // Only once-off changes ("超过4小时扣10分"): full marks, less what the bands take.
  const others = parts.step.length + parts.ratio.length + parts.rate.length + parts.point.length + bands.length;
  if (changes.length && others === 0 && !metBand(parts)) return limits(new Constant(frame), true, true, []);
  if (parts.ratio.length || parts.rate.length) {
    const cutoffs = bands.length ? sideBands(bands, need(standard), full, purpose, false) : [];
    if (parts.ratio.length && need(standard).value === 0) throw valueError("zeroStandardRatio");
    const scorer = parts.ratio.length
      ? new Ratio(need(standard), timesOf(parts.ratio[0].times, full))
      : new Rate(frame, timesOf(parts.rate[0].times, full), parts.rate[0].complement);
    return limits(scorer, true, true, cutoffs);
  }
  if (parts.step.length) {
    const { standard: given, cutoffs, full: stated } = statements(standard, bands, full, purpose);
    const counted = given ? null : countLimit(parts.step);
    const st = need(given ?? counted);
    // Counting misses against none: every step is an occurrence, whatever word it uses (每少一次).
    const stepClauses = counted ? parts.step.map((c) => ({ ...c, side: "occurrence" as const })) : parts.step;
    const { penalty, bonus, beyond } = steps(st, stepClauses, purpose);
    return limits(
      new Linear(
        st,
        penalty,
        bonus,
        parts.rounding[0]?.mode ?? (parts.step.some((c) => c.whole) ? "floor" : "prorate"),
        scale,
        beyond,
      ),
      true,
      bonus === null,
      cutoffs,
      stated,
    );
  }
  if (parts.point.length === 1) throw valueError("pointsNeedTwo", { clause: parts.point[0].text });
  if (parts.point.length) {
    const s = standard;
    const cutoffs = s
      ? sideBands(bands, s, full, purpose, false)
      : bands.length
        ? mixedError(bands[0], parts.point[0])
        : [];
    return limits(interpolation(s, parts.point, frame, full, purpose, scale), false, false, cutoffs);
  }
  const single = bands.length === 1 && bands[0].test.kind === "compare" ? bands[0] : null;
  if (single && !standard && !metBand(parts)) {
    const [scorer, stated] = singleBand(single, full, purpose, scale);
    return limits(scorer, true, true, [], stated);
  }
  // "低于90%不得分" beside a standard of ≥90%: the cut-off is exactly what missing the standard gives.
  if (single && standard && !metBand(parts) && sideBands([single], standard, full, purpose, true).length) {
    const t = single.test as Extract<BandTest, { kind: "compare" }>;
    if (compare(inFrame(t.at, standard, single.text), standard.value) === 0)
      return limits(new PassFail(standard, pointsOf(single.amount, full, purpose, single.text), scale), true, true, []);
  }
  const onlyVerdicts = bands.every((b) => b.test.kind === "else") && bands.length <= 1;
  if (onlyVerdicts) {
    const fail = bands[0] ? pointsOf(bands[0].amount, full, purpose, bands[0].text) : 0;
    return limits(new PassFail(need(standard), fail, scale), true, true, []);
  }
  return limits(bandScorer(standard, parts, bands, full, purpose, scale, frame), false, false, []);
}

/**
 * Steps per occurrence with no standard anywhere ("每次扣3分" beside an empty standard cell): the
 * actual is a count of occurrences, and none at all is the standard.
 */
function countLimit(steps: Of<"step">[]): Standard | null {
  // "每次扣3分", "每少完成一项扣2分", "未达要求1次扣1分": the actual counts the misses.
  const counted = (c: Of<"step">) => c.step.unit?.family === "count" || c.step.unit?.family.startsWith("other:");
  if (!steps.every((c) => !c.bonus && (c.side === "occurrence" || counted(c)))) return null;
  return makeStandard("<=", { value: 0, percent: false, unit: steps[0].step.unit }, "0", false);
}

/**
 * One band and nothing else. With points it is the standard and its full marks ("≥95%得10分":
 * 10 when met, else 0); with 0 (or a share of the fee) it is a cut-off, and whatever it does not
 * hold meets the standard ("发现1处不合格本项为0分": full marks while nothing was found).
 */
function singleBand(b: Of<"band">, full: number | null, purpose: Purpose, scale: Scale): [Scorer, number | null] {
  const t = b.test as Extract<BandTest, { kind: "compare" }>;
  const points = pointsOf(b.amount, full, purpose, b.text);
  const cutoff = purpose === "credit" || points === 0 || (full !== null && points < full);
  // The standard is shown as a comparison ("≥95%"), never as the clause it was read from.
  const shown = (c: Comparator) => `${SYMBOLS[c]}${formatIn(t.at.value, t.at, hasChinese(b.text) ? "zh" : "en")}`;
  if (!cutoff) return [new PassFail(makeStandard(t.comparator, t.at, shown(t.comparator)), 0, scale), points];
  const standard = makeStandard(OPPOSITE[t.comparator], t.at, shown(OPPOSITE[t.comparator]));
  return [new PassFail(standard, points, scale), full];
}

const SYMBOLS: Record<Comparator, string> = { ">=": "≥", ">": ">", "<=": "≤", "<": "<" };

/** A once-off change in a band; "未达标扣10分" (其他) is the band that misses the standard. */
function changeOf(b: Of<"band">, standard: Standard | null, frame: Frame, purpose: Purpose): Modifier {
  if (purpose === "credit") throw unreadable(b.text);
  let test = b.test;
  if (test.kind === "else" || test.kind === "met") {
    const s = need(standard);
    const comparator = test.kind === "met" ? s.comparator : OPPOSITE[s.comparator];
    test = { kind: "compare", comparator, at: { ...s, decimals: 9 } };
  }
  const points = b.amount.kind === "points" ? b.amount.value : 0;
  return new BandChange(toBand(test, 0, b.text, frame), b.change === "加" ? points : -points, frame);
}

function mixedError(a: Clause, b: Clause): never {
  throw valueError("ruleMixed", { a: a.text, b: b.text });
}

function timesOf(t: number | "full" | null, full: number | null): number | null {
  return t === "full" ? full : t;
}

const penaltyOnly = (parts: Parts): boolean => parts.step.length > 0 && parts.step.every((c) => !c.bonus);

/** The limits of a rule, in the order they apply. */
function modifiers(
  parts: Parts,
  purpose: Purpose,
  scale: Scale,
  frame: Frame,
  deducts: boolean,
  capped: boolean,
  cutoffs: Band[],
  standard: Standard | null,
): Modifier[] {
  const list: Modifier[] = [];
  const credit = purpose === "credit";
  const feeOrPoints = (a: Amount, text: string) => {
    if (a.kind === "full" || (!credit && a.kind === "share")) throw unreadable(text);
    if (credit === (a.kind === "points"))
      throw valueError(credit ? "creditNeedsFee" : "feeRuleUseCredit", { clause: text });
    return a.value;
  };
  const dc = parts.deductionCap[0];
  // "最高扣除10%" beside points: a share of full marks.
  if (dc && !credit && dc.amount.kind === "share") list.push(new DeductionCap(dc.amount.value, scale, true));
  else if (dc) list.push(new DeductionCap(feeOrPoints(dc.amount, dc.text), scale));
  const bc = parts.bonusCap[0];
  if (bc) list.push(new BonusCap(bc.points));
  const cap = parts.cap[0];
  // A fee clause's "up to 30%" caps the credit, which is a cap on deductions of its negative points.
  if (cap && credit) list.push(new DeductionCap(feeOrPoints(cap.amount, cap.text), scale));
  const floor = parts.floor[0];
  if (floor && cap && !credit && cap.amount.kind === "points" && floor.points > cap.amount.value)
    throw valueError("floorAboveCap", { floor: formatNumber(floor.points), cap: formatNumber(cap.amount.value) });
  if (floor) list.push(new Floor(floor.points, true));
  else if (parts.untilZero[0]) list.push(new Floor(0, true, true));
  else if (deducts && !parts.negative[0]) list.push(new Floor(credit ? -1 : 0, false, !credit));
  // A cap below full marks caps the bonus when there is one ("每高于1%加2分，最高不超过10分"), else the
  // deductions ("每处扣2分，最高不超过10分"); at or above full marks it caps the score.
  const below = parts.step.some((c) => c.bonus) ? "bonus" : deducts && penaltyOnly(parts) ? "deductions" : "score";
  if (cap && !credit) list.push(new Cap(feeOrPoints(cap.amount, cap.text), true, scale, below));
  else if (capped) list.push(capAtFull);
  // Scores below 0 beside "低于80%不得分" would score 79% above 50%: the rule contradicts itself.
  if (cutoffs.length && parts.negative[0])
    throw valueError("ruleConflict", { a: parts.negative[0].text, b: cutoffs[0].text });
  for (const b of cutoffs) list.push(new Cutoff(b, frame, scale));
  if (credit && standard) list.push(new MetIsNothing(standard));
  return list;
}

function steps(
  standard: Standard,
  clauses: Of<"step">[],
  purpose: Purpose,
): { penalty: Step | null; bonus: Step | null; beyond: Step | null } {
  let penalty: Step | null = null;
  let bonus: Step | null = null;
  let beyond: Step | null = null;
  // "每高于基准价1%扣0.3分，每低于基准价1%扣0.2分": deductions on both sides of a bare target.
  const twoSided =
    !standard.stated &&
    clauses.some((c) => !c.bonus && c.side === "<") &&
    clauses.some((c) => !c.bonus && c.side === ">");
  for (const c of clauses) {
    // "<" is the worse side of a ≥ standard, ">" of a ≤ one; shortfalls and occurrences are on the worse side of either.
    const worse = standard.higherIsBetter ? "<" : ">";
    const onWorseSide = c.side === "shortfall" || c.side === "occurrence" || c.side === worse;
    if (!c.bonus && !onWorseSide && !twoSided)
      throw valueError("deductOnBetterSide", { clause: c.text, standard: standard.text });
    if (c.bonus && onWorseSide) throw valueError("bonusOnWorseSide", { clause: c.text, standard: standard.text });
    if (c.bonus && purpose === "credit") throw unreadable(c.text);
    // A plain step against a % standard is in percentage points: 每低于1扣5分 means 1%.
    // (below 1 it could as well be a fraction, 0.01 = 1%: that is refused rather than guessed).
    if (standard.percent && !c.step.percent && !c.step.unit && c.step.value < 1)
      throw valueError("unitMismatch", {
        clause: c.text,
        unit: { en: "no unit", zh: "无单位" },
        standardUnit: { en: "%", zh: "%" },
      });
    const given =
      standard.percent && !c.step.percent && !c.step.unit
        ? { ...c.step, value: c.step.value / 100, percent: true }
        : c.step;
    // A % step against a standard in another unit is a share of the standard: "每高于标准价格1%"
    // against 200元 is every 2元, "每次超时10%" against ≤30分钟 every 3 minutes.
    const relative = !standard.percent && c.step.percent && standard.value > 0;
    const size = relative ? tidy(c.step.value * standard.value) : inFrame(given, standard, c.text);
    if (!(size > 0)) throw unreadable(c.text);
    // "扣2%" in a score: 2% of full marks, known only when scoring.
    const ofFull = purpose === "score" && c.amount.kind === "share";
    const points = ofFull ? c.amount.value : pointsOf(c.amount, null, purpose, c.text);
    const step = { size, points: Math.abs(points), ofFull };
    if (!c.bonus && !onWorseSide) {
      beyond = step;
      continue;
    }
    if (c.bonus ? bonus : penalty) throw valueError("ruleTwice", { clause: c.text });
    if (c.bonus) bonus = step;
    else penalty = step;
  }
  if (beyond && bonus) throw valueError("ruleMixed", { a: clauses[0].text, b: clauses[clauses.length - 1].text });
  return { penalty, bonus, beyond };
}

/** A band as an interval in the frame, with the decimals its edges were written with. */
function toBand(test: BandTest, points: number, text: string, frame: Frame): Band {
  const at = (q: Quantity) => inFrame(q, frame, text);
  const base = { points, text };
  switch (test.kind) {
    case "else":
    case "met":
      return {
        low: -Infinity,
        lowIncluded: false,
        high: Infinity,
        highIncluded: false,
        decimals: { low: null, high: null },
        ...base,
      };
    case "range":
      return {
        low: at(test.low),
        lowIncluded: test.lowIncluded,
        high: at(test.high),
        highIncluded: test.highIncluded,
        decimals: { low: test.low.decimals, high: test.high.decimals },
        ...base,
      };
    case "compare": {
      const x = at(test.at);
      const d = test.at.decimals;
      return test.comparator[0] === ">"
        ? {
            low: x,
            lowIncluded: test.comparator === ">=",
            high: Infinity,
            highIncluded: false,
            decimals: { low: d, high: null },
            ...base,
          }
        : {
            low: -Infinity,
            lowIncluded: false,
            high: x,
            highIncluded: test.comparator === "<=",
            decimals: { low: null, high: d },
            ...base,
          };
    }
  }
}

/**
 * Bands beside steps, a ratio or points: on the side that meets the standard with full marks, a
 * band states the standard and full marks ("≤30秒得10分，每超10秒扣1分"); on the side that misses
 * it, a cut-off ("低于80%不得分"). Anything else mixes two ways of scoring.
 */
function statements(standard: Standard | null, bands: Of<"band">[], full: number | null, purpose: Purpose) {
  let s = standard;
  let stated = full;
  const cutoffs: Band[] = [];
  for (const b of bands) {
    const t = b.test;
    const cutoff = s && t.kind !== "else" ? sideBands([b], s, stated, purpose, true) : [];
    if (cutoff.length) {
      cutoffs.push(...cutoff);
      continue;
    }
    if (t.kind !== "compare" || (b.amount.kind === "points" && stated !== null && b.amount.value !== stated))
      throw valueError("ruleMixed", { a: b.text, b: "…" });
    // "≤30秒(电话)/15秒(在线)得10分": one value per channel; the standard cell says which one this is.
    const at = t.or ? alternative(t.at, t.or, s, b.text) : t.at;
    const fromBand = makeStandard(t.comparator, at, b.text);
    if (s) {
      const same = s.higherIsBetter === fromBand.higherIsBetter && compare(inFrame(at, s, b.text), s.value) === 0;
      if (!same) throw valueError("statementAgainstStandard", { clause: b.text, standard: s.text });
    } else s = fromBand;
    if (b.amount.kind === "points") stated = b.amount.value;
  }
  return { standard: s, cutoffs, full: stated };
}

/** The one of a clause's values that the standard cell names; without it, which one is unknown. */
function alternative(first: Quantity, others: readonly Quantity[], standard: Standard | null, text: string): Quantity {
  const all = [first, ...others];
  const match = standard && all.find((q) => compare(inFrame(q, standard, text), standard.value) === 0);
  if (match) return match;
  throw valueError("alternativesNeedStandard", { clause: clip(text) });
}

/** Bands wholly on the side that misses the standard become cut-offs; others are an error unless `quiet`. */
function sideBands(
  bands: Of<"band">[],
  standard: Standard,
  full: number | null,
  purpose: Purpose,
  quiet: boolean,
): Band[] {
  const out: Band[] = [];
  for (const b of bands) {
    const band = toBand(b.test, pointsOf(b.amount, full, purpose, b.text), b.text, standard);
    const worseSide = standard.higherIsBetter
      ? band.low === -Infinity && compare(band.high, standard.value) <= 0
      : band.high === Infinity && compare(band.low, standard.value) >= 0;
    if (worseSide && b.test.kind !== "else") out.push(band);
    else if (!quiet) throw valueError("ruleMixed", { a: b.text, b: "…" });
  }
  return out;
}

function interpolation(
  standard: Standard | null,
  clauses: Of<"point">[],
  frame: Frame,
  full: number | null,
  purpose: Purpose,
  scale: Scale,
): Scorer {
  if (clauses.length < 2) throw valueError("pointsNeedTwo", { clause: clauses[0].text });
  const points: Point[] = clauses
    .map((c) => ({ at: inFrame(c.at, frame, c.text), points: pointsOf(c.amount, full, purpose, c.text) }))
    .sort((a, b) => a.at - b.at);
  for (let i = 1; i < points.length; i++)
    if (compare(points[i].at, points[i - 1].at) === 0)
      throw valueError("pointsSame", { clause: clauses.map((c) => c.text).join(", ") });
  const first = points[0];
  const last = points[points.length - 1];
  if (standard && first.points !== last.points && last.points > first.points !== standard.higherIsBetter) {
    throw valueError("pointsAgainstStandard", {
      clause: clauses.map((c) => c.text).join(", "),
      standard: standard.text,
    });
  }
  return new Interpolation(frame, points, scale);
}

function bandScorer(
  standard: Standard | null,
  parts: Parts,
  clauses: Of<"band">[],
  full: number | null,
  purpose: Purpose,
  scale: Scale,
  frame: Frame,
): Scorer {
  const met = metBand(parts);
  const list = clauses.map((c) => toBand(c.test, pointsOf(c.amount, full, purpose, c.text), c.text, frame));
  if (met && standard)
    list.push(
      toBand(
        { kind: "compare", comparator: standard.comparator, at: { ...standard, decimals: 9 } },
        pointsOf(met.clause.amount, full, purpose, met.clause.text),
        met.clause.text,
        frame,
      ),
    );
  if (parts.point.length) throw valueError("pointsNeedTwo", { clause: parts.point[0].text });
  const catchAlls = list
    .map((b, i) => (b.low === -Infinity && b.high === Infinity && !(met && i === list.length - 1) ? i : -1))
    .filter((i) => i >= 0);
  if (catchAlls.length > 1) throw valueError("ruleTwice", { clause: clauses[catchAlls[1]].text });
  let catchAll = catchAlls[0] ?? -1;
  const higherIsBetter =
    standard && standard.stated ? standard.higherIsBetter : guessDirection(clauses, list, catchAll);
  // "达到5%得1分；达到10%得2分", ">20% 100; >10% 80": thresholds to reach; reaching none gives nothing.
  const reach = (b: Band) =>
    higherIsBetter ? b.high === Infinity && b.low !== -Infinity : b.low === -Infinity && b.high !== Infinity;
  if (catchAll < 0 && purpose === "score" && list.length > 0 && list.every(reach) && list.every((b) => b.points >= 0)) {
    list.push(toBand({ kind: "else" }, 0, "", frame));
    catchAll = list.length - 1;
  }
  // A fee table lists what is credited; the standard met is credited nothing (a band of its own, so
  // that "99.0 – 99.89%" reaches up to ≥99.9%), and without a standard everything else is.
  if (catchAll < 0 && purpose === "credit") {
    if (standard)
      list.push(
        toBand(
          { kind: "compare", comparator: standard.comparator, at: { ...standard, decimals: 9 } },
          0,
          standard.text,
          frame,
        ),
      );
    else {
      list.push(toBand({ kind: "else" }, 0, "", frame));
      catchAll = list.length - 1;
    }
  }
  closeGaps(list, catchAll, higherIsBetter, frame, purpose === "score");
  const table = new BandTable(list, catchAll, higherIsBetter);
  // Without a stated standard a catch-all may hold both sides of closed ranges ("18-26度:10; 其他:0").
  const closed = list.every((b, i) => i === catchAll || (b.low !== -Infinity && b.high !== Infinity));
  checkOrder(table, frame, purpose === "score" && closed && !(standard && standard.stated));
  return new Bands(frame, table, scale);
}

/** Without a stated standard: ≥ bands say higher is better, ≤ bands lower; else the points at the two ends. */
function guessDirection(clauses: Of<"band">[], list: Band[], catchAll: number): boolean {
  // The points at the two ends say it best: more points (or less credit) at the high end means higher is better.
  const ranked = list.filter((_, i) => i !== catchAll).sort((a, b) => mid(a) - mid(b));
  if (ranked.length >= 2 && ranked[0].points !== ranked[ranked.length - 1].points)
    return ranked[ranked.length - 1].points > ranked[0].points;
  let vote = 0;
  for (const c of clauses) if (c.test.kind === "compare") vote += c.test.comparator[0] === ">" ? 1 : -1;
  return vote >= 0;
}

const mid = (b: Band): number =>
  b.low === -Infinity ? b.high - 1 : b.high === Infinity ? b.low + 1 : (b.low + b.high) / 2;

/**
 * A better value must never score less, and every band must be able to apply. The score of a band
 * table only changes at band edges, so probing every edge, the midpoints between edges and one
 * value beyond each end finds any case.
 */
function checkOrder(table: BandTable, frame: Frame, judgeInside: boolean): void {
  // A catch-all beside a table holds what lies outside it ("18-26度:10; 其他:0"); order is judged inside.
  const all = probes(table, frame);
  const edges = edgesOf(table);
  const [lo, hi] = [edges[0], edges[edges.length - 1]];
  const inside = judgeInside && table.catchAll >= 0 ? all.filter((x) => x >= lo && x <= hi) : all;
  const scored = inside
    .map((x) => ({ x, i: table.find(x) }))
    .filter((p) => p.i >= 0)
    .map((p) => ({ x: p.x, i: p.i, points: table.bands[p.i].points }));
  const dead = table.bands.findIndex((_, i) => i !== table.catchAll && !scored.some((p) => p.i === i));
  if (dead >= 0) throw valueError("bandUnreachable", { clause: table.bands[dead].text });
  for (let i = 1; i < scored.length; i++) {
    const [worse, better] = table.higherIsBetter ? [scored[i - 1], scored[i]] : [scored[i], scored[i - 1]];
    if (better.points < worse.points) {
      const show = (x: number) => ({ en: formatIn(x, frame, "en"), zh: formatIn(x, frame, "zh") });
      throw valueError("bandsNotOrdered", {
        better: show(better.x),
        betterPoints: formatNumber(Math.abs(better.points)),
        worse: show(worse.x),
        worsePoints: formatNumber(Math.abs(worse.points)),
      });
    }
  }
}
