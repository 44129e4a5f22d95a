/**
 * Hostile input: every function reads any text up to Excel's 32,767 characters in linear time, answers
 * with a value or an SlaError (never anything else, never NaN or Infinity), and its caches stay within
 * their byte budgets. The texts and calls are in hostileTexts.ts, shared with the bench, which prints
 * the slowest call of each function against its target (10 ms a call). Here no call is held to a number
 * of milliseconds, which instrumentation or a busy machine would break (see GROWTH_LIMIT there): each
 * text is read whole, at 32,767 characters, and as 32 pieces of 1,023 characters, and whole may cost a
 * few times the pieces (linear), not 32 times (quadratic, backtracking).
 *
 * Every text comes in variants that differ only in leading spaces (which every reader ignores), so that
 * no cache can answer. (MET and SCORE read rules and standards: see hostileRules.test.ts.)
 */
import { due, elapsed, grade, SlaError, streak, weighted } from "../../src/engine";
import { CellsCache, TextCache, DEFAULT_CACHE_BYTES } from "../../src/engine/cache";
import { scaleCacheBytes } from "../../src/engine/grade";
import { calendarCacheBytes } from "../../src/engine/time/calendar";
import { readHolidays } from "../../src/engine/time/holidays";
import {
  CATASTROPHE_MS,
  COLUMN_ROWS,
  GRADE_ROWS,
  gradeRows,
  holidayColumn,
  hostileTexts,
  isExcelFunction,
  MAX_TEXT as MAX,
  MON,
  OFFICE,
  outcome,
  PIECES,
  piecesAndWhole,
  superLinear,
  textCalls,
} from "./hostileTexts";

const PIECE = Math.floor(MAX / PIECES); // 1,023 characters

/**
 * An Excel function gives a number (finite), a string, a boolean or an SlaError; an engine reader gives
 * what it reads or an SlaError (`outcome` throws anything else on, which fails the test).
 */
const checkOf = (excel: boolean) => (result: unknown) => {
  if (!excel) return;
  expect(["number", "string", "boolean"].includes(typeof result) || result instanceof SlaError).toBe(true);
  if (typeof result === "number") expect(Number.isFinite(result)).toBe(true);
};

const described = (times: { pieces: number; whole: number }) =>
  `${times.whole.toFixed(2)} ms whole, ${times.pieces.toFixed(2)} ms in ${PIECES} pieces`;

describe(`texts of ${MAX} characters, whole and in pieces`, () => {
  // Whole texts in variants k = 1, 2, 3 (index 0 unused); the pieces of round k are variants
  // 4 + (k − 1)·32 … 3 + k·32. Each list holds the same kinds of text in the same order.
  const whole = [0, 1, 2, 3].map((k) => hostileTexts(MAX, k));
  const pieces = Array.from({ length: 4 + 3 * PIECES }, (_, k) => (k < 4 ? [] : hostileTexts(PIECE, k)));

  test.each(textCalls)("%s: a value or an SlaError, in linear time (no backtracking)", (name, make) => {
    const check = checkOf(isExcelFunction(name));
    const slow: string[] = [];
    let worst = { what: "", detail: "", whole: -1 };
    whole[1].forEach(([what], i) => {
      for (const k of [1, 2, 3]) expect(whole[k][i][1].length).toBe(MAX);
      expect(pieces[4][i][1].length).toBe(PIECE);
      const times = piecesAndWhole(
        (k) => Array.from({ length: PIECES }, (_, j) => make(pieces[4 + (k - 1) * PIECES + j][i][1])),
        (k) => make(whole[k][i][1]),
        check,
      );
      if (superLinear(times)) slow.push(`${what}: ${described(times)}`);
      if (times.slowest > CATASTROPHE_MS) slow.push(`${what}: ${times.slowest.toFixed(0)} ms`);
      if (times.whole > worst.whole) worst = { what, detail: described(times), whole: times.whole };
    });
    // HOSTILE_TIMES=1 npx jest test/engine/hostile prints each function's slowest text (CPU time).
    if (process.env.HOSTILE_TIMES) console.log(`${name}: ${worst.detail} (${worst.what})`);
    expect(slow).toEqual([]);
  });
});

describe("large ranges", () => {
  test(`GRADE over a ${GRADE_ROWS}-row two-column range: the right level, in linear time`, () => {
    expect(grade(5.5, gradeRows(0))).toBe("L63995"); // the level of 5: L63995 (minimum 64000 − 63995 = 5)
    // 32 scales of 2,000 rows against one of 64,000, each shifted (and its score with it) so that no
    // cache answers; ranges are built before the clock starts.
    const times = piecesAndWhole(
      (k) =>
        Array.from({ length: PIECES }, (_, j) => {
          const shift = 100 * k + j;
          const scale = gradeRows(shift, GRADE_ROWS / PIECES);
          return () => grade(shift + 5.5, scale);
        }),
      (k) => {
        const scale = gradeRows(k);
        return () => grade(k + 5.5, scale);
      },
      (level) => expect(level).toMatch(/^L\d+5$/), // L1995 of 2,000 rows, L63995 of 64,000
    );
    expect(superLinear(times)).toBe(false);
    expect(times.slowest).toBeLessThan(CATASTROPHE_MS);
  });

  test("a whole-column holidays range costs a pass over its blanks, and its cache key stays short", () => {
    const a = holidayColumn(45420);
    expect(readHolidays(a).key.length).toBeLessThan(32);
    // A whole column against 32 columns of 32,768 rows, each with dates no other has (first date).
    const times = piecesAndWhole(
      (k) =>
        Array.from({ length: PIECES }, (_, j) => {
          const range = holidayColumn(40000 + 1000 * k + j, COLUMN_ROWS / PIECES);
          return () => due(MON, 2, OFFICE, range);
        }),
      (k) => {
        const range = holidayColumn(45420 + k);
        return () => due(MON, 2, OFFICE, range);
      },
      (when) => expect(Number.isFinite(when)).toBe(true),
    );
    expect(superLinear(times)).toBe(false);
    expect(times.slowest).toBeLessThan(CATASTROPHE_MS);
    // The same dates in a fresh array are found in the cache: the very same list comes back.
    expect(readHolidays(holidayColumn(45420))).toBe(readHolidays(a));
  });
});

describe("extreme numbers are #NUM!, never NaN or Infinity", () => {
  const num = (call: () => unknown) => {
    const r = outcome(call);
    expect(r).toBeInstanceOf(SlaError);
    expect((r as SlaError).code).toBe("#NUM!");
  };
  test("WEIGHTED({-1E308;1E308},{50;50})", () => num(() => weighted([[-1e308], [1e308]], [[50], [50]])));
  test("WEIGHTED of products that overflow", () => num(() => weighted([[1e307], [1e307]], [[60], [40]])));
  test("WEIGHTED of a 400-digit weight typed as text", () => num(() => weighted([[90]], [["1" + "0".repeat(400)]])));
  test("GRADE of a 400-digit score typed as text", () => num(() => grade("9".repeat(400), "A>=90; B")));
  test("DUE of 1E308 hours", () => num(() => due(MON, 1e308, OFFICE)));
  test("DUE of a 300-digit duration", () => num(() => due(MON, "9".repeat(190) + "小时", OFFICE)));
  test("finite results stay finite", () => {
    expect(weighted([[1e300], [1e300]], [[0.5], [0.5]])).toBe(1e300);
    expect(Number.isFinite(elapsed(1, 2958465, "7×24"))).toBe(true);
    expect(streak([[1e308], [-1e308]], 1e308)).toBe(1);
  });
});

describe("caches are bounded by bytes", () => {
  test("10,000 keys of 32,767 characters stay under the budget", () => {
    const cache = new TextCache<number>();
    const base = "x".repeat(MAX - 6);
    for (let i = 0; i < 10_000; i++) {
      cache.set(base + String(i).padStart(6, "0"), i);
      expect(cache.bytes).toBeLessThanOrEqual(DEFAULT_CACHE_BYTES);
    }
    // 8 MB hold 127 keys of 64 KB: the most recent ones, each still found.
    expect(cache.size).toBe(Math.floor(DEFAULT_CACHE_BYTES / (2 * MAX + 24 + 96 + 64)));
    expect(cache.get(base + "009999")).toBe(9999);
    expect(cache.get(base + "000000")).toBeUndefined();
  });

  test("values count too, and an entry above a quarter of the budget is not kept", () => {
    const cache = new TextCache<string>(10_000);
    cache.set("a", "small", 100);
    cache.set("b", "huge", 5_000);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe("small");
    for (let i = 0; i < 100; i++) cache.set(`k${i}`, "v", 500);
    expect(cache.bytes).toBeLessThanOrEqual(10_000);
  });

  test("least recently used goes first", () => {
    const entry = 2 * 1 + 24 + 96 + 800; // a one-character key and a value of 800 bytes
    const cache = new TextCache<number>(4 * entry);
    for (const [k, v] of [
      ["a", 1],
      ["b", 2],
      ["c", 3],
      ["d", 4],
    ] as const)
      cache.set(k, v, 800);
    expect(cache.get("a")).toBe(1); // a is now the most recent
    cache.set("e", 5, 800);
    expect(cache.get("b")).toBeUndefined();
    expect([cache.get("a"), cache.get("c"), cache.get("d"), cache.get("e")]).toEqual([1, 3, 4, 5]);
  });

  test("ranges: keyed by their cells, confirmed cell by cell", () => {
    const cache = new CellsCache<string>();
    cache.set([45292, "2024-01-02", true], "three cells");
    expect(cache.get([45292, "2024-01-02", true])).toBe("three cells");
    expect(cache.get([45292, "2024-01-02", false])).toBeUndefined();
    expect(cache.get(["45292", "2024-01-02", true])).toBeUndefined(); // text is not a number
    expect(cache.get([45292, "2024-01-02"])).toBeUndefined();
  });

  test("grade scales and calendars of 32,767 characters, readable or not, keep within the budget", () => {
    // Errors are cached with their text too (a wrong scale copied down a column is read once).
    // 300 texts of 64 KB each would be 19 MB; the caches keep at most 8 MB each.
    const long = (head: string, i: number) => head + " ".repeat(MAX - head.length - 6) + String(i).padStart(6, "0");
    for (let i = 0; i < 300; i++) {
      outcome(() => grade(85, long("A≥x; B", i))); // unreadable
      const readable = "A≥90;" + " ".repeat(MAX - 12) + "B" + String(i).padStart(6, "0"); // label B000001 …
      expect(grade(85, readable)).toBe(`B${String(i).padStart(6, "0")}`);
      outcome(() => due(MON, 2, long("周一至周五 9:00-18:00", i))); // unreadable: the number at the end
    }
    expect(scaleCacheBytes()).toBeLessThanOrEqual(2 * DEFAULT_CACHE_BYTES); // the text cache and the range cache
    expect(scaleCacheBytes()).toBeGreaterThan(DEFAULT_CACHE_BYTES / 2); // and they are used
    expect(calendarCacheBytes()).toBeLessThanOrEqual(DEFAULT_CACHE_BYTES);
  });
});
