/**
 * The plain model of business time the property tests compare the engine with: every worked
 * period laid out day by day, with CN days read from chinese-days' own data; and the random
 * calendars, holidays, starts and durations they draw.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";

export const seed = 20240506;
export const DAY = 86400;
/** Starts between 2024-01-01 (45292) and 2025-12-31 (46022). */
export const FIRST = 45292;
export const LAST = 46022;

/**
 * The model's CN days come straight from chinese-days' own data, not from the engine's table
 * (generated from it, then encoded and decoded): a table or decoder that shifted, dropped or
 * swapped dates must disagree with the model. "YYYY-MM-DD" → serial by plain UTC day arithmetic:
 * 1970-01-01 is serial 25569.
 */
const CN_DATA = JSON.parse(readFileSync(require.resolve("chinese-days/dist/chinese-days.json"), "utf8")) as {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
};
const serialOfIso = (iso: string) =>
  Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 864e5 + 25569;
export const CN_OFF = Object.keys(CN_DATA.holidays).map(serialOfIso);
export const CN_WORK = Object.keys(CN_DATA.workdays).map(serialOfIso);

export interface Model {
  /** Periods per weekday, Monday first, in seconds from the day's midnight (to may pass 86400). */
  week: { from: number; to: number }[][];
  text: string;
}

const EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const ZH = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"];
const hhmm = (sec: number) => {
  const m = Math.round(sec / 60) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
};

/**
 * A random week: sorted distinct minutes of the week paired into periods, each period belonging to
 * the day it starts on and shorter than 24 h — so periods never overlap, night shifts included.
 */
export const weekArb: fc.Arbitrary<Model> = fc
  .record({
    points: fc.uniqueArray(fc.integer({ min: 0, max: 7 * 96 - 1 }), { minLength: 2, maxLength: 10 }),
    chinese: fc.boolean(),
  })
  .map(({ points, chinese }) => {
    const quarter = points.map((p) => p * 15 * 60).sort((a, b) => a - b); // quarter hours of the week
    if (quarter.length % 2) quarter.pop();
    const week: Model["week"] = [[], [], [], [], [], [], []];
    for (let i = 0; i < quarter.length; i += 2) {
      const day = Math.floor(quarter[i] / DAY);
      const from = quarter[i] - day * DAY;
      const to = Math.min(quarter[i + 1] - day * DAY, from + DAY - 900);
      week[day].push({ from, to });
    }
    const names = chinese ? ZH : EN;
    const text = week
      .map((ps, d) =>
        ps.length
          ? `${names[d]} ${ps.map((p) => `${hhmm(p.from)}-${p.to === DAY ? "24:00" : hhmm(p.to)}`).join(",")}`
          : "",
      )
      .filter(Boolean)
      .join(chinese ? "；" : "; ");
    return { week, text };
  });

export const fixedCalendars: Model[] = [
  ["周一至周五 9:00-18:00", [[32400, 64800]], [0, 1, 2, 3, 4]],
  [
    "Mon-Fri 09:00-12:00,13:00-18:00",
    [
      [32400, 43200],
      [46800, 64800],
    ],
    [0, 1, 2, 3, 4],
  ],
  ["每天 22:00-06:00", [[79200, 108000]], [0, 1, 2, 3, 4, 5, 6]],
  ["7×24", [[0, DAY]], [0, 1, 2, 3, 4, 5, 6]],
].map(([text, periods, days]) => {
  const week: Model["week"] = [[], [], [], [], [], [], []];
  for (const d of days as number[]) week[d] = (periods as number[][]).map(([from, to]) => ({ from, to }));
  return { text: text as string, week };
});

export const calendarArb = fc.oneof(
  { weight: 3, arbitrary: weekArb },
  { weight: 1, arbitrary: fc.constantFrom(...fixedCalendars) },
);

export interface Scenario {
  model: Model;
  /** The holidays argument: a range of dates, "CN", or a range with "CN" in a cell beside dates. */
  holidays: unknown[][] | string;
  workdays: number[][];
  /** The same dates as sets, for the model (CN from chinese-days' data). */
  off: Set<number>;
  worked: Set<number>;
}

/**
 * Random holidays (or CN, or CN with the user's own extra days off) and make-up days near the
 * starts, never the same date in both of the user's lists.
 */
export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    model: calendarArb,
    mode: fc.constantFrom("own", "cn", "cnPlus"),
    holidays: fc.uniqueArray(fc.integer({ min: FIRST - 2, max: LAST + 40 }), { maxLength: 12 }),
    workdays: fc.uniqueArray(fc.integer({ min: FIRST - 2, max: LAST + 40 }), { maxLength: 4 }),
  })
  .map(({ model, mode, holidays, workdays }) => {
    const own = workdays.filter((d) => !holidays.includes(d));
    const workdaysArg = own.map((d) => [d]);
    if (mode === "own")
      return {
        model,
        holidays: holidays.map((d) => [d]),
        workdays: workdaysArg,
        off: new Set(holidays),
        worked: new Set(own),
      };
    // The model applies the same rules as the engine: the table first, then the user's own days off,
    // then the user's make-up days, each winning over what came before.
    const extra = mode === "cnPlus" ? holidays : [];
    const off = new Set([...CN_OFF, ...extra].filter((d) => !own.includes(d)));
    const worked = new Set([...CN_WORK.filter((d) => !extra.includes(d)), ...own]);
    const holidaysArg = mode === "cn" ? "CN" : [["CN"], ...holidays.map((d) => [d])];
    return { model, holidays: holidaysArg, workdays: workdaysArg, off, worked };
  });

/** Starts on whole minutes, half of them with seconds. */
export const startArb = fc
  .record({
    day: fc.integer({ min: FIRST, max: LAST }),
    second: fc.integer({ min: 0, max: DAY - 1 }),
    minute: fc.boolean(),
  })
  .map(({ day, second, minute }) => day + (minute ? second - (second % 60) : second) / DAY);

/** Hours as SLA documents use them: minutes up to a few weeks of working time. */
export const hoursArb = fc.oneof(
  fc.integer({ min: 0, max: 600 }).map((m) => m / 60),
  fc.constantFrom(0, 0.5, 1, 2, 4, 8, 24, 72),
  fc.integer({ min: 0, max: 200 }),
);

export const secondsOf = (serial: number) => Math.round(serial * DAY);

// ---- the plain model: every worked period laid out day by day ----------------------------------

export function periodsOnModel(x: Scenario, day: number) {
  const week = x.model.week;
  if (x.worked.has(day)) return week.find((ps) => ps.length > 0) ?? []; // Monday's, or the first day's
  if (x.off.has(day)) return [];
  return week[(((day + 5) % 7) + 7) % 7]; // serial 0 was a Saturday
}

/** Whether some night shift runs into the next date's first period once the exceptions apply. */
export function modelClash(x: Scenario): boolean {
  for (const e of [...x.off, ...x.worked])
    for (const day of [e, e + 1]) {
      const before = periodsOnModel(x, day - 1);
      const own = periodsOnModel(x, day);
      const last = before[before.length - 1];
      if (last && own.length > 0 && last.to - DAY > own[0].from) return true;
    }
  return false;
}

/** The first instant from t0 on that is worked; for dur > 0, the instant dur worked seconds later. */
export function modelDue(x: Scenario, t0: number, dur: number): number {
  for (let day = Math.floor(t0 / DAY) - 1; ; day++) {
    for (const p of periodsOnModel(x, day)) {
      const a = Math.max(day * DAY + p.from, t0);
      const b = day * DAY + p.to;
      if (b <= a) continue;
      if (dur === 0) return a; // a zero duration is due when the clock starts: at the next opening
      if (dur <= b - a) return a + dur;
      dur -= b - a;
    }
  }
}

export function modelElapsed(x: Scenario, t0: number, t1: number): number {
  let sum = 0;
  for (let day = Math.floor(t0 / DAY) - 1; day <= Math.floor(t1 / DAY); day++)
    for (const p of periodsOnModel(x, day))
      sum += Math.max(0, Math.min(t1, day * DAY + p.to) - Math.max(t0, day * DAY + p.from));
  return sum;
}
