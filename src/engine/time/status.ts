/**
 * Where a ticket stands against its limit: SLA.STATUS (a word) and SLA.USED (the share of the
 * limit used). Arguments in the order the issue fixes, each new one last:
 *
 *   status(start, limit, end?, as_of?, calendar?, holidays?, workdays?, pauses?, warning?)
 *   used(start, limit, end?, as_of?, calendar?, holidays?, workdays?, pauses?)
 *
 * `limit` is a duration as DUE reads it (hours as a number, or 2小时, 30分钟, 3个工作日 …). The ticket
 * is measured up to its end when it has one, else up to as_of, which has no default: nothing here
 * reads the clock (a function that did would have to be volatile); the sheet passes NOW(). With an
 * end, as_of is still checked but not used.
 *
 * USED = business time not on hold ÷ limit (elapsed(start, end or as_of, …, pauses) / limit).
 *
 * STATUS, with due = DUE(start, limit, …, pauses):
 *   - closed: Met when end ≤ due, else Breached. This is the ticket log's "resolved on time" (end ≤
 *     due), which is not quite USED ≤ 100%: a ticket due Friday 18:00 and closed on Saturday has used
 *     exactly 100% but was still open after its due time, so it is Breached;
 *   - open, at as_of: Breached when as_of > due, else Paused when as_of falls in a pause (from ≤ as_of
 *     < to; an open pause holds every as_of after its start), else At risk when USED ≥ the warning
 *     level, else Open. A ticket already over its due time stays Breached while on hold.
 *   A limit of 0 is due at the start, or at the next opening outside working time (DUE's rule), so
 *   it is Met only when closed by then; open and not yet due it is Open (no share of 0 to warn on).
 *
 * The word is in the workbook's language, told the way SLA.EXPLAIN and SLA.RULE tell theirs: by the
 * texts it is given. Chinese when the calendar or the limit is text with Chinese characters (周一至周五
 * 9:00-18:00, 2小时: what a Chinese agreement's parameters hold), English otherwise. Never Office's
 * display language: co-authors with different Office languages must see the same cell. A Chinese
 * workbook on 7×24 with limits in plain hours can write the calendar as 7×24小时.
 *
 * `warning`: the share of the limit from which an open ticket is at risk, 80% when omitted. A
 * fraction (0.8, or 80% typed in a % cell, which Excel passes as 0.8) or text "80%"; a bare 80 is
 * refused with a message rather than guessed (the engine's rule for percentages everywhere).
 */
import { naError, SlaError, valueError } from "../errors";
import { phrase } from "../messages";
import { hasChinese } from "../text";
import { formatNumber } from "../exact";
import { clip, isBlank, numberFromText } from "../values";
import type { Language } from "../errors";
import { parseCalendar } from "./calendar";
import { durationSeconds, readDuration } from "./duration";
import { oneCell, readInstant, readStart, scheduleOf } from "./args";
import { elapsedWithPauses, onHoldSince, readPauses, type Pauses } from "./pauses";
import type { Schedule } from "./schedule";
import { formatDateTime } from "./serial";

export const DEFAULT_WARNING = 0.8;

/** The words STATUS returns, in both languages (for templates that colour them), worded once. */
export const statusTexts = {
  met: phraseIn("statusMet"),
  breached: phraseIn("statusBreached"),
  atRisk: phraseIn("statusAtRisk"),
  open: phraseIn("statusOpen"),
  paused: phraseIn("statusPaused"),
} as const;

type StatusId = "statusMet" | "statusBreached" | "statusAtRisk" | "statusOpen" | "statusPaused";

function phraseIn(id: StatusId): { readonly en: string; readonly zh: string } {
  return { en: phrase(id, {}, "en"), zh: phrase(id, {}, "zh") };
}

/** A ticket measured: its schedule and pauses, start, limit and the instant it is measured at. */
interface Ticket {
  readonly schedule: Schedule;
  readonly pauses: Pauses;
  readonly t0: number;
  /** The limit in business seconds. */
  readonly limit: number;
  /** The end when closed, else as_of. */
  readonly at: number;
  readonly closed: boolean;
}

function readTicket(
  start: unknown,
  limit: unknown,
  end: unknown,
  asOf: unknown,
  calendar: unknown,
  holidays: unknown,
  workdays: unknown,
  pauses: unknown,
): Ticket {
  const t0 = readStart(start);
  const d = readDuration(limit);
  const t1 = readInstant(end, "end");
  const now = readInstant(asOf, "asOf");
  const cal = parseCalendar(calendar);
  const schedule = scheduleOf(cal, holidays, workdays);
  const p = readPauses(pauses);
  const ticket = { schedule, pauses: p, t0, limit: durationSeconds(d, cal) };
  if (t1 !== null) {
    if (t1 < t0) throw new SlaError("#NUM!", "endBeforeStart", { start: formatDateTime(t0), end: formatDateTime(t1) });
    return { ...ticket, at: t1, closed: true };
  }
  if (now === null) throw naError("asOfMissing");
  if (now < t0)
    throw new SlaError("#NUM!", "asOfBeforeStart", { start: formatDateTime(t0), asOf: formatDateTime(now) });
  return { ...ticket, at: now, closed: false };
}

/** W(t): business seconds not on hold from the start to t. */
const worked = (x: Ticket, t: number): number => elapsedWithPauses(x.schedule, x.t0, t, x.pauses);

/**
 * Whether t ≤ due, told from W alone, so that the due date itself, which may lie in a year CN does
 * not cover, is never needed. Due is the earliest instant with W = limit (for a zero limit, the
 * first at which W grows); W counts whole seconds and grows by at most one a second, so:
 * W(t) < limit → before due; W(t) > limit → after; W(t) = limit → exactly at due when the last
 * second before t was still needed (W(t − 1) < limit), after it otherwise. A zero limit: on time
 * while W is still 0.
 */
function byDue(x: Ticket, w: number, t: number): boolean {
  if (w !== x.limit) return w < x.limit;
  return x.limit === 0 || worked(x, t - 1) < x.limit;
}

/** The share of the limit used: business time not on hold up to the end (or as_of) ÷ limit. */
export function used(
  start: unknown,
  limit: unknown,
  end?: unknown,
  asOf?: unknown,
  calendar?: unknown,
  holidays?: unknown,
  workdays?: unknown,
  pauses?: unknown,
): number {
  const x = readTicket(start, limit, end, asOf, calendar, holidays, workdays, pauses);
  if (x.limit === 0) throw new SlaError("#DIV/0!", "usedZeroLimit");
  return worked(x, x.at) / x.limit;
}

/** Met, Breached, At risk, Open or Paused (达标, 超时, 预警, 处理中, 挂起): see the top of this file. */
export function status(
  start: unknown,
  limit: unknown,
  end?: unknown,
  asOf?: unknown,
  calendar?: unknown,
  holidays?: unknown,
  workdays?: unknown,
  pauses?: unknown,
  warning?: unknown,
): string {
  const x = readTicket(start, limit, end, asOf, calendar, holidays, workdays, pauses);
  const level = readWarning(warning);
  const lang = languageOf(calendar, limit);
  const w = worked(x, x.at);
  const onTime = byDue(x, w, x.at);
  let word: keyof typeof statusTexts;
  if (x.closed) word = onTime ? "met" : "breached";
  else if (!onTime) word = "breached";
  else if (onHoldSince(x.pauses, x.at) !== null) word = "paused";
  else if (x.limit > 0 && w / x.limit >= level)
    word = "atRisk"; // the very quotient USED shows
  else word = "open";
  return statusTexts[word][lang];
}

/** Chinese when the calendar or the limit is written in Chinese, else English (see the top). */
function languageOf(calendar: unknown, limit: unknown): Language {
  const chinese = (v: unknown) => {
    const cell = oneCell(v);
    return typeof cell === "string" && hasChinese(cell);
  };
  return chinese(calendar) || chinese(limit) ? "zh" : "en";
}

/** The warning level as a fraction in (0, 1]; 80% when omitted. */
function readWarning(input: unknown): number {
  const cell = oneCell(input);
  if (isBlank(cell) || (typeof cell === "string" && cell.trim() === "")) return DEFAULT_WARNING;
  const n = typeof cell === "number" ? cell : typeof cell === "string" ? numberFromText(cell) : null;
  if (n === null || !Number.isFinite(n)) throw valueError("warningUnreadable", { value: clip(String(cell)) });
  // 80 meant as 80%: say how to write it rather than read it as 8,000%.
  if (n > 1 && n <= 100)
    throw valueError("warningAsWhole", { value: formatNumber(n), fraction: formatNumber(n / 100) });
  if (!(n > 0 && n <= 1)) throw valueError("warningRange", { value: clip(String(cell)) });
  return n;
}
