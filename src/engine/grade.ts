/**
 * SLA.GRADE(score, [scale]): the label of the level a score reaches. The scale is text
 * ("优秀≥90;合格≥80;不合格", "A:90-100; B:80-89; C:70-79; D:<70", "90分以上为优秀" … see
 * gradeScale.ts), a column of such clauses, or a two-column range: label, then a minimum (a number
 * or text such as "≥90", "90-100", "60分以下"); a blank minimum marks the level for everything
 * below. The result never depends on the user's display language, so co-authors see the same
 * grade; templates pass their own localized scale.
 */
import { CellsCache, TextCache, textBytes } from "./cache";
import { naError, SlaError, valueError } from "./errors";
import { formatNumber } from "./exact";
import { buildScale, conditionOfCell, fallback, labelFor, levelsOfText, type Level, type Scale } from "./gradeScale";
import { clip, finite, isArray, isBlank, isFiniteNumber, numberFromText, toText } from "./values";

export const DEFAULT_SCALE = "Excellent>=90; Pass>=80; Fail";

/** The label of the highest level the score reaches (#N/A when it reaches none and nothing catches it). */
export function grade(score: unknown, scale?: unknown): string {
  const s = parseScale(scale);
  const x = readScore(score);
  // A scale written in % or fractions ("A≥90%;B≥80%") against a score of 85 points: which is meant
  // cannot be told, so it is refused rather than read as 8,500%.
  const top = s.ranked.length ? (s.ranked[0].lo ?? -Infinity) : -Infinity; // highest first
  if (top > 0 && top <= 1 && x > 1) throw valueError("percentAsWhole", { value: formatNumber(x) });
  const label = labelFor(s, x);
  if (label === null) throw naError("scaleNoFallback", { score: formatNumber(x) });
  return label;
}

/**
 * The scores where the grade changes, highest first: 90 and 80 for 优秀≥90;合格≥80;不合格. The
 * report draws them as lines beside the monthly totals.
 */
export function gradeThresholds(scale?: unknown): number[] {
  return parseScale(scale).ranked.flatMap((l) => (l.lo === null ? [] : [l.lo]));
}

// Scales are read once and kept (and so are the errors of unreadable ones: a wrong scale copied
// down 10,000 rows is read once). Both caches count bytes: see cache.ts.
const texts = new TextCache<Scale | SlaError>();
const ranges = new CellsCache<Scale | SlaError>();
// Excel calls GRADE row after row with the same scale: answer those without hashing a long text.
let lastText: string | null = null;
let lastScale: Scale | null = null;

/** Bytes the scale caches keep, as they count them (for tests and diagnostics). */
export const scaleCacheBytes = (): number => texts.bytes + ranges.bytes;

export function parseScale(scale: unknown): Scale {
  if (isBlank(scale)) return scaleOfText(DEFAULT_SCALE);
  if (typeof scale === "string") return scaleOfText(scale);
  if (isArray(scale) && scale.length > 0 && scale.every(isArray)) {
    const rows = scale as unknown[][];
    // Excel passes a matrix parameter's single cell or typed text as [[value]].
    if (rows.length === 1 && rows[0].length === 1) return parseScale(rows[0][0]);
    if (rows[0].length === 1) return scaleOfColumn(rows);
    if (rows[0].length >= 2) return scaleOfRows(rows);
  }
  throw valueError("scaleUnreadable", { clause: clip(String(scale)) });
}

function scaleOfText(text: string): Scale {
  if (text === lastText && lastScale) return lastScale;
  let entry = texts.get(text);
  if (entry === undefined) {
    entry = caught(() => buildScale(levelsOfText(text)));
    texts.set(text, entry, bytesOf(entry));
  }
  if (entry instanceof SlaError) throw entry;
  lastText = text;
  lastScale = entry;
  return entry;
}

/** One clause a cell: read like the same clauses written on separate lines. */
function scaleOfColumn(rows: unknown[][]): Scale {
  const clauses: string[] = [];
  for (const row of rows) {
    const v = row[0];
    if (isBlank(v)) continue;
    if (typeof v !== "string") throw valueError("scaleUnreadable", { clause: clip(String(v)) });
    clauses.push(v.replace(/[\n\r\u2028\u2029]/g, " "));
  }
  return scaleOfText(clauses.join("\n"));
}

/** Label and minimum in the first two columns; fully blank rows are skipped. */
function scaleOfRows(rows: unknown[][]): Scale {
  // The cache key covers the filled rows only, so a scale in A1:B1000 with 4 levels costs 4 rows.
  const flat: unknown[] = [];
  for (const row of rows) {
    const label = row[0];
    const min = row[1];
    if (isBlank(label) && isBlank(min)) continue;
    flat.push(label ?? "", min ?? "");
  }
  let entry = ranges.get(flat);
  if (entry === undefined) {
    entry = caught(() => buildScale(levelsOfRows(flat)));
    ranges.set(flat, entry, bytesOf(entry));
  }
  if (entry instanceof SlaError) throw entry;
  return entry;
}

function levelsOfRows(flat: readonly unknown[]): Level[] {
  const levels: Level[] = [];
  for (let i = 0; i < flat.length; i += 2) {
    const label = flat[i];
    const min = flat[i + 1];
    const shown = clip(`${toText(label)} ${toText(min)}`.trim());
    if (isBlank(label) || typeof label === "boolean") throw valueError("scaleUnreadable", { clause: shown });
    const text = toText(label);
    if (isBlank(min)) {
      levels.push(fallback(text));
      continue;
    }
    const n = typeof min === "number" ? min : typeof min === "string" ? numberFromText(min) : null;
    if (n !== null) {
      if (!isFiniteNumber(n)) throw valueError("scaleUnreadable", { clause: shown });
      levels.push({ label: text, lo: n, loStrict: false, hi: null, hiStrict: false, hiStep: 1, source: shown });
      continue;
    }
    const c = typeof min === "string" ? conditionOfCell(min) : null;
    if (!c) throw valueError("scaleUnreadable", { clause: shown });
    levels.push({ ...c, label: text, source: shown });
  }
  if (levels.length === 0) throw valueError("scaleUnreadable", { clause: "" });
  return levels;
}

function caught(read: () => Scale): Scale | SlaError {
  try {
    return read();
  } catch (e) {
    if (e instanceof SlaError) return e;
    throw e;
  }
}

/** What a scale or an error keeps in memory, roughly, for the caches' byte budget. */
function bytesOf(entry: Scale | SlaError): number {
  if (entry instanceof SlaError) return 4 * entry.message.length + 256;
  let bytes = 64;
  for (const l of entry.ranked) bytes += textBytes(l.label) + textBytes(l.source) + 96;
  if (entry.floor) bytes += textBytes(entry.floor.label) + textBytes(entry.floor.source) + 96;
  return bytes;
}

function readScore(score: unknown): number {
  let x = score;
  if (isArray(score)) {
    let count = 0;
    for (const row of score) count += isArray(row) ? row.length : 1;
    if (count !== 1) throw valueError("scoreNotOneCell", { count });
    x = isArray(score[0]) ? score[0][0] : score[0];
  }
  if (isBlank(x)) throw naError("scoreMissing");
  const n = typeof x === "number" ? x : typeof x === "string" ? numberFromText(x) : null;
  if (n === null) throw valueError("notNumber", { value: clip(String(x)) });
  return finite(n);
}
