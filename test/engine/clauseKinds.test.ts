/**
 * Every clause kind's worked examples (the same data the README's grammar table shows), each
 * checked through the public functions as a user would call them.
 */
import { clauseKinds, credit, describeRule, explain, score } from "../../src/engine";

const examples = clauseKinds.flatMap((k) => k.examples.map((e) => [k.name, e] as const));

test("every clause kind has examples", () => {
  for (const k of clauseKinds) expect(k.examples.length).toBeGreaterThan(0);
});

describe.each(examples)("%s", (_name, e) => {
  test(`${e.fn ?? "SCORE"}(${e.actual}, "${e.standard}", "${e.rule}"${e.full ? `, ${e.full}` : ""}) = ${e.expected}`, () => {
    if (e.fn === "CREDIT") {
      expect(credit(e.actual, e.standard, e.rule)).toBe(e.expected);
      return;
    }
    expect(score(e.actual, e.standard, e.rule, e.full)).toBe(e.expected);
    // The explanation ends with the same score, and the rule reads as a sentence.
    expect(explain(e.actual, e.standard, e.rule, e.full)).toMatch(
      new RegExp(`(得|score )${String(e.expected).replace(".", "\\.")}(分)?[（ (。.]`),
    );
    expect(describeRule(e.standard, e.rule, e.full).length).toBeGreaterThan(5);
  });
});
