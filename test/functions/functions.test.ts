/**
 * The custom-function wrappers: values pass through to the engine, engine errors become
 * CustomFunctions.Error with the right code and a message in the display language.
 */
class FakeExcelError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
const office = { context: { displayLanguage: "en-US" } };
Object.assign(globalThis, { CustomFunctions: { Error: FakeExcelError }, Office: office });

import * as fx from "../../src/functions/functions";
import type { FunctionsJson } from "../../scripts/zh-cn-metadata";
import { excelCalls, generatedMetadata, type ExcelCalls } from "./excelArgs";

// Every call goes through `xl`, which refuses arguments Excel could not pass as functions.json declares the
// parameters (a bare value for a range, a range for a single value, a missing argument instead of null).
let metadata: FunctionsJson;
let associate: Array<{ id: string; functionName: string }>;
let xl: ExcelCalls<typeof fx>;
beforeAll(async () => {
  ({ metadata, associate } = await generatedMetadata());
  xl = excelCalls(fx, metadata, associate);
}, 60_000);

function excelError(f: () => unknown): FakeExcelError {
  try {
    f();
  } catch (e) {
    if (e instanceof FakeExcelError) return e;
    throw e;
  }
  throw new Error("expected an Excel error");
}

beforeEach(() => jest.resetModules());

describe("values pass through", () => {
  test("the seed's scoring sheet", () => {
    const scores = [
      [xl.score(0.88, "≥90%", "达标100分，每低于1%扣5分", null)],
      [xl.score(0.87, "≥85%", "达标100分，每低于1%扣3分", null)],
      [xl.score(0.93, "≥95%", "达标100分，每低于1%扣2分", null)],
    ];
    expect(scores).toEqual([[90], [100], [96]]);
    // The scores and weights columns, as Excel passes two ranges of three rows.
    const total = xl.weighted(scores, [[0.4], [0.3], [0.3]]);
    expect(total).toBe(94.8);
    expect(xl.grade(total, [["优秀≥90;合格≥80;不合格"]])).toBe("优秀"); // a matrix parameter's text arrives as [[text]]
  });

  test("omitted optional arguments arrive as null", () => {
    expect(xl.score(0.91, "≥90%", null, null)).toBe(100);
    expect(xl.grade(85, null)).toBe("Pass");
    expect(xl.streak([[85], [78], [76], [79]], null)).toBe(3);
    expect(xl.explain(0.88, ">=90%", "-5 per 1% below", null)).toContain("score 90");
  });

  test("MET and ATTAINMENT", () => {
    expect(xl.met(0.87, "≥85%")).toBe(true);
    expect(xl.attainment([[1], [3], [""], [2]], "≤2小时")).toBeCloseTo(2 / 3, 15);
  });

  test("DUE and ELAPSED over a service calendar", () => {
    // 2024-05-06 is a Monday, serial 45418. 17:00 + 2 business hours on 9:00-18:00: 1 h on Monday, 1 h on Tuesday → Tue 10:00.
    const start = 45418 + 17 / 24;
    expect(xl.due(start, "2小时", "周一至周五 9:00-18:00", null, null, null)).toBe(45419 + 10 / 24);
    expect(xl.elapsed(start, 45419 + 10 / 24, "Mon-Fri 09:00-18:00", null, null, null)).toBe(2);
  });

  describe("DUE and ELAPSED take holidays and workdays as ranges, and a single value as Excel passes it", () => {
    // Mon 2024-05-06 17:00 + 2 business hours on Mon-Fri 9:00-18:00. Tuesday 45419 and Wednesday 45420 are
    // listed as holidays below; Saturday 2024-05-11 (45423) is listed as a make-up working day.
    const start = 45418 + 17 / 24;
    const cal = "周一至周五 9:00-18:00";

    test("a column of holiday dates arrives whole: both days are skipped", () => {
      // Declared as single values, holidays would never see the second date: Excel would call DUE once per cell.
      expect(xl.due(start, "2小时", cal, [[45419], [45420]], null, null)).toBe(45421 + 10 / 24);
      expect(xl.elapsed(start, 45421 + 10 / 24, cal, [[45419], [45420]], null, null)).toBe(2);
    });

    test("a row of holiday dates, with a blank cell, reads the same", () => {
      expect(xl.due(start, "2小时", cal, [[45419, "", 45420]], null, null)).toBe(45421 + 10 / 24);
    });

    test("a range of make-up working days is worked", () => {
      // Fri 2024-05-10 17:00 + 2 hours: 1 h on Friday, then Saturday 45423 is a working day → Sat 10:00.
      const friday = 45422 + 17 / 24;
      expect(xl.due(friday, "2小时", cal, null, [[45423], [""]], null)).toBe(45423 + 10 / 24);
      expect(xl.elapsed(friday, 45423 + 10 / 24, cal, null, [[45423], [""]], null)).toBe(2);
    });

    test('"CN" typed in the formula, or a name such as SLA_Holidays holding it, arrives as [["CN"]]', () => {
      // Mon 2024-09-30 (45565) 17:00 + 2 hours: 1 h on Monday, then China's National Day holidays, Oct 1-7,
      // so the second hour is on Tue 2024-10-08 (45573).
      const monday = 45565 + 17 / 24;
      expect(xl.due(monday, "2小时", cal, [["CN"]], null, null)).toBe(45573 + 10 / 24);
      // The same without CN: Tue Oct 1, 10:00.
      expect(xl.due(monday, "2小时", cal, null, null, null)).toBe(45566 + 10 / 24);
    });

    test('an empty name or cell, arriving as [[""]], means no holidays', () => {
      expect(xl.due(start, "2小时", cal, [[""]], [[""]], null)).toBe(45419 + 10 / 24);
    });
  });

  describe("pauses arrive whole as a two-column range; STATUS and USED wrap the engine", () => {
    // A P1 ticket logged Mon 2024-05-06 10:00 (45418 + 10/24), 2 hours on 周一至周五 9:00-18:00: due 12:00.
    const start = 45418 + 10 / 24;
    const cal = "周一至周五 9:00-18:00";
    const hold = [
      [45418 + 10.5 / 24, 45418 + 14 / 24],
      ["", ""],
    ]; // on hold 10:30–14:00, then a blank row

    test("DUE and ELAPSED: the time on hold does not count", () => {
      expect(xl.due(start, "2小时", cal, null, null, hold)).toBe(45418 + 15.5 / 24);
      expect(xl.elapsed(start, 45418 + 15.5 / 24, cal, null, null, hold)).toBe(2);
      // Without the pauses, or with an empty range for them: the due time of old.
      expect(xl.due(start, "2小时", cal, null, null, [[""]])).toBe(45418 + 12 / 24);
    });

    test("a pause with no end: DUE is #N/A with its message, ELAPSED runs to the end", () => {
      const e = excelError(() => xl.due(start, 2, cal, null, null, [[45418 + 11 / 24, ""]]));
      expect(e.code).toBe("#N/A");
      expect(e.message).toBe(
        "The ticket is on hold since 2024-05-06 11:00 (a pause with no end yet), so it has no due time until it resumes.",
      );
      expect(xl.elapsed(start, 45419, cal, null, null, [[45418 + 11 / 24, ""]])).toBe(1);
    });

    test("a pauses range of one column is #VALUE! with its message", () => {
      const e = excelError(() => xl.elapsed(start, 45419, cal, null, null, [[45418.5], [45418.6]]));
      expect(e.code).toBe("#VALUE!");
      expect(e.message).toContain("two columns");
    });

    test("STATUS: the words in the language of the calendar or the limit, whatever Office's language", () => {
      expect(xl.status(start, "2小时", 45418 + 11 / 24, null, cal, null, null, null, null)).toBe("达标");
      expect(xl.status(start, "2 hours", 45418 + 13 / 24, null, "Mon-Fri 09:00-18:00", null, null, null, null)).toBe(
        "Breached",
      );
      // Open, as of 11:48 (1 h 48 min of 2 h = 90%): at risk from 80% (the default), not from 95%.
      const asOf = 45418 + 11.8 / 24;
      expect(xl.status(start, 2, "", asOf, "Mon-Fri 09:00-18:00", null, null, null, null)).toBe("At risk");
      expect(xl.status(start, 2, "", asOf, "Mon-Fri 09:00-18:00", null, null, null, 0.95)).toBe("Open");
      expect(xl.status(start, 2, "", 45418 + 13 / 24, cal, null, null, hold, "80%")).toBe("挂起"); // on hold at 13:00
      jest.isolateModules(() => {
        office.context.displayLanguage = "zh-CN";
        const zh = excelCalls(require("../../src/functions/functions") as typeof fx, metadata, associate);
        expect(zh.status(start, 2, 45418 + 11 / 24, null, "Mon-Fri 09:00-18:00", null, null, null, null)).toBe("Met");
        // An open ticket needs as_of: #N/A, in the display language.
        const e = excelError(() => zh.status(start, 2, "", null, cal, null, null, null, null));
        expect([e.code, e.message]).toEqual([
          "#N/A",
          "工单尚未结束（没有结束时间），需要统计时点才能计算：请填 NOW() 或报表的日期时间。",
        ]);
        office.context.displayLanguage = "en-US";
      });
    });

    test("USED: the share of the limit; a zero limit is #DIV/0!", () => {
      expect(xl.used(start, "2小时", 45418 + 11.5 / 24, null, cal, null, null, null)).toBe(0.75);
      expect(xl.used(start, 2, "", 45418 + 13 / 24, cal, [["CN"]], [[""]], hold)).toBe(0.25); // 10:00–10:30 only
      expect(excelError(() => xl.used(start, 0, 45418.5, null, cal, null, null, null)).code).toBe("#DIV/0!");
    });
  });

  test("an open ticket's ELAPSED is #N/A, an end before the start #NUM!", () => {
    expect(excelError(() => xl.elapsed(45418.5, "", null, null, null, null)).code).toBe("#N/A");
    expect(excelError(() => xl.elapsed(45418.5, 45418.4, null, null, null, null)).code).toBe("#NUM!");
  });

  test("a grade scale from a two-column range", () => {
    expect(
      xl.grade(85, [
        ["优秀", 90],
        ["合格", 80],
        ["不合格", ""],
      ]),
    ).toBe("合格");
  });
});

describe("errors", () => {
  test("#VALUE! with an English message", () => {
    const e = excelError(() => xl.score(85, "≥90%", null, null));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("type 85% instead of 85");
  });

  test("#N/A with its message", () => {
    const e = excelError(() => xl.weighted([[90], [""]], [[0.5], [0.5]]));
    expect(e.code).toBe("#N/A");
    expect(e.message).toBe("Indicator 2 has no score yet.");
  });

  test("#DIV/0! carries no message (Excel would not show it)", () => {
    const e = excelError(() => xl.attainment([[""]], "≥90%"));
    expect(e.code).toBe("#DIV/0!");
    expect(e.message).toBeUndefined();
  });

  test("in Chinese when Office's display language is Chinese", () => {
    jest.isolateModules(() => {
      office.context.displayLanguage = "zh-CN";

      const zh = excelCalls(require("../../src/functions/functions") as typeof fx, metadata, associate);
      const e = excelError(() => zh.score(85, "≥90%", null, null));
      expect(e.code).toBe("#VALUE!");
      expect(e.message).toBe("标准是百分比，实际值也应是百分比：请输入 85%，而不是 85。");
      office.context.displayLanguage = "en-US";
    });
  });

  test("a bug becomes #VALUE!, never a crash of the runtime", async () => {
    const { toExcelError } = await import("../../src/functions/excelErrors");
    const e = toExcelError(new TypeError("boom"), "en") as unknown as FakeExcelError;
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe("Internal error: boom");
    const zh = toExcelError(new TypeError("boom"), "zh") as unknown as FakeExcelError;
    expect(zh.message).not.toMatch(/[A-Za-z]/); // no English pieces in a Chinese message
  });

  test("CREDIT and RULE wrap the engine", () => {
    expect(xl.credit(0.87, "≥90%", "每低1%扣减当月服务费1.5%")).toBe(0.045);
    expect(xl.rule("≥90%", "每低于1%扣5分，最多扣30分", null)).toBe(
      "满分100分；低于90%时每低1%扣5分（不足一步按比例）；最多扣30分",
    );
    expect(excelError(() => xl.score(0.87, "≥90%", "每低1%扣减当月服务费1.5%", null)).message).toContain("SLA.CREDIT");
  });
});
