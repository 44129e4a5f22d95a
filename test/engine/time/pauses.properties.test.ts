/**
 * Property tests of pauses (time on hold), over the random calendars, holidays (own, CN, CN with
 * the user's own days) and make-up days of model.ts, with random pauses: overlapping, unordered,
 * begun before the start, open-ended — 110,000 cases in all:
 *   - ELAPSED with pauses = the worked minutes not on hold, counted one by one on a minute grid
 *     (the model's periods filled into an array, the pauses' rows cleared from it as given, with
 *     no merging and no B), and DUE with pauses = the first minute at which that count reaches
 *     the duration;
 *   - ELAPSED with disjoint pauses = ELAPSED without them − ELAPSED over each pause clipped to the
 *     ticket, over spans of weeks and with seconds;
 *   - DUE with pauses is where ELAPSED with pauses reaches the duration, and the earliest such
 *     instant (a zero duration: where the clock starts to run); with a pause that never ends, DUE is
 *     #N/A exactly when the duration is not used up before it;
 *   - adding a pause never makes a due time earlier;
 *   - STATUS says Met/Breached as the due time says, and USED is ELAPSED ÷ limit.
 */
import fc from "fast-check";
import { SlaError } from "../../../src/engine/errors";
import { due, elapsed, status, statusTexts, used } from "../../../src/engine/time";
import { propertyRuns } from "../helpers";
import { DAY, FIRST, hoursArb, modelClash, periodsOnModel, scenarioArb, secondsOf, seed, type Scenario } from "./model";

const pauseSeed = seed + 1000;
/** The last start drawn: 2025-12-01, so that spans of six weeks stay inside the CN table's years. */
const LAST_START = 45992;

let attempted = 0;
let refused = 0;
/** The call's value, or null when the engine rightly refuses the scenario (see properties.test.ts). */
function unlessRefused<T>(f: () => T): T | null {
  attempted++;
  try {
    return f();
  } catch (e) {
    if (e instanceof SlaError && (e.id === "overnightClash" || e.id === "cnYearNotCovered")) {
      refused++;
      return null;
    }
    throw e;
  }
}

/** 50 scenarios the engine can compute, drawn once per property (as in properties.test.ts). */
let pools = 0;
function pickScenario(): fc.Arbitrary<Scenario> {
  const scenarios = fc
    .sample(scenarioArb, { seed: pauseSeed + ++pools, numRuns: propertyRuns(100) })
    .filter((x) => {
      const ok = unlessRefused(() => due(FIRST, 0, x.model.text, x.holidays, x.workdays)) !== null;
      expect(ok).toBe(!modelClash(x));
      return ok;
    })
    .slice(0, 50);
  return fc.integer({ min: 0, max: scenarios.length - 1 }).map((i) => scenarios[i]);
}

/** x rounded to a whole number, never -0 (which toBe tells from 0). */
const whole = (x: number): number => Math.round(x) + 0;

/** A pause row in seconds; to = Infinity for one that has not ended. */
type Row = readonly [number, number];

/** Rows as the range Excel passes: serials, an empty cell for no end. */
const rangeOf = (rows: readonly Row[]): unknown[][] => rows.map(([a, b]) => [a / DAY, b === Infinity ? "" : b / DAY]);

/** A start on a whole minute, in seconds. */
const minuteStartArb = fc
  .record({ day: fc.integer({ min: FIRST, max: LAST_START }), minute: fc.integer({ min: 0, max: 1439 }) })
  .map(({ day, minute }) => day * DAY + minute * 60);

/** A start with seconds, in seconds. */
const secondStartArb = fc
  .record({ day: fc.integer({ min: FIRST, max: LAST_START }), second: fc.integer({ min: 0, max: DAY - 1 }) })
  .map(({ day, second }) => day * DAY + second);

/**
 * Up to five rows of whole minutes around a ticket starting at t0 and spanning `span` seconds:
 * beginning up to a day before it, lasting up to two days, in any order, overlapping at will; one
 * in ten has no end.
 */
const rowsArb = (span: number) =>
  fc.array(
    fc
      .record({
        from: fc.integer({ min: -1440, max: Math.ceil(span / 60) + 60 }),
        length: fc.integer({ min: 0, max: 2880 }),
        open: fc.integer({ min: 0, max: 9 }),
      })
      .map(({ from, length, open }) => [from * 60, open === 0 ? Infinity : (from + length) * 60] as const),
    { maxLength: 5 },
  );

// ---- the minute-grid oracle ---------------------------------------------------------------------

/** 1 for each minute from t0 that is worked and not on hold, over n minutes (t0 on a whole minute). */
function runningMinutes(x: Scenario, t0: number, n: number, rows: readonly Row[]): Uint8Array {
  const grid = new Uint8Array(n);
  const fill = (from: number, to: number, v: number) => {
    const a = Math.max(0, Math.ceil((from - t0) / 60));
    const b = Math.min(n, Math.ceil((to - t0) / 60));
    if (b > a) grid.fill(v, a, b);
  };
  for (let day = Math.floor(t0 / DAY) - 1; day <= Math.floor((t0 + n * 60) / DAY); day++)
    for (const p of periodsOnModel(x, day)) fill(day * DAY + p.from, day * DAY + p.to, 1);
  for (const [a, b] of rows) fill(a, b, 0); // every row as given: overlaps just clear twice
  return grid;
}

test("ELAPSED and DUE with pauses agree with a minute-by-minute count (spans up to 4 days)", () => {
  const arb = fc.record({
    x: pickScenario(),
    t0: minuteStartArb,
    minutes: fc.integer({ min: 0, max: 4 * 1440 }),
    relative: rowsArb(4 * DAY),
    need: fc.integer({ min: 0, max: 600 }),
  });
  fc.assert(
    fc.property(arb, ({ x, t0, minutes, relative, need }) => {
      const rows = relative.map(([a, b]) => [t0 + a, t0 + b] as const);
      const cal = x.model.text;
      const pauses = rangeOf(rows);
      const got = unlessRefused(() =>
        elapsed(t0 / DAY, (t0 + minutes * 60) / DAY, cal, x.holidays, x.workdays, pauses),
      );
      if (got === null) return true;
      const grid = runningMinutes(x, t0, minutes, rows);
      let count = 0;
      for (let i = 0; i < minutes; i++) count += grid[i];
      if (Math.round(got * 60) !== count) return false;
      // DUE of `need` minutes: the first minute boundary at which the count reaches it (for 0, the first
      // running minute), when the grid holds it.
      let at = -1;
      for (let i = 0, sum = 0; i < minutes; i++) {
        if (need === 0 && grid[i]) {
          at = i;
          break;
        }
        sum += grid[i];
        if (need > 0 && sum === need) {
          at = i + 1;
          break;
        }
      }
      if (at < 0) return true; // not within the span drawn
      return secondsOf(due(t0 / DAY, need / 60, cal, x.holidays, x.workdays, pauses)) === t0 + at * 60;
    }),
    { seed: pauseSeed, numRuns: propertyRuns(30_000) },
  );
});

test("ELAPSED with disjoint pauses = ELAPSED without − ELAPSED over each pause clipped to the ticket", () => {
  const arb = fc.record({
    x: pickScenario(),
    t0: secondStartArb,
    span: fc.integer({ min: 0, max: 42 * DAY }),
    // Sorted distinct seconds paired into disjoint pauses, from a day before the start to after the end.
    points: fc.uniqueArray(fc.integer({ min: -DAY, max: 43 * DAY }), { maxLength: 10 }),
  });
  fc.assert(
    fc.property(arb, ({ x, t0, span, points }) => {
      const cal = x.model.text;
      const sorted = [...points].sort((a, b) => a - b);
      const rows: Row[] = [];
      for (let i = 0; i + 1 < sorted.length; i += 2) rows.push([t0 + sorted[i], t0 + sorted[i + 1]]);
      const t1 = t0 + span;
      const el = (a: number, b: number, pauses?: unknown) =>
        elapsed(a / DAY, b / DAY, cal, x.holidays, x.workdays, pauses) * 3600;
      const got = unlessRefused(() => el(t0, t1, rangeOf(rows)));
      if (got === null) return true;
      let expected = el(t0, t1);
      for (const [a, b] of rows) {
        const from = Math.max(a, t0);
        const to = Math.min(b, t1);
        if (to > from) expected -= el(from, to);
      }
      return whole(got) === whole(expected);
    }),
    { seed: pauseSeed, numRuns: propertyRuns(20_000) },
  );
});

/** DUE with pauses in seconds, or ON_HOLD when #N/A dueOnHold. */
const ON_HOLD = Infinity;
function dueOrHold(x: Scenario, t0: number, seconds: number, rows: readonly Row[]): number {
  try {
    return secondsOf(due(t0 / DAY, seconds / 3600, x.model.text, x.holidays, x.workdays, rangeOf(rows)));
  } catch (e) {
    if (e instanceof SlaError && e.id === "dueOnHold") return ON_HOLD;
    throw e;
  }
}

test("DUE with pauses is the earliest instant at which ELAPSED with pauses reaches the duration", () => {
  const arb = fc.record({ x: pickScenario(), t0: secondStartArb, h: hoursArb, relative: rowsArb(20 * DAY) });
  fc.assert(
    fc.property(arb, ({ x, t0, h, relative }) => {
      const rows = relative.map(([a, b]) => [t0 + a, t0 + b] as const);
      const need = Math.round(h * 3600);
      const d = unlessRefused(() => dueOrHold(x, t0, need, rows));
      if (d === null) return true;
      const w = (t: number) =>
        Math.round(elapsed(t0 / DAY, t / DAY, x.model.text, x.holidays, x.workdays, rangeOf(rows)) * 3600);
      if (d === ON_HOLD) {
        // On hold for good before the duration is used up: the clock stops once an open pause begins, so
        // the business time after every row has begun or ended is all there will ever be.
        const last = Math.max(t0, ...rows.flatMap(([a, b]) => (b === Infinity ? [a] : [a, b])));
        const total = unlessRefused(() => w(last + DAY));
        return total === null || (need > 0 ? total < need : total === 0);
      }
      if (d < t0) return false;
      // need > 0: reached at d, and one second earlier not yet (the earliest); 0: the clock runs from d on.
      return need > 0 ? w(d) === need && w(d - 1) === need - 1 : w(d) === 0 && w(d + 1) === 1;
    }),
    { seed: pauseSeed, numRuns: propertyRuns(30_000) },
  );
});

test("adding a pause never makes a due time earlier", () => {
  const arb = fc.record({
    x: pickScenario(),
    t0: secondStartArb,
    h: hoursArb,
    rows: rowsArb(20 * DAY),
    extra: rowsArb(20 * DAY),
  });
  fc.assert(
    fc.property(arb, ({ x, t0, h, rows, extra }) => {
      const base = rows.map(([a, b]) => [t0 + a, t0 + b] as const);
      const more = [...base, ...extra.map(([a, b]) => [t0 + a, t0 + b] as const)];
      const need = Math.round(h * 3600);
      const before = unlessRefused(() => dueOrHold(x, t0, need, base));
      const after = unlessRefused(() => dueOrHold(x, t0, need, more));
      // ON_HOLD is Infinity, later than any time: once on hold, more pauses cannot release the ticket.
      return before === null || after === null || after >= before;
    }),
    { seed: pauseSeed, numRuns: propertyRuns(20_000) },
  );
});

/** The key of a STATUS word, in either language. */
const statusKey = (word: string) => Object.entries(statusTexts).find(([, t]) => t.en === word || t.zh === word)?.[0];

test("STATUS says what the due time says, and USED is ELAPSED ÷ limit", () => {
  const arb = fc.record({
    x: pickScenario(),
    t0: secondStartArb,
    h: hoursArb,
    span: fc.integer({ min: 0, max: 20 * DAY }),
    closed: fc.boolean(),
    relative: rowsArb(20 * DAY),
  });
  fc.assert(
    fc.property(arb, ({ x, t0, h, span, closed, relative }) => {
      const rows = relative.map(([a, b]) => [t0 + a, t0 + b] as const);
      const pauses = rangeOf(rows);
      const cal = x.model.text;
      const t1 = t0 + span;
      const [end, asOf] = closed ? [t1 / DAY, null] : [null, t1 / DAY];
      const word = unlessRefused(() => status(t0 / DAY, h, end, asOf, cal, x.holidays, x.workdays, pauses));
      if (word === null) return true;
      const limit = Math.round(h * 3600);
      const w = Math.round(elapsed(t0 / DAY, t1 / DAY, cal, x.holidays, x.workdays, pauses) * 3600);
      if (limit > 0 && used(t0 / DAY, h, end, asOf, cal, x.holidays, x.workdays, pauses) !== w / limit) return false;
      const d = unlessRefused(() => dueOrHold(x, t0, limit, rows));
      if (d === null) return true; // the due time lies in a year CN does not cover: STATUS did not need it
      const onTime = t1 <= d;
      const key = statusKey(word);
      if (closed) return key === (onTime ? "met" : "breached");
      if (!onTime) return key === "breached";
      if (rows.some(([a, b]) => a <= t1 && t1 < b)) return key === "paused";
      return key === (limit > 0 && w / limit >= 0.8 ? "atRisk" : "open");
    }),
    { seed: pauseSeed, numRuns: propertyRuns(10_000) },
  );
});

test("the random scenarios are mostly computed, not refused (the properties are not vacuous)", () => {
  const cases = [30_000, 20_000, 30_000, 20_000, 10_000].reduce((n, runs) => n + propertyRuns(runs), 0);
  expect(attempted).toBeGreaterThan(cases);
  expect(refused / attempted).toBeLessThan(0.1);
});
