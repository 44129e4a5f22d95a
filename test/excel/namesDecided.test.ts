/**
 * Which existing names are constants (their formula is a literal, whatever type Excel reports), and
 * what a plan does with each kind of name it finds for a parameter whose home is on the new sheet.
 */
import { isConstantFormula, type ExistingName } from "../../src/excel/parameterNames";
import { planInsertion } from "../../src/excel/plan";
import { getTemplate } from "../../src/templates";

describe("a constant is a literal and nothing more", () => {
  test.each([
    '="x"',
    '=""',
    '="say ""hi"""',
    "=5",
    "=12",
    "=0.05",
    "=-1.5",
    "=-1.5E+3",
    "=1E5",
    "=1e-7",
    "=1E10",
    "=TRUE",
    "=false",
    " =5 ",
  ])("%s is a constant", (formula) => {
    expect(isConstantFormula(formula)).toBe(true);
  });

  test.each([
    '=A1="x"', // ends like a constant, starts like a formula
    "=A1=5",
    "=Contract!$B$1*12",
    "=5*Contract!$B$1", // starts like a constant, goes on
    '="a"&"b"',
    "=Sheet1!$A$1",
    "=1E",
    "=1E+",
    "=1.",
    "=#REF!$B$18",
    "5",
    "",
  ])("%s is not", (formula) => {
    expect(isConstantFormula(formula)).toBe(false);
  });

  test("no formula is no constant", () => {
    expect(isConstantFormula(undefined)).toBe(false);
  });
});

describe("the agreement sheet's names, by what the workbook holds", () => {
  const plan = (existing: ExistingName) =>
    planInsertion(
      getTemplate("agreement"),
      "en",
      { examples: true },
      {
        sheetNames: ["Sheet1", "Contract"],
        tableNames: [],
        names: [existing],
      },
    );
  const action = (existing: ExistingName) => plan(existing).names.find((d) => d.name === existing.name)?.action;

  test("a constant moves into its cell, whatever its type", () => {
    expect(action({ name: "SLA_PenaltyRate", type: "Double", value: 0.08, formula: "=0.08" })).toBe("move");
    expect(action({ name: "SLA_GradeScale", type: "String", value: "A", formula: '="A"' })).toBe("move");
    // A text that mentions #REF! is still a text.
    expect(action({ name: "SLA_FeeClause", type: "String", value: "see #REF!", formula: '="see #REF!"' })).toBe("move");
  });

  test("a name broken by a deleted sheet is repaired: pointed at its cell here", () => {
    const existing = { name: "SLA_PenaltyRate", type: "Error", value: "#REF!", formula: "=#REF!$B$21" };
    const { names, steps } = plan(existing);
    expect(names.find((d) => d.name === "SLA_PenaltyRate")).toEqual({
      parameter: "penaltyRate",
      name: "SLA_PenaltyRate",
      action: "repair",
    });
    expect(steps.filter((s) => s.kind === "setNameReference")).toEqual([
      // The broken formula is kept in the step, to be put back if the write fails.
      { kind: "setNameReference", name: "SLA_PenaltyRate", reference: "='Agreement'!$B$21", previous: "=#REF!$B$21" },
    ]);
  });

  test("a formula of the user's is left alone, even when it computes an error or a number", () => {
    expect(action({ name: "SLA_PenaltyRate", type: "Error", value: "#DIV/0!", formula: "=1/0" })).toBe("elsewhere");
    expect(action({ name: "SLA_MonthlyFee", type: "Double", value: 1200000, formula: "=Contract!$B$5*12" })).toBe(
      "elsewhere",
    );
    expect(action({ name: "SLA_PenaltyRate", type: "Boolean", value: false, formula: '=Contract!$A$1="x"' })).toBe(
      "elsewhere",
    );
    expect(action({ name: "SLA_PenaltyRate", type: "Range", value: "Contract!$B$2", formula: "=Contract!$B$2" })).toBe(
      "elsewhere",
    );
  });

  test("missing names are linked to their cells", () => {
    expect(action({ name: "Other", type: "Double", value: 1, formula: "=1" })).toBeUndefined();
    expect(plan({ name: "Other", formula: "=1" }).names.every((d) => d.action === "link")).toBe(true);
  });
});
