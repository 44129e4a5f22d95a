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
  readonly from: readonly number[];
  readonly to: readonly number[];
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

export function tidyChars(original: string): Tidied {
  const codes: number[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const push = (c: number, i: number, j: number) => {
    const last = codes[codes.length - 1];
    if (c === SPACE && (codes.length === 0 || last === SPACE || last === NEWLINE)) return; // one space a run
    if (c === NEWLINE && last === SPACE) {
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
    if (c < 128) push(isLineBreak(c) ? NEWLINE : isSpace(c) ? SPACE : c, i, i + 1);
    else if (c >= 0x4e00 && c <= 0x9fff) push(simplified(c), i, i + 1); // NFKC leaves ideographs alone
    else if (isDash(c)) push(45, i, i + 1);
    else if (c >= 0xff01 && c <= 0xff5e) push(c - 0xfee0, i, i + 1); // full-width ASCII
    else if (isLineBreak(c) || isSpace(c)) push(isLineBreak(c) ? NEWLINE : SPACE, i, i + 1);
    else {
      const len = c >= 0xd800 && c <= 0xdbff && i + 1 < original.length ? 2 : 1;
      const t = tidyChar(original.slice(i, i + len));
      if (t === "") push(SPACE, i, i + len);
      for (let k = 0; k < t.length; k++) push(simplified(t.charCodeAt(k)), i, i + len);
      i += len;
      continue;
    }
    i++;
  }
  let text = "";
  for (let k = 0; k < codes.length; k += 8192) text += String.fromCharCode(...codes.slice(k, k + 8192));
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
  | "and" // 且, and, &, and a comma inside parentheses
  | "var" // X, 分数, 成绩, "/" in 90≤/≤100
  | "excl" // (不含), (不含90分)
  | "pts" // 分, points (folded into the number before it)
  | "pct" // % (folded likewise)
  | "filler" // words that change nothing: 的, the, of, (含), (包括90), 之间, target
  | "word";

export interface Token {
  kind: Kind;
  readonly start: number;
  end: number;
  /** num: the value; excl: the number it names, or NaN. */
  value: number;
  /** num: decimals written (percent adds 2), for the step a whole-number range closes. */
  decimals: number;
  percent: boolean;
  /** cmp: which one. */
  readonly op: "≥" | ">" | "≤" | "<" | "";
  /** cmp: written as a symbol (≥ >= <), not a word (不低于, over, 高). */
  readonly symbol: boolean;
  /** word: a single ASCII letter (the T of "32 ≤ T < 44"). */
  readonly letter: boolean;
  /** word: the word table's token when it is one (满分 …). */
  readonly lex: string;
  /** Directly after the previous token, no space between. */
  readonly glued: boolean;
}

const lexicon = new Lexicon(vocabulary);

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
const LOCAL: ReadonlyArray<readonly [string, Kind, Token["op"]?]> = [
  ["之间", "filler"],
  ["不满", "cmp", "<"],
  ["就是", "is"],
  ["即为", "is"],
  ["属于", "is"],
  ["评为", "is"],
  ["定为", "is"],
  ["则为", "is"],
  ["者为", "is"],
  ["是", "is"],
  ["属", "is"],
  ["分数", "var"],
  ["成绩", "var"],
  ["评分", "var"],
  ["总分", "var"],
];

const RANGE_CHARS = "-~至到";
const OPEN_CHARS = "([【〔{";
const CLOSE_CHARS = ")]】〕}";
const NUMERALS = "〇零一二两三四五六七八九十百千万";
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiLetter = (c: number): boolean => c >= 97 && c <= 122;
/** Tokens after which "-" or "+" signs a number, and a numeral is a number rather than a word. */
const NUMBER_AFTER = new Set<Kind>(["cmp", "colon", "range", "open", "is", "and", "var"]);
/** Inclusion notes: "(含)", "(含 90 分)", "(包括90)", "(不含)", "(不含90分)". */
const NOTE_WORDS = ["不包括", "不包含", "不含", "包括", "包含", "含"];

/** Tokens of the tidied text [a, b). */
export function tokenize(s: string, a: number, b: number): Token[] {
  const raw: Token[] = [];
  let p = a;
  let glued = false;
  const add = (kind: Kind, end: number, extra: Partial<Token> = {}) => {
    raw.push({
      kind,
      start: p,
      end,
      value: 0,
      decimals: 0,
      percent: false,
      op: "",
      symbol: false,
      letter: false,
      lex: "",
      glued,
      ...extra,
    });
    p = end;
  };
  while (p < b) {
    const c = s.charCodeAt(p);
    if (c === SPACE) {
      p++;
      glued = false;
      continue;
    }
    const prev = raw[raw.length - 1];
    glued = prev !== undefined && prev.end === p;
    const ch = s[p];
    const signed = (c === 45 || c === 43) && (!prev || NUMBER_AFTER.has(prev.kind)) && isDigit(s.charCodeAt(p + 1));
    if (isDigit(c) || (c === 46 && isDigit(s.charCodeAt(p + 1))) || signed) {
      const [end, decimals] = scanNumber(s, signed ? p + 1 : p, b);
      add("num", end, { value: Number(s.slice(p, end)), decimals });
      continue;
    }
    if (NUMERALS.includes(ch)) {
      let q = p;
      while (q < b && NUMERALS.includes(s[q])) q++;
      const value = numeralValue(s.slice(p, q));
      // A numeral is a number where a number belongs (九十分以上, ≥九十); elsewhere a word (一级, 三星).
      const r = s.charCodeAt(q) === SPACE ? q + 1 : q;
      const after = r < b && (RANGE_CHARS.includes(s[r]) || "分以%".includes(s[r]) || CLOSE_CHARS.includes(s[r]));
      if (value !== null && ((prev && NUMBER_AFTER.has(prev.kind)) || after)) add("num", q, { value });
      else add("word", q); // the whole run at once: "一一一…" stays linear
      continue;
    }
    if (ch === "=" && s[p + 1] === ">") {
      add("cmp", p + 2, { op: "≥", symbol: true }); // the old scale syntax "A=>90"
      continue;
    }
    if (OPEN_CHARS.includes(ch)) {
      const note = readNote(s, p, b);
      if (note) {
        add(note.excl ? "excl" : "filler", note.end, { value: note.value });
        continue;
      }
    }
    if (ch === "/" && prev?.kind === "cmp") {
      add("var", p + 1); // "90≤/≤100": the slash stands for the score
      continue;
    }
    const local = LOCAL.find(([w]) => s.startsWith(w, p));
    if (local) {
      add(local[1], p + local[0].length, local[2] ? { op: local[2] } : {});
      continue;
    }
    const hit = lexicon.longest(s, p);
    if (hit && hit.end <= b) {
      const kind = KIND_OF_TOKEN[hit.token] ?? "word";
      let symbol = kind === "cmp";
      for (let k = p; symbol && k < hit.end; k++) symbol = "≥≤<>=".includes(s[k]);
      add(kind, hit.end, { op: kind === "cmp" ? (hit.token as Token["op"]) : "", symbol, lex: hit.token });
      continue;
    }
    if (isAsciiLetter(c)) {
      let q = p;
      while (q < b && isAsciiLetter(s.charCodeAt(q))) q++;
      const w = s.slice(p, q);
      const kind: Kind =
        w === "x" ? "var" : w === "to" || w === "through" || w === "thru" ? "range" : w === "and" ? "and" : "word";
      add(kind, q, { letter: q - p === 1 });
      continue;
    }
    if (ch === ":") add("colon", p + 1);
    else if (RANGE_CHARS.includes(ch)) add("range", p + 1);
    else if (OPEN_CHARS.includes(ch)) add("open", p + 1);
    else if (CLOSE_CHARS.includes(ch)) add("close", p + 1);
    else if (ch === "且" || ch === "&" || ch === "," || ch === "、" || ch === ";") add("and", p + 1);
    else if (ch === "+" && prev?.kind === "num" && glued) add("above", p + 1);
    else add("word", p + 1);
  }
  return fold(raw);
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
  if (s[q] === " ") q++;
  const word = NOTE_WORDS.find((w) => s.startsWith(w, q));
  if (!word) return null;
  q += word.length;
  if (s[q] === " ") q++;
  let value = NaN;
  if (isDigit(s.charCodeAt(q))) {
    const [end] = scanNumber(s, q, b);
    value = Number(s.slice(q, end));
    q = end;
    if (s[q] === " ") q++;
    if (s[q] === "分" || s[q] === "%") q++;
    if (s[q] === " ") q++;
  }
  if (q >= b || !CLOSE_CHARS.includes(s[q])) return null;
  return { end: q + 1, excl: word.startsWith("不"), value };
}

/**
 * Units after a number become part of it (90分, 90 points, 90%, "90(含)分"); a number glued to a
 * word is part of that word (L3, 1级, 3星) unless it is plainly a threshold (优秀90分以上,
 * 90到100優秀, 金牌90≤/≤100); glued words are one word.
 */
function fold(raw: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i];
    const prev = out[out.length - 1];
    if (t.kind === "pts" || t.kind === "pct") {
      let j = out.length - 1;
      while (j >= 0 && out[j].kind === "filler" && out.length - j < 4) j--;
      const n = out[j];
      if (n?.kind === "num" && !(t.kind === "pct" && n.percent)) {
        if (t.kind === "pct") {
          n.value /= 100;
          n.decimals += 2;
          n.percent = true;
        }
        out.push({ ...t, kind: "filler" });
        continue;
      }
      out.push({ ...t, kind: t.kind === "pts" ? "filler" : "word" });
      continue;
    }
    if (t.kind === "num") {
      const next = raw[i + 1];
      const afterWord = prev?.kind === "word" && t.glued;
      const beforeWord = next?.kind === "word" && next.glued && !(prev && NUMBER_AFTER.has(prev.kind));
      const threshold = next !== undefined && ["pts", "pct", "above", "below", "range", "excl", "cmp"].includes(next.kind);
      if ((afterWord || beforeWord) && !threshold) {
        if (afterWord) prev.end = t.end;
        else out.push({ ...t, kind: "word" });
        continue;
      }
    }
    if (t.kind === "word" && prev?.kind === "word" && t.glued && !t.lex && !prev.lex) {
      prev.end = t.end;
      continue;
    }
    out.push(t);
  }
  percentRanges(out);
  return out;
}

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
