/** The portable copy's formula scan (src/excel/portable/tokens.ts) and argument resolution (plan.ts). */
import { planPortableCopy, type Cell, type PortableInput } from "../../src/excel/portable/plan";
import { scanFormula, slaFunctionOf } from "../../src/excel/portable/tokens";

const calls = (f: string) => scanFormula(f).calls.map((c) => [c.fn, c.args.map((a) => a.text), c.nesting]);

describe("scanFormula", () => {
  test("finds SLA calls and their top-level arguments", () => {
    expect(calls('=IF([@[实际值]]="","",SLA.SCORE([@[实际值]],[@[标准值]],[@[评分规则]],[@[满分]]))')).toEqual([
      ["SCORE", ["[@[实际值]]", "[@[标准值]]", "[@[评分规则]]", "[@[满分]]"], 0],
    ]);
    expect(calls('=sla.grade( B5 , SLA_GradeScale )+_xldudf_SLA_MET(A1,"≥90%")')).toEqual([
      ["GRADE", ["B5", "SLA_GradeScale"], 0],
      ["MET", ["A1", '"≥90%"'], 0],
    ]);
  });

  test("commas and parentheses inside texts, sheet names, brackets and array constants do not split", () => {
    expect(calls(`=SLA.SCORE('a,(b'')'!A1,"≥90%, (x"")",T[[#This Row],[a,b]],{1,2;3,4},MAX(1,2))`)).toEqual([
      ["SCORE", ["'a,(b'')'!A1", '"≥90%, (x"")"', "T[[#This Row],[a,b]]", "{1,2;3,4}", "MAX(1,2)"], 0],
    ]);
    expect(calls("=SLA.SCORE(T[a'],b],1)")).toEqual([["SCORE", ["T[a'],b]", "1"], 0]]);
  });

  test("nested calls are marked; other names that merely contain SLA are not calls", () => {
    expect(calls("=SLA.GRADE(SLA.WEIGHTED(A1:A3,B1:B3),S)")).toEqual([
      ["GRADE", ["SLA.WEIGHTED(A1:A3,B1:B3)", "S"], 0],
      ["WEIGHTED", ["A1:A3", "B1:B3"], 1],
    ]);
    expect(calls("=MYSLA.SCORE(1)+XSLA_SCORE(2)+SLA.(3)+SLA.SCORE2(4)")).toEqual([]);
    expect(calls("=SLA.RULE()")).toEqual([["RULE", [], 0]]);
    expect(slaFunctionOf("_xldudf_sla_credit")).toBe("CREDIT");
    expect(slaFunctionOf("_xldudf_SLA.GRADE")).toBe("GRADE");
  });

  test("an unbalanced formula says so", () => {
    expect(scanFormula('=SLA.SCORE(A1,"x').balanced).toBe(false);
    expect(scanFormula("=SLA.SCORE(A1,T[x").balanced).toBe(false);
    expect(scanFormula("=SLA.SCORE(A1}").balanced).toBe(false);
    expect(scanFormula("=SLA.SCORE(A1").balanced).toBe(false);
  });

  test("a hostile 8,192-character formula is scanned in linear time", () => {
    const quotes = '="' + '""'.repeat(4094) + 'x"';
    expect(quotes.length).toBe(8192);
    expect(scanFormula(quotes)).toEqual({ calls: [], balanced: true });
    const open = "=" + "(".repeat(8191);
    expect(scanFormula(open).balanced).toBe(false);
    const many = "=" + "SLA.MET(A1,B1)+".repeat(545).slice(0, -1);
    expect(many.length).toBeLessThanOrEqual(8192);
    const nested = "=" + "SLA.SCORE(".repeat(800) + "A1" + ")".repeat(800);
    const brackets = "=SLA.SCORE(T[" + "'[".repeat(4000) + "])";
    const t0 = performance.now();
    for (let i = 0; i < 20; i++) {
      expect(scanFormula(many).calls).toHaveLength(545);
      expect(scanFormula(nested).calls.filter((c) => c.nesting === 0)).toHaveLength(1);
      expect(scanFormula(brackets).calls).toHaveLength(1);
    }
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

/** One sheet S (A1:D3 as given), a table T over it with headers Actual, Standard, C, D. */
function plan(formulas: Cell[][], values: Cell[][], names: [string, string][] = []) {
  const input: PortableInput = {
    sheets: [{ name: "S", address: "S!A1:D3", formulas, values }],
    names: names.map(([name, formula]) => ({ name, formula })),
    tables: [{ name: "T", sheet: "S", address: "A1:D3", headers: ["Actual", "Standard", "C", "D"] }],
  };
  return planPortableCopy(input);
}

describe("planPortableCopy", () => {
  const header = ["Actual", "Standard", "C", "D"];
  test("a structured reference to this row is the actual's A1 cell; the standard's cell gives its value", () => {
    const p = plan(
      [header, [0.95, "≥90%", "=SLA.MET([@Actual],T[@[Standard]])", "=SLA.MET(A2,Std)"], ["", "", "", ""]],
      [header, [0.95, "≥90%", true, true], ["", "", "", ""]],
      [["Std", "=S!$B$2"]],
    );
    expect(p.kept).toEqual([]);
    expect(p.rewrites.map((r) => "formula" in r && r.formula.slice(0, 17))).toEqual([
      "=(IF(ISNUMBER(A2)",
      "=(IF(ISNUMBER(A2)",
    ]);
  });

  test("kept as values: no native formula, an expression argument, a refused text, nested calls", () => {
    const p = plan(
      [
        header,
        [0.95, "bad", '=SLA.EXPLAIN(A2,"≥90%","每低1%扣5分")', "=SLA.MET(A2*1,B3)"],
        [0.9, "≥90%", "=SLA.MET(A2,B2)", '=SLA.GRADE(SLA.WEIGHTED(A2:A3,A2:A3),"A≥90")'],
      ],
      [header, [0.95, "bad", "text", true], [0.9, "≥90%", "#VALUE!", "A"]],
    );
    expect(p.compiled).toBe(0);
    expect(p.kept.map((k) => [k.address, k.reason])).toEqual([
      ["C2", "noNative"],
      ["D2", "unresolved"],
      ["C3", "refused"],
      ["D3", "unresolved"],
    ]);
    expect(p.rewrites.map((r) => ("value" in r ? r.value : r.formula))).toEqual(["text", true, "#VALUE!", "A"]);
  });
});
