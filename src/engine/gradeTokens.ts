/**
 * The tokens of a grade scale, with their place in the text as written. Labels must come back
 * exactly as written, so the text is tidied one character at a time (NFKC, symbol variants, lower
 * case, traditional → simplified) keeping a map to the original, and words are recognised with the
 * word table's machine (words/lexicon.ts: 不低于, at least, 及以上, or more, 为 …) in place rather
 * than by rewriting the text. One left-to-right pass; every step looks a bounded distance ahead.
 */
import { isSpace } from "./values";
import { tidyText } from "./words";
import { Lexicon } from "./words/lexicon";
import { numeralValue } from "./words/numerals";
import { simplified } from "./words/traditional";
import { vocabulary } from "./words/vocabulary";

// ---------------------------------------------------------------------------------------------
// Tidy text with a map back to the original

export interface Tidied {
  /** Lower case, simplified, NFKC, dashes as "-"; white space runs as one " ", line breaks as "\n". */
  readonly text: string;
  /** Original index of each character of text, and the index just past it. */
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly original: string;
}

/** tidyText of characters outside the fast paths, remembered (bounded: a few KB). */
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
export const SPACE = 32;
const isLineBreak = (c: number): boolean => c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 0x85;
/** Hyphens and dashes of every width, the non-breaking hyphen of "99.8 % ‑ 99.89%" included. */
const isDash = (c: number): boolean =>
  (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d;

/**
 * What each UTF-16 code becomes, for the codes that need no NFKC call: ASCII lower-cased, white
 * space as " ", line breaks as "\n", dashes as "-", full-width ASCII as ASCII, ideographs
 * simplified. 0 marks a code that goes through tidyText. Built once: 128 KB.
 */
const FAST = new Uint16Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  if (c < 128) FAST[c] = c >= 65 && c <= 90 ? c + 32 : isLineBreak(c) ? NEWLINE : isSpace(c) ? SPACE : c;
  else if (c >= 0x4e00 && c <= 0x9fff) FAST[c] = simplified(c);
  else if (isDash(c)) FAST[c] = 45;
  else if (c >= 0xff01 && c <= 0xff5e) FAST[c] = c - 0xfee0 >= 65 && c - 0xfee0 <= 90 ? c - 0xfee0 + 32 : c - 0xfee0;
  else if (isLineBreak(c)) FAST[c] = NEWLINE;
  else if (isSpace(c)) FAST[c] = SPACE;
}

/** What other single codes became once looked up ("≥" stays "≥", "①" becomes "1"), or EXPANDS. */
const LEARNED = new Uint16Array(0x10000);
const EXPANDS = 0xffff;

export function tidyChars(original: string): Tidied {
  const n = original.length;
  let codes = new Uint16Array(n + 8);
  let from = new Int32Array(n + 8);
  let to = new Int32Array(n + 8);
  let len = 0;
  let last = NEWLINE; // the code before: no space at the start
  const put = (d: number, i: number, j: number) => {
    if (d === SPACE && (last === SPACE || last === NEWLINE)) return; // one space a run, none at a line's start
    if (d === NEWLINE && last === SPACE && len > 0) len--;
    codes[len] = d;
    from[len] = i;
    to[len] = j;
    len++;
    last = d;
  };
  for (let i = 0; i < n;) {
    const c = original.charCodeAt(i);
    const fast = FAST[c];
    if (fast !== 0) {
      put(fast, i, i + 1);
      i++;
      continue;
    }
    const next = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? i + 2 : i + 1;
    const known = next === i + 1 ? LEARNED[c] : EXPANDS;
    if (known !== 0 && known !== EXPANDS) {
      put(known, i, next);
      i = next;
      continue;
    }
    const t = tidyChar(original.slice(i, next));
    if (next === i + 1)
      LEARNED[c] = t === "" ? SPACE : t.length === 1 ? FAST[t.charCodeAt(0)] || t.charCodeAt(0) : EXPANDS;
    if (len + t.length + 8 > codes.length) {
      // NFKC made the text longer ("㎏" is "kg"): grow the arrays.
      const size = 2 * codes.length + t.length;
      const moreCodes = new Uint16Array(size);
      const moreFrom = new Int32Array(size);
      const moreTo = new Int32Array(size);
      moreCodes.set(codes);
      moreFrom.set(from);
      moreTo.set(to);
      [codes, from, to] = [moreCodes, moreFrom, moreTo];
    }
    if (t === "") put(SPACE, i, next);
    for (let k = 0; k < t.length; k++) {
      const d = t.charCodeAt(k);
      put(FAST[d] || d, i, next);
    }
    i = next;
  }
  let text = "";
  for (let k = 0; k < len; k += 4096)
    text += String.fromCharCode.apply(null, codes.subarray(k, Math.min(len, k + 4096)) as unknown as number[]);
  return { text, from, to, original };
}

/** The original text behind tidied characters [a, b), trimmed. */
export function originalOf(t: Tidied, a: number, b: number): string {
  return b > a ? t.original.slice(t.from[a], t.to[b - 1]).trim() : "";
}

// ---------------------------------------------------------------------------------------------
// Tokens

export type Kind =
  | "num"
  | "cmp"
  | "above" // 以上, and above, or more, 90+
  | "below" // 以下, 以内, or less
  | "range" // - ~ 至 到 to
  | "colon"
  | "is" // 为, =, 得, score, 是, 属于
  | "open"
  | "close"
  | "and" // 且, and, &, and ; , 、 inside parentheses
  | "sep" // ; , 、 。 | and line breaks outside parentheses: the end of a clause
  | "var" // X, 分数, 成绩, "/" in 90≤/≤100
  | "excl" // (不含), (不含90分)
  | "pts" // 分, points (folded into the number before it)
  | "pct" // % (folded likewise)
  | "filler" // words that change nothing: 的, the, of, (含), (包括90), 之间, target
  | "word";

export interface Token {
  kind: Kind;
  start: number;
  end: number;
  /** num: the value; excl: the number it names, or NaN. */
  value: number;
  /** num: decimals written (percent adds 2), for the step a whole-number range closes. */
  decimals: number;
  percent: boolean;
  /** cmp: which one. */
  op: "≥" | ">" | "≤" | "<" | "";
  /** cmp: written as a symbol (≥ >= <), not a word (不低于, over, 高). */
  symbol: boolean;
  /** word: a single ASCII letter (the T of "32 ≤ T < 44"). */
  letter: boolean;
  /** word: the word table's token when it is one (满分 …). */
  lex: string;
  /** Directly after the previous token, no space between. */
  glued: boolean;
}

const lexicon = new Lexicon(vocabulary);
const parseDecimal = Number; // bound once: see values.ts

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
  标准: "filler", // "80%–89% of target"
};

/**
 * Words read here before the word table, longest first. Some the word table lacks (listed in the
 * report for it): 不满 (below), 就是, 属于 … (is). Others only mean this in a grade scale.
 */
const LOCAL: ReadonlyArray<readonly [string, Kind, Token["op"]]> = [
  ["之间", "filler", ""],
  ["不满", "cmp", "<"],
  ["就是", "is", ""],
  ["即为", "is", ""],
  ["属于", "is", ""],
  ["评为", "is", ""],
  ["定为", "is", ""],
  ["则为", "is", ""],
  ["者为", "is", ""],
  ["按照", "is", ""], // "其余按待及格的标准评定"
  ["按", "is", ""],
  ["是", "is", ""],
  ["属", "is", ""],
  ["分数", "var", ""],
  ["成绩", "var", ""],
  ["评分", "var", ""],
  ["总分", "var", ""],
];

const codesOf = (chars: string): Set<number> => new Set([...chars].map((ch) => ch.charCodeAt(0)));
const RANGES = codesOf("-~至到");
const OPENERS = codesOf("([【〔{");
const CLOSERS = codesOf(")]】〕}");
const BREAKS = codesOf(";,、。\n|");
const NUMERALS = codesOf("〇零一二两三四五六七八九十百千万");
const LOCAL_FIRST = codesOf(LOCAL.map(([w]) => w[0]).join(""));
const LEXICON_FIRST = new Set<number>();
for (const [spelling] of vocabulary) {
  const w = spelling.replace(/^#/, "").replace(/ /g, "");
  if (w) LEXICON_FIRST.add(w.charCodeAt(0));
}
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiLetter = (c: number): boolean => c >= 97 && c <= 122;

/** What each code may start, as bits: one table lookup instead of a handful of set lookups. */
const NUMERAL = 1;
const LOCAL_WORD = 2;
const LEXICON_WORD = 4;
const RANGE = 8;
const OPEN = 16;
const CLOSE = 32;
const BREAK = 64;
const ROLE = new Uint8Array(0x10000);
for (const [set, bit] of [
  [NUMERALS, NUMERAL],
  [LOCAL_FIRST, LOCAL_WORD],
  [LEXICON_FIRST, LEXICON_WORD],
  [RANGES, RANGE],
  [OPENERS, OPEN],
  [CLOSERS, CLOSE],
  [BREAKS, BREAK],
] as const)
  for (const c of set) ROLE[c] |= bit;
/** A plain character of a word: no role and not ASCII (ASCII letters may start English words). */
const isPlain = (c: number): boolean => c >= 128 && ROLE[c] === 0 && c !== 0x4e14;
/** Tokens after which "-" or "+" signs a number, and a numeral is a number rather than a word. */
const NUMBER_AFTER = new Set<Kind>(["cmp", "colon", "range", "open", "is", "and", "var", "sep"]);
/** Inclusion notes: "(含)", "(含 90 分)", "(包括90)", "(不含)", "(不含90分)". */
const NOTE_WORDS = ["不包括", "不包含", "不含", "包括", "包含", "含"];

/**
 * Token objects are reused from one reading to the next: a 32,767-character scale has as many
 * tokens, all alive until the scale is read, and allocating that many short-lived objects made V8
 * move them to the old generation (four times slower, measured). Tokens never outlive a reading:
 * levels keep numbers and strings only. The pool holds as many tokens as the longest text read so
 * far (at most one per character of 32,767: about 2 MB).
 */
const pool: Token[] = [];
let used = 0;

function token(kind: Kind, start: number, end: number, glued: boolean): Token {
  let t = pool[used];
  if (t === undefined)
    t = pool[used] = {
      kind,
      start,
      end,
      value: 0,
      decimals: 0,
      percent: false,
      op: "",
      symbol: false,
      letter: false,
      lex: "",
      glued,
    };
  used++;
  t.kind = kind;
  t.start = start;
  t.end = end;
  t.value = 0;
  t.decimals = 0;
  t.percent = false;
  t.op = "";
  t.symbol = false;
  t.letter = false;
  t.lex = "";
  t.glued = glued;
  return t;
}

/**
 * The tokens of the whole tidied text. Clause breaks outside brackets are "sep" tokens; inside
 * brackets they join the parts of one condition ("良(<85分，≥70分)"). A bracket never closed
 * later hides nothing. The tokens are valid until the next call (they are reused).
 */
export function tokenize(s: string): Token[] {
  const b = s.length;
  let lastClose = -1;
  for (let i = b - 1; i >= 0 && lastClose < 0; i--) if (ROLE[s.charCodeAt(i)] & CLOSE) lastClose = i;
  const raw: Token[] = [];
  used = 0; // the tokens of the previous reading are free again
  let depth = 0;
  let p = 0;
  let glued = false;
  while (p < b) {
    const c = s.charCodeAt(p);
    if (c === SPACE) {
      p++;
      glued = false;
      continue;
    }
    const prev: Token | undefined = raw[raw.length - 1];
    glued = prev !== undefined && prev.end === p;
    let t: Token | null;
    if (ROLE[c] & BREAK) t = token(depth > 0 ? "and" : "sep", p, p + 1, glued);
    else if (isPlain(c))
      t = null; // most of a label: no lookup at all
    else t = special(s, p, b, prev, glued);
    if (t === null) {
      // A plain character of a word: glued to the word before, it extends it.
      if (prev !== undefined && glued && prev.kind === "word" && prev.lex === "") {
        prev.end = p + 1;
        prev.letter = false; // "A级" is no variable
      } else raw.push(token("word", p, p + 1, glued));
      p++;
      continue;
    }
    if (t.kind === "open" && p < lastClose) depth++;
    else if (t.kind === "close" && depth > 0) depth--;
    raw.push(t);
    p = t.end;
  }
  return fold(raw);
}

/** The token at p when it is more than a plain character of a word (numbers, words of the table …). */
function special(s: string, p: number, b: number, prev: Token | undefined, glued: boolean): Token | null {
  const c = s.charCodeAt(p);
  const c1 = s.charCodeAt(p + 1);
  const signed = (c === 45 || c === 43) && (!prev || NUMBER_AFTER.has(prev.kind)) && isDigit(c1);
  if (isDigit(c) || (c === 46 && isDigit(c1)) || signed) {
    const [end, decimals] = scanNumber(s, signed ? p + 1 : p, b);
    const t = token("num", p, end, glued);
    t.value = parseDecimal(s.slice(p, end));
    t.decimals = decimals;
    return t;
  }
  if (ROLE[c] & NUMERAL) {
    let q = p;
    while (q < b && ROLE[s.charCodeAt(q)] & NUMERAL) q++;
    // A numeral is a number where a number belongs (九十分以上, ≥九十); elsewhere a word (一级, 三星).
    const r = s.charCodeAt(q) === SPACE ? q + 1 : q;
    const after = r < b && (ROLE[s.charCodeAt(r)] & (RANGE | CLOSE) || "分以%".includes(s[r]));
    const value = (prev && NUMBER_AFTER.has(prev.kind)) || after ? numeralValue(s.slice(p, q)) : null;
    const t = token(value === null ? "word" : "num", p, q, glued); // the whole run at once: "一一一…" stays linear
    if (value !== null) t.value = value;
    return t;
  }
  const symbol = comparatorSymbol(c, c1);
  if (symbol !== null) {
    const t = token("cmp", p, p + symbol.length, glued);
    t.op = symbol.op;
    t.symbol = true;
    return t;
  }
  if (ROLE[c] & OPEN) {
    const note = readNote(s, p, b);
    if (note) {
      const t = token(note.excl ? "excl" : "filler", p, note.end, glued);
      t.value = note.value;
      return t;
    }
  }
  if (c === 47 && prev?.kind === "cmp") return token("var", p, p + 1, glued); // "90≤/≤100": the score
  if (ROLE[c] & LOCAL_WORD)
    for (const [w, kind, op] of LOCAL)
      if (s.startsWith(w, p)) {
        const t = token(kind, p, p + w.length, glued);
        t.op = op;
        return t;
      }
  const hit = ROLE[c] & LEXICON_WORD && (c !== 40 || c1 === 0x542b) ? lexicon.longest(s, p) : null; // "(" only for (含)
  if (hit && hit.end <= b) {
    const kind = KIND_OF_TOKEN[hit.token] ?? "word";
    const t = token(kind, p, hit.end, glued);
    t.lex = hit.token;
    if (kind === "cmp") {
      t.op = hit.token as Token["op"];
      t.symbol = true;
      for (let k = p; t.symbol && k < hit.end; k++) t.symbol = "≥≤<>=".includes(s[k]);
    }
    return t;
  }
  if (isAsciiLetter(c)) {
    let q = p;
    while (q < b && isAsciiLetter(s.charCodeAt(q))) q++;
    const w = q - p <= 7 ? s.slice(p, q) : "";
    const kind: Kind =
      w === "x" ? "var" : w === "to" || w === "through" || w === "thru" ? "range" : w === "and" ? "and" : "word";
    const t = token(kind, p, q, glued);
    t.letter = q - p === 1;
    return t;
  }
  if (c === 58) return token("colon", p, p + 1, glued);
  if (ROLE[c] & RANGE) return token("range", p, p + 1, glued);
  if (ROLE[c] & OPEN) return token("open", p, p + 1, glued);
  if (ROLE[c] & CLOSE) return token("close", p, p + 1, glued);
  if (c === 0x4e14 || c === 38) return token("and", p, p + 1, glued); // 且 &
  if (c === 43 && prev?.kind === "num" && glued) return token("above", p, p + 1, glued); // 90+
  return null;
}

/**
 * Comparison symbols read directly (the word table spells them the same way: ≥ >= ≤ <= =< > <),
 * plus "=>", the old scale syntax for ≥. A long run of "≥≥≥" then costs no table walk.
 */
function comparatorSymbol(c: number, next: number): { op: Token["op"]; length: number } | null {
  switch (c) {
    case 0x2265:
      return { op: "≥", length: 1 };
    case 0x2264:
      return { op: "≤", length: 1 };
    case 62: // >
      return next === 61 ? { op: "≥", length: 2 } : { op: ">", length: 1 };
    case 60: // <
      return next === 61 ? { op: "≤", length: 2 } : { op: "<", length: 1 };
    case 61: // =
      return next === 60 ? { op: "≤", length: 2 } : next === 62 ? { op: "≥", length: 2 } : null;
  }
  return null;
}

function scanNumber(s: string, p: number, b: number): [end: number, decimals: number] {
  let q = p;
  while (q < b && isDigit(s.charCodeAt(q))) q++;
  if (s.charCodeAt(q) !== 46 || !isDigit(s.charCodeAt(q + 1))) return [q, 0];
  const f = ++q;
  while (q < b && isDigit(s.charCodeAt(q))) q++;
  return [q, q - f];
}

/** An inclusion note at an opening bracket: "(含 90 分)", "(不含)", "(包括90)". At most ~20 characters. */
function readNote(s: string, p: number, b: number): { end: number; excl: boolean; value: number } | null {
  let q = p + 1;
  if (s.charCodeAt(q) === SPACE) q++;
  const first = s.charCodeAt(q);
  if (first !== 0x4e0d && first !== 0x5305 && first !== 0x542b) return null; // 不 包 含
  const word = NOTE_WORDS.find((w) => s.startsWith(w, q));
  if (!word) return null;
  q += word.length;
  if (s.charCodeAt(q) === SPACE) q++;
  let value = NaN;
  if (isDigit(s.charCodeAt(q))) {
    const [end] = scanNumber(s, q, b);
    value = parseDecimal(s.slice(q, end));
    q = end;
    if (s.charCodeAt(q) === SPACE) q++;
    if (s[q] === "分" || s[q] === "%") q++;
    if (s.charCodeAt(q) === SPACE) q++;
  }
  if (q >= b || !(ROLE[s.charCodeAt(q)] & CLOSE)) return null;
  return { end: q + 1, excl: word.startsWith("不"), value };
}

/**
 * Units after a number become part of it (90分, 90 points, 90%, "90(含)分"); a number glued to a
 * word is part of that word (L3, 1级, 3星) unless it is plainly a threshold (优秀90分以上,
 * 90到100優秀, 金牌90≤/≤100); glued words are one word.
 */
function fold(raw: Token[]): Token[] {
  const out = raw; // compacted in place: out never runs ahead of raw
  let kept = 0;
  const push = (t: Token) => (out[kept++] = t);
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i];
    const prev: Token | undefined = kept > 0 ? out[kept - 1] : undefined;
    if (t.kind === "pts" || t.kind === "pct") {
      let j = kept - 1;
      while (j >= 0 && out[j].kind === "filler" && kept - j < 4) j--;
      const n = out[j];
      if (n?.kind === "num" && !(t.kind === "pct" && n.percent)) {
        if (t.kind === "pct") {
          n.value /= 100;
          n.decimals += 2;
          n.percent = true;
        }
        t.kind = "filler";
      } else t.kind = t.kind === "pts" ? "filler" : "word";
      push(t);
      continue;
    }
    if (t.kind === "num") {
      const next = raw[i + 1];
      const afterWord = prev?.kind === "word" && t.glued;
      const beforeWord =
        next?.kind === "word" && next.glued && !(prev && prev.kind !== "sep" && NUMBER_AFTER.has(prev.kind));
      const threshold = next !== undefined && THRESHOLD_NEXT.has(next.kind);
      if ((afterWord || beforeWord) && !threshold) {
        if (afterWord) {
          prev.end = t.end;
          prev.letter = false;
        } else {
          t.kind = "word";
          push(t);
        }
        continue;
      }
    }
    if (t.kind === "word" && prev?.kind === "word" && t.glued && !t.lex && !prev.lex) {
      prev.end = t.end;
      prev.letter = false;
      continue;
    }
    push(t);
  }
  out.length = kept;
  percentRanges(out);
  return out;
}

const THRESHOLD_NEXT = new Set<Kind>(["pts", "pct", "above", "below", "range", "excl", "cmp"]);

/** "95-100%": a percent sign written once after a range applies to both ends. */
function percentRanges(t: Token[]): void {
  for (let i = 0; i + 2 < t.length; i++) {
    if (t[i].kind !== "num" || t[i].percent || t[i + 1].kind !== "range") continue;
    const b = t[i + 2];
    if (b.kind === "num" && b.percent) {
      t[i].value /= 100;
      t[i].decimals += 2;
      t[i].percent = true;
    }
  }
}
