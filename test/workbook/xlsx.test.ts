/**
 * The scoring template's workbook written to .xlsx (xlsx.ts) and read back with ExcelJS: A1
 * formulas with HyperFormula's values cached, formats, widths, print setup, conditional formats
 * drawn as fills, defined names, and chart parts for charts the fake holds. LibreOffice is not
 * needed here (npm run render uses it).
 */
import ExcelJS from "exceljs";
import { XMLValidator } from "fast-xml-parser";
import JSZip from "jszip";
import { planInsertion } from "../../src/excel";
import { getTemplate } from "../../src/templates";
import { insertInto } from "../excel/insertInto";
import type { FakeChart } from "../excel/fakeWorkbook";
import { addressesOf } from "./engine";
import { fileFormula, fileWidth, onlySheetShown, writeXlsx } from "./xlsx";

const addresses = planInsertion(
  getTemplate("scoring"),
  "zh",
  { examples: true },
  { sheetNames: ["Sheet1"], tableNames: [], names: [] },
).addresses;

async function written(charts: FakeChart[] = []) {
  const { wb, result, sheet } = await insertInto(getTemplate("scoring"), "zh");
  // Charts as the fake records what the add-in sets up (FakeSheet.charts), added by hand here.
  sheet.charts.push(...charts);
  const out = await writeXlsx(wb);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(out.buffer as unknown as ArrayBuffer);
  const zip = await JSZip.loadAsync(out.buffer);
  return { wb, sheet, name: result.sheetName, out, ws: book.getWorksheet(result.sheetName)!, book, zip };
}

const text = (zip: JSZip, path: string) => zip.file(path)!.async("string");

describe("the scoring template (zh) as an .xlsx", () => {
  test("formulas in A1 references, with HyperFormula's values cached", async () => {
    const { ws, out, zip } = await written();
    expect(out.evaluated.problems).toEqual([]);
    const scores = addressesOf(addresses.columns.score);
    expect(scores.map((a) => (ws.getCell(a).value as ExcelJS.CellFormulaValue).result)).toEqual([90, 100, 96]);
    expect((ws.getCell(scores[0]).value as ExcelJS.CellFormulaValue).formula).toBe('IF(D5="","",SLA.SCORE(D5,C5,E5))');
    const total = ws.getCell(addresses.cells.total).value as ExcelJS.CellFormulaValue;
    expect(total.formula).toContain("SLA.WEIGHTED($G$5:$G$7,$B$5:$B$7)");
    expect(total.result).toBeCloseTo(94.8, 9);
    expect((ws.getCell(addresses.cells.grade).value as ExcelJS.CellFormulaValue).result).toBe("优秀");
    // Booleans are cached as t="b" (ExcelJS reads a cached FALSE back as no result: read the XML).
    const sheetXml = await text(zip, "xl/worksheets/sheet2.xml");
    const met = addressesOf(addresses.columns.met).map(
      (a) => new RegExp(`<c r="${a}"[^>]*t="b"><f>[^<]*</f><v>([01])</v>`).exec(sheetXml)?.[1],
    );
    expect(met).toEqual(["0", "1", "0"]);
    // Values stay values, text stays text.
    expect(ws.getCell("A5").value).toBe("客户满意度");
    expect(ws.getCell("D5").value).toBeCloseTo(0.88, 12);
  });

  test("number formats, fonts, fills, wrap, widths, frozen rows, print setup", async () => {
    const { ws, sheet } = await written();
    expect(ws.getCell("B5").numFmt).toBe("0%");
    expect(ws.getCell(addresses.cells.total).numFmt).toBe("0.0");
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 16, name: "Calibri" });
    expect(ws.getCell("A2").font).toMatchObject({ italic: true, color: { argb: "FF595959" } });
    expect(ws.getCell("J4").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFF2F2F2" } });
    expect(ws.getCell("E5").alignment).toMatchObject({ wrapText: true });
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

  test("conditional formats drawn where they hold; validations; defined names", async () => {
    const { ws, zip } = await written();
    const actual = addressesOf(addresses.columns.actual);
    // 88% and 93% miss their standards, 87% meets 85%.
    expect(actual.map((a) => (ws.getCell(a).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb)).toEqual([
      "FFF8D7DA",
      expect.not.stringMatching("FFF8D7DA"),
      "FFF8D7DA",
    ]);
    expect(ws.getCell(actual[0]).font.color).toEqual({ argb: "FF842029" });
    // 94.8 is the top grade: green.
    expect((ws.getCell(addresses.cells.grade).fill as ExcelJS.FillPattern).fgColor).toEqual({ argb: "FFD1E7DD" });
    expect(ws.getCell("B5").dataValidation).toMatchObject({ type: "decimal", operator: "between", formulae: [0, 1] });
    const workbookXml = await text(zip, "xl/workbook.xml");
    expect(workbookXml).toContain(
      '<definedName name="SLA_GradeScale" comment="等级划分">&quot;优秀≥90;合格≥80;不合格&quot;</definedName>',
    );
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
        source: { sheet: "月度评分", address: "A4:B7" },
        seriesBy: "Auto",
        title: "权重分布",
        position: { start: "J10", end: "P24" },
        valueAxis: { min: 0, max: 1, title: "权重" },
        categoryTitle: "指标",
      },
      {
        type: "Pie",
        name: "Chart 2",
        seriesBy: "Auto",
        source: { sheet: "月度评分", address: "A4:B7" },
        title: "饼图",
        position: { start: "J26", end: "P40" },
      },
      {
        type: "LineMarkers",
        name: "Chart 3",
        source: { sheet: "月度评分", address: "B4:D7" },
        seriesBy: "Columns",
        legend: { position: "Right", visible: true },
      },
    ];
    const { zip, out } = await written(charts);
    expect(out.charts).toBe(3);
    const parts = ["xl/charts/chart1.xml", "xl/charts/chart2.xml", "xl/charts/chart3.xml", "xl/drawings/drawing1.xml"];
    for (const part of parts) expect(XMLValidator.validate(await text(zip, part))).toBe(true);

    const column = await text(zip, "xl/charts/chart1.xml");
    expect(column).toContain('<c:barDir val="col"/>');
    expect(column).toContain("<c:f>'月度评分'!$B$5:$B$7</c:f>");
    expect(column).toContain("<c:f>'月度评分'!$B$4</c:f>"); // the series name
    expect(column).toContain("<c:f>'月度评分'!$A$5:$A$7</c:f>"); // the categories
    expect(column).toContain('<c:pt idx="0"><c:v>客户满意度</c:v></c:pt>');
    expect(column).toContain('<c:pt idx="0"><c:v>0.4</c:v></c:pt>');
    expect(column).toContain("<a:t>权重分布</a:t>");
    expect(column).toMatch(/<c:scaling><c:orientation val="minMax"\/><c:max val="1"\/><c:min val="0"\/><\/c:scaling>/);
    expect(column).not.toContain("<c:legend>"); // one series: no legend, as Excel
    expect(await text(zip, "xl/charts/chart2.xml")).toContain('<c:pieChart><c:varyColors val="1"/>');
    const line = await text(zip, "xl/charts/chart3.xml");
    // B4:D7 by columns: weight, standard (texts: no values), actual; no text column for categories.
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
