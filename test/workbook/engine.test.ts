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

describe.each(["zh", "en"] as const)("the scoring template inserted with its examples, %s", (lang) => {
  test("90, 100, 96 → 94.8, the top grade; every formula read and computed", async () => {
    const { wb, result } = await insertInto(getTemplate("scoring"), lang);
    const ev = evaluateWorkbook(wb);
    expect(ev.problems).toEqual([]);
    const { cells, columns } = placed("scoring", lang);
    const cell = (key: string) => ev.valueAt(result.sheetName, cells[key]);
    const column = (key: string) => addressesOf(columns[key]).map((a) => ev.valueAt(result.sheetName, a));
    expectClose(column("score"), [90, 100, 96]);
    expect(column("met")).toEqual([false, true, false]);
    expect(cell("total")).toBeCloseTo(94.8, 9);
    expect(cell("weightSum")).toBeCloseTo(1, 9);
    expect([cell("grade"), cell("topGrade"), cell("lowGrade")]).toEqual(
      lang === "zh" ? ["优秀", "优秀", "不合格"] : ["Excellent", "Excellent", "Fail"],
    );
    // The A1 formula kept for the .xlsx: this row's cells, the table's columns.
    expect(ev.a1Formula(result.sheetName, addressesOf(columns.score)[0])).toMatch(
      /^=IF\(D5="","",SLA\.SCORE\(D5,C5,E5\)\)$/,
    );
    expect(ev.a1Formula(result.sheetName, cells.total)).toContain("SLA.WEIGHTED($G$5:$G$7,$B$5:$B$7)");
    // The conditional format "not met" holds on the first and third rows only.
    const holds = (a: string) => ev.conditionHolds(result.sheetName, columns.actual, `=$${columns.met[0]}5=FALSE`, a);
    expect(addressesOf(columns.actual).map(holds)).toEqual([true, false, true]);
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
