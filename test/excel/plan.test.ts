/**
 * The pure parts of planning: free names, formula placeholders in both styles, dates, text cells.
 */
import { columnLetter, quoteSheet } from "../../src/excel/address";
import { escapeHeader, resolveFormula, type FormulaScope } from "../../src/excel/formulas";
import { freeSheetName, freeTableName } from "../../src/excel/freeNames";
import { constantFormula } from "../../src/excel/parameterNames";
import { planInsertion } from "../../src/excel/plan";
import { cellWrite, serialFromText } from "../../src/excel/values";
import { getTemplate } from "../../src/templates";

test("free sheet names: case-insensitive, numbered, within 31 characters", () => {
  expect(freeSheetName("月度评分", ["Sheet1"])).toBe("月度评分");
  expect(freeSheetName("Monthly Score", ["monthly score", "Monthly Score (2)"])).toBe("Monthly Score (3)");
  const long = "A".repeat(31);
  expect(freeSheetName(long, [long])).toBe(`${"A".repeat(27)} (2)`);
});

test("free table names avoid tables and defined names alike", () => {
  expect(freeTableName("SLA_Scoring", ["sla_scoring", "SLA_Scoring2"])).toBe("SLA_Scoring3");
});

test("addresses and quoting", () => {
  expect([0, 25, 26, 51, 701, 702].map(columnLetter)).toEqual(["A", "Z", "AA", "AZ", "ZZ", "AAA"]);
  expect(quoteSheet("It's")).toBe("'It''s'");
  expect(constantFormula('say "hi"')).toBe('="say ""hi"""');
  expect(constantFormula(0.05)).toBe("=0.05");
});

describe("formula placeholders", () => {
  const scope = (style: "structured" | "a1"): FormulaScope => ({
    style,
    columns: new Map([
      ["score", { table: "T", header: "Score [pts]", letter: "G", firstRow: 5, lastRow: 7 }],
      ["weight", { table: "T", header: "Weight#", letter: "B", firstRow: 5, lastRow: 7 }],
    ]),
    cells: new Map([["total", "$K$4"]]),
    names: new Map([["gradeScale", "SLA_GradeScale"]]),
  });

  test("structured references, with Excel's escapes for [ ] # '", () => {
    expect(escapeHeader("a'b[c]#")).toBe("a''b'[c']'#");
    expect(resolveFormula("=SLA.WEIGHTED({table}[{col:score}],{table}[{col:weight}])", scope("structured"))).toBe(
      "=SLA.WEIGHTED(T[[Score '[pts']]],T[[Weight'#]])",
    );
    expect(resolveFormula("=[@{col:score}]*2", scope("structured"))).toBe("=[@[Score '[pts']]]*2");
    expect(resolveFormula("=SLA.GRADE({cell:total},{name:gradeScale})", scope("structured"))).toBe(
      "=SLA.GRADE($K$4,SLA_GradeScale)",
    );
  });

  test("A1 references for engines without tables", () => {
    expect(resolveFormula("=SUM({table}[{col:score}])+[@{col:weight}]", scope("a1"), { row: 6 })).toBe(
      "=SUM($G$5:$G$7)+B6",
    );
    expect(resolveFormula("=${colLetter:score}{row}=FALSE", scope("a1"), { firstRow: 5 })).toBe("=$G5=FALSE");
  });

  test("unknown keys and misplaced placeholders are errors, not silent text", () => {
    expect(() => resolveFormula("=[@{col:nope}]", scope("structured"))).toThrow(/nope/);
    expect(() => resolveFormula("={name:nope}", scope("structured"))).toThrow(/nope/);
    expect(() => resolveFormula("=[@{col:score}]", scope("a1"))).toThrow(/outside a table row/);
    expect(() => resolveFormula("=A{row}", scope("a1"))).toThrow(/outside a table column/);
    expect(() => resolveFormula("={table}", scope("a1"))).toThrow(/Unresolved/);
  });
});

test("dates written as text become serials; other text makes a text cell", () => {
  expect(serialFromText("2024-05-01 10:30")).toBe(45413.4375);
  expect(serialFromText("2023-12-25")).toBe(45285);
  expect(serialFromText("2024-02-30")).toBeNull();
  expect(cellWrite("2024-06-30", "date")).toEqual({ value: 45473, format: "date" });
  expect(cellWrite("next week", "date")).toEqual({ value: "next week", format: "text" });
  expect(cellWrite("=1/0", "currency")).toEqual({ value: "=1/0", format: "text" });
  expect(cellWrite(5, "currency")).toEqual({ value: 5, format: "currency" });
});

test("a plan is applied in phases: formats before values, tables before formulas, formatting last", () => {
  // The ticket log has every kind: text and date-time values, a table, names created, formulas, fonts.
  const plan = planInsertion(
    getTemplate("tickets"),
    "zh",
    { examples: true },
    { sheetNames: [], tableNames: [], names: [] },
  );
  const firstIndex = (kind: string) => plan.steps.findIndex((s) => s.kind === kind);
  const lastIndex = (kind: string) => plan.steps.map((s) => s.kind).lastIndexOf(kind as never);
  expect(lastIndex("numberFormat")).toBeLessThan(firstIndex("values"));
  expect(lastIndex("values")).toBeLessThan(firstIndex("table"));
  expect(firstIndex("table")).toBeLessThan(firstIndex("addName"));
  expect(lastIndex("addName")).toBeLessThan(firstIndex("formulas"));
  expect(lastIndex("formulas")).toBeLessThan(firstIndex("font"));
});
