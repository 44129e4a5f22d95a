/**
 * The corpus: real scoring rules, fee clauses, grade scales and standards gathered from public
 * pages (each with its source), with the value a careful person works out by hand. Prints the pass
 * rate. Two promises are checked separately: the engine never gives a number (or a grade, or
 * TRUE/FALSE) other than the hand-worked one — a refusal (#VALUE! with a message) is honest, a
 * wrong number is not — and the share of cases read correctly does not fall below what it was
 * when this table was last measured.
 */
import { enSla } from "./en-sla";
import { agrees, run } from "./run";
import { zhFeesGrades } from "./zh-fees-grades";
import { zhKpi } from "./zh-kpi";

const all = [...zhKpi, ...zhFeesGrades, ...enSla];
const outcomes = all.map((c) => ({ c, got: run(c) }));
const passed = outcomes.filter((o) => agrees(o.got, o.c.expected));
const wrong = outcomes.filter((o) => typeof o.got !== "object" && !agrees(o.got, o.c.expected));

/** Measured on 2026-11-25; raise it as the engine reads more. */
const FLOOR = 0.77;

test("the corpus is large, sourced and mostly Chinese", () => {
  expect(all.length).toBeGreaterThanOrEqual(250);
  for (const c of all) expect(c.source).toMatch(/^https?:\/\//);
  // Chinese pages: the two Chinese tables (a few of their rules are written in symbols only).
  expect((zhKpi.length + zhFeesGrades.length) / all.length).toBeGreaterThanOrEqual(0.7);
});

test("never a wrong number: every value the engine gives is the hand-worked one", () => {
  expect(
    wrong.map(
      (o) =>
        `${o.c.fn}(${JSON.stringify(o.c.args)}) = ${JSON.stringify(o.got)}, by hand ${JSON.stringify(o.c.expected)}`,
    ),
  ).toEqual([]);
});

test("pass rate", () => {
  const rate = passed.length / all.length;
  const byFn = ["SCORE", "CREDIT", "GRADE", "MET"].map((fn) => {
    const of = outcomes.filter((o) => o.c.fn === fn);
    return `${fn} ${of.filter((o) => agrees(o.got, o.c.expected)).length}/${of.length}`;
  });
  console.log(
    `corpus: ${passed.length}/${all.length} read as worked by hand (${(rate * 100).toFixed(1)}%); ${byFn.join(", ")}; wrong numbers: ${wrong.length}`,
  );
  expect(rate).toBeGreaterThanOrEqual(FLOOR);
});
