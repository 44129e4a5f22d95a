/** Durations: hours as numbers, text in Chinese and English, working days. */
import { parseCalendar } from "../../../src/engine/time/calendar";
import { durationSeconds, readDuration } from "../../../src/engine/time/duration";

const OFFICE = parseCalendar("周一至周五 9:00-18:00"); // a working day is 9 h = 32400 s
const secondsOf = (d: unknown) => durationSeconds(readDuration(d), OFFICE);

test.each([
  [2, 7200],
  [1.5, 5400],
  [0, 0],
  [1 / 7, 514], // 514.29 s, rounded to the second
  ["2", 7200],
  ["2小时", 7200],
  ["2个小时", 7200],
  ["2 hours", 7200],
  ["2h", 7200],
  ["2H", 7200],
  ["1.5小时", 5400],
  ["30分钟", 1800],
  ["45min", 2700],
  ["45 minutes", 2700],
  ["90秒", 90],
  ["1小时30分钟", 5400],
  ["1h30min", 5400],
  ["2h, 30min", 9000],
  ["半小时", 1800],
  ["２小时", 7200], // full-width digit
  ["24小时内", 86400],
  ["3天", 3 * 32400],
  ["3个工作日", 3 * 32400],
  ["3 days", 3 * 32400],
  ["3 working days", 3 * 32400],
  ["1 business day", 32400],
  ["1.5个工作日", 1.5 * 32400],
  ["1天+4小时", 32400 + 14400],
  [[[2]], 7200],
])("%p = %p s", (input, seconds) => {
  expect(secondsOf(input)).toBe(seconds);
});

test("a working day takes the length of the calendar's regular day", () => {
  expect(durationSeconds(readDuration("1天"), parseCalendar("7×24"))).toBe(86400);
  expect(durationSeconds(readDuration("1天"), parseCalendar("Mon-Fri 09:00-12:00,13:00-18:00"))).toBe(8 * 3600);
  expect(durationSeconds(readDuration("1天"), parseCalendar("每天 22:00-06:00"))).toBe(8 * 3600);
});

test.each(["abc", "2 30分钟", "2周", "2 months", "小时", "-", "P1: 2小时", "2..5h"])("%p is #VALUE!", (text) => {
  expect(() => readDuration(text)).toThrow(expect.objectContaining({ code: "#VALUE!", id: "durationUnreadable" }));
});

test.each([-1, "-1小时", "−2h"])("%p is negative: #VALUE!", (input) => {
  expect(() => readDuration(input)).toThrow(expect.objectContaining({ code: "#VALUE!", id: "durationNegative" }));
});
