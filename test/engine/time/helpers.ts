import { SlaError } from "../../../src/engine/errors";

/** The SlaError a call throws; fails the test when it returns or throws anything else. */
export function slaErrorOf(call: () => unknown): SlaError {
  try {
    call();
  } catch (e) {
    if (e instanceof SlaError) return e;
    throw new Error(`expected an SlaError, got ${String(e)}`);
  }
  throw new Error("expected an SlaError, but the call returned");
}

/** Serial of a time of day: h hours and m minutes after midnight, as a fraction of a day. */
export const at = (h: number, m = 0): number => (h * 60 + m) / 1440;
