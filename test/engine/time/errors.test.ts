/**
 * Every bad input of SLA.DUE / SLA.ELAPSED gets the right Excel error and a message that says
 * what to fix, in English and 简体中文. 2024-05-06 (Mon) = serial 45418.
 */
import { formatMessage, type MessageId } from "../../../src/engine/messages";
import { businessTimeMessages as timeMessages } from "../../../src/engine/time/messages";
import { due, elapsed, status, used } from "../../../src/engine/time";
import { at, slaErrorOf } from "./helpers";

const MON = 45418;
const OFFICE = "周一至周五 9:00-18:00";

const cases: Array<[string, () => unknown, string, MessageId, string]> = [
  // [what, call, code, id, a phrase of the English message]
  [
    "an unreadable calendar, named",
    () => due(MON, 2, "Mon-Fir 09:00-18:00"),
    "#VALUE!",
    "calendarUnreadable",
    '"Mon-Fir"',
  ],
  ["hours without days", () => due(MON, 2, "9:00-18:00"), "#VALUE!", "calendarNoDays", "which days"],
  ["a calendar that is a number", () => due(MON, 2, 9), "#VALUE!", "calendarNotText", '"9"'],
  ["a bad duration text", () => due(MON, "two hours", OFFICE), "#VALUE!", "durationUnreadable", '"two hours"'],
  ["a negative duration", () => due(MON, -2, OFFICE), "#VALUE!", "durationNegative", "-2"],
  ["a negative duration text", () => due(MON, "-2小时", OFFICE), "#VALUE!", "durationNegative", "-2小时"],
  ["a boolean duration", () => due(MON, true, OFFICE), "#VALUE!", "durationUnreadable", '"true"'],
  ["an empty duration", () => due(MON, "", OFFICE), "#VALUE!", "durationMissing", "no duration"],
  ["a bare number among units", () => due(MON, "2 30分钟", OFFICE), "#VALUE!", "durationUnreadable", "2 30分钟"],
  ["an empty start", () => due("", 2, OFFICE), "#VALUE!", "startMissing", "no start"],
  ["a text start", () => due("yesterday", 2, OFFICE), "#VALUE!", "startNotDate", '"yesterday"'],
  ["a time without a date", () => due(0.375, 2, OFFICE), "#VALUE!", "startNotDate", '"0.375"'],
  ["a start of Feb 30th", () => due("2024-02-30 10:00", 2, OFFICE), "#VALUE!", "startNotDate", "2024-02-30"],
  ["an empty end: not finished", () => elapsed(MON, "", OFFICE), "#N/A", "endMissing", "not finished"],
  ["an omitted end", () => elapsed(MON, null, OFFICE), "#N/A", "endMissing", "not finished"],
  ["an end that is not a date", () => elapsed(MON, "done", OFFICE), "#VALUE!", "endNotDate", '"done"'],
  [
    "an end before the start",
    () => elapsed(MON + at(10), MON + at(9, 30), OFFICE),
    "#NUM!",
    "endBeforeStart",
    "The end 2024-05-06 09:30 is before the start 2024-05-06 10:00",
  ],
  [
    "a holiday cell that is not a date",
    () => due(MON, 2, OFFICE, [[45420], ["国庆"]]),
    "#VALUE!",
    "holidayNotDate",
    '"国庆"',
  ],
  ["a holiday cell that is a boolean", () => due(MON, 2, OFFICE, [[true]]), "#VALUE!", "holidayNotDate", '"true"'],
  ["a negative holiday serial", () => due(MON, 2, OFFICE, [[-5]]), "#VALUE!", "holidayNotDate", '"-5"'],
  [
    "a workday cell that is not a date",
    () => due(MON, 2, OFFICE, null, [["Saturday"]]),
    "#VALUE!",
    "workdayNotDate",
    '"Saturday"',
  ],
  ["CN as workdays", () => due(MON, 2, OFFICE, null, "CN"), "#VALUE!", "workdaysCn", "holidays argument"],
  [
    "a date both off and worked",
    () => due(MON, 2, OFFICE, [[45423]], [[45423]]),
    "#VALUE!",
    "holidayAndWorkday",
    "2024-05-11",
  ],
  ["CN beyond its years", () => due(47000, 2, OFFICE, "CN"), "#N/A", "cnYearNotCovered", "2004–2026"],
  ["a due date past 9999-12-31", () => due(2958465, 48, OFFICE), "#NUM!", "dueAfterLastDate", "9999-12-31"],
  // pauses: a two-column range of from and to, rows counted from 1 within the range
  [
    "a one-column pauses range",
    () => due(MON, 2, OFFICE, null, null, [[MON + at(10)], [MON + at(11)]]),
    "#VALUE!",
    "pausesColumns",
    "has 1 column(s)",
  ],
  [
    "a three-column pauses range",
    () => elapsed(MON, MON + 1, OFFICE, null, null, [[MON + at(10), MON + at(11), "waiting"]]),
    "#VALUE!",
    "pausesColumns",
    "has 3 column(s)",
  ],
  [
    "a pause cell that is not a date-time, named by its row",
    () =>
      due(MON, 2, OFFICE, null, null, [
        ["", ""],
        [MON + at(10), "customer"],
      ]),
    "#VALUE!",
    "pauseNotDate",
    'Row 2 of the pauses: "customer"',
  ],
  [
    "a pause with an end but no start",
    () =>
      due(MON, 2, OFFICE, null, null, [
        [MON + at(10), MON + at(11)],
        ["", MON + at(12)],
      ]),
    "#VALUE!",
    "pauseFromMissing",
    "Row 2 of the pauses has an end but no start",
  ],
  [
    "a pause that ends before it starts",
    () => elapsed(MON, MON + 1, OFFICE, null, null, [["2024-05-06 11:00", "2024-05-06 10:30"]]),
    "#VALUE!",
    "pauseBackwards",
    "Row 1 of the pauses ends (2024-05-06 10:30) before it starts (2024-05-06 11:00)",
  ],
  [
    "a DUE while on hold with no end yet",
    () => due(MON + at(9), 2, OFFICE, null, null, [[MON + at(10), ""]]),
    "#N/A",
    "dueOnHold",
    "on hold since 2024-05-06 10:00",
  ],
  // STATUS and USED
  [
    "an as_of that is not a date-time",
    () => used(MON, 2, null, "now", OFFICE),
    "#VALUE!",
    "asOfNotDate",
    'The as_of "now"',
  ],
  ["an open ticket without as_of", () => status(MON, 2, "", null, OFFICE), "#N/A", "asOfMissing", "pass NOW()"],
  [
    "an as_of before the start",
    () => used(MON + at(10), 2, null, MON + at(9), OFFICE),
    "#NUM!",
    "asOfBeforeStart",
    "The as_of 2024-05-06 09:00 is before the start 2024-05-06 10:00",
  ],
  ["USED of a zero limit", () => used(MON, 0, MON + 1, null, OFFICE), "#DIV/0!", "usedZeroLimit", "limit of 0"],
  [
    "a warning level that is not a number",
    () => status(MON, 2, null, MON + 1, OFFICE, null, null, null, "high"),
    "#VALUE!",
    "warningUnreadable",
    '"high"',
  ],
  [
    "a warning level of 80 meant as 80%",
    () => status(MON, 2, null, MON + 1, OFFICE, null, null, null, 80),
    "#VALUE!",
    "warningAsWhole",
    "type 80% (or 0.8) instead of 80",
  ],
  [
    "a warning level of 0%",
    () => status(MON, 2, null, MON + 1, OFFICE, null, null, null, "0%"),
    "#VALUE!",
    "warningRange",
    "not 0%",
  ],
  [
    "a warning level above 100",
    () => status(MON, 2, null, MON + 1, OFFICE, null, null, null, 150),
    "#VALUE!",
    "warningRange",
    "not 150",
  ],
  [
    // Sat 2024-05-11 (45423) worked with Monday's 06:00-14:00 while Friday's night shift runs to 07:00.
    "a make-up day that collides with a night shift",
    () => due(MON, 2, "周五 22:00-07:00; 周一至周四 06:00-14:00", null, [[45423]]),
    "#VALUE!",
    "overnightClash",
    "2024-05-11",
  ],
];

describe.each(cases)("%s", (_, call, code, id, phrase) => {
  test(`is ${code} (${id})`, () => {
    const e = slaErrorOf(call);
    expect(e.code).toBe(code);
    expect(e.id).toBe(id);
    expect(e.message).toContain(phrase);
    const zh = e.localized("zh");
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(zh).not.toMatch(/\{\w+\}/); // every parameter filled in
    expect(e.message).not.toMatch(/\{\w+\}/);
  });
});

test("every time message has both languages with the same parameters", () => {
  const ids = Object.keys(timeMessages) as MessageId[];
  expect(ids.length).toBeGreaterThan(20);
  for (const id of ids) {
    const names = (t: string) => (t.match(/\{\w+\}/g) ?? []).sort();
    expect(names(formatMessage(id, {}, "zh"))).toEqual(names(formatMessage(id, {}, "en")));
  }
});

test("every time message id is exercised above", () => {
  const used = new Set(cases.map((c) => c.at(3)));
  // Calendar errors other than the ones above are covered in calendar.test.ts.
  const elsewhere = [
    "calendarBadTime",
    "calendarEmptyPeriod",
    "calendarAmbiguousPeriod",
    "calendarNoHours",
    "calendarOverlap",
    // Not errors: the words SLA.STATUS returns, checked in status.test.ts.
    "statusMet",
    "statusBreached",
    "statusAtRisk",
    "statusOpen",
    "statusPaused",
  ];
  for (const id of Object.keys(timeMessages)) expect(used.has(id) || elsewhere.includes(id)).toBe(true);
});

test("only SlaError escapes, whatever the input", () => {
  const odd: unknown[] = [
    undefined,
    null,
    "",
    "x",
    NaN,
    Infinity,
    -1,
    1e300,
    true,
    {},
    [],
    [[]],
    [[1, 2]],
    "2024-13-01",
  ];
  for (const a of odd)
    for (const b of odd) {
      for (const call of [
        () => due(a, b, OFFICE),
        () => elapsed(a, b, OFFICE),
        () => due(MON, 1, a, b),
        () => elapsed(MON, MON + 1, OFFICE, a, b),
        () => due(MON, 1, OFFICE, null, a, b),
        () => elapsed(MON, MON + 1, OFFICE, null, null, [[a, b]]),
        () => status(MON, 1, a, b, OFFICE),
        () => used(MON, 1, null, a, OFFICE, null, null, b),
        () => status(MON, 1, null, MON + 1, OFFICE, null, null, a, b),
      ]) {
        try {
          call();
        } catch (e) {
          expect((e as Error).name).toBe("SlaError");
        }
      }
    }
});
