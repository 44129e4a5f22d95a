/**
 * DUE and ELAPSED worked out by hand.
 *
 * Serials count days since 1899-12-30. Anchor: 2024-01-01 is a Monday = serial 45292, so
 * 2024-05-06 = 45292 + 31 + 29 + 31 + 30 + 5 = 45418, a Monday (126 days = 18 weeks later).
 * That week: Mon 45418, Tue 45419, Wed 45420, Thu 45421, Fri 45422, Sat 45423, Sun 45424,
 * and Mon 45425. A time of day is a fraction: 10:00 = 10/24, written at(10) below.
 */
import { due, elapsed } from "../../../src/engine/time";
import { at } from "./helpers";

const MON = 45418;
const TUE = 45419;
const WED = 45420;
const THU = 45421;
const FRI = 45422;
const SAT = 45423;
const SUN = 45424;
const NEXT_MON = 45425;
const OFFICE = "周一至周五 9:00-18:00";
const LUNCH = "Mon-Fri 09:00-12:00,13:00-18:00";

describe("within one day and across the weekend (周一至周五 9:00-18:00)", () => {
  test("Mon 10:00 + 2 h = Mon 12:00", () => {
    expect(due(MON + at(10), 2, OFFICE)).toBe(MON + at(12));
    expect(due(MON + at(10), 2, OFFICE)).toBe(45418.5);
  });
  test("Fri 16:00 + 3 h: 2 h on Friday, 1 h on Monday = Mon 10:00", () => {
    expect(due(FRI + at(16), 3, OFFICE)).toBe(NEXT_MON + at(10));
  });
  test("a due time at the end of the day stays there: Fri 16:00 + 2 h = Fri 18:00, not Mon 09:00", () => {
    expect(due(FRI + at(16), 2, OFFICE)).toBe(FRI + at(18));
  });
  test("a start on Saturday counts from Monday 09:00: + 2 h = Mon 11:00", () => {
    expect(due(SAT + at(10), 2, OFFICE)).toBe(NEXT_MON + at(11));
  });
  test("a start at night counts from the next morning", () => {
    expect(due(TUE + at(22), 1, OFFICE)).toBe(WED + at(10)); // Tue 22:00 → Wed 09:00 + 1 h
    expect(due(WED + at(6), 1, OFFICE)).toBe(WED + at(10)); // Wed 06:00 → Wed 09:00 + 1 h
  });
  test("Thu 17:00 + 24 h: Thu 1, Fri 9, Mon 9 (19), Tue 5 → Tue 14:00", () => {
    expect(due(THU + at(17), 24, OFFICE)).toBe(NEXT_MON + 1 + at(14));
  });
  test("a zero duration is due when the clock starts: the start inside working time, else the next opening", () => {
    expect(due(TUE + at(10, 15), 0, OFFICE)).toBe(TUE + at(10, 15)); // inside: the start itself
    expect(due(TUE + at(9), 0, OFFICE)).toBe(TUE + at(9)); // at the opening
    expect(due(SAT + at(10), 0, OFFICE)).toBe(NEXT_MON + at(9)); // Saturday → Monday 09:00
    expect(due(FRI + at(18), 0, OFFICE)).toBe(NEXT_MON + at(9)); // the close is not working time
    expect(due(WED + at(6), 0, OFFICE)).toBe(WED + at(9)); // early morning → that day's opening
    expect(due(MON + at(12, 30), "0小时", LUNCH)).toBe(MON + at(13)); // lunch → 13:00
    expect(due(SAT + at(10), 0)).toBe(SAT + at(10)); // 7×24: always open
  });
  test("ELAPSED within a day: 9:00 → 17:30 is exactly 8.5 h", () => {
    expect(elapsed(MON + at(9), MON + at(17, 30), OFFICE)).toBe(8.5);
  });
  test("ELAPSED across the weekend: Fri 17:00 → Mon 10:00 = 1 + 1 = 2 h", () => {
    expect(elapsed(FRI + at(17), NEXT_MON + at(10), OFFICE)).toBe(2);
  });
  test("ELAPSED from off hours: Sat 10:00 → Mon 09:30 = 0.5 h; within a weekend = 0", () => {
    expect(elapsed(SAT + at(10), NEXT_MON + at(9, 30), OFFICE)).toBe(0.5);
    expect(elapsed(SAT + at(10), SUN + at(20), OFFICE)).toBe(0);
  });
  test("ELAPSED over a whole week: Mon 9:00 → next Mon 9:00 = 5 × 9 = 45 h", () => {
    expect(elapsed(MON + at(9), NEXT_MON + at(9), OFFICE)).toBe(45);
  });
});

describe("holidays and make-up days given as ranges", () => {
  test("Wednesday is a holiday: Tue 17:00 + 2 h = Tue 1 h, Thu 1 h = Thu 10:00", () => {
    expect(due(TUE + at(17), 2, OFFICE, [[WED]])).toBe(THU + at(10));
    expect(due(TUE + at(17), 2, OFFICE)).toBe(WED + at(10)); // without it: Wednesday 10:00
  });
  test("the time of day of a holiday cell is ignored and blanks are skipped", () => {
    expect(due(TUE + at(17), 2, OFFICE, [[WED + at(15)], [""], [null]])).toBe(THU + at(10));
  });
  test("holidays as date text", () => {
    expect(due(TUE + at(17), 2, OFFICE, [["2024-05-08"]])).toBe(THU + at(10));
    expect(due(TUE + at(17), 2, OFFICE, [["2024年5月8日"]])).toBe(THU + at(10));
  });
  test("Saturday is a make-up working day with the regular hours: Fri 17:00 + 3 h = Sat 11:00", () => {
    expect(due(FRI + at(17), 3, OFFICE, null, [[SAT]])).toBe(SAT + at(11));
  });
  test("ELAPSED across a holiday and a make-up day", () => {
    // Mon 9:00 → next Mon 9:00 with Wednesday off and Saturday worked: still 5 days of 9 h.
    expect(elapsed(MON + at(9), NEXT_MON + at(9), OFFICE, [[WED]], [[SAT]])).toBe(45);
    expect(elapsed(MON + at(9), NEXT_MON + at(9), OFFICE, [[WED]])).toBe(36);
  });
  test("a make-up Saturday takes the regular weekday hours, not its own", () => {
    // Saturday normally works 10:00-16:00; a make-up Saturday works Monday's 09:00-18:00.
    const cal = "周一至周五 9:00-18:00；周六 10:00-16:00";
    expect(due(SAT + at(9), 1, cal)).toBe(SAT + at(11));
    expect(due(SAT + at(9), 1, cal, null, [[SAT]])).toBe(SAT + at(10));
    expect(elapsed(SAT, SUN, cal, null, [[SAT]])).toBe(9);
  });
  test("a holiday on a day that is not worked anyway changes nothing", () => {
    expect(due(FRI + at(17), 3, OFFICE, [[SUN]])).toBe(NEXT_MON + at(11));
  });
});

describe("lunch breaks (Mon-Fri 09:00-12:00,13:00-18:00)", () => {
  test("Mon 11:00 + 2 h = 11-12 and 13-14 = Mon 14:00", () => {
    expect(due(MON + at(11), 2, LUNCH)).toBe(MON + at(14));
  });
  test("a start during lunch counts from 13:00: 12:30 + 1 h = 14:00", () => {
    expect(due(MON + at(12, 30), 1, LUNCH)).toBe(MON + at(14));
  });
  test("landing exactly at 12:00 stays at 12:00, not 13:00", () => {
    expect(due(MON + at(11), 1, LUNCH)).toBe(MON + at(12));
  });
  test("ELAPSED 9:00 → 17:30 = 3 + 4.5 = 7.5 h", () => {
    expect(elapsed(MON + at(9), MON + at(17, 30), LUNCH)).toBe(7.5);
  });
});

describe("an overnight shift belongs to the day it starts on", () => {
  const NIGHTS = "每天 22:00-06:00";
  test("Mon 23:00 + 4 h = Tue 03:00", () => {
    expect(due(MON + at(23), 4, NIGHTS)).toBe(TUE + at(3));
  });
  test("Mon 05:00 is still Sunday's shift: + 2 h = 05-06 Mon and 22-23 Mon = Mon 23:00", () => {
    expect(due(MON + at(5), 2, NIGHTS)).toBe(MON + at(23));
  });
  test("the Sunday before (45417) a holiday: its shift, including Monday 00:00-06:00, is off", () => {
    // From Mon 05:00 the next worked time is Mon 22:00; + 2 h = Tue 00:00 = serial 45419 exactly.
    expect(due(MON + at(5), 2, NIGHTS, [[MON - 1]])).toBe(TUE);
    // Monday itself a holiday instead: 05-06 (Sunday's) counts, Monday's shift does not,
    // so the second hour is Tue 22:00-23:00.
    expect(due(MON + at(5), 2, NIGHTS, [[MON]])).toBe(TUE + at(23));
  });
  test("weekday nights: Fri 23:00 + 8 h = Fri-Sat 7 h, then Mon 22:00 + 1 h = Mon 23:00", () => {
    expect(due(FRI + at(23), 8, "Mon-Fri 22:00-06:00")).toBe(NEXT_MON + at(23));
  });
  test("ELAPSED Mon 12:00 → Wed 12:00 = two shifts of 8 h", () => {
    expect(elapsed(MON + at(12), WED + at(12), NIGHTS)).toBe(16);
    expect(elapsed(MON + at(23), TUE + at(1), NIGHTS)).toBe(2);
  });
});

describe("durations in minutes, hours and working days", () => {
  test.each([
    ["30分钟", MON + at(17, 45), TUE + at(9, 15)], // 15 min Monday, 15 min Tuesday
    ["45min", MON + at(10), MON + at(10, 45)],
    ["2h", MON + at(10), MON + at(12)],
    ["2小时", MON + at(10), MON + at(12)],
    ["1.5小时", MON + at(10), MON + at(11, 30)],
    ["1小时30分钟", MON + at(10), MON + at(11, 30)],
    ["24小时内", THU + at(17), NEXT_MON + 1 + at(14)],
    ["0.25", MON + at(10), MON + at(10, 15)],
  ])("%s", (duration, start, expected) => {
    expect(due(start, duration, OFFICE)).toBe(expected);
  });
  test.each(["3天", "3个工作日", "3 days", "3 working days", "3 business days", "27小时"])(
    "%s from Mon 14:00 = Thu 14:00 (a working day is 9 h)",
    (duration) => {
      // Mon 14-18 = 4 h, Tue 9 h (13), Wed 9 h (22), Thu 9-14 = 5 h (27 = 3 × 9).
      expect(due(MON + at(14), duration, OFFICE)).toBe(THU + at(14));
    },
  );
  test("a working day is the regular day's length: 8 h with a lunch break", () => {
    // Mon 14-18 = 4 h, Tue 9-12 = 3 h, 13-14 = 1 h: Tue 14:00, the same time of day.
    expect(due(MON + at(14), "1个工作日", LUNCH)).toBe(TUE + at(14));
  });
  test("a working day started off hours ends at the end of a day", () => {
    // Sat 45423: counts from Mon 45425 09:00; 2 × 9 h = Mon and Tue, ending Tue 45426 18:00.
    expect(due(SAT + at(10), "2个工作日", OFFICE)).toBe(NEXT_MON + 1 + at(18));
  });
  test("on 7×24 a day is 24 hours", () => {
    expect(due(MON + at(10), "3天", "7×24")).toBe(THU + at(10));
    expect(due(MON + at(10), "3天")).toBe(THU + at(10));
  });
  test("the default calendar is 7×24: Mon 12:00 + 30 h = Tue 18:00", () => {
    expect(due(MON + 0.5, 30)).toBe(TUE + at(18));
    expect(due(MON + 0.5, 30, "")).toBe(TUE + at(18));
    expect(elapsed(MON + 0.5, TUE + at(18))).toBe(30);
  });
  test("a duration that ends in the far future is still one step (20 years of 9 h days)", () => {
    // 9 h × 5 days × 52 weeks ≈ 2340 h a year; the answer only has to agree with ELAPSED.
    const end = due(MON + at(9), 46800, OFFICE);
    expect(elapsed(MON + at(9), end, OFFICE)).toBe(46800);
  });
});

describe("exact serials and seconds", () => {
  test("DUE is the double nearest the exact minute, equal to DATE()+TIME() arithmetic", () => {
    const d = due(MON + at(9), 1, OFFICE);
    expect(d).toBe(MON + 10 / 24);
    expect(d).toBe((MON * 86400 + 36000) / 86400);
  });
  test("seconds in a start are kept: 09:15:37 + 1 h = 10:15:37", () => {
    const start = MON + (9 * 3600 + 15 * 60 + 37) / 86400;
    expect(due(start, 1, OFFICE)).toBe(MON + (10 * 3600 + 15 * 60 + 37) / 86400);
    expect(elapsed(start, MON + (10 * 3600 + 15 * 60 + 37) / 86400, OFFICE)).toBe(1);
  });
  test("floating-point noise in a serial is rounded to the second", () => {
    const noisy = MON + at(9) + 1e-11; // 1e-11 days is under a microsecond
    expect(due(noisy, 1, OFFICE)).toBe(MON + at(10));
  });
  test("ELAPSED of minutes is exact: 9:00 → 9:20 = 1/3 h", () => {
    expect(elapsed(MON + at(9), MON + at(9, 20), OFFICE)).toBe(1200 / 3600);
  });
  test("date-time text is read", () => {
    expect(due("2024-05-06 10:00", 2, OFFICE)).toBe(MON + at(12));
    expect(elapsed("2024/5/6 9:00", "2024-05-06T17:30:00", OFFICE)).toBe(8.5);
  });
  test("a single cell passed as a range", () => {
    expect(due([[MON + at(10)]], [[2]], [[OFFICE]])).toBe(MON + at(12));
  });
});
