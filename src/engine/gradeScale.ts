/**
 * Reading grade scales as people write them. Each level is a label and a condition on the score,
 * in either order, in any of these shapes (and their mix):
 *
 *   优秀≥90 · Excellent>=90 · A:90 · ≥90 优秀 · 不合格<80 · Fail: below 80 · 80-100 – Excellent
 *   A:90-100 · Excellent: 90 – 100 · 良好(80-94分) · 90~100分为A级 · 100 – 98 A+ · 95-100%
 *   优秀(95分及以上) · 90分以上为优秀 · 差(60分以下) · Excellent (90 and above) · 不满60分的为不合格
 *   优秀:85≤X≤100 · 中下(32 ≤ T < 44) · 金牌客服90≤/≤100 · 良(<85分，≥70分) · 70分（含）至90分
 *   得分在85~100分者为A级 · 評分結果90分及以上為優秀 · 5 Outstanding; 4 Above Standard
 *
 * and one level may be a bare label (不合格, Fail, L1) for every score below the others. Clauses
 * are separated by ; , 、 。 | or line breaks (not inside parentheses), or by spaces between
 * "label: condition" pairs. A clause stating full marks (满分为100分) is skipped.
 *
 * Labels are spans of the original text, never rewritten tokens ("高" stays "高" although the word
 * table reads it as ">"). A clause's condition is found among its last or first few tokens (a
 * condition is at most a dozen tokens), so no text makes the reader backtrack.
 */
import { valueError } from "./errors";
import { compare, formatNumber } from "./exact";
import { originalOf, tidyChars, tokenize, type Kind, type Tidied, type Token } from "./gradeTokens";
import { clip } from "./values";

export interface Level {
  /** As written. */
  readonly label: string;
  /** The lowest score of the level; null for the level that takes every score below the others. */
  readonly lo: number | null;
  readonly loStrict: boolean;
  /** The highest score as written (null: up to the next level). Only checked, never matched. */
  readonly hi: number | null;
  readonly hiStrict: boolean;
  /** The precision hi was written with (1 for 89, 0.1 for 89.9): the gap to the next level it closes. */
  readonly hiStep: number;
  /** The clause as written, for messages. */
  readonly source: string;
}

// ---------------------------------------------------------------------------------------------
// Conditions

interface Condition {
  readonly lo: number | null;
  readonly loStrict: boolean;
  readonly hi: number | null;
  readonly hiStrict: boolean;
  readonly hiStep: number;
  /** Index of the token after the condition. */
  readonly end: number;
}

/** How a condition may be written where it is read. */
interface Allow {
  /** A lone number is a minimum ("A: 90", inside parentheses, a threshold cell). */
  readonly bare: boolean;
  /** A single letter stands for the score ("中下(32 ≤ T < 44)"): after a label only. */
  readonly letters: boolean;
}

const STRICT: Allow = { bare: false, letters: false };
const BARE: Allow = { bare: true, letters: false };
/** After "label:" a lone number is a minimum and a letter may stand for the score. */
const AFTER_SEPARATOR: Allow = { bare: true, letters: true };
const AFTER_LABEL: Allow = { bare: false, letters: true };
const BARE_OR_LETTER: Allow = AFTER_SEPARATOR;

interface Bound {
  readonly side: "lo" | "hi";
  readonly value: number;
  readonly strict: boolean;
  readonly step: number;
}

const stepOf = (t: Token): number => 10 ** -t.decimals;
const lower = (op: Token["op"]) => op === "≥" || op === ">";
const strictOp = (op: Token["op"]) => op === ">" || op === "<";

function skip(t: Token[], i: number, n: number): number {
  while (i < n && (t[i].kind === "filler" || t[i].kind === "excl")) i++;
  return i;
}

const kindAt = (t: Token[], i: number, n: number): Kind | null => (i < n ? t[i].kind : null);

/** The score itself, written as X, T, 分数, Score, "/". */
const isScore = (tok: Token | undefined, allow: Allow): boolean =>
  tok !== undefined && (tok.kind === "var" || tok.kind === "is" || (allow.letters && tok.letter));

/**
 * The condition that starts at token i (fillers skipped), or null. One pair of parentheses at
 * most, so "((((" costs nothing.
 */
function readCondition(t: Token[], i: number, n: number, allow: Allow, inParentheses = false): Condition | null {
  const k = skip(t, i, n);
  if (k < n && t[k].kind === "open") {
    if (inParentheses) return null;
    const inner = readCondition(t, k + 1, n, AFTER_SEPARATOR, true);
    if (!inner) return null;
    const e = skip(t, inner.end, n);
    return e < n && t[e].kind === "close" ? { ...inner, end: e + 1 } : null;
  }
  const c = readPlain(t, k, n, allow);
  return c && exclusions(t, k, c);
}

/** "(不含)" after a number, "(不含90分)" anywhere in the condition: that bound is strict. */
function exclusions(t: Token[], from: number, c: Condition): Condition {
  let { loStrict, hiStrict } = c;
  for (let i = from; i < c.end; i++) {
    if (t[i].kind !== "excl") continue;
    let v = t[i].value;
    if (Number.isNaN(v)) for (let j = i - 1; j >= from && Number.isNaN(v); j--) if (t[j].kind === "num") v = t[j].value;
    if (c.lo !== null && compare(v, c.lo) === 0) loStrict = true;
    if (c.hi !== null && compare(v, c.hi) === 0) hiStrict = true;
  }
  return { ...c, loStrict, hiStrict };
}

function readPlain(t: Token[], k0: number, n: number, allow: Allow): Condition | null {
  let k = k0;
  while (k < n && isScore(t[k], allow) && kindAt(t, skip(t, k + 1, n), n) !== "cmp") k = skip(t, k + 1, n); // "Score = 80%–89%"
  if (k >= n) return null;
  if (t[k].kind === "num") {
    const c1 = skip(t, k + 1, n);
    // "85≤X≤100", "100≥X≥85", "85≤X", "90≤/≤100": numbers around the score.
    if (kindAt(t, c1, n) === "cmp") {
      const x = skip(t, c1 + 1, n);
      if (isScore(t[x], allow) && x < n) {
        const op1 = t[c1].op;
        const first: Bound = {
          side: lower(op1) ? "hi" : "lo",
          value: t[k].value,
          strict: strictOp(op1),
          step: stepOf(t[k]),
        };
        const c2 = skip(t, x + 1, n);
        const m = skip(t, c2 + 1, n);
        if (kindAt(t, c2, n) === "cmp" && kindAt(t, m, n) === "num") {
          const op2 = t[c2].op;
          const second: Bound = {
            side: lower(op2) ? "lo" : "hi",
            value: t[m].value,
            strict: strictOp(op2),
            step: stepOf(t[m]),
          };
          return fromBounds([first, second], skip(t, m + 1, n));
        }
        return fromBounds([first], skip(t, x + 1, n));
      }
    }
    // "90-100", "90~100分", "90到100分之间", "100 – 98", "70分(含)至90分".
    const m = skip(t, c1 + 1, n);
    if (kindAt(t, c1, n) === "range" && kindAt(t, m, n) === "num") {
      let [a, b] = [t[k], t[m]];
      if (a.value > b.value) [a, b] = [b, a]; // written high to low
      return { lo: a.value, loStrict: false, hi: b.value, hiStrict: false, hiStep: stepOf(b), end: skip(t, m + 1, n) };
    }
  }
  // One or two bounds: "≥90", "X<70", "90分以上", "≥80且<90", "<85分，≥70分", "80分以上90分以下".
  const first = readBound(t, k, n, allow);
  if (first) {
    let j = first.end;
    if (kindAt(t, j, n) === "and") j = skip(t, j + 1, n);
    const second = readBound(t, j, n, allow);
    return second ? fromBounds([first.bound, second.bound], second.end) : fromBounds([first.bound], first.end);
  }
  if (allow.bare && t[k].kind === "num")
    return { lo: t[k].value, loStrict: false, hi: null, hiStrict: false, hiStep: 1, end: skip(t, k + 1, n) };
  return null;
}

/** "≥90", "X<70", "分数低于60分", "90分以上", "60分以下": one bound and the index after it. */
function readBound(t: Token[], i: number, n: number, allow: Allow): { bound: Bound; end: number } | null {
  let k = skip(t, i, n);
  if (isScore(t[k], allow) && k < n) k = skip(t, k + 1, n);
  const kind = kindAt(t, k, n);
  if (kind === "cmp") {
    const op = t[k].op;
    const m = skip(t, k + 1, n);
    if (kindAt(t, m, n) !== "num") return null;
    let end = skip(t, m + 1, n);
    const word = kindAt(t, end, n); // "≥90以上" says it twice; "≥90以下" contradicts itself
    if (word === "above" || word === "below") {
      if ((word === "above") !== lower(op)) return null;
      end = skip(t, end + 1, n);
    }
    return {
      bound: { side: lower(op) ? "lo" : "hi", value: t[m].value, strict: strictOp(op), step: stepOf(t[m]) },
      end,
    };
  }
  if (kind === "num") {
    const m = skip(t, k + 1, n);
    const word = kindAt(t, m, n);
    if (word !== "above" && word !== "below") return null;
    const side = word === "above" ? "lo" : "hi";
    return { bound: { side, value: t[k].value, strict: false, step: stepOf(t[k]) }, end: skip(t, m + 1, n) };
  }
  return null;
}

function fromBounds(bounds: Bound[], end: number): Condition | null {
  let lo: Bound | null = null;
  let hi: Bound | null = null;
  for (const b of bounds) {
    if (b.side === "lo") {
      if (lo) return null;
      lo = b;
    } else {
      if (hi) return null;
      hi = b;
    }
  }
  return {
    lo: lo?.value ?? null,
    loStrict: lo?.strict ?? false,
    hi: hi?.value ?? null,
    hiStrict: hi?.strict ?? false,
    hiStep: hi?.step ?? 1,
    end,
  };
}

// ---------------------------------------------------------------------------------------------
// Clauses

/** A condition never needs more tokens than this, fillers and notes included. */
const MAX_CONDITION = 16;
/** Tokens of a subject before a condition ("年终考核得分", "正确率在"), at most. */
const MAX_SUBJECT = 8;

type Read =
  | { readonly level: Level; readonly numberFirst: boolean }
  | { readonly bareLabel: string; readonly numbered: boolean }
  | { readonly skipped: true };

const isSeparator = (k: Kind): boolean => k === "colon" || k === "is";

/** One clause, tokens [a, b): a level, a bare label, a skipped clause, or null (unreadable). */
function readClause(src: Tidied, t: Token[], a: number, b: number): Read | null {
  const source = clip(originalOf(src, t[a].start, t[b - 1].end));
  if (statesFullMarks(t, a, b)) return { skipped: true };
  // Label first: "优秀≥90", "A: 90-100", "优秀(95分及以上)". The longest condition that ends the clause.
  for (let s = Math.max(a + 1, b - MAX_CONDITION); s < b; s++) {
    if (t[s].kind === "word" || t[s].kind === "filler") continue;
    const afterSeparator = isSeparator(t[s - 1].kind);
    const c = readCondition(t, s, b, afterSeparator ? AFTER_SEPARATOR : AFTER_LABEL);
    if (!c || c.end !== b) continue;
    let e = s;
    while (e > a && isSeparator(t[e - 1].kind)) e--;
    if (e === a || holdsCondition(t, a, e)) return null;
    return levelOf(src, c, t[a].start, t[e - 1].end, source, false);
  }
  // Condition first: "≥90 优秀", "90分以上为优秀", "80-100 – Excellent", and "5 Outstanding".
  for (const allow of [STRICT, BARE]) {
    const c = readCondition(t, a, b, allow);
    if (!c) continue;
    const s = skipSeparators(t, c.end, b, true);
    if (s === b || holdsCondition(t, s, b)) return null;
    return levelOf(
      src,
      c,
      t[s].start,
      levelEnd(src, t[s].start, t[b - 1].end),
      source,
      allow === BARE && c.hi === null,
    );
  }
  // A subject first: "得分在85~100分者为A级", "正确率在90%以上的为优秀", "評分結果90分及以上為優秀".
  // A subject is a few words, so only the first tokens are tried.
  for (let k = a + 1; k < b && k <= a + MAX_SUBJECT; k++) {
    if (t[k].kind === "word" || t[k].kind === "filler") continue;
    const c = readCondition(t, k, b, STRICT);
    if (!c || c.end >= b) continue;
    const s = skipSeparators(t, c.end, b, false);
    if (s === c.end || s === b) continue; // the label must follow a 为, 是, ":"
    if (holdsCondition(t, a, k) || holdsCondition(t, s, b)) return null;
    return levelOf(src, c, t[s].start, levelEnd(src, t[s].start, t[b - 1].end), source, false);
  }
  // "其他:不合格", "其余为不合格", "其余按待及格的标准评定", "Otherwise: Fail": the label follows.
  if (t[a].lex === "其他") {
    let k = a + 1;
    while (k < b && (isSeparator(t[k].kind) || t[k].kind === "filler")) k++;
    let e = b;
    while (e > k && (t[e - 1].kind === "filler" || ASSESSED.has(src.text.slice(t[e - 1].start, t[e - 1].end)))) e--;
    if (k > a + 1 && e > k) return { bareLabel: originalOf(src, t[k].start, t[e - 1].end), numbered: false };
  }
  // No condition: a bare label, unless it looks like a level that lost its comparator ("good>=x").
  let numbered = false;
  for (let k = a; k < b; k++) {
    if ((t[k].kind === "cmp" && t[k].symbol) || t[k].kind === "colon") return null;
    if (t[k].kind === "num") numbered = true;
  }
  return { bareLabel: originalOf(src, t[a].start, t[b - 1].end), numbered };
}

/** "…的标准评定": words after a catch-all's label that only say it is assessed so. */
const ASSESSED = new Set(["评定", "评价", "计", "处理", "论"]);

function levelOf(
  src: Tidied,
  c: Condition,
  from: number,
  to: number,
  source: string,
  numberFirst: boolean,
): Read | null {
  const label = originalOf(src, from, to);
  if (label === "") return null;
  const { lo, loStrict, hi, hiStrict, hiStep } = c;
  return { level: { label, lo, loStrict, hi, hiStrict, hiStep, source }, numberFirst };
}

/** "80%以上的属于良好等级": a label after its condition may end in 等级 ("level"), which is not part of it. */
function levelEnd(src: Tidied, from: number, to: number): number {
  return to - from > 2 && src.text.endsWith("等级", to) ? to - 2 : to;
}

/** Past ":", "为", "是", "的" (and, between a condition and a label, a dash: "80-100 – Excellent"). */
function skipSeparators(t: Token[], i: number, n: number, dashes: boolean): number {
  while (i < n && (isSeparator(t[i].kind) || t[i].kind === "filler" || (dashes && t[i].kind === "range"))) i++;
  return i;
}

/** Whether a condition starts anywhere among tokens [i, n): then they are not a label. */
function holdsCondition(t: Token[], i: number, n: number): boolean {
  for (let k = i; k < n; k++)
    if (t[k].kind !== "word" && t[k].kind !== "filler" && readCondition(t, k, n, STRICT)) return true;
  return false;
}

/** "满分为100分", "总分100分": the full marks, not a level. */
function statesFullMarks(t: Token[], a: number, b: number): boolean {
  if (!(t[a].lex === "满分" || t[a].kind === "var")) return false;
  let k = a + 1;
  while (k < b && (isSeparator(t[k].kind) || t[k].kind === "filler")) k++;
  return k < b && t[k].kind === "num" && skip(t, k + 1, b) === b;
}

/**
 * "优秀:90-100分 良好:80-89分 中等:70-79分": pairs separated by spaces only. Splits before each
 * label that is followed by a colon and preceded by a space and a finished condition.
 */
function splitAtLabels(t: Token[], a: number, b: number): Array<[number, number]> | null {
  const pieces: Array<[number, number]> = [];
  let start = a;
  for (let i = a + 1; i < b; i++) {
    if (t[i].kind !== "colon") continue;
    let l = i;
    while (l > start && t[l - 1].kind === "word") l--;
    if (l === start || l === i || t[l].glued) continue;
    const before = t[l - 1].kind;
    if (before === "num" || before === "filler" || before === "close" || before === "below" || before === "above") {
      pieces.push([start, l]);
      start = l;
    }
  }
  if (pieces.length === 0) return null;
  pieces.push([start, b]);
  return pieces;
}

interface ReadClause {
  readonly read: Read | null;
  readonly a: number;
  readonly b: number;
}

/** The levels of a scale written as text. Bare labels are allowed first or last only. */
export function levelsOfText(text: string): Level[] {
  const src = tidyChars(text);
  const t = tokenize(src.text);
  const reads: ReadClause[] = [];
  let numberFirst = 0;
  const keep = (read: Read | null, a: number, b: number) => {
    if (read !== null && "skipped" in read) return;
    if (read !== null && "level" in read && read.numberFirst) numberFirst++;
    reads.push({ read, a, b });
  };
  for (let a = 0, i = 0; i <= t.length; i++) {
    if (i < t.length && t[i].kind !== "sep") continue;
    if (i > a) {
      const read = readClause(src, t, a, i);
      const pieces = read === null ? splitAtLabels(t, a, i) : null;
      const parts = pieces?.map(([x, y]) => readClause(src, t, x, y));
      if (pieces && parts!.every((r) => r !== null && "level" in r))
        parts!.forEach((r, k) => keep(r, pieces[k][0], pieces[k][1]));
      else if (read === null)
        throw unreadableAt(src, t, a, i); // the first clause that cannot be read
      else keep(read, a, i);
    }
    a = i + 1;
  }
  const levels: Level[] = [];
  for (let i = 0; i < reads.length; i++) {
    const { read, a, b } = reads[i];
    const atEnd = i === 0 || i === reads.length - 1;
    let level: Level | null = null;
    if (read !== null && "level" in read) {
      if (!read.numberFirst || numberFirst >= 2) level = read.level; // "5 Outstanding" only among others like it
    } else if (read !== null && "bareLabel" in read && atEnd && (!read.numbered || numberedLike(read.bareLabel, reads)))
      level = fallback(read.bareLabel);
    if (!level) throw unreadableAt(src, t, a, b);
    levels.push(level);
  }
  if (levels.length === 0) throw valueError("scaleUnreadable", { clause: clip(text.trim()) });
  return levels;
}

const unreadableAt = (src: Tidied, t: Token[], a: number, b: number) =>
  valueError("scaleUnreadable", { clause: clip(originalOf(src, t[a].start, t[b - 1].end)) });

/**
 * "Level 3" after "Level 1: 90; Level 2: 80" is a label; "C 70" after "A:90; B:80" is a level that
 * lost its colon. Tell them apart by the other labels: the same words around other numbers.
 */
function numberedLike(label: string, reads: readonly ReadClause[]): boolean {
  const shape = (s: string) => s.replace(/[0-9０-９]+/g, "#").toLowerCase();
  const own = shape(label);
  return reads.some(({ read }) => read !== null && "level" in read && shape(read.level.label) === own);
}

/** The level for every score below the others. */
export const fallback = (label: string): Level => ({
  label,
  lo: null,
  loStrict: false,
  hi: null,
  hiStrict: false,
  hiStep: 1,
  source: clip(label),
});

/**
 * The threshold cell of a two-column scale: "≥90", "90-100", "60分以下", "85≤X<100". Null when
 * it is none of these.
 */
export function conditionOfCell(text: string): Omit<Level, "label" | "source"> | null {
  const t = tokenize(tidyChars(text).text);
  const c = readCondition(t, 0, t.length, BARE_OR_LETTER);
  return c && c.end === t.length ? c : null;
}

// ---------------------------------------------------------------------------------------------
// A scale

export interface Scale {
  /** Levels with a lower bound, highest first. */
  readonly ranked: readonly Level[];
  /** The level without a lower bound, if any. */
  readonly floor: Level | null;
}

/**
 * Sorts the levels and refuses contradictions. A score reaches a level by reaching its lower
 * bound; upper bounds are only checked against the next level up. They may meet it (良好 70≤X<85,
 * 优秀 85≤X; 80-90 beside 90分以上: the shared edge goes to the better level), or stop one written
 * step short of it (B 80-89, A 90-100: 89.5 is B, as a person reads it); they may not pass it
 * (overlap) or stop further short (a gap no level covers). Levels with only an upper bound nest:
 * "90分以下 …, 低于80分 …" makes the first one 80 to 90.
 */
export function buildScale(levels: readonly Level[]): Scale {
  const ranked: Level[] = [];
  const uppers: Level[] = [];
  let bare: Level | null = null;
  for (const l of levels) {
    if (l.lo !== null && l.hi !== null) {
      const c = compare(l.lo, l.hi);
      if (c > 0 || (c === 0 && (l.loStrict || l.hiStrict))) throw valueError("scaleEmptyLevel", { clause: l.source });
    }
    if (l.lo !== null) ranked.push(l);
    else if (l.hi !== null) uppers.push(l);
    else if (bare) throw valueError("scaleTwoFallbacks", { a: bare.source, b: l.source });
    else bare = l;
  }
  if (bare && uppers.length > 0) throw valueError("scaleTwoFallbacks", { a: uppers[0].source, b: bare.source });
  uppers.sort((x, y) => x.hi! - y.hi!);
  for (let i = 1; i < uppers.length; i++) {
    const below = uppers[i - 1];
    if (compare(below.hi!, uppers[i].hi!) === 0)
      throw valueError("scaleOverlap", { a: below.source, b: uppers[i].source });
    ranked.push({ ...uppers[i], lo: below.hi, loStrict: !below.hiStrict });
  }
  const floor = bare ?? uppers[0] ?? null;
  ranked.sort((x, y) => x.lo! - y.lo!);
  for (let i = 0; i + 1 < ranked.length; i++) checkNeighbours(ranked[i], ranked[i + 1]);
  if (floor && ranked.length > 0) checkNeighbours(floor, ranked[0]);
  ranked.reverse();
  return { ranked, floor };
}

function checkNeighbours(below: Level, above: Level): void {
  if (below.lo !== null && compare(below.lo, above.lo!) === 0)
    throw valueError("scaleOverlap", { a: below.source, b: above.source });
  if (below.hi === null) return; // "A≥90; B≥80": B runs up to A
  const d = compare(below.hi, above.lo!);
  if (d > 0) throw valueError("scaleOverlap", { a: below.source, b: above.source });
  if (d === 0) return;
  if (!below.hiStrict && compare(above.lo! - below.hi, below.hiStep) <= 0) return;
  throw valueError("scaleGap", {
    a: below.source,
    b: above.source,
    from: formatNumber(below.hi),
    to: formatNumber(above.lo!),
  });
}

/** The label of the highest level the score reaches; null when it reaches none and there is no floor. */
export function labelFor(scale: Scale, score: number): string | null {
  const r = scale.ranked;
  // Levels go down: find the first one the score reaches (binary search: a scale may have thousands).
  let lo = 0;
  let hi = r.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (reaches(score, r[mid])) hi = mid;
    else lo = mid + 1;
  }
  if (lo < r.length) return r[lo].label;
  return scale.floor ? scale.floor.label : null;
}

function reaches(score: number, l: Level): boolean {
  const c = compare(score, l.lo!);
  return c > 0 || (c === 0 && !l.loStrict);
}
