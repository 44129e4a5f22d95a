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
      [fx.score(0.88, "≥90%", "达标100分，每低于1%扣5分")],
      [fx.score(0.87, "≥85%", "达标100分，每低于1%扣3分")],
      [fx.score(0.93, "≥95%", "达标100分，每低于1%扣2分")],
    ];
    expect(scores).toEqual([[90], [100], [96]]);
    const total = fx.weighted(scores, [[0.4], [0.3], [0.3]]);
    expect(total).toBe(94.8);
    expect(fx.grade(total, [["优秀≥90;合格≥80;不合格"]])).toBe("优秀"); // a matrix parameter's text arrives as [[text]]
  });

  test("omitted optional arguments arrive as null", () => {
    expect(fx.score(0.91, "≥90%", null as unknown as string, null as unknown as number)).toBe(100);
    expect(fx.grade(85, null as unknown as unknown[][])).toBe("Pass");
    expect(fx.streak([[85], [78], [76], [79]], null as unknown as number)).toBe(3);
    expect(fx.explain(0.88, ">=90%", "-5 per 1% below", null as unknown as number)).toContain("score 90");
  });

  test("MET and ATTAINMENT", () => {
    expect(fx.met(0.87, "≥85%")).toBe(true);
    expect(fx.attainment([[1], [3], [""], [2]], "≤2小时")).toBeCloseTo(2 / 3, 15);
  });

  test("DUE and ELAPSED over a service calendar", () => {
    // 2024-05-06 is a Monday, serial 45418. 17:00 + 2 business hours on 9:00-18:00: 1 h on Monday, 1 h on Tuesday → Tue 10:00.
    const start = 45418 + 17 / 24;
    expect(fx.due(start, "2小时", "周一至周五 9:00-18:00", null, null)).toBe(45419 + 10 / 24);
    expect(fx.elapsed(start, 45419 + 10 / 24, "Mon-Fri 09:00-18:00", null, null)).toBe(2);
  });

  test("an open ticket's ELAPSED is #N/A, an end before the start #NUM!", () => {
    expect(excelError(() => fx.elapsed(45418.5, "", null, null, null)).code).toBe("#N/A");
    expect(excelError(() => fx.elapsed(45418.5, 45418.4, null, null, null)).code).toBe("#NUM!");
  });

  test("a grade scale from a two-column range", () => {
    expect(
      fx.grade(85, [
        ["优秀", 90],
        ["合格", 80],
        ["不合格", ""],
      ]),
    ).toBe("合格");
  });
});

describe("errors", () => {
  test("#VALUE! with an English message", () => {
    const e = excelError(() => fx.score(85, "≥90%"));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("type 85% instead of 85");
  });

  test("#N/A with its message", () => {
    const e = excelError(() => fx.weighted([[90], [""]], [[0.5], [0.5]]));
    expect(e.code).toBe("#N/A");
    expect(e.message).toBe("Indicator 2 has no score yet.");
  });

  test("#DIV/0! carries no message (Excel would not show it)", () => {
    const e = excelError(() => fx.attainment([[""]], "≥90%"));
    expect(e.code).toBe("#DIV/0!");
    expect(e.message).toBeUndefined();
  });

  test("in Chinese when Office's display language is Chinese", () => {
    jest.isolateModules(() => {
      office.context.displayLanguage = "zh-CN";

      const zh = require("../../src/functions/functions") as typeof fx;
      const e = excelError(() => zh.score(85, "≥90%"));
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
    expect(fx.credit(0.87, "≥90%", "每低1%扣减当月服务费1.5%")).toBe(0.045);
    expect(fx.rule("≥90%", "每低于1%扣5分，最多扣30分")).toBe(
      "满分100分；低于90%时每低1%扣5分（不足一步按比例）；最多扣30分",
    );
    expect(excelError(() => fx.score(0.87, "≥90%", "每低1%扣减当月服务费1.5%")).message).toContain("SLA.CREDIT");
  });
});
