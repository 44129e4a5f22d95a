/**
 * The argument check the wrapper tests rely on (excelArgs.ts) refuses what Excel would never pass: if it let
 * those through, the wrapper tests could pass on calls Excel never makes.
 */
import { checkExcelArgs, excelCalls, shapeOf, type ParamShape } from "./excelArgs";

const range = (name: string, optional = false): ParamShape => ({
  name,
  optional,
  type: "any",
  dimensionality: "matrix",
});
const value = (name: string, optional = false, type: ParamShape["type"] = "any"): ParamShape => ({
  name,
  optional,
  type,
  dimensionality: "scalar",
});

// Shaped like SLA.DUE: two single values, then an optional single value and two optional ranges.
const due = [
  value("start"),
  value("duration"),
  value("calendar", true),
  range("holidays", true),
  range("workdays", true),
];
const check =
  (args: unknown[], params: ParamShape[] = due) =>
  () =>
    checkExcelArgs("DUE", params, args);

describe("calls Excel can make pass", () => {
  test.each<[string, unknown[]]>([
    ["omitted optionals as null", [45418.7, "2小时", null, null, null]],
    ["a column of dates", [45418.7, "2小时", "7x24", [[45419], [45420]], null]],
    ["a row with a blank cell", [45418.7, "2小时", "7x24", [[45419, "", 45420]], [[null]]]],
    ["a single value as a one-cell range", [45418.7, "2小时", "7x24", [["CN"]], [[""]]]],
  ])("%s", (_name, args) => {
    expect(check(args)).not.toThrow();
  });
});

describe("calls Excel cannot make are refused", () => {
  test.each<[string, unknown[], RegExp]>([
    ["a bare value for a range", [45418.7, "2小时", null, "CN", null], /holidays is a range .*\[\["CN"\]\]/],
    [
      "a 1-D array for a range",
      [45418.7, "2小时", null, [45419, 45420], null],
      /holidays is a range: Excel passes rows/,
    ],
    ["an empty range", [45418.7, "2小时", null, [], null], /holidays is a range/],
    ["a ragged range", [45418.7, "2小时", null, [[1, 2], [3]], null], /rectangle/],
    ["a range for a single value", [[[45418.7]], "2小时", null, null, null], /start is a single value/],
    ["undefined for an omitted optional", [45418.7, "2小时", undefined, null, null], /calendar: undefined/],
    ["too few arguments", [45418.7, "2小时"], /2 arguments for 5 parameters/],
    ["an object as a cell", [45418.7, "2小时", null, [[{}]], null], /not a cell value of type any/],
  ])("%s", (_name, args, message) => {
    expect(check(args)).toThrow(message);
  });

  test("a number for a string parameter (Excel converts it to text first)", () => {
    expect(check([0.88, "≥90%", 5], [value("actual"), value("standard"), value("rule", true, "string")])).toThrow(
      /rule is declared string/,
    );
  });

  test("null for a required range", () => {
    expect(check([null], [range("scores")])).toThrow(/scores is required/);
  });
});

test("functions.json's defaults: no dimensionality is scalar, no type is any, no optional is required", () => {
  expect(shapeOf({ name: "x" })).toEqual({ name: "x", optional: false, type: "any", dimensionality: "scalar" });
  expect(shapeOf({ name: "y", type: "number", dimensionality: "matrix", optional: true })).toEqual({
    name: "y",
    optional: true,
    type: "number",
    dimensionality: "matrix",
  });
});

test("excelCalls checks before calling, and calls the wrapper the metadata associates with the id", () => {
  const seen: unknown[][] = [];
  const wrappers = { weighted: (...args: unknown[]) => (seen.push(args), 1) };
  const calls = excelCalls(
    wrappers,
    { functions: [{ id: "WEIGHTED", name: "WEIGHTED", parameters: [{ name: "scores", dimensionality: "matrix" }] }] },
    [{ id: "WEIGHTED", functionName: "weighted" }],
  );
  expect(() => calls.weighted([90, 100])).toThrow(/SLA.WEIGHTED: not a call Excel can make/);
  expect(seen).toEqual([]); // refused before the wrapper ran
  expect(calls.weighted([[90], [100]])).toBe(1);
  expect(seen).toEqual([[[[90], [100]]]]);
});
