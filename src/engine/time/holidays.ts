/**
 * The holidays and workdays arguments: ranges of dates not worked / worked although the calendar
 * says otherwise, or holidays = "CN" for mainland China's statutory holidays together with their
 * make-up working days (调休), from the table built out of chinese-days.
 *
 * "CN" may also stand in a cell of the holidays range beside dates: the China table, plus those
 * dates as further days off (a company's own holiday, or next year's official arrangement before
 * the table has it: see Coverage in schedule.ts). Make-up days go in the workdays range as ever.
 */
import { valueError } from "../errors";
import { CellsCache, filledCells } from "../cache";
import { clip, isArray, isFiniteNumber } from "../values";

const floor = Math.floor; // bound once: see values.ts
import { CN_FIRST_YEAR, CN_LAST_YEAR, CN_YEARS } from "./cn-holidays.generated";
import { FIRST_SERIAL, LAST_SERIAL, SECONDS_PER_DAY, secondsFromText, serialFromCivil } from "./serial";

/** A parsed holidays or workdays argument. */
export interface DateList {
  /** A short name of the argument, for debugging: the schedule cache keys by identity. */
  readonly key: string;
  /** Day serials, sorted ascending, without duplicates. */
  readonly days: Int32Array;
  /** "CN" given (alone or in a cell of the range): the China table applies, `days` go on top of it. */
  readonly cn: boolean;
}

/** The years the China table covers, for the README and for the #N/A message. */
export const CN_HOLIDAY_YEARS: { readonly first: number; readonly last: number } = Object.freeze({
  first: CN_FIRST_YEAR,
  last: CN_LAST_YEAR,
});

export interface ChinaTable {
  /** Days off, sorted. */
  readonly off: Int32Array;
  /** Make-up working days, sorted. */
  readonly work: Int32Array;
}

let china: ChinaTable | null = null;

/** The China table decoded to day serials, once, on first use. */
export function chinaTable(): ChinaTable {
  if (china) return china;
  const off: number[] = [];
  const work: number[] = [];
  for (const [year, offText, workText] of CN_YEARS) {
    decodeRuns(year, offText, off);
    decodeRuns(year, workText, work);
  }
  china = {
    off: Int32Array.from(off).sort(),
    work: Int32Array.from(work).sort(),
  };
  return china;
}

/** "0101 0210-0217" of a year → day serials appended to `out`. */
function decodeRuns(year: number, text: string, out: number[]): void {
  for (const run of text.split(" ")) {
    if (run === "") continue;
    const [a, b = a] = run.split("-");
    const from = serialFromCivil(year, Number(a.slice(0, 2)), Number(a.slice(2)))!;
    const to = serialFromCivil(year, Number(b.slice(0, 2)), Number(b.slice(2)))!;
    for (let d = from; d <= to; d++) out.push(d);
  }
}

const NONE: DateList = { key: "", days: new Int32Array(0), cn: false };
const CN: DateList = { key: "CN", days: new Int32Array(0), cn: true };
const CN_NAMES = new Set(["cn", "china", "中国", "中国大陆", "prc"]);

type Which = "holidays" | "workdays";

// Parsed ranges by their filled cells (cache.ts): a whole-column range costs one pass over its
// blank cells and a key of a few characters, not a string built from a million cells.
const caches: Record<Which, CellsCache<DateList>> = { holidays: new CellsCache(), workdays: new CellsCache() };

/** The holidays argument: omitted/empty, "CN", one date, or a range of dates. */
export function readHolidays(input: unknown): DateList {
  return readDates(input, "holidays");
}

/** The workdays argument: omitted/empty, one date, or a range of dates ("CN" belongs in holidays). */
export function readWorkdays(input: unknown): DateList {
  return readDates(input, "workdays");
}

/** Whether a cell names mainland China's table: CN, China, 中国 … */
const isCn = (input: unknown): boolean =>
  typeof input === "string" && input.length < 64 && CN_NAMES.has(input.normalize("NFKC").trim().toLowerCase());

function readDates(input: unknown, which: Which): DateList {
  if (Array.isArray(input) && input.length === 1 && Array.isArray(input[0]) && input[0].length === 1)
    input = input[0][0]; // one cell, e.g. a cell holding "CN"
  if (input === null || input === undefined || input === "") return NONE;
  if (isCn(input)) {
    if (which === "workdays") throw valueError("workdaysCn");
    return CN;
  }
  // The order of the dates does not matter, so neither do their positions: the filled cells are the key.
  const filled = filledCells(input);
  const hit = caches[which].get(filled);
  if (hit) return hit;
  const days: number[] = [];
  const found = { cn: false };
  for (const cell of filled) collect(cell, which, days, found);
  days.sort((x, y) => x - y);
  const unique = days.filter((d, i) => i === 0 || d !== days[i - 1]);
  const list: DateList = {
    key: `${which[0]}${found.cn ? "+CN" : ""}${filled.length}:${unique.length}`,
    days: Int32Array.from(unique),
    cn: found.cn,
  };
  caches[which].set(filled, list, 4 * unique.length + 64);
  return list;
}

function collect(input: unknown, which: Which, out: number[], found: { cn: boolean }): void {
  if (isArray(input)) {
    for (const cell of input) collect(cell, which, out, found);
    return;
  }
  if (input === null || input === undefined) return;
  if (isCn(input)) {
    if (which === "workdays") throw valueError("workdaysCn");
    found.cn = true;
    return;
  }
  if (typeof input === "number") {
    // Date cells arrive as serials; the time of day is ignored.
    if (!isFiniteNumber(input) || input < FIRST_SERIAL || input >= LAST_SERIAL + 1)
      throw valueError(which === "holidays" ? "holidayNotDate" : "workdayNotDate", { value: String(input) });
    out.push(floor(input));
    return;
  }
  if (typeof input === "string") {
    const text = input.trim();
    if (text === "") return; // a blank cell
    const seconds = secondsFromText(text);
    if (seconds === null)
      throw valueError(which === "holidays" ? "holidayNotDate" : "workdayNotDate", { value: clip(input) });
    out.push(floor(seconds / SECONDS_PER_DAY));
    return;
  }
  throw valueError(which === "holidays" ? "holidayNotDate" : "workdayNotDate", { value: String(input) });
}
