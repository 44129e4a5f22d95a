/**
 * Reading grade scales as people write them. Each level is a label and a condition on the score,
 * in either order, in any of these shapes (and their mix):
 *
 *   优秀≥90 · Excellent>=90 · A:90 · ≥90 优秀 · 不合格<80 · Fail: below 80
 *   A:90-100 · Excellent: 90 – 100 · 良好(80-94分) · 90~100分为A级 · 80到89分之间
 *   优秀(95分及以上) · 90分以上为优秀 · 差(60分以下) · Excellent (90 and above)
 *   优秀:85≤X≤100 · 良好:70≤X<85 · 差:X<70 · ≥80且<90
 *
 * and one level may be a bare label (不合格, Fail, L1) for every score below the others. Words
 * are the word table's (words/vocabulary.ts: 不低于, at least, 及以上, or more, 为 …); traditional
 * characters and full-width forms read like simplified and ASCII ones.
 *
 * Labels are returned exactly as written, so the text is tidied one character at a time with a
 * map back to the original: a label is a span of the original, never a rewritten token ("高" stays
 * "高" although the word table reads it as ">"). Everything is one left-to-right pass: a clause's
 * condition is found among its last (or first) few tokens, since a condition is at most a dozen
 * tokens long, so no input makes the reader backtrack.
 */
import { valueError } from "./errors";
import { formatNumber, compare } from "./exact";
import { Lexicon } from "./words/lexicon";
import { numeralValue } from "./words/numerals";
import { simplified } from "./words/traditional";
import { vocabulary } from "./words/vocabulary";
import { tidyText } from "./words";
import { clip, isSpace } from "./values";

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
// Tidy text with a map back to the original

interface Tidied {
  /** Lower case, simplified, NFKC, symbol variants unified; white space runs as one " ", line breaks "\n". */
  readonly text: string;
  /** Original index of each character of text, and the index just past it. */
  readonly from: readonly number[];
  readonly to: readonly number[];
  readonly original: string;
}

/** tidyText of single characters outside the fast paths, remembered (bounded: a few KB). */
const tidyMemo = new Map<string, string>();
function tidyChar(ch: string): string {
  let t = tidyMemo.get(ch);
  if (t === undefined) {
    if (tidyMemo.size > 2048) tidyMemo.clear();
    t = tidyText(ch);
    tidyMemo.set(ch, t);
  }
  return t;
}

const NEWLINE = 10;
const SPACE = 32;
const isLineBreak = (c: number): boolean => c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 0x85;

export function tidyChars(original: string): Tidied {
  const codes: number[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const push = (c: number, i: number, j: number) => {
    if (c === SPACE && (codes.length === 0 || codes[codes.length - 1] === SPACE || codes[codes.length - 1] === NEWLINE))
      return; // one space per run, none at the start of a line
    if (c === NEWLINE && codes[codes.length - 1] === SPACE) {
      codes.pop();
      from.pop();
      to.pop();
    }
    codes.push(c >= 65 && c <= 90 ? c + 32 : c);
    from.push(i);
    to.push(j);
  };
  for (let i = 0; i < original.length; ) {
    const c = original.charCodeAt(i);
    if (c < 128) {
      push(isLineBreak(c) ? NEWLINE : isSpace(c) ? SPACE : c, i, i + 1);
      i++;
    } else if (c >= 0x4e00 && c <= 0x9fff) {
      push(simplified(c), i, i + 1); // CJK ideographs: NFKC leaves them alone
      i++;
    } else if (c >= 0xff01 && c <= 0xff5e) {
      push(c - 0xfee0, i, i + 1); // full-width ASCII
      i++;
    } else if (isLineBreak(c) || isSpace(c)) {
      push(isLineBreak(c) ? NEWLINE : SPACE, i, i + 1);
      i++;
    } else {
      const len = c >= 0xd800 && c <= 0xdbff && i + 1 < original.length ? 2 : 1;
      const t = tidyChar(original.slice(i, i + len));
      if (t === "") push(SPACE, i, i + len);
      for (let k = 0; k < t.length; k++) push(simplified(t.charCodeAt(k)), i, i + len);
      i += len;
    }
  }
  let text = "";
  for (let k = 0; k < codes.length; k += 8192) text += String.fromCharCode(...codes.slice(k, k + 8192));
  return { text, from, to, original };
}

/** The original text behind tidied characters [a, b), trimmed. */
function originalOf(t: Tidied, a: number, b: number): string {
  return b > a ? t.original.slice(t.from[a], t.to[b - 1]).trim() : "";
}

// ---------------------------------------------------------------------------------------------
// Tokens

type Kind =
  | "num"
  | "cmp"
  | "above" // 以上, and above, or more, 90+
  | "below" // 以下, 以内, or less
  | "range" // - ~ 至 到 to
  | "colon"
  | "is" // 为, =, 得, score
  | "open"
  | "close"
  | "and" // 且, and, &
  | "var" // X, 分数, 成绩
  | "excl" // (不含)
  | "pts" // 分, points
  | "pct" // %
  | "filler" // words the word table drops: 的, the, (含)
  | "word";

interface Token {
  kind: Kind;
  readonly start: number;
  end: number;
  /** num: the value; cmp: unused. */
  value: number;
  /** num: decimals written (for the step a whole-number range closes). */
  decimals: number;
  /** cmp: which one. */
  readonly op: "≥" | ">" | "≤" | "<" | "";
  /** cmp: written as a symbol (≥ >= <), not a word (不低于, over, 高). */
  readonly symbol: boolean;
  /** Directly after the previous token, no space between. */
  readonly glued: boolean;
}

const lexicon = new Lexicon(vocabulary);

const RANGE_CHARS = new Set([..."-~至到"]);
const OPEN_CHARS = new Set([..."([【〔{"]);
const CLOSE_CHARS = new Set([...")]】〕}"]);
const NUMERALS = new Set([..."〇零一二两三四五六七八九十百千万"]);
const VAR_WORDS = ["分数", "成绩", "评分", "总分"];
const SEPARATORS = new Set([...";,、。\n|"]);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiLetter = (c: number): boolean => c >= 97 && c <= 122;
/** Tokens after which a "-" or "+" starts a signed number rather than a range. */
const SIGN_AFTER = new Set<Kind>(["cmp", "colon", "range", "open", "is", "and", "var"]);

function tokenize(s: string, a: number, b: number): Token[] {
  const tokens: Token[] = [];
  let p = a;
  let glued = false;
  const add = (kind: Kind, end: number, extra: Partial<Token> = {}) => {
    tokens.push({ kind, start: p, end, value: 0, decimals: 0, op: "", symbol: false, glued, ...extra });
    p = end;
  };
  while (p < b) {
    const c = s.charCodeAt(p);
    if (c === SPACE) {
      p++;
      glued = false;
      continue;
    }
    glued = tokens.length > 0 && tokens[tokens.length - 1].end === p;
    const prev = tokens[tokens.length - 1];
    const ch = s[p];
    const signed =
      (c === 45 || c === 43) && (prev === undefined || SIGN_AFTER.has(prev.kind)) && isDigit(s.charCodeAt(p + 1));
    if (isDigit(c) || (c === 46 && isDigit(s.charCodeAt(p + 1))) || signed) {
      let q = signed ? p + 1 : p;
      while (q < b && isDigit(s.charCodeAt(q))) q++;
      let decimals = 0;
      if (s.charCodeAt(q) === 46 && isDigit(s.charCodeAt(q + 1))) {
        const f = ++q;
        while (q < b && isDigit(s.charCodeAt(q))) q++;
        decimals = q - f;
      }
      add("num", q, { value: Number(s.slice(p, q)), decimals });
      continue;
    }
    if (NUMERALS.has(ch)) {
      let q = p;
      while (q < b && NUMERALS.has(s[q])) q++;
      const value = numeralValue(s.slice(p, q));
      // A numeral is a number where a number belongs (九十分以上, ≥九十); elsewhere part of a word (一级, 三星).
      let r = q;
      if (s.charCodeAt(r) === SPACE) r++;
      const before = prev !== undefined && SIGN_AFTER.has(prev.kind);
      const after = r < b && (RANGE_CHARS.has(s[r]) || "分以%".includes(s[r]) || CLOSE_CHARS.has(s[r]));
      if (value !== null && (before || after)) {
        add("num", q, { value });
        continue;
      }
    }
    if (ch === "=" && s[p + 1] === ">") {
      add("cmp", p + 2, { op: "≥", symbol: true }); // the old scale syntax "A=>90"
      continue;
    }
    if (s.startsWith("(不含)", p)) {
      add("excl", p + 4);
      continue;
    }
    if (s.startsWith("之间", p)) {
      add("filler", p + 2); // "80到89分之间"
      continue;
    }
    const v = VAR_WORDS.find((w) => s.startsWith(w, p));
    if (v) {
      add("var", p + v.length);
      continue;
    }
    const hit = p < b ? lexicon.longest(s, p) : null;
    if (hit && hit.end <= b) {
      const kind = KIND_OF_TOKEN[hit.token] ?? "word";
      const op = kind === "cmp" ? (hit.token as Token["op"]) : "";
      let symbol = kind === "cmp";
      for (let k = p; symbol && k < hit.end; k++) symbol = "≥≤<>=".includes(s[k]);
      add(kind, hit.end, { op, symbol });
      continue;
    }
    if (isAsciiLetter(c)) {
      let q = p;
      while (q < b && isAsciiLetter(s.charCodeAt(q))) q++;
      const w = s.slice(p, q);
      add(w === "x" ? "var" : w === "to" || w === "through" || w === "thru" ? "range" : w === "and" ? "and" : "word", q);
      continue;
    }
    if (ch === ":") add("colon", p + 1);
    else if (RANGE_CHARS.has(ch)) add("range", p + 1);
    else if (OPEN_CHARS.has(ch)) add("open", p + 1);
    else if (CLOSE_CHARS.has(ch)) add("close", p + 1);
    else if (ch === "且" || ch === "&") add("and", p + 1);
    else if (ch === "+" && prev?.kind === "num" && glued) add("above", p + 1);
    else add("word", p + 1);
  }
  return tidyTokens(tokens);
}

const KIND_OF_TOKEN: Record<string, Kind> = {
  "≥": "cmp",
  ">": "cmp",
  "≤": "cmp",
  "<": "cmp",
  以上: "above",
  以下: "below",
  以内: "below",
  分: "pts",
  "%": "pct",
  得: "is",
  "": "filler",
};

/**
 * Units after a number become part of it (90分, 90 points, 90%); a number glued to a word and
 * followed by no condition word is part of that word (L3, 1级, 3星), so it is never read as a
 * threshold; and glued words are one word.
 */
function tidyTokens(raw: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i];
    const prev = out[out.length - 1];
    if ((t.kind === "pts" || t.kind === "pct") && prev?.kind === "num") {
      if (t.kind === "pct") {
        prev.value /= 100;
        prev.decimals += 2;
      }
      prev.end = t.end;
      continue;
    }
    if (t.kind === "num") {
      const next = raw[i + 1];
      const gluedToWord = (prev?.kind === "word" && t.glued) || (next?.kind === "word" && next.glued);
      const conditionFollows = next !== undefined && ["pts", "pct", "above", "below", "range", "excl"].includes(next.kind);
      if (gluedToWord && !conditionFollows) {
        if (prev?.kind === "word" && t.glued) prev.end = t.end;
        else out.push({ ...t, kind: "word" });
        continue;
      }
    }
    if ((t.kind === "word" || t.kind === "pts") && prev?.kind === "word" && t.glued) {
      prev.end = t.end;
      continue;
    }
    out.push(t.kind === "pts" || t.kind === "pct" ? { ...t, kind: "word" } : t);
  }
  return out;
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

const stepOf = (t: Token): number => 10 ** -t.decimals;

/**
 * The condition that starts at token i (fillers skipped), or null. `bare`: a lone number is a
 * minimum. One pair of parentheses at most, so "((((" costs nothing.
 */
function readCondition(t: Token[], i: number, n: number, bare: boolean, inParentheses = false): Condition | null {
  const k = skip(t, i, n);
  if (k < n && t[k].kind === "open") {
    if (inParentheses) return null;
    const inner = readCondition(t, k + 1, n, true, true);
    if (!inner) return null;
    const e = skip(t, inner.end, n);
    return e < n && t[e].kind === "close" ? { ...inner, end: e + 1 } : null;
  }
  return readPlain(t, k, n, bare);
}

function skip(t: Token[], i: number, n: number): number {
  while (i < n && t[i].kind === "filler") i++;
  return i;
}

const kindAt = (t: Token[], i: number, n: number): Kind | null => (i < n ? t[i].kind : null);

interface Bound {
  readonly side: "lo" | "hi";
  readonly value: number;
  readonly strict: boolean;
  readonly step: number;
}

const lower = (op: Token["op"]) => op === "≥" || op === ">";

/** "≥90", "X<70", "90分以上", "60分以下(不含)": one bound and the index after it. */
function readBound(t: Token[], i: number, n: number): { bound: Bound; end: number } | null {
  let k = skip(t, i, n);
  if (kindAt(t, k, n) === "var" || kindAt(t, k, n) === "is") k = skip(t, k + 1, n);
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
    const bound = { side: lower(op) ? "lo" : "hi", value: t[m].value, strict: op === ">" || op === "<", step: stepOf(t[m]) } as const;
    return { bound, end };
  }
  if (kind === "num") {
    let m = skip(t, k + 1, n);
    let strict = false;
    if (kindAt(t, m, n) === "excl") {
      strict = true;
      m = skip(t, m + 1, n);
    }
    const word = kindAt(t, m, n);
    if (word !== "above" && word !== "below") return null;
    let end = skip(t, m + 1, n);
    if (kindAt(t, end, n) === "excl") {
      strict = true;
      end = skip(t, end + 1, n);
    }
    return { bound: { side: word === "above" ? "lo" : "hi", value: t[k].value, strict, step: stepOf(t[k]) }, end };
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

function readPlain(t: Token[], k: number, n: number, bare: boolean): Condition | null {
  if (k >= n) return null;
  // "85≤X≤100", "100≥X≥85", "85≤X": numbers around the score.
  if (t[k].kind === "num" && kindAt(t, skip(t, k + 1, n), n) === "cmp") {
    const c1 = skip(t, k + 1, n);
    const x = skip(t, c1 + 1, n);
    if (kindAt(t, x, n) === "var" || kindAt(t, x, n) === "is") {
      const op1 = t[c1].op;
      const first: Bound = {
        side: lower(op1) ? "hi" : "lo", // 85≤X: X is at least 85
        value: t[k].value,
        strict: op1 === "<" || op1 === ">",
        step: stepOf(t[k]),
      };
      const c2 = skip(t, x + 1, n);
      const m = skip(t, c2 + 1, n);
      if (kindAt(t, c2, n) === "cmp" && kindAt(t, m, n) === "num") {
        const op2 = t[c2].op;
        const second: Bound = {
          side: lower(op2) ? "lo" : "hi",
          value: t[m].value,
          strict: op2 === "<" || op2 === ">",
          step: stepOf(t[m]),
        };
        return fromBounds([first, second], m + 1);
      }
      return fromBounds([first], x + 1);
    }
  }
  // "90-100", "90~100分", "90到100分之间", "80(含)-90(不含)".
  if (t[k].kind === "num") {
    let r = skip(t, k + 1, n);
    let loStrict = false;
    if (kindAt(t, r, n) === "excl") {
      loStrict = true;
      r = skip(t, r + 1, n);
    }
    const m = skip(t, r + 1, n);
    if (kindAt(t, r, n) === "range" && kindAt(t, m, n) === "num") {
      let end = skip(t, m + 1, n);
      let hiStrict = false;
      if (kindAt(t, end, n) === "excl") {
        hiStrict = true;
        end = skip(t, end + 1, n);
      }
      let [a, b] = [t[k], t[m]];
      if (a.value > b.value) [a, b] = [b, a]; // "100-90" is the same range
      return { lo: a.value, loStrict, hi: b.value, hiStrict, hiStep: stepOf(b), end };
    }
  }
  // One or two bounds: "≥90", "X<70", "90分以上", "≥80且<90", "80分以上90分以下".
  const first = readBound(t, k, n);
  if (first) {
    let j = skip(t, first.end, n);
    if (kindAt(t, j, n) === "and") j = skip(t, j + 1, n);
    const second = readBound(t, j, n);
    return second ? fromBounds([first.bound, second.bound], second.end) : fromBounds([first.bound], first.end);
  }
  // "A:90": a number alone is a minimum, where the layout allows it.
  if (bare && t[k].kind === "num") return { lo: t[k].value, loStrict: false, hi: null, hiStrict: false, hiStep: 1, end: k + 1 };
  return null;
}

// ---------------------------------------------------------------------------------------------
// Levels

/** A condition never needs more tokens than this ("( 80 (不含) ≤ X < 90 分 ) " and fillers). */
const MAX_CONDITION = 14;

/** A level, or a bare label; `numbered` when the label ends in a number of its own ("Level 3", "C 70"). */
type Read = { readonly level: Level } | { readonly bareLabel: string; readonly numbered: boolean };

/** One clause: a level with a condition, a bare label (null condition), or null when unreadable. */
function readLevel(src: Tidied, a: number, b: number): Read | null {
  const t = tokenize(src.text, a, b);
  const n = t.length;
  const source = clip(originalOf(src, a, b));
  const level = (c: Condition, la: number, lb: number): Read | null => {
    const label = originalOf(src, la, lb);
    if (label === "") return null;
    return { level: { label, lo: c.lo, loStrict: c.loStrict, hi: c.hi, hiStrict: c.hiStrict, hiStep: c.hiStep, source } };
  };
  // Label first: "优秀≥90", "A: 90-100", "优秀(95分及以上)". The longest condition that ends the clause.
  for (let s = Math.max(1, n - MAX_CONDITION); s < n; s++) {
    const sep = t[s - 1].kind === "colon" || t[s - 1].kind === "is";
    const c = readCondition(t, s, n, sep);
    if (!c || c.end !== n) continue;
    let e = s;
    while (e > 0 && (t[e - 1].kind === "colon" || t[e - 1].kind === "is")) e--;
    if (e === 0 || holdsCondition(t, 0, e)) return null;
    return level(c, a, t[e - 1].end);
  }
  // Condition first: "≥90 优秀", "90分以上为优秀", "90~100分为A级".
  const c = readCondition(t, 0, n, false);
  if (c) {
    let s = c.end;
    while (s < n && (t[s].kind === "colon" || t[s].kind === "is")) s++;
    if (s === n || holdsCondition(t, s, n)) return null;
    return level(c, t[s].start, b);
  }
  // No condition: a bare label, unless it looks like a level that lost its comparator ("good>=x").
  for (const tok of t) if ((tok.kind === "cmp" && tok.symbol) || tok.kind === "colon") return null;
  return { bareLabel: originalOf(src, a, b), numbered: t.some((tok) => tok.kind === "num") };
}

/** Whether a condition starts anywhere among tokens [i, n): then they are not a label. */
function holdsCondition(t: Token[], i: number, n: number): boolean {
  for (let k = i; k < n; k++)
    if (t[k].kind !== "word" && t[k].kind !== "filler" && readCondition(t, k, n, false)) return true;
  return false;
}

/** The levels of a scale written as text. Bare labels are allowed first or last only. */
export function levelsOfText(text: string): Level[] {
  const src = tidyChars(text);
  const s = src.text;
  const clauses: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i <= s.length; i++) {
    if (i < s.length && !SEPARATORS.has(s[i])) continue;
    let a = start;
    let b = i;
    while (a < b && s.charCodeAt(a) === SPACE) a++;
    while (b > a && s.charCodeAt(b - 1) === SPACE) b--;
    if (b > a) clauses.push([a, b]);
    start = i + 1;
  }
  const reads = clauses.map(([a, b]) => readLevel(src, a, b));
  const levels: Level[] = [];
  reads.forEach((read, i) => {
    const atEnd = i === 0 || i === clauses.length - 1;
    if (read === null || ("bareLabel" in read && (!atEnd || (read.numbered && !numberedLike(read.bareLabel, reads)))))
      throw valueError("scaleUnreadable", { clause: clip(originalOf(src, clauses[i][0], clauses[i][1])) });
    levels.push("level" in read ? read.level : fallback(read.bareLabel, read.bareLabel));
  });
  if (levels.length === 0) throw valueError("scaleUnreadable", { clause: clip(text.trim()) });
  return levels;
}

/**
 * "Level 3" after "Level 1: 90; Level 2: 80" is a label; "C 70" after "A:90; B:80" is a level that
 * lost its colon. Tell them apart by the other labels: the same words around other numbers.
 */
function numberedLike(label: string, reads: ReadonlyArray<Read | null>): boolean {
  const shape = (s: string) => s.replace(/[0-9０-９]+/g, "#").toLowerCase();
  const own = shape(label);
  return reads.some((r) => r !== null && "level" in r && shape(r.level.label) === own);
}

/** The level for every score below the others. */
export const fallback = (label: string, source: string): Level => ({
  label,
  lo: null,
  loStrict: false,
  hi: null,
  hiStrict: false,
  hiStep: 1,
  source: clip(source),
});

/**
 * The threshold cell of a two-column scale: a number (the minimum), or text such as "≥90",
 * "90-100", "60分以下", "85≤X<100". Null when it is none of these.
 */
export function conditionOfCell(text: string): Omit<Level, "label" | "source"> | null {
  const src = tidyChars(text);
  const t = tokenize(src.text, 0, src.text.length);
  const c = readCondition(t, 0, t.length, true);
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
 * 优秀 85≤X), or stop one written step short of it (B 80-89, A 90-100: 89.5 is B, as a person
 * reads it); they may not pass it (overlap) or stop further short (a gap no level covers).
 */
export function buildScale(levels: readonly Level[]): Scale {
  let floor: Level | null = null;
  const ranked: Level[] = [];
  for (const l of levels) {
    if (l.lo !== null && l.hi !== null) {
      const c = compare(l.lo, l.hi);
      if (c > 0 || (c === 0 && (l.loStrict || l.hiStrict))) throw valueError("scaleEmptyLevel", { clause: l.source });
    }
    if (l.lo !== null) ranked.push(l);
    else if (floor) throw valueError("scaleTwoFallbacks", { a: floor.source, b: l.source });
    else floor = l;
  }
  ranked.sort((x, y) => x.lo! - y.lo!);
  for (let i = 0; i + 1 < ranked.length; i++) checkNeighbours(ranked[i], ranked[i + 1]);
  if (floor && ranked.length > 0) checkNeighbours(floor, ranked[0]);
  ranked.reverse();
  return { ranked, floor };
}

function checkNeighbours(below: Level, above: Level): void {
  if (below.lo !== null) {
    const c = compare(below.lo, above.lo!);
    if (c === 0) throw valueError("scaleOverlap", { a: below.source, b: above.source });
  }
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
