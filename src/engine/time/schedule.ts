/**
 * A schedule is a calendar together with its exceptions: the dates off (holidays) and the dates
 * worked although the calendar says otherwise (make-up days). It answers, in O(log n) for n
 * exception dates and independently of how far apart the dates are:
 *   - which periods are worked on a given date, and
 *   - how many seconds are worked on all dates before a given date (closed form: whole weeks by
 *     multiplication, the days of the last partial week from a table, the exceptions from a
 *     prefix sum found by binary search).
 *
 * With "CN" the China table comes first and the user's own holidays and make-up days go on top.
 * A date that is a holiday works no hours — including the early-morning part of a night shift
 * that started on it. A make-up date works the calendar's regular weekday hours (see Calendar).
 */
import { naError, SlaError, valueError } from "../errors";
import type { Calendar, Period } from "./calendar";
import { chinaTable, CN_HOLIDAY_YEARS, type DateList } from "./holidays";
import { SECONDS_PER_DAY, formatDate, serialFromCivil, weekdayOf, yearOfSerial } from "./serial";

export interface Schedule {
  readonly calendar: Calendar;
  /** Exception dates (day serials), sorted. */
  readonly dates: Int32Array;
  /** For each exception date: 1 = worked with the regular hours, 0 = not worked. */
  readonly worked: Uint8Array;
  /**
   * prefix[i] = change in working seconds caused by dates[0 … i-1] compared with the plain week
   * (a holiday on a Monday subtracts Monday's hours; a make-up Saturday adds the regular hours
   * minus Saturday's own). Length dates.length + 1.
   */
  readonly prefix: Float64Array;
  /** With "CN": the dates it may be used for; otherwise null. */
  readonly coverage: Coverage | null;
}

/**
 * The years "CN" may be used for: those of the China table, and any year of which the holidays
 * range lists at least one date beside CN. A user who types next year's official arrangement
 * (its holidays, and its make-up days in the workdays range) makes that year usable, with those
 * dates and the calendar's weekends; a year nobody described stays #N/A rather than a guess that
 * silently ignores Spring Festival.
 */
export interface Coverage {
  /** Runs of covered dates as day serials: first, last, first, last, … sorted, never adjacent. */
  readonly runs: Int32Array;
  /** The covered years for the message: "2004–2027", "2004–2026, 2028". */
  readonly years: { readonly en: string; readonly zh: string };
}

const NO_PERIODS: ReadonlyArray<Period> = [];

/** Index of the first element ≥ x. */
function lowerBound(a: Int32Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The periods worked on a date (seconds from that date's midnight). */
export function periodsOn(s: Schedule, day: number): ReadonlyArray<Period> {
  const i = lowerBound(s.dates, day);
  if (i < s.dates.length && s.dates[i] === day) return s.worked[i] ? s.calendar.regular : NO_PERIODS;
  return s.calendar.week[weekdayOf(day)];
}

/** Working seconds of all dates before `day` (from an arbitrary fixed origin: only differences matter). */
export function workBefore(s: Schedule, day: number): number {
  return plainWorkBefore(s.calendar, day) + exceptionsBefore(s, day);
}

/** workBefore as if no date were an exception: whole weeks times the week's total, plus a table. */
function plainWorkBefore(cal: Calendar, day: number): number {
  const weeks = Math.floor(day / 7);
  return weeks * cal.weekTotal + cal.baseByResidue[day - weeks * 7];
}

/** What the exception dates before `day` add to (or take from) the plain week. */
export function exceptionsBefore(s: Schedule, day: number): number {
  return s.prefix[lowerBound(s.dates, day)];
}

/**
 * The first day x with plainWorkBefore(x) ≥ v: the inverse of the plain week in closed form.
 * Whole weeks first (q of them leave 0 < rest ≤ weekTotal), then the day of the week from the table.
 */
export function firstDayReaching(cal: Calendar, v: number): number {
  const q = Math.ceil(v / cal.weekTotal) - 1;
  const rest = v - q * cal.weekTotal;
  let r = 1;
  while (cal.baseByResidue[r] < rest) r++;
  return 7 * q + r;
}

/** #N/A when "CN" is used for a date outside the years covered (see Coverage), naming the first such year. */
export function assertCovered(s: Schedule, fromDay: number, toDay: number): void {
  const c = s.coverage;
  if (!c) return;
  const runs = c.runs;
  let outside: number = fromDay;
  for (let i = 0; i < runs.length; i += 2)
    if (runs[i] <= fromDay && fromDay <= runs[i + 1]) {
      if (toDay <= runs[i + 1]) return;
      outside = runs[i + 1] + 1; // the run ends before toDay, and the next run is not adjacent
      break;
    }
  throw naError("cnYearNotCovered", { year: yearOfSerial(outside), covered: c.years });
}

/** The table's years and the years of the user's own holidays, as runs of dates. */
function coverageOf(ownHolidays: Int32Array): Coverage {
  const years = new Set<number>();
  for (let y = CN_HOLIDAY_YEARS.first; y <= CN_HOLIDAY_YEARS.last; y++) years.add(y);
  for (const d of ownHolidays) years.add(yearOfSerial(d));
  const sorted = [...years].sort((a, b) => a - b);
  const runs: number[] = [];
  const names: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    runs.push(serialFromCivil(sorted[i], 1, 1)!, serialFromCivil(sorted[j], 12, 31)!);
    names.push(i === j ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return { runs: Int32Array.from(runs), years: { en: names.join(", "), zh: names.join("、") } };
}

function buildSchedule(calendar: Calendar, holidays: DateList, workdays: DateList): Schedule {
  const status = new Map<number, boolean>(); // day → worked?
  let coverage: Schedule["coverage"] = null;
  if (holidays.cn) {
    const cn = chinaTable();
    for (const d of cn.off) status.set(d, false);
    for (const d of cn.work) status.set(d, true);
    coverage = coverageOf(holidays.days);
  }
  // The user's own dates go on top of the China table: extra days off (a company's own holiday,
  // next year's arrangement), and make-up days that win over it (a company working on 10月3日).
  // The same date in both of the user's own ranges is a contradiction to point out.
  for (const d of holidays.days) status.set(d, false);
  for (const d of workdays.days) {
    if (holidays.days[lowerBound(holidays.days, d)] === d)
      throw valueError("holidayAndWorkday", { date: formatDate(d) });
    status.set(d, true);
  }
  const dates = Int32Array.from(status.keys()).sort();
  const worked = new Uint8Array(dates.length);
  const prefix = new Float64Array(dates.length + 1);
  dates.forEach((d, i) => {
    worked[i] = status.get(d) ? 1 : 0;
    const own = calendar.dayTotals[weekdayOf(d)];
    prefix[i + 1] = prefix[i] + (worked[i] ? calendar.regularTotal - own : -own);
  });
  const schedule: Schedule = { calendar, dates, worked, prefix, coverage };
  if (calendar.overnight) checkNights(schedule);
  return schedule;
}

/**
 * The calendar itself has no overlaps, but an exception can create one: a make-up Sunday takes
 * Monday's 06:00 start while Saturday's night shift runs until 07:00. Refuse that, naming the date.
 */
function checkNights(s: Schedule): void {
  const clash = (day: number): boolean => {
    const before = periodsOn(s, day - 1);
    const own = periodsOn(s, day);
    const last = before[before.length - 1];
    return !!last && own.length > 0 && last.to - SECONDS_PER_DAY > own[0].from;
  };
  for (const d of s.dates)
    for (const day of [d, d + 1]) if (clash(day)) throw valueError("overnightClash", { date: formatDate(day) });
}

// Calendars and date lists are themselves cached (bounded), so keying by their identity keeps this
// cache bounded too and costs no string building per call. A refused combination is cached as its
// error, so a clash copied down 10,000 rows is worked out once.
const cache = new WeakMap<Calendar, WeakMap<DateList, WeakMap<DateList, Schedule | SlaError>>>();

let last: { calendar: Calendar; holidays: DateList; workdays: DateList; schedule: Schedule } | null = null;

export function scheduleFor(calendar: Calendar, holidays: DateList, workdays: DateList): Schedule {
  // Excel calls row after row with the same arguments: answer those without the lookups.
  if (last && last.calendar === calendar && last.holidays === holidays && last.workdays === workdays)
    return last.schedule;
  let byHolidays = cache.get(calendar);
  if (!byHolidays) cache.set(calendar, (byHolidays = new WeakMap()));
  let byWorkdays = byHolidays.get(holidays);
  if (!byWorkdays) byHolidays.set(holidays, (byWorkdays = new WeakMap()));
  let entry = byWorkdays.get(workdays);
  if (!entry) {
    try {
      entry = buildSchedule(calendar, holidays, workdays);
    } catch (e) {
      if (!(e instanceof SlaError)) throw e;
      entry = e;
    }
    byWorkdays.set(workdays, entry);
  }
  if (entry instanceof SlaError) throw entry;
  last = { calendar, holidays, workdays, schedule: entry };
  return entry;
}
