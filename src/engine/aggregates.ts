/**
 * Functions over a column of periods or tickets: MET for one value, ATTAINMENT (the share of
 * values that meet a standard, e.g. 首次响应时长达标率) and STREAK (months in a row below the
 * threshold: the seeds' "连续3个月考核低于80分" penalty).
 */
import { valueError, SlaError } from "./errors";
import { compare } from "./exact";
import { meets, parseStandard } from "./standard";
import { cells, checkPercent, clip, isArray, isBlank, readActual, toNumber } from "./values";

export function met(actual: unknown, standard: unknown): boolean {
  const s = parseStandard(standard);
  return meets(s, readActual(actual, s.percent));
}

/** The share of numeric cells that meet the standard; blanks, text and TRUE/FALSE are skipped. */
export function attainment(values: unknown, standard: unknown): number {
  const s = parseStandard(standard);
  let n = 0;
  let hits = 0;
  const visit = (v: unknown) => {
    if (typeof v !== "number") return;
    checkPercent(v, s.percent);
    n++;
    if (meets(s, v)) hits++;
  };
  // Ranges arrive as rows of cells; walk them in place, a full column is a million cells.
  if (isArray(values)) {
    for (const row of values) {
      if (isArray(row)) for (let i = 0; i < row.length; i++) visit(row[i]);
      else visit(row);
    }
  } else visit(values);
  if (n === 0) throw new SlaError("#DIV/0!", "noNumbers");
  return hits / n;
}

export const DEFAULT_STREAK_THRESHOLD = 80;

/** How many of the last periods in a row are below the threshold; trailing blanks are not yet scored. */
export function streak(values: unknown, threshold?: unknown): number {
  const limit = readThreshold(threshold);
  const v = cells(values);
  let end = v.length;
  while (end > 0 && isBlank(v[end - 1])) end--;
  let run = 0;
  for (let i = end - 1; i >= 0; i--) {
    const cell = v[i];
    if (isBlank(cell)) break; // a period without a score ends the run
    const x = toNumber(cell);
    if (x === null) throw valueError("valueNotNumberAt", { index: i + 1, value: clip(String(cell)) });
    if (compare(x, limit) >= 0) break;
    run++;
  }
  return run;
}

function readThreshold(threshold: unknown): number {
  if (isBlank(threshold)) return DEFAULT_STREAK_THRESHOLD;
  const x = toNumber(threshold);
  if (x === null || !Number.isFinite(x)) throw valueError("thresholdInvalid", { value: clip(String(threshold)) });
  return x;
}
