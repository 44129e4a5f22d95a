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

/**
 * How many random cases a property test tries: `n`, or fewer when SLA_PROPERTY_RUNS_CAP says so.
 * Mutation testing (jest.stryker.config.cjs) sets the cap: every mutant reruns the properties that
 * cover it, and 100,000 cases per mutant would take the whole run hours on two cores.
 */
export const propertyRuns = (n: number): number => Math.min(n, Number(process.env.SLA_PROPERTY_RUNS_CAP) || n);
