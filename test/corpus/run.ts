/** Runs one corpus case through the engine: the value, or the Excel error code it throws. */
import { credit, grade, met, score, SlaError } from "../../src/engine";
import type { CorpusCase } from "./types";

export type Outcome = number | string | boolean | { error: string };

export function run(c: CorpusCase): Outcome {
  const a = c.args as unknown[];
  try {
    switch (c.fn) {
      case "SCORE":
        return score(a[0], a[1], a[2], a[3]);
      case "CREDIT":
        return credit(a[0], a[1], a[2]);
      case "GRADE":
        return grade(a[0], a[1]);
      case "MET":
        return met(a[0], a[1]);
    }
  } catch (e) {
    if (e instanceof SlaError) return { error: e.code };
    throw e;
  }
}

/** Numbers agree to 9 significant digits (what a person writes), everything else exactly. */
export function agrees(got: Outcome, expected: CorpusCase["expected"]): boolean {
  if (typeof got === "number" && typeof expected === "number")
    return Math.abs(got - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
  if (typeof got === "object" && typeof expected === "object") return got.error === expected.error;
  return got === expected;
}
