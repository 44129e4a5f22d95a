/**
 * The weighted total: Σ score × weight. Weights are fractions adding to 1 (40%, 30%, 30%) or
 * whole numbers adding to 100 (40, 30, 30); anything else is a mistake worth stopping for.
 */
import { naError, valueError } from "./errors";
import { compare, formatNumber, tidy } from "./exact";
import { cells, clip, finite, isBlank, toNumber, type Cell } from "./values";

/** A number, or a number typed as text; one too large for a double is #NUM!, not "not a number". */
function numberIn(cell: Cell): number | null {
  const n = toNumber(cell);
  return n === null ? null : finite(n);
}

export function weighted(scores: unknown, weights: unknown): number {
  const s = cells(scores);
  const w = cells(weights);
  if (s.length !== w.length) throw valueError("sizeMismatch", { scores: s.length, weights: w.length });
  let sum = 0;
  let total = 0;
  let counted = 0;
  for (let i = 0; i < s.length; i++) {
    const index = i + 1;
    if (isBlank(w[i])) {
      if (isBlank(s[i])) continue; // an empty row of the table
      throw valueError("weightMissing", { index });
    }
    const weight = numberIn(w[i]);
    if (weight === null) throw valueError("notNumber", { value: clip(String(w[i])) });
    if (weight < 0)
      throw valueError("negative", { what: { en: `Weight ${index}`, zh: `第${index}项权重` }, value: weight });
    counted++;
    sum += weight;
    if (isBlank(s[i])) {
      if (weight === 0) continue;
      throw naError("scoreMissingAt", { index });
    }
    const score = numberIn(s[i]);
    if (score === null) throw valueError("scoreNotNumberAt", { index, value: clip(String(s[i])) });
    // 1E308 × 50 overflows even when the true total would not: Excel's SUMPRODUCT is #NUM! there too.
    total += finite(score * weight);
  }
  if (counted === 0) throw valueError("noWeights");
  finite(sum);
  finite(total);
  // Fractions must add to exactly 1 and whole numbers to 100, after decimal tidying.
  if (compare(sum, 1) === 0) return tidy(total);
  if (compare(sum, 100) === 0) return tidy(total / 100);
  const percent = sum <= 1.5;
  throw valueError("weightsSum", { sum: percent ? `${distinctFrom(sum * 100, 100)}%` : distinctFrom(sum, 100) });
}

/**
 * x with as few decimals as show that it is not `target`: 99.9999999 for three weights of
 * 0.333333333, where 6 decimals would print "100" and contradict the message.
 */
function distinctFrom(x: number, target: number): string {
  for (let decimals = 6; decimals <= 15; decimals++) {
    const shown = formatNumber(x, decimals);
    if (Number(shown) !== target) return shown;
  }
  return String(x);
}
