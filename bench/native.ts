/**
 * Native formulas: how long writing a rule as a plain Excel formula takes (nativeFormula), for rules
 * never seen before (read, compiled and written) and for rules already compiled (written only), beside
 * compiling alone; and how long the formulas are. A portable copy of a workbook writes one formula per
 * SLA.* cell, most of them over a few distinct rules.
 */
import { credit, nativeFormula, score } from "../src/engine";
import { seeded, timeIt } from "./random";

const DISTINCT = 20_000;
const WARM_CALLS = 200_000;

/** A number between lo and hi with one decimal, as people write them. */
type Draw = (lo: number, hi: number) => number;

/** Rule shapes of every kind, with numbers drawn at random so each text is new to the caches. */
const shapes: ((r: Draw) => [standard: string, rule: string])[] = [
  (r) => [`≥${r(60, 98)}%`, `每低于1%扣${r(1, 20)}分`],
  (r) => [`≥${r(80, 98)}%`, `每低于1%扣${r(1, 5)}分，向上取整，最多扣${r(10, 60)}分，低于${r(40, 70)}%不得分`],
  (r) => [`>=${r(60, 98)}%`, `-${r(1, 10)} per 1% below; +${r(1, 5)} per 1% above; cap ${r(101, 120)}`],
  (r) => [`≤${r(1, 48)}小时`, `每超30分钟扣${r(1, 10)}分，向下取整`],
  (r) => ["0次", `每次扣${r(1, 30)}分，扣分上限${r(5, 80)}分`],
  (r) => ["", `≥${r(96, 99)}%:10; ≥${r(90, 95)}%:8; ≥${r(80, 89)}%:6; 其他:0`],
  (r) => ["", `${r(50, 75)}%得0分，${r(80, 90)}%得${r(50, 90)}分，${r(95, 100)}%得${r(101, 120)}分`],
  (r) => [`≥${r(60, 99)}%`, `按完成比例计分，低于${r(30, 59)}%不得分`],
  (r) => ["≥99.9%", `<99.9%: ${r(5, 10)}%; <${r(97, 99)}%: 25%; <95%: 100%`],
  (r) => [`≥${r(90, 99)}%`, `每低1%扣减当月服务费${r(1, 5)}%，扣减总额不超过月费的${r(10, 30)}%`],
];
/** The shapes from here on are fee clauses (SLA.CREDIT). */
const FIRST_FEE = 8;

function rules(count: number, seed: number): { standards: string[]; texts: string[]; credit: boolean[] } {
  const rnd = seeded(seed);
  const draw: Draw = (lo, hi) => Math.round((lo + rnd() * (hi - lo)) * 10) / 10;
  const standards: string[] = [];
  const texts: string[] = [];
  const credit: boolean[] = [];
  for (let i = 0; i < count; i++) {
    const k = i % shapes.length;
    const [s, r] = shapes[k](draw);
    standards.push(s);
    texts.push(r);
    credit.push(k >= FIRST_FEE);
  }
  return { standards, texts, credit };
}

export async function benchNative(): Promise<void> {
  console.log(`Native formulas (nativeFormula: a rule as a plain Excel formula), ${shapes.length} kinds of rule:`);
  let sink = 0;
  const write = (set: ReturnType<typeof rules>, i: number) =>
    nativeFormula(set.credit[i] ? "CREDIT" : "SCORE", ["B2", set.standards[i], set.texts[i]]);

  // Warm-up on rules of their own, so that both timings below meet compiled code.
  const warmUp = rules(2_000, 3);
  for (let i = 0; i < warmUp.texts.length; i++) sink += write(warmUp, i).length;
  // Never seen: each rule is read, compiled and written once (the caches have not met these texts);
  // beside it, the same work without the formula (SCORE or CREDIT on other new texts), in interleaved
  // chunks so that both meet the same caches and garbage collector.
  const fresh = rules(DISTINCT, 1);
  const other = rules(DISTINCT, 2);
  let coldMs = 0;
  let compileMs = 0;
  const CHUNK = 500;
  for (let from = 0; from < DISTINCT; from += CHUNK) {
    let t = performance.now();
    for (let i = from; i < from + CHUNK; i++) sink += write(fresh, i).length;
    coldMs += performance.now() - t;
    t = performance.now();
    for (let i = from; i < from + CHUNK; i++)
      sink += other.credit[i]
        ? credit(0.5, other.standards[i], other.texts[i])
        : score(0.5, other.standards[i], other.texts[i]);
    compileMs += performance.now() - t;
  }
  // Already compiled: only the formula is written.
  const warmMs = timeIt(() => {
    for (let i = 0; i < WARM_CALLS; i++) sink += write(fresh, i % 1000).length;
  });
  const lengths = Array.from({ length: 1000 }, (_, i) => write(fresh, i).length);
  const us = (ms: number, calls: number) => `${((ms * 1000) / calls).toFixed(1)} µs`;
  console.log(
    `  a new rule: read, compiled, formula written   ${us(coldMs, DISTINCT)} per rule (${DISTINCT.toLocaleString("en-US")} rules)`,
  );
  console.log(`  reading and compiling alone (SCORE, CREDIT) ${us(compileMs, DISTINCT)} per rule`);
  console.log(`  a compiled rule: formula written              ${us(warmMs, WARM_CALLS)} per rule`);
  console.log(
    `  formula length: mean ${Math.round(lengths.reduce((a, b) => a + b, 0) / lengths.length)}, longest ${Math.max(...lengths)} characters (Excel allows 8,192)`,
  );
  if (Number.isNaN(sink)) console.log("(unreachable: keeps the loops from being optimized away)");
}
