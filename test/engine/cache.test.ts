/** Rules are compiled once and cached by their text; the cache must never mix two rules up. */
import { score } from "../../src/engine";

test("one rule with several standards keeps each standard's result", () => {
  const rule = "每低于1%扣5分";
  expect(score(0.88, "≥90%", rule)).toBe(90);
  expect(score(0.88, "≥95%", rule)).toBe(65);
  expect(score(0.88, 0.89, rule)).toBe(95); // a number standard is a different key from text
  expect(score(0.88, "≥90%", rule)).toBe(90);
  expect(score(0.88, "≥95%", rule)).toBe(65);
});

test("past the cache's limit results stay right", () => {
  for (let i = 0; i < 12_000; i++) {
    const step = (i % 50) + 1;
    // 2% short with steps of `step` points each: 100 − 2 × step
    expect(score(0.88, "≥90%", `每低于1%扣${step}分；最低${i % 7}分`)).toBe(Math.max(i % 7, 100 - 2 * step));
  }
});
