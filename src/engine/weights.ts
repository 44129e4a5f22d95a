/**
 * The weighted total: Σ score × weight. Weights are fractions adding to 1 (40%, 30%, 30%) or
 * whole numbers adding to 100 (40, 30, 30); anything else is a mistake worth stopping for.
 */
import { naError, valueError } from "./errors";
import { compare, formatNumber, tidy } from "./exact";
import { cells, isBlank, toNumber, type Cell } from "./values";

function numberIn(cell: Cell): number | null {
  const n = toNumber(cell);
  return n !== null && Number.isFinite(n) ? n : null;
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
    if (weight === null) throw valueError("notNumber", { value: String(w[i]) });
    if (weight < 0)
      throw valueError("negative", { what: { en: `Weight ${index}`, zh: `第${index}项权重` }, value: weight });
    counted++;
    sum += weight;
    if (isBlank(s[i])) {
      if (weight === 0) continue;
      throw naError("scoreMissingAt", { index });
    }
    const score = numberIn(s[i]);
    if (score === null) throw valueError("scoreNotNumberAt", { index, value: String(s[i]) });
    total += score * weight;
  }
  if (counted === 0) throw valueError("noWeights");
  // Fractions must add to exactly 1 and whole numbers to 100, after decimal tidying.
  if (compare(sum, 1) === 0) return tidy(total);
  if (compare(sum, 100) === 0) return tidy(total / 100);
  throw valueError("weightsSum", { sum: sum <= 1.5 ? `${formatNumber(sum * 100, 6)}%` : formatNumber(sum, 6) });
}
