/**
 * Hostile input, one definition for two readers: the tests (test/engine/hostile*.test.ts) check that
 * every call gives a value or an SlaError, in linear time; the bench (bench/hostile.ts) prints
 * the slowest call of each function against its target. Plain TypeScript without jest globals: the
 * bench bundles this file with esbuild.
 *
 * Texts come in variants k = 0, 1, 2 …, distinct strings of the same length and kind (k leading spaces,
 * which every reader ignores; for rules, the number k in front), so that no cache can answer a call from
 * an earlier one.
 */
import {
  attainment,
  credit,
  describeRule,
  due,
  elapsed,
  explain,
  grade,
  met,
  score,
  SlaError,
  streak,
  weighted,
} from "../../src/engine";
import { levelsOfText } from "../../src/engine/gradeScale";
import { parseCalendar } from "../../src/engine/time/calendar";
import { readDuration } from "../../src/engine/time/duration";
import { secondsFromText } from "../../src/engine/time/serial";
import { numberFromText } from "../../src/engine/values";

/** The longest text an Excel cell holds. */
export const MAX_TEXT = 32_767;
export const MON = 45418; // 2024-05-06, a Monday
export const OFFICE = "周一至周五 9:00-18:00";

/** A call's value, or its SlaError; anything else thrown is thrown on. */
export function outcome(call: () => unknown): unknown {
  try {
    return call();
  } catch (e) {
    if (e instanceof SlaError) return e;
    throw e;
  }
}

/** Calls `call` and times it: its outcome (see `outcome`) and the milliseconds it took. */
export function timed(call: () => unknown): { result: unknown; ms: number } {
  const t0 = performance.now();
  const result = outcome(call);
  return { result, ms: performance.now() - t0 };
}

// ---- texts for the value, scale, calendar and duration readers --------------------------------------

/** `fragment` repeated to exactly n characters. */
const fill = (fragment: string, n: number): string => fragment.repeat(Math.ceil(n / fragment.length)).slice(0, n);

/** Texts that have made readers slow: grammar fragments, separators, symbols, and runs of spaces. */
const fragments = [
  "优秀≥90;",
  "A:90-100; ",
  "9:00-18:00,",
  "周一至周五 ",
  "2小时",
  "2024-05-06 ",
  "9",
  "9 ",
  " ",
  "1.",
  "-",
  "≥",
  "(((",
  "：；，（）％",
  "\u2028",
  "\u2029",
  "\u2028\u2029 ",
  "\u3000",
  "一",
  "①",
  "abc ",
  "Mon-Fri 09:00-18:00; ",
  "周一至周五 9:00-18:00;",
  "周一 9:00-12:00,",
];

/**
 * Texts of exactly n characters, as [what, text]: each fragment repeated, and a valid start followed by
 * spaces and junk. Variant k puts k spaces in front (every reader ignores them) and keeps the rest: the
 * valid start stays, the length stays n. The list is in the same order for every k.
 */
export function hostileTexts(n: number, k = 0): Array<[string, string]> {
  const lead = " ".repeat(k);
  const m = n - k;
  const spaced = (head: string) => lead + head + " ".repeat(m - head.length - 1) + "x";
  return [
    ...fragments.map((f): [string, string] => [`${JSON.stringify(f)} × ${n}`, lead + fill(f, m)]),
    ["number, spaces, junk", spaced("1")],
    ["number, spaces, %", lead + "1" + " ".repeat(m - 2) + "%"],
    ["date, spaces, junk", spaced("2024-05-06")],
    ["label, line separators, threshold", lead + "A" + "\u2028".repeat(m - 8) + ">=90; B"],
    ["label, spaces, threshold", lead + "优秀" + " ".repeat(m - 5) + "≥90"],
    ["calendar day, spaces, junk", spaced("周一 9")],
    ["duration, spaces, junk", spaced("2")],
  ];
}

/**
 * Every function, and the engine's own readers, with a hostile text in each argument that takes text.
 * Names in capitals are Excel functions: their numbers must be finite (the readers' need not be).
 */
export const textCalls: ReadonlyArray<[string, (text: string) => () => unknown]> = [
  ["GRADE scale", (t) => () => grade(85, t)],
  ["GRADE score", (t) => () => grade(t, "优秀≥90;合格≥80;不合格")],
  [
    "GRADE threshold cell",
    (t) => () =>
      grade(85, [
        ["优秀", t],
        ["合格", 80],
        ["不合格", ""],
      ]),
  ],
  ["GRADE column of clauses", (t) => () => grade(85, [[t], ["合格≥80"], ["不合格"]])],
  ["DUE start", (t) => () => due(t, 2, OFFICE)],
  ["DUE duration", (t) => () => due(MON, t, OFFICE)],
  ["DUE calendar", (t) => () => due(MON, 2, t)],
  ["DUE holidays", (t) => () => due(MON, 2, OFFICE, [[t], [45420]])],
  ["DUE workdays", (t) => () => due(MON, 2, OFFICE, null, [[45423], [t]])],
  ["ELAPSED end", (t) => () => elapsed(MON, t, OFFICE)],
  ["ELAPSED calendar", (t) => () => elapsed(MON, MON + 1, t)],
  ["WEIGHTED score", (t) => () => weighted([[t], [90]], [[0.5], [0.5]])],
  ["WEIGHTED weight", (t) => () => weighted([[80], [90]], [[t], [0.5]])],
  ["STREAK value", (t) => () => streak([[70], [t], [75]])],
  ["STREAK threshold", (t) => () => streak([[70], [75]], t)],
  ["ATTAINMENT values", (t) => () => attainment([[0.95], [t], [0.88]], "≥90%")],
  ["numberFromText", (t) => () => numberFromText(t)],
  ["secondsFromText", (t) => () => secondsFromText(t)],
  ["readDuration", (t) => () => readDuration(t)],
  ["parseCalendar", (t) => () => parseCalendar(t)],
  ["levelsOfText", (t) => () => levelsOfText(t)],
];

/** True for an Excel function's name in `textCalls` (capitals), false for an engine reader's. */
export const isExcelFunction = (name: string): boolean => /^[A-Z]/.test(name);

// ---- texts for the rule functions ---------------------------------------------------------------------

/** Rule grammar fragments, separators and symbols, each repeated to a whole text. */
export const ruleFragments = [
  "每低于1%扣5分，",
  "≥95%:10；",
  "90%-94%得8分、",
  "（最低60分）",
  "(((",
  ")))",
  "\u2028",
  "\u3000",
  "最高",
  "扣",
  "每",
  "一",
  "百分之",
  "半",
  "9",
  "%",
  "，",
  "a ",
  "less than ",
  "不低于",
];

/** Variant k of a rule text: the digit(s) of k, then `fragment` repeated, n characters in all. */
export const ruleText = (fragment: string, n: number, k: number): string =>
  `${k}${fragment.repeat(Math.ceil(n / fragment.length))}`.slice(0, n);

/** The rule functions (SCORE, EXPLAIN, CREDIT, RULE, MET) with a hostile text in one argument each. */
export const ruleCalls: ReadonlyArray<[string, (text: string) => () => unknown]> = [
  ["SCORE rule", (t) => () => score(0.9, "≥90%", t)],
  ["SCORE standard", (t) => () => score(0.9, t, "每低于1%扣5分")],
  ["SCORE full marks", (t) => () => score(0.9, "≥90%", "每低于1%扣5分", t)],
  ["EXPLAIN", (t) => () => explain(0.9, "≥90%", t)],
  ["CREDIT", (t) => () => credit(0.9, "≥90%", t)],
  ["RULE", (t) => () => describeRule("≥90%", t)],
  ["MET", (t) => () => met(0.9, t)],
];

// ---- large ranges --------------------------------------------------------------------------------------

/** The GRADE scale of a two-column range of `rows` rows (64,000 by default): level `L${i}` from rows − i + shift. */
export const GRADE_ROWS = 64_000;
export const gradeRows = (shift: number, rows = GRADE_ROWS): unknown[][] =>
  Array.from({ length: rows }, (_, i) => [`L${i}`, rows - i + shift]);

/** A holidays column of `rows` rows (a whole Excel column by default): 20 dates a week apart from `first`, then blanks. */
export const COLUMN_ROWS = 1_048_576;
export const holidayColumn = (first: number, rows = COLUMN_ROWS): unknown[][] =>
  Array.from({ length: rows }, (_, i) => [i < 20 ? first + i * 7 : ""]);

// ---- linear time, for the tests ------------------------------------------------------------------------

/**
 * The tests hold no call to a number of milliseconds: under mutation testing (Stryker counts and switches
 * at every statement) a call here is up to a hundred times slower, and a busy machine adds its own noise;
 * the targets are the bench's (`npm run bench`). They check the shape instead, which no uniform slowdown
 * changes: reading an input whole may cost about what reading the same amount in 32 pieces costs (a
 * linear pass), not 32 times as much (a quadratic or backtracking pass). Measured on the 2-core machine
 * (a whole text of 32,767 characters against 32 of 1,023; 64,000 rows against 32 × 2,000; a column
 * against 32 × 32,768 rows): at most 2.3× idle, 2.9× with four such runs at once, 1.5× under Stryker's
 * instrumentation; a planted `/\s+$/` in numberFromText gave 40×. The limit, 8×, leaves about 3× on
 * the one side and 4× on the other. Times are CPU time, which does not run while other processes have
 * the processor: measured on the clock, three processes sharing two cores put a linear call at 18×.
 */
export const PIECES = 32;
export const GROWTH_LIMIT = 8;

/**
 * Pieces' times under 1 ms count as 1 ms, so that jitter on tiny times cannot look like growth: a
 * super-linear pass is caught from 8 ms a whole input up (the bench's target for a text is 10 ms).
 */
export const FLOOR_MS = 1;

/**
 * A call that takes more than 5 seconds of CPU is a catastrophe, linear or not: no call here takes more
 * than tens of milliseconds (under a second under mutation testing), so this cannot fire by chance.
 */
export const CATASTROPHE_MS = 5_000;

/** CPU milliseconds this process has used (all its threads). */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * For k = 1 … rounds, reads an input in pieces (the calls pieces(k) builds, timed together) and whole
 * (the call whole(k) builds), in turn, so that whatever else the process does meets both sides. Building
 * is not timed (build ranges there); k must give inputs no cache has seen. Every result goes to `check`
 * (a value, or an SlaError: see `outcome`). Returns the best CPU time of each side and the slowest side.
 */
export function piecesAndWhole(
  pieces: (k: number) => Array<() => unknown>,
  whole: (k: number) => () => unknown,
  check: (result: unknown) => void,
  rounds = 3,
): { pieces: number; whole: number; slowest: number } {
  const best = { pieces: Infinity, whole: Infinity, slowest: 0 };
  for (let k = 1; k <= rounds; k++) {
    const calls = pieces(k);
    let t0 = cpuMs();
    const results = calls.map(outcome);
    const inPieces = cpuMs() - t0;
    const call = whole(k);
    t0 = cpuMs();
    results.push(outcome(call));
    const inOne = cpuMs() - t0;
    results.forEach(check);
    best.pieces = Math.min(best.pieces, inPieces);
    best.whole = Math.min(best.whole, inOne);
    best.slowest = Math.max(best.slowest, inPieces, inOne);
  }
  return best;
}

/** Whether reading whole cost more than GROWTH_LIMIT times reading in pieces (and more than 8 ms). */
export const superLinear = (times: { pieces: number; whole: number }): boolean =>
  times.whole > GROWTH_LIMIT * Math.max(times.pieces, FLOOR_MS);
