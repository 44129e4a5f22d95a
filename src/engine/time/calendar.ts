/**
 * Service calendars as SLA documents write them: "7×24", "周一至周五 9:00-18:00",
 * "Mon-Fri 09:00-12:00,13:00-18:00; Sat 10:00-16:00", "每天 22:00-06:00".
 *
 * A calendar is a week of working periods, Monday first. Times are whole seconds from the midnight
 * of the day a period starts on; a period past midnight ("22:00-06:00") belongs to the day it
 * starts on, so its end exceeds 86400. Periods never overlap (an overlap is reported, not guessed).
 */
import { SlaError, valueError } from "../errors";
import { TextCache } from "../cache";
import { clip, isSpace } from "../values";
import { simplified } from "../words/traditional";
import { SECONDS_PER_DAY, weekdayOf } from "./serial";

export interface Period {
  /** Seconds after the midnight of the day the period starts on. */
  readonly from: number;
  /** Seconds after that same midnight: up to 2 × 86400 for a period past midnight. */
  readonly to: number;
}

export interface Calendar {
  /** The text it was parsed from ("" for the default 7×24). */
  readonly text: string;
  /** Working periods of each weekday, Monday = 0 … Sunday = 6, sorted, not overlapping. */
  readonly week: ReadonlyArray<ReadonlyArray<Period>>;
  /** Working seconds of each weekday. */
  readonly dayTotals: ReadonlyArray<number>;
  /** Working seconds of a whole week. */
  readonly weekTotal: number;
  /**
   * The regular weekday hours: the periods of the first of Monday…Friday that has any (of Saturday
   * or Sunday for a weekend-only calendar). A make-up working day (调休) takes these hours, and one
   * "working day" of a duration lasts their total.
   */
  readonly regular: ReadonlyArray<Period>;
  /** Length of a working day in seconds (total of `regular`). */
  readonly regularTotal: number;
  /** Whether some period runs past midnight (then the day before matters too). */
  readonly overnight: boolean;
  /**
   * baseByResidue[r] = working seconds of the r days starting at a day serial divisible by 7
   * (serial 7k is a Saturday); baseByResidue[7] = weekTotal. Lets whole weeks be skipped in O(1).
   */
  readonly baseByResidue: ReadonlyArray<number>;
}

const ALL_DAYS = [0, 1, 2, 3, 4, 5, 6];
const MON_TO_FRI = [0, 1, 2, 3, 4];
const WEEKEND = [5, 6];

function buildCalendar(text: string, week: Period[][]): Calendar {
  const dayTotals = week.map((ps) => ps.reduce((sum, p) => sum + (p.to - p.from), 0));
  const weekTotal = dayTotals.reduce((a, b) => a + b, 0);
  const regularDay = [0, 1, 2, 3, 4, 5, 6].find((d) => week[d].length > 0) ?? 0;
  const baseByResidue = [0];
  for (let r = 0; r < 7; r++) baseByResidue.push(baseByResidue[r] + dayTotals[weekdayOf(r)]);
  return {
    text,
    week,
    dayTotals,
    weekTotal,
    regular: week[regularDay],
    regularTotal: dayTotals[regularDay],
    overnight: week.some((ps) => ps.some((p) => p.to > SECONDS_PER_DAY)),
    baseByResidue,
  };
}

/** The default calendar: every second of every day. */
export const ALWAYS: Calendar = buildCalendar(
  "",
  ALL_DAYS.map(() => [{ from: 0, to: SECONDS_PER_DAY }]),
);

// ---------------------------------------------------------------------------------------------
// Tokens. The text is NFKC-normalised (full-width digits, colons, semicolons and tildes become
// ASCII), ASCII letters are lower-cased and traditional characters simplified (週一至週五, 9點);
// all keep positions, so parts can be quoted back as written.

const CONNECT = String.raw`\s*(?:-|–|—|−|~|〜|至|到|to(?![a-z])|through|thru|till|until)\s*`;
const CN_DAY_PREFIX = "(?:周|星期|礼拜|禮拜)";
const CN_DAY_NUM = "([一二三四五六日天1-7])";
const EN_DAY =
  "(monday|mon|tuesday|tues|tue|wednesday|wed|thursday|thurs|thur|thu|friday|fri|saturday|sat|sunday|sun)(?![a-z])";
const TIME = String.raw`(?:(?:上午|下午|早上|晚上|中午)\s*)?\d{1,2}(?:\s*[:.]\s*\d{2}(?:\s*:\s*\d{2})?|\s*(?:点|點|时|時)(?:\s*(?:半|\d{1,2}\s*分?))?)?(?:\s*(?:a\.m\.|p\.m\.|am|pm)(?![a-z]))?`;

const patterns = {
  cnRange: new RegExp(`${CN_DAY_PREFIX}${CN_DAY_NUM}${CONNECT}${CN_DAY_PREFIX}?${CN_DAY_NUM}`, "y"),
  enRange: new RegExp(`${EN_DAY}${CONNECT}${EN_DAY}`, "y"),
  cnDay: new RegExp(`${CN_DAY_PREFIX}${CN_DAY_NUM}`, "y"),
  enDay: new RegExp(EN_DAY, "y"),
  monToFri: /(?:工作日|weekdays?(?![a-z])|workdays?(?![a-z])|work\s*days?(?![a-z])|business\s*days?(?![a-z]))/y,
  everyDay: /(?:每天|每日|天天|全周|daily(?![a-z])|every\s*day(?![a-z])|everyday(?![a-z])|all\s*days(?![a-z]))/y,
  weekend: /(?:周末|双休日|weekends?(?![a-z]))/y,
  period: new RegExp(`(${TIME})${CONNECT}(${TIME})`, "y"),
  allDayPeriod: /(?:全天|24\s*小时|24\s*h(?:ours?)?(?![a-z])|all\s*day(?![a-z])|around\s+the\s+clock)/y,
  clauseEnd: /[;\n\r|。]/y,
  // A whole run of separators is one token: the alternatives start with different characters, so
  // the run is read once, without backtracking.
  separator: /(?:[\s,、:&+]|和|及|and(?![a-z]))+/y,
};

type PatternName = keyof typeof patterns;

/** The patterns in the order they are tried, each with the characters it can start with. */
const ORDER: ReadonlyArray<readonly [PatternName, string]> = [
  ["clauseEnd", ";\n\r|。"],
  ["separator", ",、:&+和及a"],
  ["period", "0123456789上下早晚中"],
  ["cnRange", "周星礼禮"],
  ["enRange", "mtwfs"],
  ["cnDay", "周星礼禮"],
  ["enDay", "mtwfs"],
  ["monToFri", "工wb"],
  ["everyDay", "每天全dea"],
  ["weekend", "周双w"],
  ["allDayPeriod", "全2a"],
];

/**
 * The patterns worth trying at a character, in order: most characters start one or two of them,
 * so a long calendar costs a couple of sticky matches per token rather than eleven.
 */
const byFirst = new Map<string, PatternName[]>();
for (const [name, firsts] of ORDER)
  for (const ch of firsts) {
    const list = byFirst.get(ch) ?? [];
    list.push(name);
    byFirst.set(ch, list);
  }
const candidates = (ch: string): readonly PatternName[] =>
  byFirst.get(ch) ?? (isSpace(ch.charCodeAt(0)) ? SPACE_CANDIDATES : NONE);
const SPACE_CANDIDATES: readonly PatternName[] = ["separator"];
const NONE: readonly PatternName[] = [];

const SEVEN_BY_24 =
  /^(?:7\s*[x×*]\s*24|24\s*[x×*]\s*7)(?:\s*(?:小时|小時|h|hours?))?$|^(?:24\s*\/\s*7|全天候?|all\s*day|always|around\s+the\s+clock)$/;

const cnDayIndex = (c: string): number => {
  const i = "一二三四五六".indexOf(c);
  if (i >= 0) return i;
  if (c === "日" || c === "天" || c === "7") return 6;
  return Number(c) - 1; // "1" … "6"
};

const enDayIndex = (w: string): number => ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].indexOf(w.slice(0, 3));

/** Days from `a` to `b` inclusive, wrapping past Sunday ("Fri-Mon" is Fri, Sat, Sun, Mon). */
function dayRange(a: number, b: number): number[] {
  const out = [a];
  for (let d = a; d !== b;) {
    d = (d + 1) % 7;
    out.push(d);
  }
  return out;
}

interface TimeOfDay {
  readonly seconds: number;
  /** A bare hour such as the "9" in "9-5": no minutes, no 点, no am/pm. */
  readonly bare: boolean;
}

/** Seconds after midnight of one written time, or null when it is not a time of day. */
function readTime(t: string): TimeOfDay | null {
  const m =
    /^(上午|下午|早上|晚上|中午)?\s*(\d{1,2})(?:\s*[:.]\s*(\d{2})(?:\s*:\s*(\d{2}))?|\s*(?:点|點|时|時)(?:\s*(半|\d{1,2})\s*分?)?)?\s*(a\.m\.|p\.m\.|am|pm)?$/.exec(
      t.trim(),
    );
  if (!m) return null;
  let h = Number(m[2]);
  const min = m[5] === "半" ? 30 : Number(m[3] ?? m[5] ?? 0);
  const sec = Number(m[4] ?? 0);
  const meridiem = m[6]?.[0]; // "a" or "p"
  const prefix = m[1];
  if (meridiem === "p" || prefix === "下午" || prefix === "晚上" || (prefix === "中午" && h < 11)) {
    if (h > 12) return null; // "14pm" says two different things
    if (h < 12) h += 12;
  } else if (meridiem === "a") {
    if (h > 12) return null;
    if (h === 12) h = 0; // 12am is midnight
  }
  if (min > 59 || sec > 59 || h > 24 || (h === 24 && (min > 0 || sec > 0))) return null;
  const bare = m[3] === undefined && m[5] === undefined && !/[点點时時]/.test(t) && !meridiem && !prefix;
  return { seconds: h * 3600 + min * 60 + sec, bare };
}

interface DaysToken {
  readonly kind: "days";
  readonly days: number[];
  readonly start: number;
  readonly end: number;
}
interface PeriodToken {
  readonly kind: "period";
  readonly from: number;
  readonly to: number;
  readonly start: number;
  readonly end: number;
}
interface PlainToken {
  readonly kind: "clauseEnd" | "separator";
  readonly start: number;
  readonly end: number;
}
type Token = DaysToken | PeriodToken | PlainToken;

function unreadable(text: string, part: string) {
  return valueError("calendarUnreadable", { part: clip(part.trim()), text: clip(text) });
}

function tokenize(norm: string, lower: string, original: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  while (pos < lower.length) {
    const start = pos;
    let token: Token | null = null;
    for (const name of candidates(lower[pos])) {
      const re = patterns[name];
      re.lastIndex = pos;
      const m = re.exec(lower);
      if (m) {
        token = tokenOf(name, m, start, norm, original);
        break;
      }
    }
    if (!token) throw unreadable(original, unreadablePart(norm, pos, tokens));
    tokens.push(token);
    pos = token.end;
  }
  return tokens;
}

function tokenOf(name: PatternName, m: RegExpExecArray, start: number, norm: string, original: string): Token {
  const end = start + m[0].length;
  switch (name) {
    case "clauseEnd":
    case "separator":
      return { kind: name, start, end };
    case "period":
      return periodToken(m, start, norm, original);
    case "cnRange":
      return { kind: "days", days: dayRange(cnDayIndex(m[1]), cnDayIndex(m[2])), start, end };
    case "enRange":
      return { kind: "days", days: dayRange(enDayIndex(m[1]), enDayIndex(m[2])), start, end };
    case "cnDay":
      return { kind: "days", days: [cnDayIndex(m[1])], start, end };
    case "enDay":
      return { kind: "days", days: [enDayIndex(m[1])], start, end };
    case "monToFri":
      return { kind: "days", days: MON_TO_FRI, start, end };
    case "everyDay":
      return { kind: "days", days: ALL_DAYS, start, end };
    case "weekend":
      return { kind: "days", days: WEEKEND, start, end };
    case "allDayPeriod":
      return { kind: "period", from: 0, to: SECONDS_PER_DAY, start, end };
  }
}

/**
 * The part to quote when nothing can be read at `pos`: up to the next space or separator, and
 * including the word just before when the failure is a dangling "-Fir" of "Mon-Fir".
 */
function unreadablePart(norm: string, pos: number, tokens: Token[]): string {
  let end = pos;
  while (end < norm.length && !isSpace(norm.charCodeAt(end)) && !";,、|。".includes(norm[end])) end++;
  let start = pos;
  const prev = tokens[tokens.length - 1];
  if (
    prev &&
    prev.end === pos &&
    prev.kind !== "separator" &&
    prev.kind !== "clauseEnd" &&
    "-–—−~〜至到".includes(norm[pos])
  )
    start = prev.start;
  return norm.slice(start, Math.max(end, pos + 1));
}

function periodToken(m: RegExpExecArray, start: number, norm: string, original: string): PeriodToken {
  const end = start + m[0].length;
  const part = clip(norm.slice(start, end));
  const a = readTime(m[1]);
  const b = readTime(m[2]);
  if (!a || !b || a.seconds === SECONDS_PER_DAY) throw valueError("calendarBadTime", { part, text: clip(original) });
  let to = b.seconds;
  if (to === a.seconds) throw valueError("calendarEmptyPeriod", { part });
  if (to < a.seconds) {
    // "9-5" is surely 9:00-17:00 but reads as an overnight shift; ask rather than guess.
    if (a.bare && b.bare) throw valueError("calendarAmbiguousPeriod", { part });
    to += SECONDS_PER_DAY; // past midnight: it still belongs to the day it starts on
  }
  return { kind: "period", from: a.seconds, to, start, end };
}

interface Clause {
  readonly days: Set<number>;
  readonly daysText: string;
  readonly periods: { from: number; to: number; text: string }[];
}

function clausesOf(tokens: Token[], norm: string): Clause[] {
  const clauses: Clause[] = [];
  let days: Set<number> | null = null;
  let daysStart = 0;
  let daysEnd = 0;
  let periods: Clause["periods"] = [];
  const flush = () => {
    if (days) {
      if (periods.length === 0) throw valueError("calendarNoHours", { part: clip(norm.slice(daysStart, daysEnd)) });
      clauses.push({ days, daysText: clip(norm.slice(daysStart, daysEnd)), periods });
    }
    days = null;
    periods = [];
  };
  for (const t of tokens) {
    if (t.kind === "clauseEnd") flush();
    else if (t.kind === "days") {
      if (periods.length > 0) flush(); // "… 18:00 周六 …": a new list of days starts a new clause
      if (!days) {
        days = new Set<number>();
        daysStart = t.start;
      }
      for (const d of t.days) days.add(d);
      daysEnd = t.end;
    } else if (t.kind === "period") {
      const text = clip(norm.slice(t.start, t.end));
      if (!days) throw valueError("calendarNoDays", { part: text });
      periods.push({ from: t.from, to: t.to, text });
    }
  }
  flush();
  return clauses;
}

interface SourcedPeriod extends Period {
  readonly source: string;
}

/** Lays the clauses onto the week and refuses overlaps, including a night shift's early hours. */
function weekOf(clauses: Clause[]): Period[][] {
  const week: SourcedPeriod[][] = ALL_DAYS.map(() => []);
  for (const c of clauses)
    for (const d of c.days)
      for (const p of c.periods) week[d].push({ from: p.from, to: p.to, source: `${c.daysText} ${p.text}` });
  for (const day of week) day.sort((a, b) => a.from - b.from);
  for (let d = 0; d < 7; d++) {
    const day = week[d];
    for (let i = 1; i < day.length; i++)
      if (day[i - 1].to > day[i].from) throw valueError("calendarOverlap", { a: day[i - 1].source, b: day[i].source });
    const last = day[day.length - 1];
    if (last && last.to > SECONDS_PER_DAY) {
      const next = week[(d + 1) % 7][0];
      if (next && next.from < last.to - SECONDS_PER_DAY)
        throw valueError("calendarOverlap", { a: last.source, b: next.source });
    }
  }
  return week.map((day) => day.map(({ from, to }) => ({ from, to })));
}

// Errors are cached too: a wrong calendar copied down 10,000 rows is read once, not 10,000 times.
// The cache counts bytes (cache.ts): a calendar may be 32,767 characters long.
const cache = new TextCache<Calendar | SlaError>();

/** Bytes the calendar cache keeps, as it counts them (for tests and diagnostics). */
export const calendarCacheBytes = (): number => cache.bytes;

/** What a cached calendar or error keeps besides its text (the key), roughly. */
function bytesOf(entry: Calendar | SlaError): number {
  if (entry instanceof SlaError) return 4 * entry.message.length + 256;
  return 600 + 40 * entry.week.reduce((n, day) => n + day.length, 0);
}

/**
 * The calendar a text describes; null or "" is 7×24. Unreadable text is #VALUE! naming the part
 * that could not be read. Parsed calendars (and the errors of unreadable ones) are cached by text.
 */
export function parseCalendar(input: unknown): Calendar {
  if (Array.isArray(input) && input.length === 1 && Array.isArray(input[0]) && input[0].length === 1)
    return parseCalendar(input[0][0]); // a single cell passed as a range
  if (input === null || input === undefined) return ALWAYS;
  if (typeof input !== "string") throw valueError("calendarNotText", { value: String(input) });
  if (input === lastText && lastEntry) return lastEntry; // the same calendar as the row before
  let entry = cache.get(input);
  if (!entry) {
    try {
      entry = parseCalendarText(input);
    } catch (e) {
      if (!(e instanceof SlaError)) throw e;
      entry = e;
    }
    cache.set(input, entry, bytesOf(entry));
  }
  if (entry instanceof SlaError) throw entry;
  lastText = input;
  lastEntry = entry;
  return entry;
}
let lastText = "";
let lastEntry: Calendar | null = null;

function parseCalendarText(text: string): Calendar {
  const norm = text.normalize("NFKC");
  const lower = lowerOf(norm);
  const trimmed = lower.trim();
  if (trimmed === "") return ALWAYS;
  if (SEVEN_BY_24.test(trimmed)) return { ...ALWAYS, text };
  const clauses = clausesOf(tokenize(norm, lower, text), norm);
  if (clauses.length === 0) throw unreadable(text, text);
  return buildCalendar(text, weekOf(clauses));
}

/** ASCII letters lower-cased and traditional characters simplified, one for one (positions kept). */
function lowerOf(norm: string): string {
  const codes = new Array<number>(norm.length);
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    codes[i] = c >= 65 && c <= 90 ? c + 32 : c >= 0x4e00 && c <= 0x9fff ? simplified(c) : c;
  }
  let out = "";
  for (let k = 0; k < codes.length; k += 8192) out += String.fromCharCode(...codes.slice(k, k + 8192));
  return out;
}
