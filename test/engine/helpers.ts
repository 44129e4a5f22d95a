import { SlaError } from "../../src/engine";

/** Runs f and returns its SlaError; fails the test if f returns or throws anything else. */
export function slaError(f: () => unknown): SlaError {
  let result: unknown;
  try {
    result = f();
  } catch (e) {
    if (e instanceof SlaError) return e;
    throw e;
  }
  throw new Error(`expected an SlaError, got ${JSON.stringify(result)}`);
}

/** A column range as Excel passes it: [[a], [b], …]. */
export const column = (...values: unknown[]): unknown[][] => values.map((v) => [v]);
