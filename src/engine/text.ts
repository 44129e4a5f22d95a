/**
 * Reading what people type in a cell. Text is normalized once (full-width ％：，；（） become
 * % : , ; ( ), case is folded) and then read with a small cursor, so every grammar in the engine
 * shares one way of reading numbers and words. Text in parentheses is set apart by `takeNotes`:
 * the standard and rule readers decide whether it is a note to drop or something that counts.
 */
import { readUnit, type Unit } from "./units";

export function normalize(text: string): string {
  return tidyText(text).toLowerCase();
}

/** NFKC and symbol variants unified, case kept: what error messages quote back. */
function tidyText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[≧]/g, "≥")
    .replace(/[≦]/g, "≤")
    .replace(/[～〜]/g, "~")
    .replace(/[—–−]/g, "-")
    .trim();
}

/** The text without its parenthesized parts, and those parts: "≤15分钟(在线客服)" → "≤15分钟", ["在线客服"]. */
export function takeNotes(text: string): { main: string; notes: string[] } {
  const notes: string[] = [];
  const main = tidyText(text).replace(/\(([^()]*)\)/g, (_, note: string) => {
    if (note.trim()) notes.push(note.trim());
    return " ";
  });
  return { main, notes };
}

/** What the readers match: lower case, runs of white space as one space (English needs word breaks). */
export function toKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}

/** A clause as the user wrote it (for messages) and as the readers match it (lower case, no spaces). */
export interface ClauseText {
  readonly shown: string;
  readonly key: string;
}

/** Clauses of a rule or scale: split at ; , ， ； 、 。 and new lines. */
export function splitClauses(text: string): ClauseText[] {
  return tidyText(text)
    .split(/[;,、。\n\r]+/)
    .map((c) => ({ shown: c.trim(), key: toKey(c) }))
    .filter((c) => c.key.length > 0);
}

export function hasChinese(text: string): boolean {
  return /[\u4e00-\u9fff]/.test(text);
}

/** A number with an optional % and unit, in the unit it was written in (% already divided by 100). */
export interface Quantity {
  readonly value: number;
  readonly percent: boolean;
  readonly unit: Unit | null;
}

export type Comparator = ">=" | ">" | "<=" | "<";

/** Comparator words, longest first. Symbols and words people use in Chinese and English. */
const comparatorWords: ReadonlyArray<readonly [string, Comparator]> = [
  ["nolessthan", ">="],
  ["nomorethan", "<="],
  ["notlessthan", ">="],
  ["notmorethan", "<="],
  ["大于或等于", ">="],
  ["小于或等于", "<="],
  ["大于等于", ">="],
  ["小于等于", "<="],
  ["atleast", ">="],
  ["atmost", "<="],
  ["greaterthan", ">"],
  ["morethan", ">"],
  ["lessthan", "<"],
  ["within", "<="],
  ["不低于", ">="],
  ["不少于", ">="],
  ["不小于", ">="],
  ["不超过", "<="],
  ["不超出", "<="],
  ["不高于", "<="],
  ["不大于", "<="],
  ["不多于", "<="],
  ["至少", ">="],
  ["至多", "<="],
  ["最多", "<="],
  ["低于", "<"],
  ["小于", "<"],
  ["少于", "<"],
  ["高于", ">"],
  ["大于", ">"],
  ["超过", ">"],
  ["多于", ">"],
  ["above", ">"],
  ["below", "<"],
  ["under", "<"],
  ["over", ">"],
  [">=", ">="],
  ["<=", "<="],
  ["=>", ">="],
  ["=<", "<="],
  ["≥", ">="],
  ["≤", "<="],
  [">", ">"],
  ["<", "<"],
];

/** Words after a number that carry the comparator: "24小时内", "90%以上". */
const comparatorSuffixes: ReadonlyArray<readonly [string, Comparator]> = [
  ["及以上", ">="],
  ["及以下", "<="],
  ["ormore", ">="],
  ["orabove", ">="],
  ["orhigher", ">="],
  ["orless", "<="],
  ["orbelow", "<="],
  ["orlower", "<="],
  ["andabove", ">="],
  ["andover", ">="],
  ["andup", ">="],
  ["andbelow", "<="],
  ["andunder", "<="],
  ["以上", ">="],
  ["以下", "<="],
  ["以内", "<="],
  ["之内", "<="],
  ["内", "<="],
  ["+", ">="],
];

/**
 * A cursor over one clause key. Spaces between tokens are skipped, and a word matches across
 * spaces ("at least" and "atleast" alike). Every read either advances or returns null.
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

  /**
   * Where `w` ends if the text continues with it (ignoring spaces inside the text), else -1.
   * An English word must stand alone: "over" is not read inside "Failover" or "overall".
   */
  private match(w: string): number {
    if (isLetter(w.charCodeAt(0)) && isLetter(this.text.charCodeAt(this.pos - 1))) return -1;
    let i = this.pos;
    for (let k = 0; k < w.length; k++) {
      while (this.text.charCodeAt(i) === 32 && w.charCodeAt(k) !== 32) i++;
      if (this.text.charCodeAt(i) !== w.charCodeAt(k)) return -1;
      i++;
    }
    if (isLetter(w.charCodeAt(w.length - 1)) && isLetter(this.text.charCodeAt(i))) return -1;
    return i;
  }

  /** Eats the first of `words` the text continues with; returns it, or null. */
  word(words: readonly string[]): string | null {
    this.skipSpaces();
    for (const w of words) {
      const end = this.match(w);
      if (end >= 0) {
        this.pos = end;
        return w;
      }
    }
    return null;
  }

  number(): number | null {
    const m = /^\d+(?:\.\d+)?|^\.\d+/.exec(this.rest);
    if (!m) return null;
    this.pos += m[0].length;
    return Number(m[0]);
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
    return sign === "-" ? -n : n;
  }

  quantity(): Quantity | null {
    const n = this.number();
    if (n === null) return null;
    const percent = this.word(["%", "percent", "个百分点", "百分点"]) !== null;
    let unit: Unit | null = null;
    if (!percent) {
      const u = readUnit(this.rest);
      if (u) {
        unit = u.unit;
        this.pos += u.length;
      }
    }
    return { value: percent ? n / 100 : n, percent, unit };
  }

  comparator(): Comparator | null {
    return this.lookup(comparatorWords);
  }

  comparatorSuffix(): Comparator | null {
    return this.lookup(comparatorSuffixes);
  }

  private lookup(table: ReadonlyArray<readonly [string, Comparator]>): Comparator | null {
    this.skipSpaces();
    for (const [w, c] of table) {
      const end = this.match(w);
      if (end >= 0) {
        this.pos = end;
        return c;
      }
    }
    return null;
  }

  /** Skips a label before the comparator or number: "满意度评分≥4.5分", "信息记录完整率100%". */
  skipLabel(): void {
    for (let i = this.pos; i < this.text.length; i++) {
      const c = this.text.charCodeAt(i);
      const probe = new Cursor(this.text);
      probe.pos = i;
      if ((c >= 48 && c <= 57) || c === 46 || probe.comparator()) {
        this.pos = i;
        return;
      }
    }
  }
}

/** An ASCII letter (NaN, past either end of the text, is not). */
function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

export const lowerIsBetter = (c: Comparator): boolean => c === "<=" || c === "<";
