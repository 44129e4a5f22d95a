/**
 * What planInsertion writes for the probe template (test/excel/probeTemplate.ts), step by step:
 * where the heading and header rows go, widths in points, wrapping, validation rules and prompts,
 * labels and formula cells, conditional formats, print setup, and how many rows a table gets.
 */
import { planInsertion, type WorkbookState } from "../../src/excel/plan";
import type { Step, StepKind } from "../../src/excel/steps";
import { getTemplate, type Template } from "../../src/templates";
import { EMPTY_WORKBOOK, formOnly, probe } from "./probeTemplate";

const plan = (
  options: Parameters<typeof planInsertion>[2] = { examples: true },
  state: WorkbookState = EMPTY_WORKBOOK,
) => planInsertion(probe, "en", options, state);

const stepsOf = <K extends StepKind>(steps: readonly Step[], kind: K) =>
  steps.filter((s): s is Extract<Step, { kind: K }> => s.kind === kind);

/** The step of a kind at an address (fails the test when there is none). */
function at<K extends StepKind>(steps: readonly Step[], kind: K, address: string): Extract<Step, { kind: K }> {
  const found = stepsOf(steps, kind).find((s) => (s as { address?: string }).address === address);
  if (!found) throw new Error(`no ${kind} step at ${address}`);
  return found;
}

test("a table with a heading puts every table's header one row lower; the heading goes on the row above", () => {
  const { steps } = plan();
  const headings = stepsOf(steps, "values").filter((s) => s.address === "E10" || s.address === "A10");
  expect(headings).toEqual([{ kind: "values", address: "E10", values: [["Second table"]] }]);
  expect(stepsOf(steps, "table")).toEqual([
    { kind: "table", address: "A11:C13", name: "Probe_Plain", style: "TableStyleMedium2" },
    { kind: "table", address: "E11:E12", name: "Probe_Headed", style: "TableStyleMedium2" },
  ]);
  expect(at(steps, "values", "A11:C11").values).toEqual([["Narrow", "Edge", "Wide"]]);
  expect(at(steps, "values", "E11").values).toEqual([["Value"]]);
});

test("without any heading the header row is the first row after the forms", () => {
  const noHeadings: Template = {
    ...probe,
    blocks: probe.blocks.map((b) => (b.kind === "table" ? { ...b, heading: undefined } : b)),
  };
  const { steps } = planInsertion(noHeadings, "en", { examples: true }, EMPTY_WORKBOOK);
  expect(stepsOf(steps, "table").map((s) => s.address)).toEqual(["A10:C12", "E10:E11"]);
  expect(stepsOf(steps, "freezeRows")).toEqual([{ kind: "freezeRows", rows: 10 }]);
});

test("fonts: title, description, headings, bold labels and bold calculated cells", () => {
  expect(stepsOf(plan().steps, "font")).toEqual([
    { kind: "font", address: "A1", bold: true, size: 16 },
    { kind: "font", address: "A2", italic: true, color: "#595959" },
    { kind: "font", address: "A4", bold: true, size: 12, color: "#1F3864" },
    { kind: "font", address: "A5", bold: true },
    { kind: "font", address: "A6", bold: true },
    { kind: "font", address: "A7", bold: true },
    { kind: "font", address: "A8", bold: true },
    { kind: "font", address: "B8", bold: true },
    { kind: "font", address: "E10", bold: true, size: 12, color: "#1F3864" },
    { kind: "font", address: "G11", bold: true },
    { kind: "font", address: "H11", bold: true },
    { kind: "font", address: "G12", bold: true },
  ]);
});

test("fills: grey labels, yellow inputs (in forms and in tables' input columns), none on calculated cells", () => {
  expect(stepsOf(plan().steps, "fill").map((s) => [s.address, s.color])).toEqual([
    ["A5", "#F2F2F2"],
    ["B5", "#FFF2CC"],
    ["A6", "#F2F2F2"],
    ["B6", "#FFF2CC"],
    ["A7", "#F2F2F2"],
    ["B7", "#FFF2CC"],
    ["A8", "#F2F2F2"],
    ["A12:A13", "#FFF2CC"],
    ["B12:B13", "#FFF2CC"],
    ["C12:C13", "#FFF2CC"],
    ["E12", "#FFF2CC"],
    ["G11", "#F2F2F2"],
    ["G12", "#F2F2F2"],
    ["H12", "#FFF2CC"],
  ]);
});

test("column widths in points, column by column from A: (characters × 7 + 5) px × 0.75, the widest use winning", () => {
  expect(stepsOf(plan().steps, "columnWidth").map((s) => [s.address, s.points])).toEqual([
    ["A:A", 145.5], // 27 characters (the table column beats the form's 26-character labels)
    ["B:B", 234.75], // 44: the form's values beat the 28-character table column
    ["C:C", 156], // 29
    ["E:E", 56.25], // 10
    ["G:G", 129.75], // 24: the labels beside a table
    ["H:H", 108.75], // 20: the target's own width beats the default 16
  ]);
});

test("columns wrap from 28 characters: 27 does not, 28 and 29 do", () => {
  expect(stepsOf(plan().steps, "wrap")).toEqual([
    { kind: "wrap", address: "B12:B13" },
    { kind: "wrap", address: "C12:C13" },
  ]);
});

test("validation rules and prompts: min only, max only, both, dates; none on a calculated cell", () => {
  const { steps } = plan();
  expect(steps.filter((s) => s.kind === "validation" || s.kind === "prompt")).toEqual([
    { kind: "prompt", address: "B5", title: "Owner", message: "Who answers for it" },
    {
      kind: "validation",
      address: "B6",
      rule: { decimal: { operator: "GreaterThanOrEqualTo", formula1: 0 } },
    },
    // Excel cuts a prompt's title at 32 characters.
    { kind: "prompt", address: "B6", title: "Yearly budget, before any deduct", message: "An amount" },
    { kind: "validation", address: "B7", rule: { decimal: { operator: "Between", formula1: 0, formula2: 1 } } },
    {
      kind: "validation",
      address: "B12:B13",
      rule: { wholeNumber: { operator: "Between", formula1: 1, formula2: 9 } },
    },
    { kind: "validation", address: "C12:C13", rule: { date: { operator: "GreaterThanOrEqualTo", formula1: "1" } } },
    { kind: "prompt", address: "C11", title: "Wide", message: "A date" },
    { kind: "validation", address: "E12", rule: { decimal: { operator: "LessThanOrEqualTo", formula1: 100 } } },
  ]);
});

test("values and formulas of the labelled cells, with examples", () => {
  const { steps } = plan();
  expect(at(steps, "values", "B5").values).toEqual([["Li"]]);
  expect(at(steps, "numberFormat", "B5").formats).toEqual([["@"]]);
  expect(at(steps, "values", "B6").values).toEqual([[""]]); // no example: empty, in its currency format
  expect(at(steps, "numberFormat", "B6").formats).toEqual([["#,##0.00"]]);
  expect(at(steps, "values", "B7").values).toEqual([[0.05]]);
  expect(at(steps, "numberFormat", "B7").formats).toEqual([["0%"]]);
  expect(at(steps, "formulas", "B8").formulas).toEqual([["=$B$6*2"]]);
  expect(at(steps, "numberFormat", "B8").formats).toEqual([["0.0"]]);
  expect(at(steps, "formulas", "H11").formulas).toEqual([["=SUM(Probe_Headed[[Value]])"]]);
  expect(at(steps, "values", "H12").values).toEqual([[50]]);
  expect(at(steps, "values", "C12:C13").values).toEqual([[45413], [""]]);
});

test("without examples, inputs are empty but keep their formats", () => {
  const { steps } = plan({ examples: false });
  expect(at(steps, "values", "B5").values).toEqual([[""]]);
  expect(at(steps, "numberFormat", "B5").formats).toEqual([["@"]]);
  expect(at(steps, "values", "H12").values).toEqual([[""]]);
  expect(at(steps, "numberFormat", "H12").formats).toEqual([["0.00"]]);
});

test("rows: the examples when asked for and there are some, the blank rows otherwise", () => {
  expect(stepsOf(plan({ examples: true }).steps, "table").map((s) => s.address)).toEqual(["A11:C13", "E11:E12"]);
  expect(stepsOf(plan({ examples: false }).steps, "table").map((s) => s.address)).toEqual(["A11:C14", "E11:E12"]);
  expect(plan({ examples: false }).result.rowsWritten).toBe(4);
  expect(plan({ examples: true }).result).toMatchObject({ rowsWritten: 3, exampleRows: 2 });
});

test("conditional formats: on a column's data relative to its first row, and on one cell; font only when given", () => {
  expect(stepsOf(plan().steps, "conditionalFormat")).toEqual([
    { kind: "conditionalFormat", address: "E12", formula: "=$E12>$H$12", fill: "#F8D7DA", font: "#842029" },
    { kind: "conditionalFormat", address: "H11", formula: "=$H$11>0", fill: "#D1E7DD" },
  ]);
  expect(Object.keys(stepsOf(plan().steps, "conditionalFormat")[1])).not.toContain("font");
});

test("a conditional format on a column or cell the template lacks is a template error", () => {
  const note = { zh: "", en: "" };
  const withColumn: Template = {
    ...probe,
    conditionalFormats: [{ column: "nope", formula: "=1", fill: "#FFF", note }],
  };
  const withCell: Template = { ...probe, conditionalFormats: [{ cell: "nope", formula: "=1", fill: "#FFF", note }] };
  expect(() => planInsertion(withColumn, "en", { examples: true }, EMPTY_WORKBOOK)).toThrow(
    new Error('Conditional format on unknown column "nope"'),
  );
  expect(() => planInsertion(withCell, "en", { examples: true }, EMPTY_WORKBOOK)).toThrow(
    new Error('Conditional format on unknown cell "nope"'),
  );
});

test("print setup: landscape with the header row on every page, a page per table side by side; a sheet without tables is portrait", () => {
  const withTables = plan().steps;
  // Two tables: a page each, the second starting at E. The wider page, A–D, is 145.5 + 234.75 + 156 +
  // 48 (D, Excel's default 8.43 characters) = 584.25 points; 90% of A4 landscape's 741.2 is 667.08:
  // it fits at 100%.
  expect(withTables.filter((s) => s.kind === "freezeRows" || s.kind === "print")).toEqual([
    { kind: "freezeRows", rows: 11 },
    { kind: "print", landscape: true, titleRows: "$11:$11", scale: 100, columnBreaksBefore: ["E"] },
  ]);
  const formSteps = planInsertion(formOnly, "en", { examples: true }, EMPTY_WORKBOOK).steps;
  expect(formSteps.filter((s) => s.kind === "freezeRows" || s.kind === "print")).toEqual([
    { kind: "print", landscape: false },
  ]);
  expect(stepsOf(formSteps, "columnWidth").map((s) => [s.address, s.points])).toEqual([
    ["A:A", 140.25], // 26 characters
    ["B:B", 234.75], // 44
  ]);
});

test("typed values: accepted for input cells (forms and beside tables), refused for calculated ones", () => {
  const { steps } = plan({ examples: false, values: { owner: "Wang", target: 70, penaltyRate: 0.1 } });
  expect(at(steps, "values", "B5").values).toEqual([["Wang"]]);
  expect(at(steps, "values", "H12").values).toEqual([[70]]);
  expect(at(steps, "values", "B7").values).toEqual([[0.1]]);
  expect(() => plan({ examples: false, values: { double: 3 } })).toThrow(
    new Error('No input cell "double" in this template'),
  );
  expect(() => plan({ examples: false, values: { sum: 3 } })).toThrow(
    new Error('No input cell "sum" in this template'),
  );
});

test("tables after a form keep their own names", () => {
  const { result, steps } = plan();
  expect(result.tableNames).toEqual(["Probe_Plain", "Probe_Headed"]);
  expect(stepsOf(steps, "table").map((s) => s.name)).toEqual(["Probe_Plain", "Probe_Headed"]);
  expect(result.notices).toEqual([
    expect.objectContaining({ id: "namesLinked", params: { names: "SLA_PenaltyRate" } }),
  ]);
});

describe("a parameter whose name already points elsewhere: the home cell shows it, in the parameter's format", () => {
  const elsewhere: WorkbookState = {
    sheetNames: ["Terms"],
    tableNames: [],
    names: [
      { name: "SLA_GradeScale", type: "Range", value: "Terms!$B$1", formula: "=Terms!$B$1" },
      { name: "SLA_PenaltyRate", type: "Range", value: "Terms!$B$2", formula: "=Terms!$B$2" },
    ],
  };

  test("a percent stays a percent; a text parameter shows in General (a formula in a text cell stays text)", () => {
    const { steps, names } = planInsertion(getTemplate("agreement"), "zh", { examples: true }, elsewhere);
    expect(names.filter((d) => d.action === "elsewhere").map((d) => d.name)).toEqual([
      "SLA_GradeScale",
      "SLA_PenaltyRate",
    ]);
    expect(at(steps, "formulas", "B18").formulas).toEqual([["=SLA_GradeScale"]]);
    expect(at(steps, "numberFormat", "B18").formats).toEqual([["General"]]);
    expect(at(steps, "formulas", "B21").formulas).toEqual([["=SLA_PenaltyRate"]]);
    expect(at(steps, "numberFormat", "B21").formats).toEqual([["0%"]]);
  });

  test("the probe's rate: shown by formula, not filled in as an input, not bold", () => {
    const { steps } = plan({ examples: true }, elsewhere);
    expect(at(steps, "formulas", "B7").formulas).toEqual([["=SLA_PenaltyRate"]]);
    expect(at(steps, "numberFormat", "B7").formats).toEqual([["0%"]]);
    expect(stepsOf(steps, "fill").some((s) => s.address === "B7")).toBe(false);
    expect(stepsOf(steps, "font").some((s) => s.address === "B7")).toBe(false);
  });
});
