/**
 * The agent performance template's workbook written to .xlsx (xlsx.ts) and read back with ExcelJS:
 * A1 formulas with HyperFormula's values cached, formats, widths, print setup, conditional formats
 * drawn as fills, and chart parts for charts the fake holds; the ticket log's for row-by-row formats
 * and defined names. LibreOffice is not needed here (npm run render uses it).
 */
import ExcelJS from "exceljs";
import { XMLValidator } from "fast-xml-parser";
import JSZip from "jszip";
import { planInsertion } from "../../src/excel";
import { getTemplate } from "../../src/templates";
import { insertInto } from "../excel/insertInto";
import { typeInto, type FakeChart, type Scalar } from "../excel/fakeWorkbook";
import { addressesOf } from "./engine";
import { fileFormula, fileWidth, onlySheetShown, writeXlsx } from "./xlsx";

const placed = (id: string) =>
  planInsertion(getTemplate(id), "zh", { examples: true }, { sheetNames: ["Sheet1"], tableNames: [], names: [] })
    .addresses;

/** Agent performance (zh): the table A4:H8 (scores in G, weights in F), the cells beside it in J:K from row 4. */
const addresses = placed("agents");

interface Written {
  /** The template, "agents" unless said. */
  id?: string;
  /** Charts as the fake records what the add-in sets up (FakeSheet.charts), added by hand. */
  charts?: FakeChart[];
  /** Cells typed over after the insertion, as a user would: address → what is typed. */
  typed?: Record<string, Scalar>;
}

async function written({ id = "agents", charts = [], typed = {} }: Written = {}) {
  const { wb, result, sheet } = await insertInto(getTemplate(id), "zh");
  sheet.charts.push(...charts);
  for (const [address, input] of Object.entries(typed)) typeInto(sheet.cell(address), input);
  const out = await writeXlsx(wb);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(out.buffer as unknown as ArrayBuffer);
  const zip = await JSZip.loadAsync(out.buffer);
  return { wb, sheet, name: result.sheetName, out, ws: book.getWorksheet(result.sheetName)!, book, zip };
}

const text = (zip: JSZip, path: string) => zip.file(path)!.async("string");
const fillOf = (ws: ExcelJS.Worksheet, address: string) =>
  (ws.getCell(address).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;

describe("the agent performance template (zh) as an .xlsx", () => {
  test("formulas in A1 references, with HyperFormula's values cached", async () => {
    // No template writes TRUE/FALSE (是/否 instead); a formula the user types beside the table may:
    // 9 > 8 in M5, 8 > 9 in M6.
    const { ws, out, zip } = await written({ typed: { M5: "=G5>G6", M6: "=G6>G5" } });
    expect(out.evaluated.problems).toEqual([]);
    const scores = addressesOf(addresses.columns.score);
    // 40 s → 9; 92% → 8; 1 step missed → 8; 88% → 8 (test/templates/evaluate.test.ts, agent performance).
    expect(scores.map((a) => (ws.getCell(a).value as ExcelJS.CellFormulaValue).result)).toEqual([9, 8, 8, 8]);
    expect((ws.getCell(scores[0]).value as ExcelJS.CellFormulaValue).formula).toBe(
      'IF(D5="","",SLA.SCORE(D5,C5,E5,10))',
    );
    const total = ws.getCell(addresses.cells.total).value as ExcelJS.CellFormulaValue;
    expect(total.formula).toContain("SLA.WEIGHTED($G$5:$G$8,$F$5:$F$8)");
    expect(total.result).toBeCloseTo(8.15, 9); // 9 × 15% + 8 × 25% + 8 × 20% + 8 × 40%
    expect((ws.getCell(addresses.cells.weightSum).value as ExcelJS.CellFormulaValue).result).toBeCloseTo(1, 9);
    // Booleans are cached as t="b" (ExcelJS reads a cached FALSE back as no result: read the XML).
    const sheetXml = await text(zip, "xl/worksheets/sheet2.xml");
    const booleans = ["M5", "M6"].map(
      (a) => new RegExp(`<c r="${a}"[^>]*t="b"><f>[^<]*</f><v>([01])</v>`).exec(sheetXml)?.[1],
    );
    expect(booleans).toEqual(["1", "0"]);
    // Values stay values, text stays text.
    expect(ws.getCell("A5").value).toBe("响应及时性");
    expect(ws.getCell("D5").value).toBe(40);
    expect(ws.getCell("D6").value).toBeCloseTo(0.92, 12);
  });

  test("number formats, fonts, fills, wrap, widths, frozen rows, print setup", async () => {
    const { ws, sheet } = await written();
    expect(ws.getCell("F5").numFmt).toBe("0%"); // a weight
    expect(ws.getCell("D6").numFmt).toBe("0%"); // a rate among the actuals
    expect(ws.getCell("D5").numFmt).toBeUndefined(); // 40 seconds: General
    expect(ws.getCell(addresses.cells.total).numFmt).toBe("0.00");
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 16, name: "Calibri" });
    expect(ws.getCell("A2").font).toMatchObject({ italic: true, color: { argb: "FF595959" } });
    expect(ws.getCell("J4").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFF2F2F2" } });
    expect(ws.getCell("E5").alignment).toMatchObject({ wrapText: true });
    expect(ws.getCell("C5").alignment?.wrapText).toBeFalsy();
    // The table's header drawn as TableStyleMedium2 shows it.
    expect(ws.getCell("A4").fill).toMatchObject({ fgColor: { argb: "FF4472C4" } });
    expect(ws.getCell("A4").font).toMatchObject({ bold: true, color: { argb: "FFFFFFFF" } });
    for (const [letter, points] of sheet.columnWidths)
      expect(ws.getColumn(letter).width).toBeCloseTo(fileWidth(points), 2);
    // 255.75 pt = 341 px: 48 characters of 7 px and the 5 px padding, as widthInPoints(48) gives.
    expect(fileWidth(255.75)).toBeCloseTo(48 + 5 / 7, 2);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: sheet.frozenRows });
    expect(ws.pageSetup).toMatchObject({
      orientation: "landscape",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "4:4",
    });
  });

  test("a conditional format drawn only where it holds; validations", async () => {
    const weightSum = addresses.cells.weightSum;
    // The weights add up to 100%: the total weight is not red.
    const { ws } = await written();
    expect(fillOf(ws, weightSum)).not.toBe("FFF8D7DA");
    expect(ws.getCell("F5").dataValidation).toMatchObject({ type: "decimal", operator: "between", formulae: [0, 1] });
    // The second weight typed over, 25% → 5%: 80%, red.
    const short = await written({ typed: { F6: 0.05 } });
    expect(fillOf(short.ws, weightSum)).toBe("FFF8D7DA");
    expect(short.ws.getCell(weightSum).font.color).toEqual({ argb: "FF842029" });
  });
  test("newer functions get Excel's _xlfn. prefix in the file, outside texts", () => {
    expect(fileFormula('=TEXTJOIN(",",TRUE,IF(A1:A3>0,"TEXTJOIN(",""))&FILTER(A1:A3,A1:A3>0)')).toBe(
      '_xlfn.TEXTJOIN(",",TRUE,IF(A1:A3>0,"TEXTJOIN(",""))&_xlfn._xlws.FILTER(A1:A3,A1:A3>0)',
    );
    expect(fileFormula("=SUM(A1)+SLA.SCORE(1,2,3)")).toBe("SUM(A1)+SLA.SCORE(1,2,3)");
  });

  test("charts: DrawingML parts with the series, their cached values, title, legend, axis, anchor", async () => {
    const charts: FakeChart[] = [
      {
        type: "ColumnClustered",
        name: "Chart 1",
        source: { sheet: "绩效考核", address: "C4:D8" },
        seriesBy: "Auto",
        title: "各项实际值",
        position: { start: "J10", end: "P24" },
        valueAxis: { min: 0, max: 50, title: "实际值" },
        categoryTitle: "标准值",
      },
      {
        type: "Pie",
        name: "Chart 2",
        seriesBy: "Auto",
        source: { sheet: "绩效考核", address: "E4:F8" },
        title: "权重分布",
        position: { start: "J26", end: "P40" },
      },
      {
        type: "LineMarkers",
        name: "Chart 3",
        source: { sheet: "绩效考核", address: "D4:F8" },
        seriesBy: "Columns",
        legend: { position: "Right", visible: true },
      },
    ];
    const { zip, out } = await written({ charts });
    expect(out.charts).toBe(3);
    const parts = ["xl/charts/chart1.xml", "xl/charts/chart2.xml", "xl/charts/chart3.xml", "xl/drawings/drawing1.xml"];
    for (const part of parts) expect(XMLValidator.validate(await text(zip, part))).toBe(true);

    // C4:D8: the standards (text) are the categories, the actuals the one series, named by D4.
    const column = await text(zip, "xl/charts/chart1.xml");
    expect(column).toContain('<c:barDir val="col"/>');
    expect(column).toContain("<c:f>'绩效考核'!$D$5:$D$8</c:f>");
    expect(column).toContain("<c:f>'绩效考核'!$D$4</c:f>"); // the series name
    expect(column).toContain("<c:f>'绩效考核'!$C$5:$C$8</c:f>"); // the categories
    expect(column).toContain('<c:pt idx="0"><c:v>≤30秒</c:v></c:pt>');
    expect(column).toContain('<c:pt idx="0"><c:v>40</c:v></c:pt>');
    expect(column).toContain("<a:t>各项实际值</a:t>");
    expect(column).toMatch(/<c:scaling><c:orientation val="minMax"\/><c:max val="50"\/><c:min val="0"\/><\/c:scaling>/);
    expect(column).not.toContain("<c:legend>"); // one series: no legend, as Excel
    const pie = await text(zip, "xl/charts/chart2.xml");
    expect(pie).toContain('<c:pieChart><c:varyColors val="1"/>');
    expect(pie).toContain('<c:pt idx="3"><c:v>0.4</c:v></c:pt>'); // the fourth weight, 40%
    const line = await text(zip, "xl/charts/chart3.xml");
    // D4:F8 by columns: actual, rule (texts: no values), weight; no text column for categories.
    expect(line.match(/<c:ser>/g)).toHaveLength(3);
    expect(line).toContain('<c:legendPos val="r"/>');
    expect(line).not.toContain("<c:cat>");

    const drawing = await text(zip, "xl/drawings/drawing1.xml");
    // J10 → column 9, row 9 (zero-based); P24 covered → up to column 16, row 24.
    expect(drawing).toContain("<xdr:from><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>9</xdr:row>");
    expect(drawing).toContain("<xdr:to><xdr:col>16</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>24</xdr:row>");
    const types = await text(zip, "[Content_Types].xml");
    expect(types).toContain(
      'PartName="/xl/charts/chart3.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"',
    );
    expect(types).toContain('PartName="/xl/drawings/drawing1.xml"');
    expect(await text(zip, "xl/drawings/_rels/drawing1.xml.rels")).toContain('Target="../charts/chart3.xml"');
    const sheetXml = await text(zip, "xl/worksheets/sheet2.xml");
    expect(sheetXml).toMatch(/<drawing r:id="rId\d+"\/><\/worksheet>|<drawing r:id="rId\d+"\/><(tableParts|extLst)/);
    expect(await text(zip, "xl/worksheets/_rels/sheet2.xml.rels")).toContain('Target="../drawings/drawing1.xml"');
  });

  test("one sheet shown for printing: the others hidden, the shown one active", async () => {
    const { out, name } = await written();
    const zip = await JSZip.loadAsync(await onlySheetShown(out.buffer, name));
    const workbookXml = await text(zip, "xl/workbook.xml");
    expect(workbookXml).toMatch(/<sheet [^>]*name="Sheet1"[^>]*state="hidden"/);
    expect(workbookXml).toMatch(new RegExp(`<sheet [^>]*name="${name}"(?![^>]*state=)[^>]*/>`));
    expect(workbookXml).toContain('activeTab="1"');
  });
});

describe("the ticket log (zh) as an .xlsx", () => {
  // The seven example tickets (src/templates/tickets.ts), measured as of 14 May 2024 16:00.
  const tickets = placed("tickets");
  const RED = "FFF8D7DA";
  const AMBER = "FFFFF3CD";

  test("conditional formats drawn row by row where they hold; list validations; defined names", async () => {
    const { ws, zip } = await written({ id: "tickets" });
    const results = (key: string) =>
      addressesOf(tickets.columns[key]).map((a) => (ws.getCell(a).value as ExcelJS.CellFormulaValue).result);
    const fills = (key: string) => addressesOf(tickets.columns[key]).map((a) => fillOf(ws, a));
    // First response late for T-002 and T-006: red there only.
    expect(results("responseStatus")).toEqual(["达标", "超时", "达标", "达标", "达标", "超时", "处理中"]);
    expect(fills("responseStatus").map((f) => f === RED)).toEqual([false, true, false, false, false, true, false]);
    // Resolution: T-002 late and T-006 open past due red, T-004 at risk amber.
    expect(results("resolutionStatus")).toEqual(["达标", "超时", "处理中", "预警", "挂起", "超时", "处理中"]);
    expect(fills("resolutionStatus").map((f) => (f === RED ? "red" : f === AMBER ? "amber" : ""))).toEqual([
      "",
      "red",
      "",
      "amber",
      "",
      "red",
      "",
    ]);
    const second = addressesOf(tickets.columns.resolutionStatus)[1];
    expect(ws.getCell(second).font.color).toEqual({ argb: "FF842029" });
    expect(ws.getCell(addressesOf(tickets.columns.priority)[0]).dataValidation).toMatchObject({
      type: "list",
      formulae: ['"P1,P2,P3"'],
    });
    const workbookXml = await text(zip, "xl/workbook.xml");
    expect(workbookXml).toContain(
      '<definedName name="SLA_LimitP1" comment="P1（紧急）处理时限">&quot;2小时&quot;</definedName>',
    );
    expect(workbookXml).toContain('<definedName name="SLA_Holidays" comment="节假日">&quot;&quot;</definedName>');
  });
});
