/**
 * Hostile and oversized texts for the rule functions (SCORE, EXPLAIN, CREDIT, RULE, MET): every text
 * Excel can hold (32,767 characters) is read in linear time and gives a value or a clear SlaError, never
 * anything else. The texts and calls are in hostileTexts.ts, shared with the bench, which prints the
 * slowest call of each function against its target (10 ms a call). Here no call is held to a number of
 * milliseconds, which instrumentation or a busy machine would break (see GROWTH_LIMIT there): each text
 * is read whole, at 32,767 characters, and as 32 pieces of 1,023 characters, and whole may cost a few
 * times the pieces (linear), not 32 times (quadratic, backtracking). Each call reads a text not seen
 * before (leading digits make the variants; the caches would otherwise answer).
 */
import { score, SlaError } from "../../src/engine";
import {
  CATASTROPHE_MS,
  MAX_TEXT,
  PIECES,
  piecesAndWhole,
  ruleCalls,
  ruleFragments,
  ruleText,
  superLinear,
} from "./hostileTexts";

const PIECE = Math.floor(MAX_TEXT / PIECES); // 1,023 characters

/** A number (finite), a string, a boolean or an SlaError (`outcome` throws anything else on). */
function check(result: unknown): void {
  expect(["number", "string", "boolean"].includes(typeof result) || result instanceof SlaError).toBe(true);
  if (typeof result === "number") expect(Number.isFinite(result)).toBe(true);
}

const cases = ruleCalls.flatMap(([fn, make]) => ruleFragments.map((f) => [fn, f, make] as const));

test.each(cases)(
  "%s, %j up to 32,767 characters: a value or an SlaError, in linear time (no backtracking)",
  (_fn, fragment, make) => {
    // Round k reads text k whole, and texts 100k … 100k + 31 as pieces.
    const times = piecesAndWhole(
      (k) => Array.from({ length: PIECES }, (_, j) => make(ruleText(fragment, PIECE, 100 * k + j))),
      (k) => make(ruleText(fragment, MAX_TEXT, k)),
      check,
    );
    expect(superLinear(times)).toBe(false);
    expect(times.slowest).toBeLessThan(CATASTROPHE_MS);
  },
);

describe("extreme numbers are #NUM!, never Infinity or NaN", () => {
  test.each([
    ["a bonus on 1E308", () => score(1e308, "≥90", "每高于1加2分")],
    ["a ratio on 1E308", () => score(1e308, "≥1", "按达成率；最高1E308分")],
    ["a rate on 1E308", () => score(1e308, "", "完成率×100")],
  ])("%s", (_name, f) => {
    let error: unknown;
    try {
      const r = f();
      expect(Number.isFinite(r)).toBe(true);
      return;
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SlaError);
    expect((error as SlaError).code).toMatch(/#NUM!|#VALUE!/);
  });

  test("SCORE of 1E308 with a bonus per step is #NUM!", () => {
    expect(() => score(1e308, "≥90", "每高于1加2分")).toThrow(expect.objectContaining({ code: "#NUM!" }));
  });
});
