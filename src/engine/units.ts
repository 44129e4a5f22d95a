/**
 * Units people write after a number in a standard or a rule: time, points, counts, or none.
 * The word table has already turned every spelling into one token ("mins", "分鐘" → "分钟"),
 * so a unit is one of a few tokens. A value is kept in the unit it was written in; `factor`
 * converts within a family (time in seconds).
 */
export type UnitFamily = "time" | "points" | "count" | "workday" | `other:${string}`;

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
const workday: Unit = { family: "workday", factor: 1, en: "working days", zh: "个工作日" };
const point: Unit = { family: "points", factor: 1, en: " points", zh: "分" };
const count: Unit = { family: "count", factor: 1, en: "", zh: "次" };

/** Canonical unit tokens; "分钟" is listed before "分" so the longer one wins. */
const tokens: ReadonlyArray<readonly [string, Unit]> = [
  ["分钟", minute],
  ["小时", hour],
  ["工作日", workday],
  ["秒", second],
  ["天", day],
  ["分", point],
  ["次", count],
];

/** Reads a unit token at `pos` of a canonical text; returns it and how many characters it took. */
export function readUnit(text: string, pos: number): { unit: Unit; length: number } | null {
  let at = pos;
  while (text.charCodeAt(at) === 32) at++;
  for (const [token, unit] of tokens) if (text.startsWith(token, at)) return { unit, length: at - pos + token.length };
  return null;
}

export const COUNT = count;

/** How many `to` units one `from` unit makes, or null when they measure different things. */
export function conversion(from: Unit, to: Unit): number | null {
  return from.family === to.family ? from.factor / to.factor : null;
}

export function unitName(unit: Unit | null, percent: boolean, lang: "en" | "zh"): string {
  if (percent) return "%";
  if (!unit) return lang === "zh" ? "无单位" : "no unit";
  return lang === "zh" ? unit.zh : unit.en.trim() || "count";
}

/** A unit the table does not know, named as written ("200元", "50ms"): it converts to nothing else. */
export function otherUnit(name: string): Unit {
  return { family: `other:${name}`, factor: 1, en: name, zh: name };
}
