/**
 * Cell values and sizes: date texts to Excel serials (and what is not a date), which formats take a
 * serial, widths in points, one-cell ranges.
 */
import { rangeAddress } from "../../src/excel/address";
import { widthInPoints } from "../../src/excel/formats";
import { cellWrite, serialFromText } from "../../src/excel/values";

// 2024-01-01 is serial 45292 (days since 1899-12-30); 2024-05-01 is 31 + 29 + 31 + 30 = 121 days later.
const MAY_1 = 45413;

describe("date text → serial", () => {
  test("a date, a date-time with a space or a T, one-digit hours", () => {
    expect(serialFromText("2024-05-01")).toBe(MAY_1);
    expect(serialFromText("2024-05-01 10:30")).toBe(MAY_1 + 0.4375);
    expect(serialFromText("2024-05-01T10:30")).toBe(MAY_1 + 0.4375);
    expect(serialFromText("2024-05-01 9:05")).toBeCloseTo(MAY_1 + (9 * 60 + 5) / 1440, 9);
    expect(serialFromText("2024-02-29")).toBe(45292 + 31 + 28); // a leap day
  });

  test("surrounding spaces are ignored", () => {
    expect(serialFromText("  2024-05-01 ")).toBe(MAY_1);
    expect(serialFromText("\t2024-05-01 10:30\n")).toBe(MAY_1 + 0.4375);
  });

  test("the last minute of the day is a time; 23:00 and 10:59 too", () => {
    expect(serialFromText("2024-05-01 23:00")).toBeCloseTo(MAY_1 + 23 / 24, 9);
    expect(serialFromText("2024-05-01 10:59")).toBeCloseTo(MAY_1 + (10 * 60 + 59) / 1440, 9);
    expect(serialFromText("2024-05-01 23:59")).toBeCloseTo(MAY_1 + (23 * 60 + 59) / 1440, 9);
  });

  test("days, months, hours and minutes that do not exist are not rolled over", () => {
    for (const text of [
      "2024-02-30",
      "2023-02-29",
      "2024-04-31",
      "2024-13-01", // December + 1 would be January 2025: the day matches, the month does not
      "2024-00-10",
      "2024-05-00",
      "2024-05-01 24:00",
      "2024-05-01 23:60",
      "2024-05-01 10:60", // would be 11:00 the same day
      "2024-05-01 99:00",
    ])
      expect([text, serialFromText(text)]).toEqual([text, null]);
  });

  test("anything before or after the date makes it text", () => {
    for (const text of [
      "x2024-05-01",
      "12024-05-01",
      "2024-05-01x",
      "2024-05-01 10:30:15", // seconds are not part of the form
      "2024-05-01 10:30 PM",
      "2024-5-1",
      "2024/05/01",
      "",
    ])
      expect([text, serialFromText(text)]).toEqual([text, null]);
  });
});

describe("what a cell receives", () => {
  test("date texts become serials in date and date-time cells only", () => {
    expect(cellWrite("2024-05-01", "date")).toEqual({ value: MAY_1, format: "date" });
    expect(cellWrite("2024-05-01 10:30", "datetime")).toEqual({ value: MAY_1 + 0.4375, format: "datetime" });
    for (const format of ["general", "text", "currency", "integer", "percent"] as const)
      expect([format, cellWrite("2024-05-01", format)]).toEqual([format, { value: "2024-05-01", format: "text" }]);
  });

  test("a date cell given something else gets text; numbers keep the cell's format", () => {
    expect(cellWrite("2024-02-30", "date")).toEqual({ value: "2024-02-30", format: "text" });
    expect(cellWrite(45413, "date")).toEqual({ value: 45413, format: "date" });
  });
});

test("widths in points: (characters × 7 px + 5 px padding) × 0.75, to the hundredth", () => {
  expect(widthInPoints(0)).toBe(3.75);
  expect(widthInPoints(1)).toBe(9);
  expect(widthInPoints(10)).toBe(56.25);
  expect(widthInPoints(16)).toBe(87.75);
  expect(widthInPoints(44)).toBe(234.75);
  expect(widthInPoints(8.5)).toBe(48.38); // 64.5 px × 0.75 = 48.375 → 48.38
});

test("a range of one cell is that cell's address", () => {
  expect(rangeAddress(1, 5, 1, 5)).toBe("B5");
  expect(rangeAddress(0, 4, 2, 4)).toBe("A4:C4");
  expect(rangeAddress(6, 5, 6, 7)).toBe("G5:G7");
});

test("dates Excel cannot hold as we would write them stay text: years below 1900, and before 1 March 1900", () => {
  // Date.UTC would read 0050 as 1950; Excel's serials before March 1900 count a 29 February 1900.
  expect(serialFromText("0050-01-01")).toBeNull();
  expect(serialFromText("1899-12-31")).toBeNull();
  expect(serialFromText("1900-01-01")).toBeNull();
  expect(serialFromText("1900-02-28")).toBeNull();
  expect(serialFromText("1900-03-01")).toBe(61); // Excel's serial of 1 March 1900
  expect(cellWrite("0050-01-01", "date")).toEqual({ value: "0050-01-01", format: "text" });
});
