/**
 * Whole fake workbooks evaluated by HyperFormula (engine.ts): the templates as insertTemplate writes
 * them into the strict fake, structured references and all, give the values worked out by hand in
 * test/templates/evaluate.test.ts.
 */
import { planInsertion } from "../../src/excel";
import { getTemplate, TEMPLATES, type Lang } from "../../src/templates";
import { FakeSheet, FakeWorkbook, typeInto } from "../excel/fakeWorkbook";
import { insertInto } from "../excel/insertInto";
import { addressesOf, evaluateWorkbook, type Shown } from "./engine";

/** Where the plan puts a template's labelled cells and columns (the layout insertTemplate applies). */
function placed(id: string, lang: Lang) {
  return planInsertion(getTemplate(id), lang, { examples: true }, { sheetNames: ["Sheet1"], tableNames: [], names: [] })
    .addresses;
}

function expectClose(actual: Shown[], expected: number[]): void {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((e, i) => expect(actual[i]).toBeCloseTo(e, 9));
}

describe.each(["zh", "en"] as const)("the agent performance template inserted with its examples, %s", (lang) => {
  test("9, 8, 8, 8 → 8.15 out of 10; every formula read and computed", async () => {
    const { wb, result } = await insertInto(getTemplate("agents"), lang);
    const ev = evaluateWorkbook(wb);
    try {
      expect(ev.problems).toEqual([]);
      const { cells, columns } = placed("agents", lang);
      const cell = (key: string) => ev.valueAt(result.sheetName, cells[key]);
      const column = (key: string) => addressesOf(columns[key]).map((a) => ev.valueAt(result.sheetName, a));
      // 40 s: 10 s over 30 s → 9; 92% in 90%-94%'s band → 8; 1 step missed → 8; 88% is 2% below 90% → 8.
      expectClose(column("score"), [9, 8, 8, 8]);
      // 9 × 15% + 8 × 25% + 8 × 20% + 8 × 40% = 1.35 + 2 + 1.6 + 3.2
      expect(cell("total")).toBeCloseTo(8.15, 9);
      expect(cell("weightSum")).toBeCloseTo(1, 9);
      // The A1 formulas kept for the .xlsx: this row's cells (actual D, standard C, rule E), the table's columns.
      expect(ev.a1Formula(result.sheetName, addressesOf(columns.score)[0])).toBe(
        '=IF(D5="","",SLA.SCORE(D5,C5,E5,10))',
      );
      expect(ev.a1Formula(result.sheetName, cells.total)).toContain("SLA.WEIGHTED($G$5:$G$8,$F$5:$F$8)");
      // A format written for the first row holds row by row as Excel moves it down: scores below 9.
      const below9 = (a: string) => ev.conditionHolds(result.sheetName, columns.score, `=$${columns.score[0]}5<9`, a);
      expect(addressesOf(columns.score).map(below9)).toEqual([false, true, true, true]);
      // The template's own format on the total weight: 100%, not red.
      const format = wb.sheet(result.sheetName).conditionalFormats.find((f) => f.address === cells.weightSum)!;
      expect(ev.conditionHolds(result.sheetName, format.address, format.formula!, cells.weightSum)).toBe(false);
    } finally {
      ev.destroy();
    }
  });

  test("a weight typed over: the total weight 80%, red", async () => {
    const { wb, result } = await insertInto(getTemplate("agents"), lang);
    const { cells, columns } = placed("agents", lang);
    // The second indicator's 25% → 5%: 15 + 5 + 20 + 40 = 80%.
    typeInto(wb.sheet(result.sheetName).cell(addressesOf(columns.weight)[1]), 0.05);
    const ev = evaluateWorkbook(wb);
    try {
      expect(ev.valueAt(result.sheetName, cells.weightSum)).toBeCloseTo(0.8, 9);
      // Weights that do not add up to 100% are a mistake SLA.WEIGHTED stops at, rather than a total over 80%.
      expect(ev.valueAt(result.sheetName, cells.total)).toMatchObject({ error: "#VALUE!" });
      const format = wb.sheet(result.sheetName).conditionalFormats.find((f) => f.address === cells.weightSum)!;
      expect(ev.conditionHolds(result.sheetName, format.address, format.formula!, cells.weightSum)).toBe(true);
    } finally {
      ev.destroy();
    }
  });
});

test("every template inserted alone with its examples: no formula HyperFormula cannot read, no error but #N/A", async () => {
  const found: string[] = [];
  for (const tp of TEMPLATES)
    for (const lang of ["zh", "en"] as const) {
      const { wb } = await insertInto(tp, lang);
      const ev = evaluateWorkbook(wb);
      for (const p of ev.problems)
        if (p.kind !== "error" || !p.message.startsWith("#N/A"))
          found.push(`${tp.id} ${lang} ${p.sheet}!${p.address} ${p.kind}: ${p.formula} → ${p.message}`);
      ev.destroy();
    }
  expect(found).toEqual([]);
});

describe("a hand-made workbook: sheets, a table, names, and what goes wrong", () => {
  const wb = new FakeWorkbook();
  const put = (sheet: string, address: string, input: string | number) => {
    let s = wb.sheets.find((x) => x.name === sheet);
    if (!s) wb.sheets.push((s = new FakeSheet(sheet)));
    const cell = s.cell(address);
    if (typeof input === "string" && !input.startsWith("=")) cell.numberFormat = "@";
    typeInto(cell, input);
  };
  // 服务标准: a table of targets; Monthly Score: months and totals, a running streak.
  put("服务标准", "A1", "指标");
  put("服务标准", "B1", "Target [%]");
  put("服务标准", "A2", "满意度");
  put("服务标准", "B2", 0.9);
  put("服务标准", "A3", "解决率");
  put("服务标准", "B3", 0.85);
  wb.tables.push({ name: "Targets", sheet: "服务标准", address: "A1:B3", columns: ["指标", "Target [%]"] });
  put("Monthly Score", "A1", "Month");
  put("Monthly Score", "B1", "Total");
  put("Monthly Score", "C1", "Running");
  [78, 85, 75].forEach((total, i) => {
    put("Monthly Score", `A${i + 2}`, `M${i + 1}`);
    put("Monthly Score", `B${i + 2}`, total);
    put("Monthly Score", `C${i + 2}`, "=SUM(INDEX(Monthly[Total],1):[@Total])");
  });
  wb.tables.push({ name: "Monthly", sheet: "Monthly Score", address: "A1:C4", columns: ["Month", "Total", "Running"] });
  wb.names.push({ name: "SLA_Threshold", formula: "='服务标准'!$B$2", visible: true });
  wb.names.push({ name: "SLA_Scale", formula: '="A≥90;B≥80;C"', visible: true });
  put("Monthly Score", "E1", "=AVERAGE(targets[[Target '[%']]])");
  put("Monthly Score", "E2", '=SLA.GRADE(MAX(Monthly[Total]),SLA_Scale)&" [Total]"');
  put("Monthly Score", "E3", "=SLA_Threshold*100");
  put("Monthly Score", "E4", "=SLA.STREAK(Monthly[Total],80)");
  put("Monthly Score", "E5", "=1E+300>0");
  put("Monthly Score", "E6", "=NOSUCH(1)");
  put("Monthly Score", "E7", "=[@Total]");
  put("Monthly Score", "E8", "=(1");

  test("cross-sheet table columns, this row, from the first row to this row, names, exponents", () => {
    const ev = evaluateWorkbook(wb);
    const at = (a: string) => ev.valueAt("Monthly Score", a);
    expect(["C2", "C3", "C4"].map(at)).toEqual([78, 163, 238]);
    expect(ev.a1Formula("Monthly Score", "C3")).toBe("=SUM($B$2:B3)");
    expect(at("E1")).toBeCloseTo(0.875, 12);
    expect(ev.a1Formula("Monthly Score", "E1")).toBe("=AVERAGE('服务标准'!$B$2:$B$3)");
    expect(at("E2")).toBe("B [Total]");
    expect(at("E3")).toBeCloseTo(90, 12);
    expect(at("E4")).toBe(1); // only the last month (75) is below 80
    expect(at("E5")).toBe(true);
    expect(ev.valueAt("服务标准", "A2")).toBe("满意度");
  });

  test("what HyperFormula cannot take is listed: unknown functions, [@Col] outside a table, parse errors", () => {
    const ev = evaluateWorkbook(wb);
    const problems = ev.problems.map((p) => [p.address, p.kind]);
    expect(problems).toEqual(
      expect.arrayContaining([
        ["E6", "error"],
        ["E7", "convert"],
        ["E8", "parse"],
      ]),
    );
    expect(problems).toHaveLength(3);
    expect(ev.valueAt("Monthly Score", "E7")).toMatchObject({ error: "#N/A" });
  });
});
