/**
 * Business-time figures: SLA.DUE over 100,000 tickets with China's holidays; DUE and ELAPSED with
 * 0, 1 and 5 pauses per ticket; DUE with a whole-column holidays range; and the same engine beside
 * dayjs-business-time and moment-business-time on 10,000 tickets without holidays, after checking
 * that the answers agree.
 *
 *   npx tsx -e "import('./bench/time.ts').then(m=>m.benchTime())"
 *
 * The two libraries are loaded with a require rooted at the repository (they are CommonJS and the
 * bench may run from a bundle in a temporary folder), in UTC mode so no time zone can shift them.
 */
import type BusinessTimePlugin from "dayjs-business-time";
import type UtcPlugin from "dayjs/plugin/utc";
import { createRequire } from "node:module";
import path from "node:path";
import { due, elapsed, status } from "../src/engine/time";
import { seeded, timeIt } from "./random";

const OFFICE = "周一至周五 9:00-18:00";
/** 2024-01-01 and 2025-12-31: starts are spread over these two years. */
const FIRST_DAY = 45292;
const DAYS = 731;
const HOURS = [2, 24, 72];
const UNIX_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86_400_000;

interface Ticket {
  /** Excel serial of the start, on a whole minute, any time of day or week. */
  readonly start: number;
  readonly hours: number;
}

function tickets(n: number, seed: number): Ticket[] {
  const random = seeded(seed);
  return Array.from({ length: n }, () => {
    const day = FIRST_DAY + Math.floor(random() * DAYS);
    const minute = Math.floor(random() * 1440);
    return { start: day + minute / 1440, hours: HOURS[Math.floor(random() * HOURS.length)] };
  });
}

const msOf = (serial: number): number => Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY);
const serialOf = (ms: number): number => ms / MS_PER_DAY + UNIX_EPOCH_SERIAL;
/** "2024-05-06 10:19", with ":13" when the time has seconds. */
const iso = (serial: number): string => {
  const text = new Date(msOf(serial)).toISOString().slice(0, 19).replace("T", " ");
  return text.endsWith(":00") ? text.slice(0, 16) : text;
};
const fmt = (x: number, digits = 1): string => x.toLocaleString("en-US", { maximumFractionDigits: digits });

// ---- the two libraries, set up for Mon–Fri 09:00–18:00 without holidays -------------------------

interface Clock {
  valueOf(): number;
}
type AddHours = (startMs: number, hours: number) => number;

interface Libraries {
  readonly dayjsAdd: AddHours;
  readonly momentAdd: AddHours;
  /** Gives dayjs-business-time each weekday's hours as these periods ("HH:mm:ss" pairs). */
  readonly setDayjsHours: (periods: Array<{ start: string; end: string }>) => void;
}

function loadLibraries(): Libraries {
  const requireFromRepo = createRequire(path.join(process.cwd(), "package.json"));

  const dayjs = requireFromRepo("dayjs") as typeof import("dayjs");
  // The type imports above bring the plugins' additions to dayjs's types (utc, setBusinessTime …).
  dayjs.extend(requireFromRepo("dayjs/plugin/utc") as typeof UtcPlugin);
  dayjs.extend(requireFromRepo("dayjs-business-time") as typeof BusinessTimePlugin);
  const setDayjsHours = (day: Array<{ start: string; end: string }>) =>
    dayjs.setBusinessTime({
      sunday: null,
      monday: day,
      tuesday: day,
      wednesday: day,
      thursday: day,
      friday: day,
      saturday: null,
    });
  setDayjsHours([{ start: "09:00:00", end: "18:00:00" }]);
  dayjs.setHolidays([]);

  const moment = requireFromRepo("moment") as {
    utc(ms: number): { addWorkingTime(n: number, unit: string): Clock };
    updateLocale(locale: string, data: object): void;
  };
  requireFromRepo("moment-business-time"); // adds addWorkingTime to moment's prototype
  const hours = ["09:00:00", "18:00:00"];
  moment.updateLocale("en", {
    workinghours: { 0: null, 1: hours, 2: hours, 3: hours, 4: hours, 5: hours, 6: null },
    holidays: [],
  });

  return {
    dayjsAdd: (startMs, h) => dayjs.utc(startMs).addBusinessHours(h).valueOf(),
    momentAdd: (startMs, h) => moment.utc(startMs).addWorkingTime(h, "hours").valueOf(),
    setDayjsHours,
  };
}

interface Comparison {
  readonly msPerTicket: number;
  readonly agree: number;
  /** Differences in seconds (theirs − ours) and how often each occurs. */
  readonly differences: Map<number, number>;
  readonly example: string;
}

/** Runs a library over the tickets once (timed, after a short warm-up) and compares to ours. */
function compare(name: string, add: AddHours, list: Ticket[], ours: number[]): Comparison {
  for (let i = 0; i < 300; i++) add(msOf(list[i].start), list[i].hours);
  const t0 = performance.now();
  const results = list.map((t) => add(msOf(t.start), t.hours));
  const ms = performance.now() - t0;
  let agree = 0;
  let example = "";
  const differences = new Map<number, number>();
  results.forEach((theirs, i) => {
    const diff = Math.round((serialOf(theirs) - ours[i]) * 86400);
    if (diff === 0) agree++;
    else {
      differences.set(diff, (differences.get(diff) ?? 0) + 1);
      if (!example)
        example = `${iso(list[i].start)} + ${list[i].hours} h: ours ${iso(ours[i])}, ${name} ${iso(serialOf(theirs))}`;
    }
  });
  return { msPerTicket: ms / list.length, agree, differences, example };
}

const seconds = (d: number): string =>
  d % 60 === 0 ? `${d > 0 ? "+" : ""}${d / 60} min` : `${d > 0 ? "+" : ""}${d} s`;

function printDifferences(r: Comparison, of: number, indent: string): void {
  console.log(`${indent}agrees on ${fmt(r.agree, 0)} of ${fmt(of, 0)}`);
  if (r.differences.size === 0) return;
  const top = [...r.differences].sort((a, b) => b[1] - a[1]).slice(0, 5);
  console.log(`${indent}differs by (theirs − ours): ${top.map(([d, n]) => `${seconds(d)} × ${fmt(n, 0)}`).join(", ")}`);
  console.log(`${indent}e.g. ${r.example}`);
}

export async function benchTime(): Promise<void> {
  console.log("Business time (SLA.DUE / SLA.ELAPSED)");

  // 100,000 tickets on the office calendar with China's holidays and make-up days.
  const many = tickets(100_000, 20240506);
  const first = performance.now();
  due(many[0].start, many[0].hours, OFFICE, "CN"); // parses the calendar, decodes the CN table
  const setup = performance.now() - first;
  const dues = new Array<number>(many.length);
  const dueMs = timeIt(() => {
    for (let i = 0; i < many.length; i++) dues[i] = due(many[i].start, many[i].hours, OFFICE, "CN");
  });
  const elapsedMs = timeIt(() => {
    for (let i = 0; i < many.length; i++) elapsed(many[i].start, dues[i], OFFICE, "CN");
  });
  console.log(`  DUE, 100,000 tickets (2/24/72 h from starts over 2024–2025, ${OFFICE}, CN): ${fmt(dueMs)} ms`);
  console.log(
    `    = ${fmt((dueMs / many.length) * 1000, 2)} µs per ticket; first call with parsing and the CN table: ${fmt(setup, 2)} ms`,
  );
  console.log(`  ELAPSED back to the same due times: ${fmt(elapsedMs)} ms for 100,000`);

  // The cost does not grow with the duration: whole weeks and days are skipped arithmetically.
  const costOf = (hours: number) =>
    (timeIt(() => {
      for (let i = 0; i < 20_000; i++) due(many[i].start, hours, OFFICE);
    }) /
      20_000) *
    1000;
  const short = costOf(2);
  const long = costOf(20_000); // about ten years of 9-hour working days
  console.log(
    `  DUE of 2 h: ${fmt(short, 2)} µs; of 20,000 h (≈ 10 years of working days): ${fmt(long, 2)} µs per ticket`,
  );

  benchPauses(many);
  benchHolidayColumn();

  // 10,000 tickets without holidays, beside the two libraries.
  const few = many.slice(0, 10_000);
  const ours = few.map((t) => due(t.start, t.hours, OFFICE));
  // Ten passes per timing: a single pass of 10,000 takes a few ms, too short to time steadily.
  const oursMs = timeIt(() => {
    for (let pass = 0; pass < 10; pass++) for (const t of few) due(t.start, t.hours, OFFICE);
  });
  const perTicket = oursMs / (10 * few.length);
  const libs = loadLibraries();
  console.log(`  10,000 tickets without holidays (${OFFICE}), time per ticket:`);
  console.log(`    SLA engine             ${fmt(perTicket * 1000, 2).padStart(9)} µs`);
  for (const [name, add] of [
    ["dayjs-business-time", libs.dayjsAdd],
    ["moment-business-time", libs.momentAdd],
  ] as const) {
    const r = compare(name, add, few, ours);
    console.log(
      `    ${name.padEnd(22)} ${fmt(r.msPerTicket * 1000, 0).padStart(9)} µs  (${fmt(r.msPerTicket / perTicket, 0)}× ours)`,
    );
    printDifferences(r, few.length, "      ");
  }

  // Where dayjs-business-time parts ways, on 2,000 of the tickets.
  const some = few.slice(0, 2_000);
  console.log("  Where dayjs-business-time differs (2,000 tickets):");
  const withSeconds = some.map((t, i) => ({ ...t, start: t.start + (((i * 7919) % 59) + 1) / 86400 }));
  console.log("    starts with seconds (10:00:30 rather than 10:00):");
  printDifferences(
    compare(
      "dayjs",
      libs.dayjsAdd,
      withSeconds,
      withSeconds.map((t) => due(t.start, t.hours, OFFICE)),
    ),
    some.length,
    "      ",
  );
  libs.setDayjsHours([
    { start: "09:00:00", end: "12:00:00" },
    { start: "12:00:00", end: "18:00:00" },
  ]);
  console.log("    the same hours as two touching periods, 09:00-12:00 and 12:00-18:00:");
  printDifferences(compare("dayjs", libs.dayjsAdd, some, ours.slice(0, 2_000)), some.length, "      ");
  console.log(
    "    why: with one period a day (above) it agrees with us. It takes a period's end as still inside\n" +
      "    the period and then steps one whole minute, so every joint between touching periods it passes\n" +
      "    adds a minute (one per working day here: +3 min over 24 h, +8 over 72 h), and a due time that\n" +
      "    should be 18:00 spills into the next morning (+908 min = 09:08). It also counts whole minutes\n" +
      "    (diff in minutes truncates), so a start at 13:19:13 finishes at the next whole minute (+47 s).",
  );
}

/**
 * Each ticket's own pauses, as the range Excel passes: n rows of from and to, on hold for 15 minutes
 * to a day each, spread over the ticket's first few days (overlaps and weekends included).
 */
function pausesFor(list: Ticket[], n: number, seed: number): unknown[][][] {
  const random = seeded(seed);
  return list.map((t) =>
    Array.from({ length: n }, () => {
      const from = t.start + Math.floor(random() * 4 * 1440) / 1440;
      return [from, from + (15 + Math.floor(random() * 1425)) / 1440];
    }),
  );
}

/** DUE, ELAPSED and STATUS over 100,000 tickets with 0, 1 and 5 pauses each (office calendar, CN). */
function benchPauses(many: Ticket[]): void {
  console.log(`  100,000 tickets with their own pauses (${OFFICE}, CN), time per ticket:`);
  console.log("    pauses   DUE        ELAPSED    STATUS (open, as of the due time)");
  for (const n of [0, 1, 5]) {
    const pauses = pausesFor(many, n, 7 + n);
    const dues = new Array<number>(many.length);
    const dueMs = timeIt(() => {
      for (let i = 0; i < many.length; i++) dues[i] = due(many[i].start, many[i].hours, OFFICE, "CN", null, pauses[i]);
    }, 3);
    const elapsedMs = timeIt(() => {
      for (let i = 0; i < many.length; i++) elapsed(many[i].start, dues[i], OFFICE, "CN", null, pauses[i]);
    }, 3);
    const statusMs = timeIt(() => {
      for (let i = 0; i < many.length; i++)
        status(many[i].start, many[i].hours, null, dues[i], OFFICE, "CN", null, pauses[i]);
    }, 3);
    const us = (ms: number) => `${fmt((ms / many.length) * 1000, 2)} µs`.padEnd(11);
    console.log(`    ${String(n).padEnd(8)} ${us(dueMs)}${us(elapsedMs)}${us(statusMs)}`);
  }
}

const COLUMN_ROWS = 1_048_576;
const COLUMN_TARGET_MS = 5;

/** A whole column (1,048,576 cells) holding `dates` dates a week apart from `first`, the rest blank. */
function holidayColumn(first: number, dates: number, cn = false): unknown[][] {
  const column: unknown[][] = Array.from({ length: COLUMN_ROWS }, () => [""]);
  for (let i = 0; i < dates; i++) column[i * 3] = [first + i * 7];
  if (cn) column[dates * 3] = ["CN"];
  return column;
}

/**
 * DUE with a whole-column holidays range, as a sheet that names column H as its holidays passes it on
 * every row: the first call reads the dates, every later one scans the blank cells to find the same
 * filled ones and takes the parsed dates from the cache.
 */
function benchHolidayColumn(): void {
  for (const cn of [false, true]) {
    const column = holidayColumn(45300, 40, cn);
    const first = performance.now();
    due(45418 + 10 / 24, 24, OFFICE, column);
    const firstMs = performance.now() - first;
    // Excel hands over a fresh array for every call: a copy, so that no identity can be cached.
    const copies = [0, 1, 2].map(() => column.map((row) => [...row]));
    const per = Math.min(...copies.map((copy) => timeIt(() => due(45418 + 10 / 24, 24, OFFICE, copy), 5)));
    console.log(
      `  DUE with a whole-column holidays range (1,048,576 cells, 40 dates${cn ? " and CN" : ""}): ` +
        `${fmt(per, 2)} ms a call after the first (${fmt(firstMs, 1)} ms); target ≤ ${COLUMN_TARGET_MS} ms ` +
        `${per <= COLUMN_TARGET_MS ? "ok" : "OVER"}`,
    );
  }
  // Pauses as whole columns (A:B), three of them filled: every row is read, none is cached.
  const pauses: unknown[][] = Array.from({ length: COLUMN_ROWS }, () => ["", ""]);
  pauses[10] = [45418 + 11 / 24, 45418 + 14 / 24];
  pauses[20] = [45419 + 9 / 24, 45419 + 10 / 24];
  pauses[30] = [45420 + 16 / 24, ""];
  const pausesMs = timeIt(() => due(45418 + 10 / 24, 8, OFFICE, null, null, pauses), 5);
  console.log(`  DUE with a whole-column pauses range (1,048,576 rows × 2, 3 pauses): ${fmt(pausesMs, 2)} ms a call`);
}
