/**
 * Grade scales: "优秀≥90;合格≥80;不合格", "Excellent>=90; Pass>=80; Fail", "A:90; B:80; C", or a
 * two-column range (label, minimum; the last minimum blank). Thresholds go down and are
 * inclusive (">" makes one strict). The result never depends on the user's display language, so
 * co-authors see the same grade; templates pass their own localized scale.
 */
import { naError, valueError } from "./errors";
import { compare, formatNumber } from "./exact";
import { splitClauses } from "./text";
import { cells, isBlank, toNumber } from "./values";

interface Level {
  readonly label: string;
  readonly min: number | null; // null: the last level, for everything below
  readonly strict: boolean;
}

export const DEFAULT_SCALE = "Excellent>=90; Pass>=80; Fail";

const cache = new Map<string, readonly Level[]>();

function readLevel(text: string, last: boolean, previous: number | null): Level | null {
  const t = text.replace(/≥|=>/g, ">=").replace(/≤|=</g, "<=");
  let m = /^(.*?\S)\s*(>=|>|:)\s*(\d+(?:\.\d+)?)\s*分?$/.exec(t);
  if (m) return { label: m[1], min: Number(m[3]), strict: m[2] === ">" };
  m = /^(>=|>)\s*(\d+(?:\.\d+)?)\s*分?\s*[:=]?\s*(\S.*)$/.exec(t);
  if (m) return { label: m[3], min: Number(m[2]), strict: m[1] === ">" };
  // The last level may restate the remainder: "不合格<80".
  m = /^(.*?\S)\s*(<|<=)\s*(\d+(?:\.\d+)?)\s*分?$/.exec(t);
  if (m && last && previous !== null && Number(m[3]) === previous) return { label: m[1], min: null, strict: false };
  if (last && !/\d/.test(t)) return { label: t.trim(), min: null, strict: false };
  return null;
}

function parseScaleText(text: string): readonly Level[] {
  const hit = cache.get(text);
  if (hit) return hit;
  const clauses = splitClauses(text).map((c) => c.shown);
  const levels: Level[] = [];
  clauses.forEach((clause, i) => {
    const previous = levels.length ? levels[levels.length - 1].min : null;
    const level = readLevel(clause, i === clauses.length - 1, previous);
    if (!level) throw valueError("scaleUnreadable", { clause });
    levels.push(level);
  });
  checkDescending(levels);
  if (cache.size > 1000) cache.clear();
  cache.set(text, levels);
  return levels;
}

function parseScaleRange(rows: unknown[][]): readonly Level[] {
  const levels: Level[] = [];
  rows.forEach((row, i) => {
    const [label, min] = row;
    if (isBlank(label) && isBlank(min)) return;
    const last = i === rows.length - 1 || rows.slice(i + 1).every((r) => isBlank(r[0]) && isBlank(r[1]));
    const n = toNumber(min);
    if (row.length < 2 || isBlank(label) || (n === null && !(last && isBlank(min)))) {
      throw valueError("scaleUnreadable", { clause: row.map(String).join(" ") });
    }
    levels.push({ label: String(label), min: n, strict: false });
  });
  checkDescending(levels);
  return levels;
}

function checkDescending(levels: readonly Level[]): void {
  if (levels.length === 0) throw valueError("scaleUnreadable", { clause: "" });
  let previous = Infinity;
  for (const l of levels) {
    if (l.min === null) continue;
    if (!(l.min < previous)) throw valueError("scaleNotDescending", { label: l.label, min: l.min, previous });
    previous = l.min;
  }
}

export function parseScale(scale: unknown): readonly Level[] {
  if (isBlank(scale)) return parseScaleText(DEFAULT_SCALE);
  if (typeof scale === "string") return parseScaleText(scale);
  // Excel passes a matrix parameter's single cell or typed text as [[value]].
  if (Array.isArray(scale) && scale.length === 1 && Array.isArray(scale[0]) && scale[0].length === 1)
    return parseScale(scale[0][0]);
  if (Array.isArray(scale) && scale.every(Array.isArray)) return parseScaleRange(scale as unknown[][]);
  throw valueError("scaleUnreadable", { clause: String(scale) });
}

/** The label of the first level whose threshold the score reaches. */
export function grade(score: unknown, scale?: unknown): string {
  const levels = parseScale(scale);
  const s = readScore(score);
  for (const l of levels) {
    if (l.min === null) return l.label;
    const c = compare(s, l.min);
    if (c > 0 || (c === 0 && !l.strict)) return l.label;
  }
  throw naError("scaleNoFallback", { score: formatNumber(s) });
}

function readScore(score: unknown): number {
  const v = cells(score);
  if (v.length !== 1) throw valueError("notNumber", { value: `${v.length} cells` });
  const x = v[0];
  if (isBlank(x)) throw naError("scoreMissing");
  const n = toNumber(x);
  if (n === null || !Number.isFinite(n)) throw valueError("notNumber", { value: String(x) });
  return n;
}
