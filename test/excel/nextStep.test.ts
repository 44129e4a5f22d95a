/**
 * nextStep (src/excel/agreement/nextStep.ts): what the pane offers first, worked by hand.
 * Periods are Excel serials of a month's first day: 2024-01-01 is 45292, 2024-03-01 is 45352.
 */
import { monthAfter, nextStep } from "../../src/excel/agreement/nextStep";
import type { AgreementSnapshot, CellValue, MonthlyRow } from "../../src/excel/agreement/types";

const MAR = 45352; // 2024-03-01 = 45292 + 31 (Jan) + 29 (Feb, a leap year)
const APR = 45383; // + 31
const MAY = 45413; // + 30
const DEC = 45627; // 2024-12-01 = 2025-01-01 (45292 + 366) − 31
const JAN_2025 = 45658;
const TODAY = 45366; // 2024-03-15, as the pane would pass it

function monthly(...rows: [CellValue, string, CellValue][]): MonthlyRow[] {
  return rows.map(([period, indicator, actual], i) => ({
    period,
    indicator,
    actual,
    actualFormat: "0%",
    standard: "≥90%",
    met: "",
    cells: {
      period: { sheet: "月度数据", address: `A${i + 2}` },
      indicator: { sheet: "月度数据", address: `B${i + 2}` },
      actual: { sheet: "月度数据", address: `C${i + 2}` },
    },
  }));
}

function snapshot(rows: readonly MonthlyRow[] | null): AgreementSnapshot {
  return {
    lang: "zh",
    sheetNames: [],
    sheetOf:
      rows === null
        ? {}
        : { SLA_Indicators: "服务标准", SLA_Monthly: "月度数据", SLA_Plan: "改进计划", SLA_History: "考核结果" },
    indicators: null,
    monthly: rows,
    history: null,
    plan: null,
    parameters: {},
  };
}

describe("nextStep", () => {
  test("no monthly table: set the agreement up", () => {
    expect(nextStep(snapshot(null), TODAY)).toEqual({ kind: "setUp" });
  });

  test("the latest month has empty actuals: enter them (how many)", () => {
    const rows = monthly(
      [MAR, "客户满意度", 0.88],
      [MAR, "问题首次解决率", 0.87],
      [APR, "客户满意度", 0.9],
      [APR, "问题首次解决率", ""],
      [APR, "响应时效达标率", " "], // spaces only: empty
      [APR, "", ""], // an empty row of the table is no indicator
    );
    expect(nextStep(snapshot(rows), TODAY)).toEqual({ kind: "enterActuals", period: APR, missing: 2 });
  });

  test("an earlier month's gaps do not hold the pane back: the latest month is complete, add the next", () => {
    const rows = monthly([MAR, "客户满意度", ""], [APR, "客户满意度", 0.9]);
    expect(nextStep(snapshot(rows), TODAY)).toEqual({ kind: "newMonth", period: MAY });
  });

  test("the latest month by date, not by row", () => {
    const rows = monthly([APR, "客户满意度", ""], [MAR, "客户满意度", 0.9]);
    expect(nextStep(snapshot(rows), TODAY)).toEqual({ kind: "enterActuals", period: APR, missing: 1 });
    const done = monthly([APR, "客户满意度", 0.91], [MAR, "客户满意度", ""]);
    expect(nextStep(snapshot(done), TODAY)).toEqual({ kind: "newMonth", period: MAY });
  });

  test("December → January of the next year", () => {
    expect(nextStep(snapshot(monthly([DEC, "客户满意度", 0.9])), TODAY)).toEqual({
      kind: "newMonth",
      period: JAN_2025,
    });
  });

  test("a period on another day counts for its month", () => {
    // 2024-03-15 and 2024-03-01 are one month; the next is April 1st.
    const rows = monthly([45366, "客户满意度", 0.9], [MAR, "问题首次解决率", 0.9]);
    expect(nextStep(snapshot(rows), 0)).toEqual({ kind: "newMonth", period: APR });
    expect(nextStep(snapshot(monthly([45366, "客户满意度", ""])), 0)).toEqual({
      kind: "enterActuals",
      period: MAR,
      missing: 1,
    });
  });

  test("no rows (or no dated rows): the month of the day the caller passes", () => {
    expect(nextStep(snapshot([]), TODAY)).toEqual({ kind: "newMonth", period: MAR });
    expect(nextStep(snapshot([]), DEC + 30)).toEqual({ kind: "newMonth", period: DEC }); // 2024-12-31
    expect(nextStep(snapshot(monthly(["2024年3月", "客户满意度", ""])), 45413.75)).toEqual({
      kind: "newMonth",
      period: MAY,
    });
  });
});

describe("monthAfter", () => {
  test("the first day of the next month, from any day", () => {
    expect(monthAfter(MAR)).toBe(APR);
    expect(monthAfter(45382)).toBe(APR); // 2024-03-31
    expect(monthAfter(45322)).toBe(45323); // 2024-01-31 → 2024-02-01
    expect(monthAfter(45351)).toBe(MAR); // 2024-02-29, a leap day → 2024-03-01
    expect(monthAfter(45657.5)).toBe(JAN_2025); // 2024-12-31 noon → 2025-01-01
  });
});
