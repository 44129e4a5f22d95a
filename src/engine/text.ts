/**
 * Reading what people type in a cell. Every text is first rewritten into canonical tokens by the
 * word table (src/engine/words): "不低于", ">=", "at least" are all "≥"; "小時", "个小时", "hours"
 * are all "小时". The readers here and in clauses/ then match those few tokens with a small cursor,
 * so every grammar shares one way of reading numbers, units and comparators. Messages quote the
 * text as the user wrote it (`ClauseText.shown`).
 */
import { canonical, tidyText } from "./words";
import { readUnit, type Unit } from "./units";

export { canonical, tidyText };

/** A clause as the user wrote it (for messages) and as the readers match it (canonical tokens). */
export interface ClauseText {
  readonly shown: string;
  readonly key: string;
}

/** A clause, without a footnote mark at its end ("5% of the Monthly Fee*"). */
export const clauseText = (shown: string): ClauseText => {
  const text = shown.trim().replace(/[*†‡]+$/, "");
  return { shown: text, key: canonical(text).trim() };
};

/** Clauses of a rule or scale as written: split at ; , 、 。 and line breaks (one pass, no backtracking). */
export function splitShown(text: string): string[] {
  return tidyText(text)
    .split(/[;,、。\n\r\u2028\u2029]/)
    .filter((c) => c.trim().length > 0);
}

export function splitClauses(text: string): ClauseText[] {
  return splitShown(text)
    .map(clauseText)
    .filter((c) => c.key.length > 0);
}

/**
 * The text without its parenthesized parts, and those parts: "≤15分钟(在线客服)" → "≤15分钟 ",
 * ["在线客服"]. A group followed by × or * is part of a formula ("(实际/目标)×100") and stays.
 * One pass; an unmatched "(" is kept as text.
 */
export function takeNotes(text: string): { main: string; notes: string[] } {
  const t = tidyText(text);
  const notes: string[] = [];
  const main: string[] = [];
  let from = 0; // start of the text not yet copied to `main`
  let open = -1; // the innermost "(" not yet closed
  for (let i = 0; i < t.length; i++) {
    if (t[i] === "(") open = i;
    else if (t[i] === ")" && open >= 0) {
      // A group next to × is part of a formula ("(实际/目标)×100", "30分×(1-批退率)") and stays.
      if (!/^\s*[×*x]/.test(t.slice(i + 1, i + 4)) && !/[×*]\s*$/.test(t.slice(Math.max(0, open - 3), open))) {
        main.push(t.slice(from, open), " ");
        const inner = t.slice(open + 1, i).trim();
        if (inner) notes.push(inner);
        from = i + 1;
      }
      open = -1;
    }
  }
  main.push(t.slice(from));
  return { main: main.join(""), notes };
}

export function hasChinese(text: string): boolean {
  return /[\u4e00-\u9fff]/.test(text);
}

/** A number with an optional % and unit, in the unit it was written in (% already divided by 100). */
export interface Quantity {
  readonly value: number;
  readonly percent: boolean;
  readonly unit: Unit | null;
  /** Decimal places as written ("94" 0, "99.5" 1): a whole-number range "90-94" ends one unit before 95. */
  readonly decimals: number;
}

export type Comparator = ">=" | ">" | "<=" | "<";

const COMPARATORS: Record<string, Comparator> = { "≥": ">=", "≤": "<=", ">": ">", "<": "<" };
const SUFFIXES: Record<string, Comparator> = { 以上: ">=", 以下: "<=", 以内: "<=", 内: "<=", "+": ">=" };

/**
 * A cursor over one canonical clause. Spaces between tokens are skipped. Every read either
 * advances or returns null and leaves the cursor where it was.
 */
export class Cursor {
  pos = 0;
  constructor(readonly text: string) {}

  private skipSpaces(): void {
    while (this.text.charCodeAt(this.pos) === 32) this.pos++;
  }

  get done(): boolean {
    this.skipSpaces();
    return this.pos >= this.text.length;
  }

  get rest(): string {
    this.skipSpaces();
    return this.text.slice(this.pos);
  }

  /** Eats the first of `tokens` the text continues with; returns it, or null. */
  word<T extends string>(tokens: readonly T[]): T | null {
    this.skipSpaces();
    for (const w of tokens) {
      if (this.text.startsWith(w, this.pos)) {
        this.pos += w.length;
        return w;
      }
    }
    return null;
  }

  /** Digits with an optional fraction: "12", "0.5", ".5". A scan, not a regular expression. */
  number(): { value: number; decimals: number } | null {
    this.skipSpaces();
    const t = this.text;
    let i = this.pos;
    const digitsFrom = (k: number) => {
      while (k < t.length && t.charCodeAt(k) >= 48 && t.charCodeAt(k) <= 57) k++;
      return k;
    };
    let end = digitsFrom(i);
    let decimals = 0;
    if (t[end] === "." && t.charCodeAt(end + 1) >= 48 && t.charCodeAt(end + 1) <= 57) {
      const fracEnd = digitsFrom(end + 1);
      decimals = fracEnd - end - 1;
      end = fracEnd;
    }
    if (end === i) return null;
    // A 400-digit number is not a number anyone wrote in a rule; Number() of it would be Infinity.
    const value = Number(t.slice(i, end));
    if (!Number.isFinite(value)) return null;
    i = end;
    this.pos = i;
    return { value, decimals };
  }

  /** A signed number: "-5", "+2", "5". */
  signedNumber(): number | null {
    const start = this.pos;
    const sign = this.word(["+", "-"]);
    const n = this.number();
    if (n === null) {
      this.pos = start;
      return null;
    }
    return sign === "-" ? -n.value : n.value;
  }

  quantity(): Quantity | null {
    const start = this.pos;
    // "%99.0" (the sign first, as some tables write it).
    const percentFirst = this.word(["%"]) !== null;
    const n = this.number();
    if (n === null) {
      this.pos = start;
      return null;
    }
    // ‰ is a tenth of a percent, 九成 ninety percent: both are read as percentages.
    if (!percentFirst && this.word(["‰"]))
      return { value: n.value / 1000, percent: true, unit: null, decimals: n.decimals + 1 };
    if (!percentFirst && this.word(["成"]))
      return { value: n.value / 10, percent: true, unit: null, decimals: Math.max(0, n.decimals - 1) };
    const percent = percentFirst || this.word(["%"]) !== null;
    let unit: Unit | null = null;
    if (!percent) {
      // "15-minute", "2-hour": a hyphen between the number and its unit.
      const hyphen = this.text[this.pos] === "-" && readUnit(this.text, this.pos + 1) ? 1 : 0;
      const u = readUnit(this.text, this.pos + hyphen);
      if (u) {
        unit = u.unit;
        this.pos += hyphen + u.length;
      }
    }
    return { value: percent ? n.value / 100 : n.value, percent, unit, decimals: n.decimals };
  }

  comparator(): Comparator | null {
    this.skipSpaces();
    const c = COMPARATORS[this.text[this.pos]];
    // "不超4小时" spelled in no table reads 不 then >: a negated comparison is refused, never reversed.
    if (!c || negatedBefore(this.text, this.pos)) return null;
    this.pos++;
    return c;
  }

  comparatorSuffix(): Comparator | null {
    const w = this.word(["以上", "以下", "以内", "内", "+"]);
    return w ? SUFFIXES[w] : null;
  }

  /** Skips a label up to the next digit or comparator: "满意度评分≥4.5分", "信息记录完整率100%". */
  skipLabel(): string {
    const start = this.pos;
    while (this.pos < this.text.length) {
      const c = this.text.charCodeAt(this.pos);
      if ((c >= 48 && c <= 57) || COMPARATORS[this.text[this.pos]] !== undefined) break;
      this.pos++;
    }
    return this.text.slice(start, this.pos);
  }

  /** Skips words up to the next digit; false (cursor unmoved) when no digit follows. */
  skipToDigit(): boolean {
    for (let i = this.pos; i < this.text.length; i++) {
      const c = this.text.charCodeAt(i);
      if ((c >= 48 && c <= 57) || c === 46) {
        this.pos = i;
        return true;
      }
    }
    return false;
  }

  /** Everything up to (not including) the first of `tokens`, if it comes before any digit. */
  labelBefore(tokens: readonly string[]): string | null {
    for (let i = this.pos; i < this.text.length; i++) {
      const c = this.text.charCodeAt(i);
      if (c >= 48 && c <= 57) return null;
      if (tokens.some((w) => this.text.startsWith(w, i))) {
        const label = this.text.slice(this.pos, i);
        this.pos = i;
        return label;
      }
    }
    return null;
  }
}

/** Whether a negation ends right before `pos`: 不, 未, 非, 没, or the word not / no / never. */
export function negatedBefore(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  if (i < 0) return false;
  if ("不未非没".includes(text[i])) return true;
  const word = /(?:^|[^a-z])(not|no|never)$/.exec(text.slice(Math.max(0, i - 6), i + 1));
  return word !== null;
}

/** The comparison that holds exactly where `c` does not: ≥ ↔ <, > ↔ ≤. */
export const OPPOSITE: Readonly<Record<Comparator, Comparator>> = { ">=": "<", ">": "<=", "<=": ">", "<": ">=" };

export const lowerIsBetter = (c: Comparator): boolean => c === "<=" || c === "<";
