/**
 * The writer's rules: validation rules as Excel takes them, prompt titles cut to Excel's 32
 * characters, no formula in a text cell, and the messages of formulas naming unknown keys.
 */
import { resolveFormula, type FormulaScope } from "../../src/excel/formulas";
import { validationRule, Writer } from "../../src/excel/writer";

describe("validation rules", () => {
  test("numbers: both bounds, only a minimum, only a maximum, none", () => {
    expect(validationRule({ kind: "decimal", min: 0, max: 1 }, "en")).toEqual({
      decimal: { operator: "Between", formula1: 0, formula2: 1 },
    });
    expect(validationRule({ kind: "decimal", min: 0 }, "en")).toEqual({
      decimal: { operator: "GreaterThanOrEqualTo", formula1: 0 },
    });
    expect(validationRule({ kind: "decimal", max: 100 }, "en")).toEqual({
      decimal: { operator: "LessThanOrEqualTo", formula1: 100 },
    });
    expect(validationRule({ kind: "decimal" }, "en")).toBeNull();
    expect(validationRule({ kind: "whole", min: 1, max: 120 }, "zh")).toEqual({
      wholeNumber: { operator: "Between", formula1: 1, formula2: 120 },
    });
    expect(validationRule({ kind: "whole", min: 1 }, "zh")).toEqual({
      wholeNumber: { operator: "GreaterThanOrEqualTo", formula1: 1 },
    });
    expect(validationRule({ kind: "whole", max: 9 }, "zh")).toEqual({
      wholeNumber: { operator: "LessThanOrEqualTo", formula1: 9 },
    });
    expect(validationRule({ kind: "whole" }, "zh")).toBeNull();
  });

  test("a minimum alone has no second bound", () => {
    const rule = validationRule({ kind: "whole", min: 1 }, "en") as { wholeNumber: object };
    expect(Object.keys(rule.wholeNumber)).toEqual(["operator", "formula1"]);
  });

  test("dates: any real date (serial 1 onwards); lists: the options in the language", () => {
    expect(validationRule({ kind: "date" }, "en")).toEqual({
      date: { operator: "GreaterThanOrEqualTo", formula1: "1" },
    });
    const options = [
      { zh: "是", en: "Yes" },
      { zh: "否", en: "No" },
    ];
    expect(validationRule({ kind: "list", options }, "zh")).toEqual({
      list: { inCellDropDown: true, source: "是,否" },
    });
    expect(validationRule({ kind: "list", options }, "en")).toEqual({
      list: { inCellDropDown: true, source: "Yes,No" },
    });
  });
});

describe("prompts", () => {
  test("a title is cut at 32 characters; 32 stay; the message is not cut", () => {
    const w = new Writer("en");
    const long = "x".repeat(40);
    w.validation("A1", undefined, { title: "a".repeat(33), message: long });
    w.validation("A2", undefined, { title: "b".repeat(32), message: "m" });
    w.validation("A3", undefined, { title: "至".repeat(33), message: "m" });
    expect(w.steps).toEqual([
      { kind: "prompt", address: "A1", title: "a".repeat(32), message: long },
      { kind: "prompt", address: "A2", title: "b".repeat(32), message: "m" },
      { kind: "prompt", address: "A3", title: "至".repeat(32), message: "m" },
    ]);
  });

  test("no rule and no hint, no step; a rule without a hint, no prompt", () => {
    const w = new Writer("zh");
    w.validation("A1", undefined);
    w.validation("A2", { kind: "decimal" });
    w.validation("A3", { kind: "decimal", min: 0 });
    expect(w.steps).toEqual([
      { kind: "validation", address: "A3", rule: { decimal: { operator: "GreaterThanOrEqualTo", formula1: 0 } } },
    ]);
  });
});

test("a formula never goes into a text cell: Excel would keep it as text", () => {
  const w = new Writer("en");
  expect(() => w.formulas("B5", [["=1+1"]], "text")).toThrow(
    new Error("A formula cell cannot be text-formatted (B5): =1+1"),
  );
  expect(w.steps).toEqual([]);
  w.formulas("B5:B6", [["=1+1"], ["=2+2"]], "general");
  expect(w.steps).toEqual([
    { kind: "numberFormat", address: "B5:B6", formats: [["General"], ["General"]] },
    { kind: "formulas", address: "B5:B6", formulas: [["=1+1"], ["=2+2"]] },
  ]);
});

test("unknown keys in a formula: the message says which kind of key", () => {
  const scope: FormulaScope = {
    style: "structured",
    columns: new Map([["score", { table: "T", header: "Score", letter: "G", firstRow: 5, lastRow: 7 }]]),
    cells: new Map([["total", "$K$4"]]),
    names: new Map([["gradeScale", "SLA_GradeScale"]]),
  };
  expect(() => resolveFormula("=[@{col:nope}]", scope)).toThrow(new Error('Unknown column "nope" in =[@{col:nope}]'));
  expect(() => resolveFormula("=SUM({table}[{col:nope}])", scope)).toThrow(
    new Error('Unknown column "nope" in =SUM({table}[{col:nope}])'),
  );
  expect(() => resolveFormula("={name:nope}", scope)).toThrow(new Error('Unknown parameter "nope" in ={name:nope}'));
  expect(() => resolveFormula("={cell:nope}+1", scope)).toThrow(new Error('Unknown cell "nope" in ={cell:nope}+1'));
});
