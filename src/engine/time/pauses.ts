/**
 * Pauses: the times a ticket was on hold (waiting for the customer, a part, a third party), when
 * the SLA clock stops. The argument is a two-column range, from and to, one row per time on hold:
 *
 *   from               to
 *   2024-05-06 11:00   2024-05-06 14:00     on hold for three hours
 *   2024-05-07 16:00                        on hold since then, still (an empty "to")
 *
 * Cells are date-times as the start and end are (serials, or text such as 2024-05-06 09:30). A
 * fully blank row is skipped, so a range with room for more pauses is fine; a range with nothing
 * in it is no pause at all, whatever its shape. Rows may overlap and come in any order: they are
 * merged into disjoint intervals, so paused time is never subtracted twice.
 *
 * Paused time only matters where it overlaps working time: being on hold over a weekend changes
 * nothing. With B(t) the working seconds before t (businessTime.ts) and the merged pauses clipped
 * to [t0, t1], the business time of a ticket is
 *   W(t0, t1) = B(t1) − B(t0) − Σ (B(to) − B(from)),
 * two evaluations of B per pause, however long the pause or the ticket: no walk over the calendar.
 */
import { naError, valueError } from "../errors";
import { clip, isArray, isBlank } from "../values";
import { secondsOfCell } from "./args";
import { assertCovered, type Schedule } from "./schedule";
import { dueSeconds, elapsedSeconds, workedUntil } from "./businessTime";
import { formatDateTime, SECONDS_PER_DAY } from "./serial";

/**
 * Merged on-hold intervals [from, to) in whole seconds, sorted, disjoint and not touching. Only the
 * last may be open (to = Infinity): the ticket is on hold from then on.
 */
export interface Pauses {
  readonly from: readonly number[];
  readonly to: readonly number[];
}

export const NO_PAUSES: Pauses = Object.freeze({ from: [], to: [] });

/**
 * The pauses argument. Not cached (unlike holidays): each ticket has its own few cells, so a cache
 * would cost a hash, a comparison and an eviction per call to save the reading of a handful of cells.
 */
export function readPauses(input: unknown): Pauses {
  if (isBlank(input)) return NO_PAUSES;
  const rows = isArray(input) ? input : [[input]];
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row: unknown = rows[i];
    const cells = isArray(row) ? row : [row];
    if (cells.length !== 2) {
      // A blank range of any shape is no pause; one with something in it must have two columns.
      if (cells.some((c) => !isBlank(c))) throw valueError("pausesColumns", { columns: cells.length });
      continue;
    }
    const a: unknown = cells[0];
    const b: unknown = cells[1];
    if ((a === "" || a === null) && (b === "" || b === null)) continue; // an empty row, quickly: whole columns
    const rowNumber = i + 1; // 1-based within the range, as the user counts its rows
    const start = instant(a, rowNumber);
    const end = instant(b, rowNumber);
    if (start === null) {
      if (end === null) continue; // an empty row
      throw valueError("pauseFromMissing", { row: rowNumber });
    }
    if (end === null) {
      from.push(start);
      to.push(Infinity); // still on hold
    } else if (end < start) {
      throw valueError("pauseBackwards", { row: rowNumber, from: formatDateTime(start), to: formatDateTime(end) });
    } else if (end > start) {
      from.push(start);
      to.push(end);
    } // a pause that ends as it starts holds nothing
  }
  return from.length === 0 ? NO_PAUSES : merged(from, to);
}

function instant(cell: unknown, row: number): number | null {
  return secondsOfCell(cell, () => valueError("pauseNotDate", { row, value: clip(String(cell)) }));
}

/** The union of the intervals, as sorted disjoint intervals. */
function merged(from: number[], to: number[]): Pauses {
  const order = from.map((_, i) => i).sort((i, j) => from[i] - from[j]);
  const mf: number[] = [];
  const mt: number[] = [];
  for (const i of order) {
    const last = mt.length - 1;
    if (last >= 0 && from[i] <= mt[last]) {
      if (to[i] > mt[last]) mt[last] = to[i]; // overlaps or touches the one before: extend it
    } else {
      mf.push(from[i]);
      mt.push(to[i]);
    }
  }
  return { from: mf, to: mt };
}

/** The start of the pause that holds instant t (from ≤ t < to), or null when t is not on hold. */
export function onHoldSince(p: Pauses, t: number): number | null {
  for (let i = 0; i < p.from.length && p.from[i] <= t; i++) if (t < p.to[i]) return p.from[i];
  return null;
}

/** Business seconds between t0 and t1 (t1 ≥ t0) that are not on hold. */
export function elapsedWithPauses(s: Schedule, t0: number, t1: number, p: Pauses): number {
  let sum = elapsedSeconds(s, t0, t1); // checks that CN covers the dates; the pauses lie within them
  for (let i = 0; i < p.from.length && p.from[i] < t1; i++) {
    if (p.to[i] <= t0) continue;
    // Clipped to [t0, t1]: an open pause runs to t1, a pause begun before the start counts from it.
    const a = p.from[i] > t0 ? p.from[i] : t0;
    const b = p.to[i] < t1 ? p.to[i] : t1;
    sum -= workedUntil(s, b) - workedUntil(s, a);
  }
  return sum;
}

/** The last date whose hours count up to t (a time at midnight needs nothing of the day it opens). */
const lastDayOf = (t: number, firstDay: number): number => Math.max(firstDay, Math.ceil(t / SECONDS_PER_DAY) - 1);

/** What dueWithPauses returns when the clock is stopped before the duration has passed. */
export class OnHold {
  constructor(readonly since: number) {}
}

/**
 * The earliest instant t ≥ t0 at which `duration` business seconds not on hold have passed; with a
 * zero duration, the first instant from t0 on at which the clock runs (the next opening not on
 * hold). OnHold when an open pause stops the clock before that.
 *
 * The pauses are taken in order, each needing two evaluations of B: the working seconds from the
 * cursor (t0, or the end of the last pause passed) to the next pause's start are spent; when they
 * reach what is left, the answer lies before that pause and the plain due time from the cursor is
 * it; otherwise the clock jumps to the pause's end. Exact, since between pauses the clock runs as
 * it does without them.
 */
export function dueWithPauses(s: Schedule, t0: number, duration: number, p: Pauses): number | OnHold {
  const firstDay = Math.floor(t0 / SECONDS_PER_DAY) - (s.calendar.overnight ? 1 : 0);
  let cursor = t0;
  let need = duration;
  for (let i = 0; i < p.from.length; i++) {
    if (p.to[i] <= cursor) continue; // over before the clock gets there
    if (p.from[i] > cursor) {
      const available = workedUntil(s, p.from[i]) - workedUntil(s, cursor);
      // A zero duration needs the clock to run at all: some working time before the pause.
      if (need > 0 ? available >= need : available > 0) break;
      need -= available;
    }
    if (p.to[i] === Infinity) {
      assertCovered(s, firstDay, lastDayOf(p.from[i], firstDay));
      return new OnHold(p.from[i]);
    }
    cursor = p.to[i];
  }
  const t = dueSeconds(s, cursor, need);
  // dueSeconds checks the dates it looked at from the cursor on; the dates before, back to the
  // start, were read too (the working time before each pause).
  assertCovered(s, firstDay, lastDayOf(t, firstDay));
  return t;
}

/** dueWithPauses for SLA.DUE: an open pause is #N/A, saying since when the ticket is on hold. */
export function dueOrOnHold(s: Schedule, t0: number, duration: number, p: Pauses): number {
  const t = dueWithPauses(s, t0, duration, p);
  if (t instanceof OnHold) throw naError("dueOnHold", { since: formatDateTime(t.since) });
  return t;
}
