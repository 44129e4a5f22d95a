/**
 * Units people write after a number in a standard or a rule: time, points, counts, or none.
 * A value is kept in the unit it was written in; `factor` converts within a family (time in seconds).
 */
export type UnitFamily = "time" | "points" | "count";

export interface Unit {
  readonly family: UnitFamily;
  /** Size of one unit in the family's base (seconds for time, 1 otherwise). */
  readonly factor: number;
  /** How to show it, in each language. */
  readonly en: string;
  readonly zh: string;
}

const second: Unit = { family: "time", factor: 1, en: "s", zh: "秒" };
const minute: Unit = { family: "time", factor: 60, en: "min", zh: "分钟" };
const hour: Unit = { family: "time", factor: 3600, en: "h", zh: "小时" };
const day: Unit = { family: "time", factor: 86400, en: "d", zh: "天" };
const point: Unit = { family: "points", factor: 1, en: " points", zh: "分" };
const count: Unit = { family: "count", factor: 1, en: "", zh: "个" };

/** Spellings, longest first so "分钟" wins over "分" and "mins" over "min". Keys are lower case. */
const spellings: ReadonlyArray<readonly [string, Unit]> = [
  ["seconds", second],
  ["minutes", minute],
  ["小时", hour],
  ["分钟", minute],
  ["second", second],
  ["minute", minute],
  ["points", point],
  ["hours", hour],
  ["point", point],
  ["hour", hour],
  ["days", day],
  ["secs", second],
  ["mins", minute],
  ["hrs", hour],
  ["sec", second],
  ["min", minute],
  ["hr", hour],
  ["day", day],
  ["pts", point],
  ["pt", point],
  ["秒", second],
  ["分", point],
  ["时", hour],
  ["天", day],
  ["日", day],
  ["个", count],
  ["次", count],
  ["项", count],
  ["处", count],
  ["件", count],
  ["起", count],
  ["单", count],
  ["s", second],
  ["m", minute],
  ["h", hour],
  ["d", day],
];

/** Reads a unit at the start of `text`; returns it and how many characters it took. */
export function readUnit(text: string): { unit: Unit; length: number } | null {
  for (const [spelling, unit] of spellings) {
    if (text.startsWith(spelling)) {
      // An English unit must end at a word boundary ("min" in "minimum" is not a unit).
      const next = text.charCodeAt(spelling.length);
      if (isAsciiLetter(spelling.charCodeAt(0)) && isAsciiLetter(next)) continue;
      return { unit, length: spelling.length };
    }
  }
  return null;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** How many `to` units one `from` unit makes, or null when they measure different things. */
export function conversion(from: Unit, to: Unit): number | null {
  return from.family === to.family ? from.factor / to.factor : null;
}

export function unitName(unit: Unit | null, percent: boolean, lang: "en" | "zh"): string {
  if (percent) return "%";
  if (!unit) return lang === "zh" ? "无单位" : "no unit";
  return lang === "zh" ? unit.zh : unit.en.trim() || "count";
}
