/**
 * The calendar parser: the ways SLA documents write service hours, Chinese and English.
 * Times below are seconds after midnight: 9:00 = 32400, 12:00 = 43200, 13:00 = 46800,
 * 18:00 = 64800, 8:30 = 30600, 17:30 = 63000, 22:00 = 79200, 06:00 next day = 86400 + 21600.
 */
import { ALWAYS, parseCalendar } from "../../../src/engine/time";
import { slaErrorOf } from "./helpers";

const NINE_TO_SIX = [{ from: 32400, to: 64800 }];
const MON_FRI_9_18 = [NINE_TO_SIX, NINE_TO_SIX, NINE_TO_SIX, NINE_TO_SIX, NINE_TO_SIX, [], []];

describe("7×24 and the default", () => {
  test.each([null, undefined, "", "  "])("%p is 7×24", (text) => {
    expect(parseCalendar(text).week).toEqual(ALWAYS.week);
  });
  test.each(["7x24", "7×24", "24x7", "24×7", "全天", "7*24", "7 x 24", "7×24小时", "24/7", "７×２４", "7X24"])(
    "%s",
    (text) => {
      const c = parseCalendar(text);
      expect(c.week).toEqual(ALWAYS.week);
      expect(c.weekTotal).toBe(7 * 86400);
      expect(c.regularTotal).toBe(86400);
    },
  );
});

describe("weekdays 9:00-18:00, every spelling", () => {
  test.each([
    "周一至周五 9:00-18:00",
    "周一至周五9:00-18:00",
    "工作日 9:00-18:00",
    "Mon-Fri 09:00-18:00",
    "mon-fri 9:00-18:00",
    "Mon-Fri 9.00-18.00",
    "Mon–Fri 09:00–18:00", // en dashes
    "Monday to Friday, 9am to 6pm",
    "周一到周五 9:00-18:00",
    "星期一至星期五 9:00-18:00",
    "周一~周五 9:00-18:00",
    "周一～周五 ９：００－１８：００",
    "周一至五 9点-18点",
    "周1-5 9:00-18:00",
    "weekdays 9:00-18:00",
    "周一至周五：9:00～18:00",
    "Mon, Tue, Wed, Thu, Fri 9:00-18:00",
    "周一、周二、周三、周四、周五 上午9点-下午6点",
  ])("%s", (text) => {
    const c = parseCalendar(text);
    expect(c.week).toEqual(MON_FRI_9_18);
    expect(c.dayTotals).toEqual([32400, 32400, 32400, 32400, 32400, 0, 0]);
    expect(c.weekTotal).toBe(5 * 32400);
    expect(c.regularTotal).toBe(32400); // 9 h
    expect(c.overnight).toBe(false);
  });
});

test("several periods and days, English", () => {
  const c = parseCalendar("Mon-Fri 09:00-12:00,13:00-18:00; Sat 10:00-16:00");
  const weekday = [
    { from: 32400, to: 43200 },
    { from: 46800, to: 64800 },
  ];
  expect(c.week).toEqual([weekday, weekday, weekday, weekday, weekday, [{ from: 36000, to: 57600 }], []]);
  expect(c.regular).toEqual(weekday);
  expect(c.regularTotal).toBe(8 * 3600); // a working day is 8 h: the lunch hour does not count
  expect(c.weekTotal).toBe(5 * 8 * 3600 + 6 * 3600);
});

test("several periods and days, Chinese with full-width punctuation", () => {
  const c = parseCalendar("周一至周五 8:30-17:30；周六 9:00-12:00");
  const weekday = [{ from: 30600, to: 63000 }];
  expect(c.week).toEqual([weekday, weekday, weekday, weekday, weekday, [{ from: 32400, to: 43200 }], []]);
  // Without a ";" a new list of days still starts a new clause.
  expect(parseCalendar("周一至周五 8:30-17:30，周六 9:00-12:00").week).toEqual(c.week);
});

test("every day, weekends and day lists", () => {
  expect(parseCalendar("每天 9:00-21:00").dayTotals).toEqual(Array(7).fill(12 * 3600));
  expect(parseCalendar("daily 9:00-21:00").dayTotals).toEqual(Array(7).fill(12 * 3600));
  expect(parseCalendar("周末 10:00-16:00").dayTotals).toEqual([0, 0, 0, 0, 0, 21600, 21600]);
  expect(parseCalendar("Mon, Wed, Fri 9:00-12:00").dayTotals).toEqual([10800, 0, 10800, 0, 10800, 0, 0]);
  // A range may wrap past Sunday: Fri, Sat, Sun, Mon.
  expect(parseCalendar("Fri-Mon 9:00-10:00").dayTotals).toEqual([3600, 0, 0, 0, 3600, 3600, 3600]);
  expect(parseCalendar("周六 全天").dayTotals).toEqual([0, 0, 0, 0, 0, 86400, 0]);
  expect(parseCalendar("每天 0:00-24:00").week).toEqual(ALWAYS.week);
});

test("a weekend-only calendar takes Saturday as its regular day", () => {
  const c = parseCalendar("周六至周日 10:00-16:00; 周日 18:00-20:00");
  expect(c.regular).toEqual([{ from: 36000, to: 57600 }]);
  expect(c.regularTotal).toBe(6 * 3600);
});

test("a period past midnight belongs to the day it starts on", () => {
  const c = parseCalendar("Mon-Fri 22:00-06:00");
  // 22:00 Monday to 06:00 Tuesday: 79200 to 86400 + 21600 = 108000, all of it Monday's.
  expect(c.week[0]).toEqual([{ from: 79200, to: 108000 }]);
  expect(c.week[5]).toEqual([]);
  expect(c.dayTotals[0]).toBe(8 * 3600);
  expect(c.overnight).toBe(true);
  expect(parseCalendar("每天 18:00-24:00").overnight).toBe(false); // ends at midnight, not past it
  expect(parseCalendar("每天 18:00-0:00").week[0]).toEqual([{ from: 64800, to: 86400 }]);
});

test("touching periods are fine, also across midnight", () => {
  expect(parseCalendar("每天 22:00-06:00, 06:00-14:00").dayTotals[0]).toBe(16 * 3600);
});

test("the same text is parsed once", () => {
  // Another calendar in between, so the answer comes from the cache and not from the shortcut that
  // keeps the previous row's calendar: the same object, not a second parse.
  const first = parseCalendar("周一至周五 9:00-18:00");
  parseCalendar("每天 9:00-21:00");
  expect(parseCalendar("周一至周五 9:00-18:00")).toBe(first);
});

describe("unreadable calendars are #VALUE! naming the part", () => {
  test.each([
    ["Mon-Fir 09:00-18:00", "calendarUnreadable", '"Mon-Fir"'],
    ["周一至周五 9:00-18:00 除节假日", "calendarUnreadable", '"除节假日"'],
    ["周一至周五 9:00-18:00（法定节假日除外）", "calendarUnreadable", '"(法定节假日除外)"'],
    ["office hours", "calendarUnreadable", '"office"'],
    ["9:00-18:00", "calendarNoDays", '"9:00-18:00"'],
    ["周一至周五", "calendarNoHours", '"周一至周五"'],
    ["周一至周五 9:00-18:00; 周六", "calendarNoHours", '"周六"'],
    ["周一至周五 9:00-25:00", "calendarBadTime", '"9:00-25:00"'],
    ["周一至周五 9:70-18:00", "calendarBadTime", '"9:70-18:00"'],
    ["周一至周五 24:00-06:00", "calendarBadTime", '"24:00-06:00"'],
    ["周一至周五 9:00-9:00", "calendarEmptyPeriod", '"9:00-9:00"'],
    ["weekdays 9-5", "calendarAmbiguousPeriod", '"9-5"'],
    ["Mon-Fri 09:00-12:00,11:00-18:00", "calendarOverlap", '"Mon-Fri 09:00-12:00" and "Mon-Fri 11:00-18:00"'],
    ["每天 9:00-18:00; 周六 10:00-16:00", "calendarOverlap", '"每天 9:00-18:00" and "周六 10:00-16:00"'],
    // Monday's night shift runs until 07:00 Tuesday, into Tuesday's 06:00 start.
    ["周一 22:00-07:00; 周二 06:00-14:00", "calendarOverlap", '"周一 22:00-07:00" and "周二 06:00-14:00"'],
    // Sunday's night shift wraps into Monday.
    ["周日 22:00-07:00; 周一 06:00-14:00", "calendarOverlap", '"周日 22:00-07:00" and "周一 06:00-14:00"'],
  ])("%s", (text, id, phrase) => {
    const e = slaErrorOf(() => parseCalendar(text));
    expect(e.code).toBe("#VALUE!");
    expect(e.id).toBe(id);
    expect(e.message).toContain(phrase);
  });

  test("a calendar that is not text", () => {
    const e = slaErrorOf(() => parseCalendar(42));
    expect([e.code, e.id]).toEqual(["#VALUE!", "calendarNotText"]);
  });

  test("an unreadable calendar throws the same error again (cached)", () => {
    // The very same error object: parsing the text again would build a new one with the same message.
    const first = slaErrorOf(() => parseCalendar("Mon-Fir 09:00-18:00"));
    expect(slaErrorOf(() => parseCalendar("Mon-Fir 09:00-18:00"))).toBe(first);
  });
});
