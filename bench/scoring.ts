/**
 * SCORE throughput with text standards and rules, beside the same arithmetic written by hand on
 * pre-parsed numbers (the ratio is what parsing, caching and exactness cost), and ATTAINMENT
 * over a full Excel column.
 */
import { attainment, score } from "../src/engine";
import { seeded, timeIt } from "./random";

const CALLS = 1_000_000;
const COLUMN = 1_048_576;

interface BenchRule {
  standard: string;
  rule: string;
  bare: (a: number) => number;
  scale: number;
}

/** Ten rules as a sheet holds them, each with the hand-written arithmetic it stands for. */
const rules: BenchRule[] = [
  {
    standard: "≥90%",
    rule: "达标100分，每低于1%扣5分",
    scale: 1,
    bare: (a) => (a >= 0.9 ? 100 : Math.max(0, 100 - ((0.9 - a) / 0.01) * 5)),
  },
  {
    standard: "≥85%",
    rule: "每低于1%扣3分",
    scale: 1,
    bare: (a) => (a >= 0.85 ? 100 : Math.max(0, 100 - ((0.85 - a) / 0.01) * 3)),
  },
  {
    standard: "≥95%",
    rule: "每低于1%扣2分，向上取整",
    scale: 1,
    bare: (a) => (a >= 0.95 ? 100 : Math.max(0, 100 - Math.ceil((0.95 - a) / 0.01) * 2)),
  },
  {
    standard: "≤15分钟",
    rule: "每超5分钟扣10分",
    scale: 60,
    bare: (a) => (a <= 15 ? 100 : Math.max(0, 100 - ((a - 15) / 5) * 10)),
  },
  {
    standard: "<=30s",
    rule: "-1 per 10s over; full 10",
    scale: 90,
    bare: (a) => (a <= 30 ? 10 : Math.max(0, 10 - ((a - 30) / 10) * 1)),
  },
  {
    standard: "",
    rule: "≥95%:10; ≥90%:8; ≥85%:6; 其他:0",
    scale: 1,
    bare: (a) => (a >= 0.95 ? 10 : a >= 0.9 ? 8 : a >= 0.85 ? 6 : 0),
  },
  {
    standard: "",
    rule: "≤1小时:5; 1-1.5小时:4; 1.5-2小时:3; 2-3小时:2; >3小时:1",
    scale: 5,
    bare: (a) => (a <= 1 ? 5 : a <= 1.5 ? 4 : a <= 2 ? 3 : a <= 3 ? 2 : 1),
  },
  { standard: "≥90%", rule: "按达成率", scale: 1, bare: (a) => Math.min(100, (100 * a) / 0.9) },
  {
    standard: "",
    rule: "60%得0分，90%得100分",
    scale: 1,
    bare: (a) => Math.min(100, Math.max(0, ((a - 0.6) * 100) / 0.3)),
  },
  { standard: "≥4.5分", rule: "", scale: 5, bare: (a) => (a >= 4.5 ? 100 : 0) },
];

/** Ten rules of the kinds real agreements add: caps, cut-offs, per occurrence, band shapes, lines. */
const newKinds: BenchRule[] = [
  {
    standard: "≥90%",
    rule: "每低于1%扣5分，最多扣30分，低于80%不得分",
    scale: 1,
    bare: (a) => (a < 0.8 ? 0 : a >= 0.9 ? 100 : Math.max(70, 100 - ((0.9 - a) / 0.01) * 5)),
  },
  { standard: "0次", rule: "每次扣3分，扣分上限15分", scale: 10, bare: (a) => Math.max(85, 100 - 3 * a) },
  { standard: "无", rule: "每出现一次扣三分", scale: 10, bare: (a) => Math.max(0, 100 - 3 * a) },
  {
    standard: "≥95%",
    rule: "每低于1%扣2分，每高于1%加1分，最高加3分",
    scale: 1,
    bare: (a) => (a >= 0.95 ? 100 + Math.min(3, (a - 0.95) / 0.01) : Math.max(0, 100 - ((0.95 - a) / 0.01) * 2)),
  },
  {
    standard: "",
    rule: "≥95%得10分，90%-94%得8分，85%-89%得6分，<85%得0分",
    scale: 1,
    bare: (a) => (a >= 0.95 ? 10 : a >= 0.9 ? 8 : a >= 0.85 ? 6 : 0),
  },
  {
    standard: "",
    rule: "80%-90%:6; 90%-95%:8; 95%-100%:10; 其他:0",
    scale: 1,
    bare: (a) => (a >= 0.95 ? 10 : a >= 0.9 ? 8 : a >= 0.8 ? 6 : 0),
  },
  {
    standard: "≤2小时",
    rule: "每超过1小时扣10分，扣完为止",
    scale: 5,
    bare: (a) => (a <= 2 ? 100 : Math.max(0, 100 - (a - 2) * 10)),
  },
  {
    standard: "",
    rule: "80%得0分，95%得100分，100%得120分",
    scale: 1,
    bare: (a) => (a <= 0.8 ? 0 : a <= 0.95 ? ((a - 0.8) * 100) / 0.15 : Math.min(120, 100 + ((a - 0.95) * 20) / 0.05)),
  },
  {
    standard: "≥90%",
    rule: "按完成比例计分，低于60%不得分",
    scale: 1,
    bare: (a) => (a < 0.6 ? 0 : Math.min(100, (100 * a) / 0.9)),
  },
  {
    standard: "≤15分钟",
    rule: "达标得满分，每延迟1分钟扣2分，最高扣10分",
    scale: 40,
    bare: (a) => (a <= 15 ? 100 : Math.max(90, 100 - (a - 15) * 2)),
  },
];

/** Best-of-5 interleaved rounds of the engine and the bare arithmetic over one set of rules. */
function compare(set: BenchRule[], rnd: () => number): { engineMs: number; bareMs: number; sink: number } {
  const which = new Uint8Array(CALLS);
  const actual = new Float64Array(CALLS);
  for (let i = 0; i < CALLS; i++) {
    which[i] = Math.floor(rnd() * set.length);
    actual[i] = Math.round(rnd() * set[which[i]].scale * 1000) / 1000;
  }
  const standards = set.map((r) => r.standard);
  const texts = set.map((r) => r.rule);
  const bare = set.map((r) => r.bare);

  let sink = 0;
  // Interleaved rounds, best of each: on a shared machine both sides see the same load.
  let engineMs = Infinity;
  let bareMs = Infinity;
  for (let round = 0; round < 5; round++) {
    engineMs = Math.min(
      engineMs,
      timeIt(() => {
        for (let i = 0; i < CALLS; i++) sink += score(actual[i], standards[which[i]], texts[which[i]], null);
      }, 1),
    );
    bareMs = Math.min(
      bareMs,
      timeIt(() => {
        for (let i = 0; i < CALLS; i++) sink += bare[which[i]](actual[i]);
      }, 1),
    );
  }
  return { engineMs, bareMs, sink };
}

export async function benchScoring(): Promise<void> {
  const rnd = seeded(42);
  const perSecond = (ms: number) => Math.round(CALLS / (ms / 1000)).toLocaleString("en-US");
  const report = (title: string, r: { engineMs: number; bareMs: number }) => {
    console.log(title);
    console.log(
      `  engine (text standard + rule, cached):  ${r.engineMs.toFixed(0)} ms  = ${perSecond(r.engineMs)} calls/s`,
    );
    console.log(
      `  bare loop (hand-written, pre-parsed):   ${r.bareMs.toFixed(0)} ms  = ${perSecond(r.bareMs)} calls/s`,
    );
    console.log(`  overhead ratio engine / bare:           ${(r.engineMs / r.bareMs).toFixed(2)}×  (target ≤ 3×)`);
  };
  const first = compare(rules, rnd);
  report("SCORE, 1,000,000 calls over 10 text rules:", first);
  const second = compare(newKinds, rnd);
  report("SCORE, 1,000,000 calls over 10 rules with caps, cut-offs, per occurrence, bands and lines:", second);
  let sink = first.sink + second.sink;

  const column: number[][] = [];
  for (let i = 0; i < COLUMN; i++) column.push([Math.round(rnd() * 400) / 100]);
  const attainMs = timeIt(() => {
    sink += attainment(column, "≤2小时");
  });

  console.log(`ATTAINMENT over 1,048,576 cells (a full column): ${attainMs.toFixed(1)} ms`);
  if (Number.isNaN(sink)) console.log("(unreachable: keeps the loops from being optimized away)");
}
