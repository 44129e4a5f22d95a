/**
 * How clause kinds combine, as data, checked in one place: which may appear only once, which
 * contradict each other, and which only make sense beside another.
 */
import { valueError } from "../errors";
import { unreadable } from "./index";
import type { Clause, ClauseKindName } from "./types";

/** At most one of each in a rule. */
const ONCE: readonly ClauseKindName[] = [
  "full",
  "floor",
  "cap",
  "deductionCap",
  "bonusCap",
  "untilZero",
  "negative",
  "noBonus",
  "rounding",
  "ratio",
  "rate",
  "linear",
  "standard",
];

/** Pairs that cannot both be meant. */
const CONFLICTS: ReadonlyArray<readonly [ClauseKindName, ClauseKindName]> = [
  ["untilZero", "negative"],
  ["floor", "negative"],
  ["floor", "untilZero"],
  ["ratio", "rate"],
  ["ratio", "step"],
  ["rate", "step"],
  ["ratio", "point"],
  ["rate", "point"],
  ["step", "point"],
  ["noBonus", "bonusCap"],
];

/** A kind that only means something beside one of the others. */
const NEEDS: ReadonlyArray<readonly [ClauseKindName, readonly ClauseKindName[]]> = [
  ["rounding", ["step"]],
  ["linear", ["point"]],
  ["deductionCap", ["step", "band", "point"]],
  ["bonusCap", ["step"]],
];

export function checkCombination(clauses: readonly Clause[]): void {
  const first = new Map<ClauseKindName, Clause>();
  for (const c of clauses) {
    const seen = first.get(c.kind);
    if (seen && ONCE.includes(c.kind)) throw valueError("ruleTwice", { clause: c.text });
    if (!seen) first.set(c.kind, c);
  }
  for (const [a, b] of CONFLICTS) {
    const x = first.get(a);
    const y = first.get(b);
    if (x && y)
      throw valueError(a === "untilZero" || a === "floor" ? "ruleConflict" : "ruleMixed", { a: x.text, b: y.text });
  }
  for (const [kind, partners] of NEEDS) {
    const c = first.get(kind);
    if (c && !partners.some((p) => first.has(p)))
      throw kind === "rounding" ? valueError("roundingNeedsSteps", { clause: c.text }) : unreadable(c.text);
  }
}
