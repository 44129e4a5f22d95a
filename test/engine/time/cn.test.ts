/**
 * holidays = "CN": mainland China's statutory holidays and make-up working days (调休), from the
 * table generated out of chinese-days, checked against the official arrangements.
 *
 * Serial anchors: 2024-01-01 (Mon) = 45292; 2025-01-01 (Wed) = 45658; 2026-01-01 (Thu) = 46023.
 *
 * 2024 (国务院办公厅通知): 春节 Feb 10–17 off, make-up Sun Feb 4 and Sun Feb 18;
 *   国庆 Oct 1–7 off, make-up Sun Sep 29 and Sat Oct 12.
 * 2025: 春节 Jan 28–Feb 4 off, make-up Sun Jan 26 and Sat Feb 8;
 *   国庆+中秋 Oct 1–8 off, make-up Sun Sep 28 and Sat Oct 11.
 */
import { readFileSync } from "node:fs";
import chineseDays from "chinese-days";
import { CN_HOLIDAY_YEARS, due, elapsed } from "../../../src/engine/time";
import { parseCalendar } from "../../../src/engine/time/calendar";
import { readHolidays, readWorkdays } from "../../../src/engine/time/holidays";
import { periodsOn, scheduleFor } from "../../../src/engine/time/schedule";
import { formatDate, serialFromCivil } from "../../../src/engine/time/serial";
import { GENERATED_PATH, renderCnHolidays } from "../../../scripts/build-cn-holidays";
import { at, slaErrorOf } from "./helpers";

const OFFICE = "周一至周五 9:00-18:00";

test("the committed table is what the installed chinese-days gives (run scripts/build-cn-holidays.ts)", () => {
  expect(readFileSync(GENERATED_PATH, "utf8")).toBe(renderCnHolidays());
});

test("the covered years are those with holiday entries: 2004–2026", () => {
  expect(CN_HOLIDAY_YEARS).toEqual({ first: 2004, last: 2026 });
});

test("every date of the covered years is worked exactly when chinese-days says so", () => {
  const s = scheduleFor(parseCalendar(OFFICE), readHolidays("CN"), readWorkdays(null));
  const first = serialFromCivil(CN_HOLIDAY_YEARS.first, 1, 1)!;
  const last = serialFromCivil(CN_HOLIDAY_YEARS.last, 12, 31)!;
  const disagree: string[] = [];
  for (let d = first; d <= last; d++) {
    const ours = periodsOn(s, d).length > 0;
    if (ours !== chineseDays.isWorkday(formatDate(d))) disagree.push(formatDate(d));
  }
  expect(disagree).toEqual([]);
  expect(last - first + 1).toBe(8401); // 23 years, 6 of them leap (2004, 08, 12, 16, 20, 24)
});

describe("Spring Festival", () => {
  test("2024: Fri Feb 9 (45331) 16:00 + 24 h skips Feb 10–17 and works Sun Feb 18", () => {
    // Fri 16-18 = 2 h; Sat 10 … Sat 17 off; Sun 18 (45340, make-up, 9-18) = 9 h (11);
    // Mon 19 (45341) = 9 h (20); Tue 20 (45342) 09:00 + 4 h = 13:00.
    expect(due(45331 + at(16), 24, OFFICE, "CN")).toBe(45342 + at(13));
    // Without CN: Fri 2, Mon 12 (45334) 9, Tue 13 9 (20), Wed 14 (45336) 4 → 13:00.
    expect(due(45331 + at(16), 24, OFFICE)).toBe(45336 + at(13));
  });
  test("2024: the make-up Sunday Feb 4 (45326) is worked: Sat Feb 3 12:00 + 2 h = Sun 11:00", () => {
    expect(due(45325 + at(12), 2, OFFICE, "CN")).toBe(45326 + at(11));
  });
  test("2025: Mon Jan 27 (45684) 10:00 + 24 h skips Jan 28–Feb 4", () => {
    // Mon 10-18 = 8 h; Tue Jan 28 (45685) … Tue Feb 4 (45692) off; Wed Feb 5 (45693) = 9 h (17);
    // Thu Feb 6 (45694) 09:00 + 7 h = 16:00.
    expect(due(45684 + at(10), 24, OFFICE, "CN")).toBe(45694 + at(16));
  });
  test("2025: the make-up Sunday Jan 26 (45683) and Saturday Feb 8 (45696) are worked", () => {
    expect(due(45682 + at(10), 8, OFFICE, "CN")).toBe(45683 + at(17)); // Sat Jan 25 → Sun 09:00 + 8 h
    expect(due(45695 + at(17), 2, OFFICE, "CN")).toBe(45696 + at(10)); // Fri Feb 7 17:00 → Sat 10:00
  });
});

describe("National Day", () => {
  test("2024: Fri Sep 27 (45562) 17:00 + 24 h works Sun Sep 29 and skips Oct 1–7", () => {
    // Fri 1 h; Sat Sep 28 off; Sun Sep 29 (45564, make-up) 9 h (10); Mon Sep 30 9 h (19);
    // Tue Oct 1 (45566) … Mon Oct 7 (45572) off; Tue Oct 8 (45573) 09:00 + 5 h = 14:00.
    expect(due(45562 + at(17), 24, OFFICE, "CN")).toBe(45573 + at(14));
  });
  test("2024: ELAPSED Mon Sep 30 09:00 → Tue Oct 8 18:00 = 9 + 9 = 18 h (63 h without CN)", () => {
    expect(elapsed(45565 + at(9), 45573 + at(18), OFFICE, "CN")).toBe(18);
    expect(elapsed(45565 + at(9), 45573 + at(18), OFFICE)).toBe(63); // Sep 30, Oct 1–4, 7, 8
  });
  test("2024: the make-up Saturday Oct 12 (45577) is worked: Fri Oct 11 17:00 + 3 h = Sat 11:00", () => {
    expect(due(45576 + at(17), 3, OFFICE, "CN")).toBe(45577 + at(11));
  });
  test("2025: Tue Sep 30 (45930) 15:00 + 9 h skips Oct 1–8: Thu Oct 9 (45939) 15:00", () => {
    expect(due(45930 + at(15), 9, OFFICE, "CN")).toBe(45939 + at(15));
  });
  test("2025: ELAPSED Fri Sep 26 09:00 → Sat Oct 11 18:00 = 7 working days × 9 h", () => {
    // Worked: Fri 26, Sun 28 (make-up), Mon 29, Tue 30, Thu Oct 9, Fri 10, Sat 11 (make-up).
    expect(elapsed(45926 + at(9), 45941 + at(18), OFFICE, "CN")).toBe(63);
  });
});

test("whole years: 2024 has 251 working days and 2025 has 248", () => {
  // 2024: 262 weekdays − 19 holidays on weekdays + 8 make-up days = 251.
  // 2025: 261 weekdays − 18 holidays on weekdays + 5 make-up days = 248.
  expect(elapsed(45292, 45658, OFFICE, "CN")).toBe(251 * 9);
  expect(elapsed(45658, 46023, OFFICE, "CN")).toBe(248 * 9);
});

test("CN with a lunch break and with 7×24", () => {
  // 2024-10-08 (45573) is the first day back; 8 h working days.
  expect(due(45565 + at(17), 2, "Mon-Fri 09:00-12:00,13:00-18:00", "cn")).toBe(45573 + at(10));
  // On 7×24 the holiday dates are simply not worked: Sep 30 23:00 + 2 h = Oct 8 01:00.
  expect(due(45565 + at(23), 2, "7×24", "CN")).toBe(45573 + at(1));
});

test("the user's own workdays override the table: a company working on Thu Oct 3 2024", () => {
  // Wed Oct 2 (45567) 12:00 is a holiday; the next worked time is Thu Oct 3 (45568) 09:00.
  expect(due(45567 + at(12), 2, OFFICE, "CN", [[45568]])).toBe(45568 + at(11));
});

describe("years the table does not cover are #N/A, never a guess", () => {
  test("a due date that reaches 2027", () => {
    // Thu 2026-12-31 = 46023 + 364 = 46387. 09:00 + 2 h stays in 2026 …
    expect(due(46387 + at(9), 2, OFFICE, "CN")).toBe(46387 + at(11));
    // … 17:00 + 2 h lands in January 2027, which the table does not know.
    const e = slaErrorOf(() => due(46387 + at(17), 2, OFFICE, "CN"));
    expect(e.code).toBe("#N/A");
    expect(e.id).toBe("cnYearNotCovered");
    expect(e.message).toContain("2027");
    expect(e.message).toBe(
      "The China holiday table (CN) covers 2004–2026, and 2027 is not in it. Beside CN in the holidays range, " +
        "list 2027's holidays as dates (and its make-up working days in the workdays range): a year with at least " +
        "one holiday listed counts as covered.",
    );
    expect(e.localized("zh")).toBe(
      "中国节假日表（CN）覆盖 2004–2026 年，不包含 2027 年。请在节假日区域中 CN 的旁边列出 2027 年的节假日日期" +
        "（调休上班日填在调休工作日区域中）：列出至少一个节假日的年份即视为已覆盖。",
    );
  });
  test("a start before 2004", () => {
    const e = slaErrorOf(() => due(37000 + at(10), 2, OFFICE, "CN")); // 2001-04-19
    expect([e.code, e.params.year]).toEqual(["#N/A", 2001]);
  });
  test("ELAPSED into 2027; an end at midnight of 2027-01-01 needs nothing of 2027", () => {
    expect(slaErrorOf(() => elapsed(46387 + at(9), 46392 + at(10), OFFICE, "CN")).code).toBe("#N/A");
    expect(elapsed(46387 + at(9), 46388, OFFICE, "CN")).toBe(9);
  });
  test("the same dates with explicit ranges are fine", () => {
    expect(due(46387 + at(17), 2, OFFICE, [[46388]])).toBe(46391 + at(10)); // Jan 1 off → Mon Jan 4
  });
});

describe("CN together with the workbook's own dates: CN in a cell of the holidays range", () => {
  // 2024: 劳动节 May 1–5 off (Wed 45413 … Sun 45417), make-up Sun Apr 28 (45410) and Sat May 11 (45423);
  // Tue Apr 30 = 45412, Mon May 6 = 45418, Tue May 7 = 45419.
  test("CN alone: Tue Apr 30 17:00 + 2 h = 1 h that day, then Mon May 6 10:00", () => {
    expect(due(45412 + at(17), 2, OFFICE, "CN")).toBe(45418 + at(10));
    expect(due(45412 + at(17), 2, OFFICE, [["CN"]])).toBe(45418 + at(10));
  });
  test("the company's own extra day off, Mon May 6, on top of the table: Tue May 7 10:00", () => {
    expect(due(45412 + at(17), 2, OFFICE, [["CN"], [45418]])).toBe(45419 + at(10));
    expect(due(45412 + at(17), 2, OFFICE, [[45418, "cn"]])).toBe(45419 + at(10)); // any cell, any case
    expect(due(45412 + at(17), 2, OFFICE, [["2024-05-06"], ["中国"]])).toBe(45419 + at(10));
  });
  test("the workdays range adds make-up days on top: working Sun May 5 makes it May 5 10:00", () => {
    expect(due(45412 + at(17), 2, OFFICE, [["CN"], [45418]], [[45417]])).toBe(45417 + at(10));
    expect(elapsed(45412 + at(9), 45419 + at(9), OFFICE, [["CN"], [45418]], [[45417]])).toBe(18); // Apr 30, May 5
  });
  test("a date both among the user's holidays and the user's workdays is still a contradiction", () => {
    const e = slaErrorOf(() => due(45412, 2, OFFICE, [["CN"], [45418]], [[45418]]));
    expect([e.code, e.id, e.message]).toEqual([
      "#VALUE!",
      "holidayAndWorkday",
      "2024-05-06 is listed both as a holiday and as a make-up working day.",
    ]);
    expect(e.localized("zh")).toBe("2024-05-06 同时被列为节假日和调休工作日。");
  });
  test("CN in the workdays range is refused, alone or among dates", () => {
    for (const workdays of ["CN", [["CN"], [45417]]]) {
      const e = slaErrorOf(() => due(45412, 2, OFFICE, "CN", workdays));
      expect([e.code, e.id]).toEqual(["#VALUE!", "workdaysCn"]);
      expect(e.localized("zh")).toBe("CN 应填在节假日参数中：它同时包含中国的法定节假日和调休工作日。");
    }
  });

  // 2027 is past the table. Thu 2026-12-31 = 46387, Fri 2027-01-01 = 46388, Mon 2027-01-04 = 46391.
  test("a 2027 due date: CN alone is #N/A; CN with a 2027 holiday listed is computed", () => {
    expect(slaErrorOf(() => due(46387 + at(17), 2, OFFICE, "CN")).id).toBe("cnYearNotCovered");
    // Thu 17-18 = 1 h; Fri Jan 1 off (listed); the weekend; Mon Jan 4 09:00 + 1 h.
    expect(due(46387 + at(17), 2, OFFICE, [["CN"], [46388]])).toBe(46391 + at(10));
    expect(due(46387 + at(17), 2, OFFICE, [["CN"], ["2027-01-01"]])).toBe(46391 + at(10));
  });
  test("a covered 2027 uses the listed dates and the calendar's weekends, and its make-up days", () => {
    // 2027-03-01 is a Monday (46387 + 60 = 46447): Mon 09:00 → Mon + 7 days 09:00 = 5 days of 9 h.
    expect(elapsed(46447 + at(9), 46454 + at(9), OFFICE, [["CN"], [46388]])).toBe(45);
    // A make-up Saturday Jan 9 2027 (46396) from the workdays range: Fri Jan 8 (46395) 17:00 + 2 h = Sat 10:00;
    // without it, Mon Jan 11 (46398) 10:00.
    expect(due(46395 + at(17), 2, OFFICE, [["CN"], [46388]], [[46396]])).toBe(46396 + at(10));
    expect(due(46395 + at(17), 2, OFFICE, [["CN"], [46388]])).toBe(46398 + at(10));
  });
  test("the years covered are named, runs and single years, in both languages", () => {
    // Listing 2027 covers 2004–2027; a 2028 date as well is still fine; 2029 is not covered.
    const only2028 = slaErrorOf(() => due(46387 + at(17), 2, OFFICE, [["CN"], ["2028-01-03"]]));
    expect([only2028.code, only2028.params.year]).toEqual(["#N/A", 2027]);
    expect(only2028.message).toContain("covers 2004–2026, 2028, and 2027 is not in it");
    expect(only2028.localized("zh")).toContain("覆盖 2004–2026、2028 年，不包含 2027 年");
    const e = slaErrorOf(() => elapsed(46388, "2029-01-02 10:00", OFFICE, [["CN"], [46388], ["2028-01-03"]]));
    expect(e.message).toContain("covers 2004–2028, and 2029 is not in it");
  });
});
