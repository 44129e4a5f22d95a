/**
 * Business time on a schedule, in closed form. Let B(t) be the working seconds before instant t
 * (whole seconds since serial 0) counted from a fixed origin. Then
 *   elapsed(t0, t1) = B(t1) − B(t0)
 *   due(t0, d)      = the earliest t ≥ t0 with B(t) = B(t0) + d, for d > 0;
 *   due(t0, 0)      = the first t ≥ t0 at which B starts to grow (t0 itself inside working time).
 * "Earliest" is what keeps a due time that lands exactly at the end of a working period there
 * (Friday 18:00, not Monday 09:00), and what makes a start outside working time count from the
 * next opening (B does not grow until then).
 *
 * B(t) needs the working seconds of all dates before t's date, which Schedule.workBefore gives
 * without visiting the dates, plus the part of t's own date (and of the day before, whose night
 * shift may still be running). The due date is guessed in closed form from the plain week, checked
 * with workBefore, and only when holidays moved it, found by galloping and bisecting over dates:
 * O(log(days) · log(holidays)) at worst, with no loop over minutes, hours or days.
 */
import { SlaError } from "../errors";
import type { Period } from "./calendar";
import { assertCovered, exceptionsBefore, firstDayReaching, periodsOn, workBefore, type Schedule } from "./schedule";
import { LAST_SERIAL, SECONDS_PER_DAY } from "./serial";

/** Seconds of the periods that lie before second `u` of their date. */
function workedBefore(periods: ReadonlyArray<Period>, u: number): number {
  let sum = 0;
  for (const p of periods) {
    if (u <= p.from) break; // sorted: later periods start later still
    sum += (u < p.to ? u : p.to) - p.from;
  }
  return sum;
}

/** B(t): working seconds before instant t. */
export function workedUntil(s: Schedule, t: number): number {
  const day = Math.floor(t / SECONDS_PER_DAY);
  const sec = t - day * SECONDS_PER_DAY;
  if (!s.calendar.overnight) return workBefore(s, day) + workedBefore(periodsOn(s, day), sec);
  // The day before may have a night shift still running at t: count that date by its periods.
  return (
    workBefore(s, day - 1) +
    workedBefore(periodsOn(s, day - 1), sec + SECONDS_PER_DAY) +
    workedBefore(periodsOn(s, day), sec)
  );
}

/** Business seconds between two instants (t1 ≥ t0). */
export function elapsedSeconds(s: Schedule, t0: number, t1: number): number {
  const first = Math.floor(t0 / SECONDS_PER_DAY) - (s.calendar.overnight ? 1 : 0);
  // An end at midnight needs nothing of the day it opens.
  const last = Math.ceil(t1 / SECONDS_PER_DAY) - 1;
  assertCovered(s, first, Math.max(first, last));
  return workedUntil(s, t1) - workedUntil(s, t0);
}

/** The end of `duration` business seconds counted from t0, as an instant in seconds. */
export function dueSeconds(s: Schedule, t0: number, duration: number): number {
  const startDay = Math.floor(t0 / SECONDS_PER_DAY);
  const firstDay = startDay - (s.calendar.overnight ? 1 : 0);
  let lo = firstDay;
  assertCovered(s, lo, startDay);
  // A zero duration is due when the clock starts: at t0 inside working time, else at the next
  // opening (a ticket logged on Saturday with a limit of 0 is due Monday 09:00, as zendesk/biz and
  // people have it). That is one second of work later, less that second: periods are whole seconds.
  if (duration === 0) return dueSeconds(s, t0, 1) - 1;
  const target = workedUntil(s, t0) + duration;
  // Find the first day x with workBefore(x) ≥ target; the target lies on date x − 1.
  // Invariant: workBefore(lo) < target ≤ workBefore(hi). workBefore(lo) ≤ B(t0) < target holds.
  const limit = LAST_SERIAL + 2; // no due date may lie past 9999-12-31
  // Guess in closed form as if no exception lay between the start and the due date; that is
  // usually right, so two evaluations confirm it. Otherwise gallop on, then bisect.
  let hi = Math.min(limit, Math.max(lo + 1, firstDayReaching(s.calendar, target - exceptionsBefore(s, lo))));
  let step = 7;
  while (workBefore(s, hi) < target) {
    if (hi === limit) throw new SlaError("#NUM!", "dueAfterLastDate");
    lo = hi;
    hi = Math.min(limit, lo + step);
    step *= 2;
  }
  if (hi - 1 > lo && workBefore(s, hi - 1) < target) lo = hi - 1;
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (workBefore(s, mid) < target) lo = mid;
    else hi = mid;
  }
  // The date whose periods hold the target: workBefore(date) < target ≤ workBefore(date + 1).
  const date = hi - 1;
  // Every date from the start to the due date: CN's covered years need not be one run (CN with the
  // user's own dates for a later year, skipping one).
  assertCovered(s, firstDay, date);
  let rest = target - workBefore(s, date);
  for (const p of periodsOn(s, date)) {
    const length = p.to - p.from;
    if (rest <= length) {
      const t = date * SECONDS_PER_DAY + p.from + rest;
      if (t > (LAST_SERIAL + 1) * SECONDS_PER_DAY) throw new SlaError("#NUM!", "dueAfterLastDate");
      return t;
    }
    rest -= length;
  }
  // workBefore and periodsOn describe the same dates, so the loop always returns.
  throw new Error("business time: the due date's periods do not add up");
}
