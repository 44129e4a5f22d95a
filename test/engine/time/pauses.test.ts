/**
 * Pauses (time on hold) in DUE and ELAPSED, worked out by hand.
 *
 * Anchor as in due.test.ts: 2024-05-06 is a Monday = serial 45418, so that week is Mon 45418 …
 * Sun 45424, next Mon 45425. at(h, m) is the time of day as a fraction of a day.
 */
import { due, elapsed } from "../../../src/engine/time";
import { at, slaErrorOf } from "./helpers";

const MON = 45418;
const TUE = 45419;
const WED = 45420;
const THU = 45421;
const FRI = 45422;
const SAT = 45423;
const NEXT_MON = 45425;
const OFFICE = "周一至周五 9:00-18:00";

/** One pause row. */
const hold = (from: unknown, to: unknown = ""): unknown[] => [from, to];

describe("ELAPSED less the time on hold", () => {
  test("Mon 09:00 → 17:00 on hold 11:00–14:00: 8 − 3 = 5 h", () => {
    expect(elapsed(MON + at(9), MON + at(17), OFFICE, null, null, [hold(MON + at(11), MON + at(14))])).toBe(5);
  });
  test("on hold outside working hours changes nothing; across the close only the worked part counts", () => {
    const start = MON + at(9);
    const end = TUE + at(12); // 9 + 3 = 12 h
    expect(elapsed(start, end, OFFICE, null, null, [hold(MON + at(19), TUE + at(8))])).toBe(12);
    // Mon 17:00 → Tue 10:00: Mon 17–18 and Tue 9–10 are working hours on hold: 12 − 2 = 10 h.
    expect(elapsed(start, end, OFFICE, null, null, [hold(MON + at(17), TUE + at(10))])).toBe(10);
  });
  test("overlapping rows in any order are merged, and a row given twice counts once", () => {
    // 13:00–15:00 and 11:00–14:00 are 11:00–15:00: 8 − 4 = 4 h, not 8 − 5.
    const pauses = [hold(MON + at(13), MON + at(15)), hold(MON + at(11), MON + at(14))];
    expect(elapsed(MON + at(9), MON + at(17), OFFICE, null, null, pauses)).toBe(4);
    const twice = [hold(MON + at(11), MON + at(14)), hold(MON + at(11), MON + at(14))];
    expect(elapsed(MON + at(9), MON + at(17), OFFICE, null, null, twice)).toBe(5);
    // Touching rows are one pause too: 11–12 and 12–14.
    const touching = [hold(MON + at(12), MON + at(14)), hold(MON + at(11), MON + at(12))];
    expect(elapsed(MON + at(9), MON + at(17), OFFICE, null, null, touching)).toBe(5);
  });
  test("a pause with no end runs to the end: Mon 09:00 → Tue 12:00 on hold since Mon 15:00 = 6 h", () => {
    expect(elapsed(MON + at(9), TUE + at(12), OFFICE, null, null, [hold(MON + at(15))])).toBe(6);
    expect(elapsed(MON + at(9), TUE + at(12), OFFICE, null, null, [hold(MON + at(15), null)])).toBe(6);
  });
  test("blank rows are skipped, a pause ending as it starts holds nothing, date text is read", () => {
    const pauses = [
      ["", ""],
      hold("2024-05-06 11:00", "2024-05-06 14:00"),
      [null, null],
      hold(MON + at(16), MON + at(16)),
    ];
    expect(elapsed(MON + at(9), MON + at(17), OFFICE, null, null, pauses)).toBe(5);
    expect(elapsed(MON + at(9), MON + at(17), OFFICE, null, null, [hold("2024年5月6日 11:00", "45418.5")])).toBe(7);
  });
  test("a start inside a pause counts from its end; an end inside one stops at its start", () => {
    // Logged 10:00 while on hold since 09:30 until 11:00: 11:00 → 12:00 = 1 h.
    expect(elapsed(MON + at(10), MON + at(12), OFFICE, null, null, [hold(MON + at(9, 30), MON + at(11))])).toBe(1);
    // Closed at 12:00 during a hold 11:00–14:00: 09:00–11:00 = 2 h.
    expect(elapsed(MON + at(9), MON + at(12), OFFICE, null, null, [hold(MON + at(11), MON + at(14))])).toBe(2);
    // Pauses wholly before the start or after the end change nothing.
    const outside = [hold(MON + at(8), MON + at(9)), hold(MON + at(12), MON + at(13))];
    expect(elapsed(MON + at(9), MON + at(12), OFFICE, null, null, outside)).toBe(3);
  });
  test("no pauses, in every form Excel may pass them, is the call without pauses", () => {
    const plain = elapsed(MON + at(9), TUE + at(12), OFFICE);
    for (const none of [
      null,
      undefined,
      "",
      [[""]],
      [["", ""]],
      [
        [null, null],
        ["", ""],
      ],
      [[""], [""]],
      [["", "", ""]],
    ])
      expect(elapsed(MON + at(9), TUE + at(12), OFFICE, null, null, none)).toBe(plain);
  });
});

describe("DUE with the clock stopped", () => {
  test("Mon 10:00 + 2 h on hold 11:00–14:00: 1 h before, 1 h after = 15:00", () => {
    expect(due(MON + at(10), 2, OFFICE, null, null, [hold(MON + at(11), MON + at(14))])).toBe(MON + at(15));
    expect(due(MON + at(10), 2, OFFICE)).toBe(MON + at(12)); // without it
  });
  test("a pause after the due time changes nothing, nor one that starts exactly at it", () => {
    expect(due(MON + at(10), 2, OFFICE, null, null, [hold(MON + at(13), MON + at(14))])).toBe(MON + at(12));
    expect(due(MON + at(10), 2, OFFICE, null, null, [hold(MON + at(12), MON + at(14))])).toBe(MON + at(12));
  });
  test("a start inside a pause counts from its end: on hold 09:30–11:00, logged 10:00 + 2 h = 13:00", () => {
    expect(due(MON + at(10), 2, OFFICE, null, null, [hold(MON + at(9, 30), MON + at(11))])).toBe(MON + at(13));
  });
  test("a pause with no end: #N/A, on hold since when, in English and Chinese", () => {
    const e = slaErrorOf(() => due(MON + at(9), 2, OFFICE, null, null, [hold(MON + at(10))]));
    expect([e.code, e.id]).toEqual(["#N/A", "dueOnHold"]);
    expect(e.message).toBe(
      "The ticket is on hold since 2024-05-06 10:00 (a pause with no end yet), so it has no due time until it resumes.",
    );
    expect(e.localized("zh")).toBe("工单自 2024-05-06 10:00 起挂起（暂停时段尚无结束时间），恢复处理前没有截止时间。");
    // Since the pause's own start, even when that is before the ticket's.
    expect(slaErrorOf(() => due(MON + at(9), 2, OFFICE, null, null, [hold(MON + at(8))])).params.since).toBe(
      "2024-05-06 08:00",
    );
  });
  test("a pause with no end that starts at or after the due time leaves it be", () => {
    expect(due(MON + at(9), 2, OFFICE, null, null, [hold(MON + at(11))])).toBe(MON + at(11));
    expect(due(MON + at(9), 2, OFFICE, null, null, [hold(MON + at(15))])).toBe(MON + at(11));
    // Off hours count for nothing: on hold from 18:00 on, the 2 h of Friday 16:00 are still used by 18:00.
    expect(due(FRI + at(16), 2, OFFICE, null, null, [hold(FRI + at(18))])).toBe(FRI + at(18));
  });
  test("a zero duration is due when the clock runs: at the end of a pause over the start", () => {
    expect(due(MON + at(10), 0, OFFICE, null, null, [hold(MON + at(9, 30), MON + at(11))])).toBe(MON + at(11));
    // Logged on Saturday, on hold until Monday 10:00: due Monday 10:00, not 09:00.
    expect(due(SAT + at(10), 0, OFFICE, null, null, [hold(SAT + at(10), NEXT_MON + at(10))])).toBe(NEXT_MON + at(10));
    // On hold only outside working hours: the next opening as without the pause.
    expect(due(SAT + at(10), 0, OFFICE, null, null, [hold(SAT + at(11), SAT + at(12))])).toBe(NEXT_MON + at(9));
  });
});

describe("pauses with holidays, night shifts, leap days, lunch breaks and make-up days", () => {
  test("a pause across a holiday: Tue 17:00 + 2 h, Wednesday off, on hold Tue 17:30 → Thu 10:00", () => {
    // Without the pause: Tue 17–18 (1 h), Wed off, Thu 9–10 → Thu 10:00.
    expect(due(TUE + at(17), 2, OFFICE, [[WED]])).toBe(THU + at(10));
    // With it: Tue 17:00–17:30 (0.5 h), then from Thu 10:00 the remaining 1.5 h → Thu 11:30.
    const pauses = [hold(TUE + at(17, 30), THU + at(10))];
    expect(due(TUE + at(17), 2, OFFICE, [[WED]], null, pauses)).toBe(THU + at(11, 30));
    // ELAPSED Tue 17:00 → Thu 12:00: 4 h, less Tue 17:30–18:00 and Thu 9–10 on hold (the holiday was not
    // working time anyway) = 2.5 h.
    expect(elapsed(TUE + at(17), THU + at(12), OFFICE, [[WED]])).toBe(4);
    expect(elapsed(TUE + at(17), THU + at(12), OFFICE, [[WED]], null, pauses)).toBe(2.5);
  });

  test("a night shift 21:00–05:00 on Mon–Fri, paused across midnight", () => {
    const NIGHTS = "周一至周五 21:00-05:00";
    // Fri 22:00 + 6 h: Fri 22:00 → Sat 04:00 without a pause.
    expect(due(FRI + at(22), 6, NIGHTS)).toBe(SAT + at(4));
    // On hold Fri 23:00 → Sat 02:00: Fri 22–23 (1 h) and Sat 02–05 (3 h) = 4 h; the 2 h left on Mon 21:00–23:00.
    const pauses = [hold(FRI + at(23), SAT + at(2))];
    expect(due(FRI + at(22), 6, NIGHTS, null, null, pauses)).toBe(NEXT_MON + at(23));
    expect(elapsed(FRI + at(22), NEXT_MON + at(23), NIGHTS, null, null, pauses)).toBe(6);
    // Every night: Mon 20:00 + 4 h, on hold Mon 23:30 → Tue 00:30: 2.5 h, then 00:30 + 1.5 h = Tue 02:00.
    const everyNight = "每天 21:00-05:00";
    const midnight = [hold(MON + at(23, 30), TUE + at(0, 30))];
    expect(due(MON + at(20), 4, everyNight, null, null, midnight)).toBe(TUE + at(2));
    expect(elapsed(MON + at(20), TUE + at(6), everyNight, null, null, midnight)).toBe(7);
  });

  test("the leap day: Wed 28 Feb 2024 17:00 + 12 h, on hold Thu 29 Feb 12:00 → Fri 1 Mar 10:00", () => {
    // 2024-02-28 = 45292 + 31 + 27 = 45350 (Wed), 29 Feb = 45351 (Thu), 1 Mar = 45352 (Fri).
    // Without the pause: Wed 1 h, Thu 29 Feb 9 h (10), Fri 09:00 + 2 h = 11:00.
    expect(due(45350 + at(17), 12, OFFICE, "CN")).toBe(45352 + at(11));
    // With it: Wed 1 h, Thu 09–12 3 h (4), Fri 10:00 + 8 h = 18:00.
    const pauses = [hold("2024-02-29 12:00", "2024-03-01 10:00")];
    expect(due(45350 + at(17), 12, OFFICE, "CN", null, pauses)).toBe(45352 + at(18));
    expect(elapsed(45350 + at(17), 45352 + at(18), OFFICE, "CN", null, pauses)).toBe(12);
    expect(elapsed("2024-02-29 00:00", "2024-03-01 00:00", OFFICE, null, null, [hold("2024-02-29 12:00")])).toBe(3);
  });

  test("a P1 ticket (2 h, 周一至周五 9:00-12:00,13:30-18:00) on hold over lunch and over the weekend", () => {
    const P1 = "周一至周五 9:00-12:00,13:30-18:00";
    // Logged Fri 11:00. Without pauses: 11–12 (1 h), 13:30–14:30 → Fri 14:30.
    expect(due(FRI + at(11), "2小时", P1)).toBe(FRI + at(14, 30));
    // On hold 11:30 → 14:00 (over lunch: 11:30–12:00 and 13:30–14:00 are the working time lost):
    // 11:00–11:30 (0.5 h), then 14:00 + 1.5 h = 15:30.
    const lunch = [hold(FRI + at(11, 30), FRI + at(14))];
    expect(due(FRI + at(11), "2小时", P1, null, null, lunch)).toBe(FRI + at(15, 30));
    // And on hold again Fri 15:00 → Mon 10:00: 0.5 + 14:00–15:00 (1 h) = 1.5 h, then Mon 10:00 + 0.5 h.
    const both = [...lunch, hold(FRI + at(15), NEXT_MON + at(10))];
    expect(due(FRI + at(11), "2小时", P1, null, null, both)).toBe(NEXT_MON + at(10, 30));
    // ELAPSED Fri 11:00 → Mon 12:00: 8.5 h on the calendar (1 + 4.5 + 3), 5 h of it on hold (1 + Fri 15–18
    // and Mon 9–10) = 3.5 h.
    expect(elapsed(FRI + at(11), NEXT_MON + at(12), P1)).toBe(8.5);
    expect(elapsed(FRI + at(11), NEXT_MON + at(12), P1, null, null, both)).toBe(3.5);
  });

  test("a make-up Sunday inside a pause (CN, Sun 4 Feb 2024 worked before the Spring Festival)", () => {
    // Fri 2 Feb = 45324, Sat 3 = 45325, Sun 4 = 45326 (make-up, 9–18), Mon 5 = 45327.
    // Fri 17:00 + 4 h: Fri 1 h, Sat off, Sun 09:00 + 3 h = Sun 12:00.
    expect(due(45324 + at(17), 4, OFFICE, "CN")).toBe(45326 + at(12));
    // On hold Sat 10:00 → Mon 10:00: the make-up Sunday's 9 h and Mon 9–10 are lost; Mon 10:00 + 3 h = 13:00.
    const pauses = [hold(45325 + at(10), 45327 + at(10))];
    expect(due(45324 + at(17), 4, OFFICE, "CN", null, pauses)).toBe(45327 + at(13));
    // ELAPSED Fri 17:00 → Mon 18:00: 1 + 9 + 9 = 19 h, less 10 h on hold = 9 h.
    expect(elapsed(45324 + at(17), 45327 + at(18), OFFICE, "CN")).toBe(19);
    expect(elapsed(45324 + at(17), 45327 + at(18), OFFICE, "CN", null, pauses)).toBe(9);
    // Without CN the Sunday is not worked anyway, so the same pause costs only Mon 9–10 (1 + 9 − 1 = 9 h), and
    // the due time is the same Mon 13:00: with CN, the make-up Sunday was lost to the hold.
    expect(elapsed(45324 + at(17), 45327 + at(18), OFFICE, null, null, pauses)).toBe(9);
    expect(due(45324 + at(17), 4, OFFICE, null, null, pauses)).toBe(45327 + at(13));
  });
});

describe("the pauses range, read as Excel passes it", () => {
  test("rows are named 1-based within the range, in English and Chinese", () => {
    const e = slaErrorOf(() =>
      due(MON, 2, OFFICE, null, null, [hold(MON + at(10), MON + at(11)), hold(MON + at(15), MON + at(14))]),
    );
    expect([e.code, e.id, e.params.row]).toEqual(["#VALUE!", "pauseBackwards", 2]);
    expect(e.message).toBe("Row 2 of the pauses ends (2024-05-06 14:00) before it starts (2024-05-06 15:00).");
    expect(e.localized("zh")).toBe("暂停时段第 2 行的结束时间（2024-05-06 14:00）早于开始时间（2024-05-06 15:00）。");
  });
  test("a range of one or three columns with something in it is refused, in English and Chinese", () => {
    const one = slaErrorOf(() => elapsed(MON, TUE, OFFICE, null, null, [[MON + at(10)]]));
    expect([one.code, one.id]).toEqual(["#VALUE!", "pausesColumns"]);
    expect(one.localized("zh")).toBe("暂停时段应为两列区域（开始、结束），每行一次挂起；此区域有 1 列。");
    const three = slaErrorOf(() =>
      elapsed(MON, TUE, OFFICE, null, null, [
        ["", "", ""],
        [MON, MON + at(1), ""],
      ]),
    );
    expect(three.message).toBe(
      "The pauses must be a range of two columns, from and to, one row per time on hold; this one has 3 column(s).",
    );
  });
  test("a cell that is not a date-time, or a bare time of day, is named with its row", () => {
    const text = slaErrorOf(() => due(MON, 2, OFFICE, null, null, [hold("waiting for customer", "")]));
    expect(text.message).toBe(
      'Row 1 of the pauses: "waiting for customer" is not a date-time. Use date cells or text like 2024-05-06 09:30.',
    );
    expect(text.localized("zh")).toBe(
      "暂停时段第 1 行：“waiting for customer”不是日期时间。请使用日期单元格或 2024-05-06 09:30 这样的文本。",
    );
    const time = slaErrorOf(() => due(MON, 2, OFFICE, null, null, [["", ""], hold(MON, at(14))]));
    expect([time.id, time.params.row, time.params.value]).toEqual(["pauseNotDate", 2, String(at(14))]);
    expect(slaErrorOf(() => due(MON, 2, OFFICE, null, null, [hold(true, MON)])).id).toBe("pauseNotDate");
  });
  test("an end without a start, in English and Chinese", () => {
    const e = slaErrorOf(() => due(MON, 2, OFFICE, null, null, [hold("", MON + at(12))]));
    expect(e.message).toBe("Row 1 of the pauses has an end but no start.");
    expect(e.localized("zh")).toBe("暂停时段第 1 行有结束时间但没有开始时间。");
  });
  test("a whole-column range with a few rows filled", () => {
    const column: unknown[][] = Array.from({ length: 100_000 }, () => ["", ""]);
    column[500] = hold(MON + at(11), MON + at(14));
    expect(elapsed(MON + at(9), MON + at(17), OFFICE, null, null, column)).toBe(5);
  });
});
