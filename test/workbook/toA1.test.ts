/** Structured references rewritten to A1 references (toA1.ts), on hand-written tables. */
import { forHyperFormula } from "./engine";
import { moveFormula, sheetRef, toA1, ToA1Error, type TableLike } from "./toA1";

const TABLES: TableLike[] = [
  {
    name: "SLA_Scoring",
    sheet: "月度评分",
    address: "A4:H7",
    columns: ["考核指标", "权重", "标准值", "实际值", "评分规则", "是否达标", "得分", "计算说明"],
  },
  {
    name: "SLA_Indicators",
    sheet: "服务标准",
    address: "A5:F11",
    columns: ["No", "Indicator", "Weight", "Due Time", "Target [%]", "#1 'best'"],
  },
  { name: "Log", sheet: "Log", address: "B2:D3", columns: ["When", "What", "Who"] },
];

/** A formula in SLA_Scoring's row 6 (its second body row). */
const inScoring = (f: string) => toA1(f, { tables: TABLES, sheet: "月度评分", address: "F6" });

describe("structured references to A1 references", () => {
  test.each([
    // this row of the formula's own table
    ['=IF([@[实际值]]="","",SLA.MET([@[实际值]],[@[标准值]]))', '=IF(D6="","",SLA.MET(D6,C6))'],
    ["=[@得分]*[@权重]", "=G6*B6"],
    ["=SLA_Scoring[@得分]", "=G6"],
    ["=SLA_Scoring[[#This Row],[得分]]", "=G6"],
    ["=SUM(SLA_Scoring[[#This Row],[权重]:[实际值]])", "=SUM(B6:D6)"],
    ["=SUM([@[权重]:[实际值]])", "=SUM(B6:D6)"],
    // whole columns, the body, headers, all
    ["=SUM(SLA_Scoring[得分])", "=SUM($G$5:$G$7)"],
    ["=SUM(SLA_Scoring[[得分]])", "=SUM($G$5:$G$7)"],
    ["=SUM(SLA_Scoring[[权重]:[实际值]])", "=SUM($B$5:$D$7)"],
    ["=ROWS(SLA_Scoring)", "=ROWS($A$5:$H$7)"],
    ["=ROWS(SLA_Scoring[#Data])", "=ROWS($A$5:$H$7)"],
    ["=ROWS(SLA_Scoring[])", "=ROWS($A$5:$H$7)"],
    ["=COUNTA(SLA_Scoring[#Headers])", "=COUNTA($A$4:$H$4)"],
    ["=SLA_Scoring[[#Headers],[得分]]", "=$G$4"],
    ["=ROWS(SLA_Scoring[#All])", "=ROWS($A$4:$H$7)"],
    ["=ROWS(SLA_Scoring[[#Headers],[#Data],[得分]])", "=ROWS($G$4:$G$7)"],
    ["=ROWS(SLA_Scoring[[#All],[得分]])", "=ROWS($G$4:$G$7)"],
    ["=SUM([得分])", "=SUM($G$5:$G$7)"],
    // spaces after separators, any case for table and column names
    ["=SUM(sla_scoring[[#this row], [权重]])", "=SUM(B6)"],
    ["=SUM(Sla_Scoring[得分],SLA_SCORING[权重])", "=SUM($G$5:$G$7,$B$5:$B$7)"],
    // another sheet: qualified, quoted when needed
    ["=SUM(SLA_Indicators[Weight])", "=SUM('服务标准'!$C$6:$C$11)"],
    ["=SUM(SLA_Indicators[[Due Time]])", "=SUM('服务标准'!$D$6:$D$11)"],
    ["=COUNTA(Log[Who])", "=COUNTA(Log!$D$3)"],
    ["=Log[[#Headers],[When]:[Who]]", "=Log!$B$2:$D$2"],
    // ' escapes [ ] # ' in column names
    ["=MAX(SLA_Indicators[[Target '[%']]])", "=MAX('服务标准'!$E$6:$E$11)"],
    ["=SLA_Indicators[[#Headers],['#1 ''best'']]", "='服务标准'!$F$5"],
    // texts stay as they are
    ['="SLA_Scoring[得分]"&[@得分]&"[@得分]"', '="SLA_Scoring[得分]"&G6&"[@得分]"'],
    ['=IF([@得分]="""[x]""","a""b",1)', '=IF(G6="""[x]""","a""b",1)'],
    // plain A1 references, names and functions untouched
    ["=SLA.GRADE($K$4,SLA_GradeScale)+Sheet1!A1+'It''s'!B2", "=SLA.GRADE($K$4,SLA_GradeScale)+Sheet1!A1+'It''s'!B2"],
    ["=SLA.GRADE(-(10^300),SLA_GradeScale)", "=SLA.GRADE(-(10^300),SLA_GradeScale)"],
  ])("%s → %s", (formula, expected) => {
    expect(inScoring(formula)).toBe(expected);
  });

  test("INDEX(Table[Col],1):[@Col] is the range from the first row to this row", () => {
    expect(inScoring("=SLA.STREAK(INDEX(SLA_Scoring[得分],1):[@得分],80)")).toBe("=SLA.STREAK($G$5:G6,80)");
    expect(inScoring("=SUM(INDEX(SLA_Scoring[[得分]], 1) : [@[得分]])")).toBe("=SUM($G$5:G6)");
    // From another sheet, one sheet prefix for the whole range.
    expect(toA1("=SUM(INDEX(Log[Who],1):Log!D3)", { tables: TABLES, sheet: "Other", address: "A1" })).toBe(
      "=SUM(Log!$D$3:D3)",
    );
    // INDEX alone keeps its meaning.
    expect(inScoring("=INDEX(SLA_Scoring[得分],2)")).toBe("=INDEX($G$5:$G$7,2)");
  });

  test("sheet names are quoted when Excel needs it, always for HyperFormula", () => {
    expect(sheetRef("Log")).toBe("Log");
    expect(sheetRef("Monthly Score")).toBe("'Monthly Score'");
    expect(sheetRef("It's")).toBe("'It''s'");
    expect(sheetRef("A1")).toBe("'A1'");
    expect(sheetRef("服务标准")).toBe("'服务标准'");
    expect(toA1("=COUNTA(Log[Who])+Log!A1", { tables: TABLES, sheet: "x", quoteAllSheets: true })).toBe(
      "=COUNTA('Log'!$D$3)+'Log'!A1",
    );
    // Error values are not sheet names: #VALUE! stays #VALUE!, not #'VALUE'!.
    expect(toA1('=IF(Log!A1="",#VALUE!,#REF!)', { tables: TABLES, sheet: "x", quoteAllSheets: true })).toBe(
      "=IF('Log'!A1=\"\",#VALUE!,#REF!)",
    );
  });

  test("what cannot be rewritten says why", () => {
    expect(() => inScoring("=SUM(Nope[得分])")).toThrow(ToA1Error);
    expect(() => inScoring("=SUM(SLA_Scoring[Nope])")).toThrow(/no column "Nope"/);
    expect(() => inScoring("=SUM(SLA_Scoring[#Totals])")).toThrow(/totals/);
    // [@Col] outside the table's rows, or with no cell at all (a defined name).
    expect(() => toA1("=[@得分]", { tables: TABLES, sheet: "月度评分", address: "K4" })).toThrow(ToA1Error);
    expect(() => toA1("=SLA_Scoring[@得分]", { tables: TABLES, sheet: "月度评分", address: "G9" })).toThrow(ToA1Error);
    expect(() => toA1("=SLA_Scoring[@得分]", { tables: TABLES })).toThrow(ToA1Error);
    expect(() => inScoring('=SUM("open')).toThrow(/unclosed/);
  });

  test("a defined name's formula, with no cell", () => {
    expect(toA1("=SLA_Indicators[Weight]", { tables: TABLES })).toBe("='服务标准'!$C$6:$C$11");
    expect(toA1('="优秀≥90;合格≥80;不合格"', { tables: TABLES })).toBe('="优秀≥90;合格≥80;不合格"');
  });
});

describe("helpers for HyperFormula and conditional formats", () => {
  test("exponent literals become powers of ten, outside texts only", () => {
    expect(forHyperFormula('=SLA.GRADE(1E+300,x)+2.5e-3+"1E+5"')).toBe('=SLA.GRADE((1*10^300),x)+(2.5*10^-3)+"1E+5"');
    expect(forHyperFormula("=LOG10(E5)+A1E5")).toBe("=LOG10(E5)+A1E5");
  });

  test("a conditional format's formula moved to another cell of its range", () => {
    expect(moveFormula("=$F5=FALSE", 2, 1)).toBe("=$F7=FALSE");
    expect(moveFormula('=AND($K$5<>"A1",B2:C3>LOG10(A1))', 1, 1)).toBe('=AND($K$5<>"A1",C3:D4>LOG10(B2))');
    expect(moveFormula("='S 1'!B2+Sheet1!C$3", 1, 0)).toBe("='S 1'!B3+Sheet1!C$3");
  });
});
