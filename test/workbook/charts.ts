/**
 * Charts of a FakeWorkbook as DrawingML parts, injected into an .xlsx that ExcelJS wrote (ExcelJS
 * cannot write charts): xl/charts/chartN.xml per chart, xl/drawings/drawingK.xml per sheet with
 * charts (anchored at the chart's position), their relationships and [Content_Types].xml entries.
 *
 * The series are read from the source range as Excel's "Auto" does: series in columns when the
 * range has more rows than columns (rows otherwise) unless seriesBy says; the first row (column)
 * gives the series names when it holds text, and the first column (row) the categories when it holds
 * text or dates. Each series carries its values as computed by HyperFormula, so a reader that does
 * not recalculate (LibreOffice with SLA.* functions) still draws them.
 */
import type JSZip from "jszip";
import type { FakeSheet, FakeWorkbook } from "../excel/fakeWorkbook";
import type { EvaluatedWorkbook, Shown } from "./engine";
import { columnLetters, rangeBounds, sheetRef } from "./toA1";

/** A chart as the fake records it (FakeSheet.charts; read when present). */
export interface ChartLike {
  type: "Line" | "LineMarkers" | "ColumnClustered" | "BarClustered" | "Pie" | string;
  source: { sheet: string; address: string };
  seriesBy?: "Auto" | "Columns" | "Rows" | string;
  name?: string;
  title?: string;
  /** false or "None" hides it; a position ("Right", "Bottom"…) or { position, visible }. */
  legend?: unknown;
  position?: { start: string; end?: string };
  /** In points, when the position has no end cell. */
  width?: number;
  height?: number;
  valueAxis?: { min?: number; max?: number; title?: string };
  categoryTitle?: string;
}

export const chartsOf = (sheet: FakeSheet): readonly ChartLike[] => sheet.charts ?? [];

interface Series {
  nameRef?: string;
  name?: string;
  ref: string;
  values: (number | null)[];
}

export interface ChartData {
  categories?: { ref: string; values: (string | number)[]; numeric: boolean; format: string };
  series: Series[];
}

const escapeXml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const isText = (v: Shown): boolean => typeof v === "string" && v !== "";
const DATE_FORMAT = /[yd]|m{3,}|^m+[-/]/i;

/** The series and categories of a chart's source range, with their values. */
export function chartData(chart: ChartLike, wb: FakeWorkbook, ev: EvaluatedWorkbook): ChartData {
  const sheetName = chart.source.sheet;
  const sheet = wb.sheets.find((x) => x.name === sheetName);
  // A source whose sheet or cells were deleted (#REF!): an empty chart, as Excel shows it.
  if (!sheet || chart.source.address.includes("#REF!")) return { series: [] };
  const b = rangeBounds(chart.source.address);
  const rows = b.r2 - b.r1 + 1;
  const cols = b.c2 - b.c1 + 1;
  const byColumns = chart.seriesBy === "Columns" || (chart.seriesBy !== "Rows" && rows >= cols);
  // Seen along the series: "line" i is a series (a column when byColumns), "point" j a category.
  const lines = byColumns ? cols : rows;
  const points = byColumns ? rows : cols;
  const addr = (line: number, point: number) =>
    byColumns ? `${columnLetters(b.c1 + line)}${b.r1 + point}` : `${columnLetters(b.c1 + point)}${b.r1 + line}`;
  const value = (line: number, point: number) => ev.valueAt(sheetName, addr(line, point));
  const format = (line: number, point: number) => sheet.cells.get(addr(line, point))?.numberFormat ?? "General";
  const prefix = `${sheetRef(sheetName)}!`;
  const abs = (a: string) => a.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  const ref = (line1: number, point1: number, line2: number, point2: number) => {
    const a = abs(addr(line1, point1));
    const z = abs(addr(line2, point2));
    return prefix + (a === z ? a : `${a}:${z}`);
  };

  const topLeftEmpty = value(0, 0) === "" || value(0, 0) === null;
  // Categories along the first line when it holds text or dates (or the corner is empty).
  const firstLineLabels =
    lines > 1 &&
    (topLeftEmpty ||
      Array.from({ length: points - 1 }, (_, j) => j + 1).some(
        (j) => isText(value(0, j)) || DATE_FORMAT.test(format(0, j)),
      ));
  // Names in the first point of each line when they are texts.
  const firstLine = firstLineLabels ? 1 : 0;
  const namesRow =
    points > 1 &&
    Array.from({ length: lines - firstLine }, (_, i) => i + firstLine).every(
      (i) => isText(value(i, 0)) || value(i, 0) === "",
    );
  const firstPoint = namesRow ? 1 : 0;

  const data: ChartData = { series: [] };
  if (firstLineLabels) {
    const values = Array.from({ length: points - firstPoint }, (_, j) => value(0, j + firstPoint));
    const numeric = values.every((v) => typeof v === "number");
    data.categories = {
      ref: ref(0, firstPoint, 0, points - 1),
      values: values.map((v) =>
        typeof v === "number" ? v : typeof v === "string" ? v : typeof v === "boolean" ? String(v).toUpperCase() : "",
      ),
      numeric,
      format: format(0, firstPoint),
    };
  }
  for (let i = firstLine; i < lines; i++) {
    const series: Series = {
      ref: ref(i, firstPoint, i, points - 1),
      values: Array.from({ length: points - firstPoint }, (_, j) => {
        const v = value(i, j + firstPoint);
        return typeof v === "number" ? v : null;
      }),
    };
    if (namesRow) {
      series.nameRef = ref(i, 0, i, 0);
      series.name = String(value(i, 0) ?? "");
    }
    data.series.push(series);
  }
  return data;
}

/** An Excel date serial shown in a date format (yyyy, yy, mm, m, dd, d, hh, h, ss; mm after h is minutes). */
export function formatDate(serial: number, code: string): string {
  if (!DATE_FORMAT.test(code)) return String(serial);
  const t = new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86_400_000));
  const pad = (n: number) => String(n).padStart(2, "0");
  let afterHour = false;
  return code.replace(/"[^"]*"|\\.|yyyy|yy|mm|m|dd|d|hh|h|ss/gi, (token) => {
    const lower = token.toLowerCase();
    if (token.startsWith('"')) return token.slice(1, -1);
    if (token.startsWith("\\")) return token.slice(1);
    const minutes = afterHour && lower.startsWith("m");
    afterHour = lower.startsWith("h");
    switch (lower) {
      case "yyyy":
        return String(t.getUTCFullYear());
      case "yy":
        return pad(t.getUTCFullYear() % 100);
      case "mm":
        return minutes ? pad(t.getUTCMinutes()) : pad(t.getUTCMonth() + 1);
      case "m":
        return minutes ? String(t.getUTCMinutes()) : String(t.getUTCMonth() + 1);
      case "dd":
        return pad(t.getUTCDate());
      case "d":
        return String(t.getUTCDate());
      case "hh":
        return pad(t.getUTCHours());
      case "h":
        return String(t.getUTCHours());
      default:
        return pad(t.getUTCSeconds());
    }
  });
}

const COLORS = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47", "264478", "9E480E"];

function richText(text: string, size: number): string {
  return (
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="0"/></a:pPr>` +
    `<a:r><a:rPr lang="zh-CN" sz="${size}" b="0"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>`
  );
}

const title = (text: string | undefined, size = 1400) =>
  text ? `<c:title>${richText(text, size)}<c:overlay val="0"/></c:title>` : "";

function strPoints(values: readonly (string | number)[]): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(String(v))}</c:v></c:pt>`).join("");
  return `<c:ptCount val="${values.length}"/>${pts}`;
}

function numPoints(values: readonly (number | null)[], format: string): string {
  const pts = values.map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join("");
  return `<c:formatCode>${escapeXml(format)}</c:formatCode><c:ptCount val="${values.length}"/>${pts}`;
}

/** Texts: linked to the cells with their values cached, or the values alone (literal). */
const strData = (ref: string, values: readonly (string | number)[], literal: boolean) =>
  literal
    ? `<c:strLit>${strPoints(values)}</c:strLit>`
    : `<c:strRef><c:f>${escapeXml(ref)}</c:f><c:strCache>${strPoints(values)}</c:strCache></c:strRef>`;

/** Numbers, likewise; null is a gap (#N/A, text, an empty cell). */
const numData = (ref: string, values: readonly (number | null)[], format: string, literal: boolean) =>
  literal
    ? `<c:numLit>${numPoints(values, format)}</c:numLit>`
    : `<c:numRef><c:f>${escapeXml(ref)}</c:f><c:numCache>${numPoints(values, format)}</c:numCache></c:numRef>`;

function legendXml(chart: ChartLike, seriesCount: number): string {
  const l = chart.legend;
  const given = typeof l === "object" && l !== null ? (l as { position?: string; visible?: boolean }) : undefined;
  if (l === false || l === "None" || given?.visible === false) return "";
  const position = typeof l === "string" ? l : given?.position;
  // Excel's own default: a legend for several series (and for a pie's slices), none for one series.
  if (l === undefined && seriesCount < 2 && chart.type !== "Pie") return "";
  const pos = { Right: "r", Left: "l", Top: "t", Bottom: "b", Corner: "tr" }[position ?? "Bottom"] ?? "b";
  return `<c:legend><c:legendPos val="${pos}"/><c:overlay val="0"/></c:legend>`;
}

/**
 * xl/charts/chartN.xml for one chart. `literal`: the series carry their values without linking to
 * the cells, for a copy that is only printed: LibreOffice reads linked cells and draws #N/A (which
 * Excel leaves out of a chart) as 0.
 */
export function chartXml(chart: ChartLike, data: ChartData, literal = false): string {
  const kind = chart.type;
  const pie = kind === "Pie";
  const line = kind === "Line" || kind === "LineMarkers";
  const bar = kind === "BarClustered";
  const valueFormat = "General";
  const series = data.series
    .map((s, i) => {
      const color = COLORS[i % COLORS.length];
      const tx = s.nameRef
        ? literal
          ? `<c:tx><c:v>${escapeXml(s.name ?? "")}</c:v></c:tx>`
          : `<c:tx>${strData(s.nameRef, [s.name ?? ""], false)}</c:tx>`
        : "";
      const spPr = line
        ? `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill><a:round/></a:ln></c:spPr>`
        : pie
          ? ""
          : `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr>`;
      const marker =
        kind === "Line"
          ? `<c:marker><c:symbol val="none"/></c:marker>`
          : kind === "LineMarkers"
            ? `<c:marker><c:symbol val="circle"/><c:size val="5"/><c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr></c:marker>`
            : "";
      const slices = pie
        ? s.values
            .map(
              (_, j) =>
                `<c:dPt><c:idx val="${j}"/><c:bubble3D val="0"/><c:spPr><a:solidFill><a:srgbClr val="${COLORS[j % COLORS.length]}"/></a:solidFill>` +
                `<a:ln><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></a:ln></c:spPr></c:dPt>`,
            )
            .join("")
        : "";
      const c = data.categories;
      // Printed copies label date categories as text in their format (LibreOffice shows a literal's serials).
      const cat = c
        ? c.numeric && !(literal && DATE_FORMAT.test(c.format))
          ? `<c:cat>${numData(c.ref, c.values as number[], c.format, literal)}</c:cat>`
          : `<c:cat>${strData(c.ref, c.numeric ? c.values.map((v) => formatDate(Number(v), c.format)) : c.values, literal)}</c:cat>`
        : "";
      const val = `<c:val>${numData(s.ref, s.values, valueFormat, literal)}</c:val>`;
      const invert = line || pie ? "" : `<c:invertIfNegative val="0"/>`;
      const tail = line ? `<c:smooth val="0"/>` : "";
      return `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>${tx}${spPr}${invert}${marker}${slices}${cat}${val}${tail}</c:ser>`;
    })
    .join("");
  const axIds = `<c:axId val="500000001"/><c:axId val="500000002"/>`;
  const plot = pie
    ? `<c:pieChart><c:varyColors val="1"/>${series}<c:firstSliceAng val="0"/></c:pieChart>`
    : line
      ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axIds}</c:lineChart>`
      : `<c:barChart><c:barDir val="${bar ? "bar" : "col"}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="150"/>${axIds}</c:barChart>`;
  // Date categories labelled as their cells show them (a reader may not follow sourceLinked).
  const c = data.categories;
  const categoryFormat =
    c?.numeric && c.format !== "General"
      ? `<c:numFmt formatCode="${escapeXml(c.format)}" sourceLinked="0"/>`
      : `<c:numFmt formatCode="General" sourceLinked="1"/>`;
  const axis = chart.valueAxis ?? {};
  const scaling =
    `<c:scaling><c:orientation val="minMax"/>` +
    (axis.max !== undefined ? `<c:max val="${axis.max}"/>` : "") +
    (axis.min !== undefined ? `<c:min val="${axis.min}"/>` : "") +
    `</c:scaling>`;
  const ticks = `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>`;
  const axes = pie
    ? ""
    : `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
      `<c:axPos val="${bar ? "l" : "b"}"/>${title(chart.categoryTitle, 1000)}${categoryFormat}${ticks}` +
      `<c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
      `<c:valAx><c:axId val="500000002"/>${scaling}<c:delete val="0"/><c:axPos val="${bar ? "b" : "l"}"/>` +
      `<c:majorGridlines><c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>` +
      `${title(axis.title, 1000)}<c:numFmt formatCode="General" sourceLinked="1"/>${ticks}` +
      `<c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  const chartTitle = chart.title ?? undefined;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ` +
    `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ` +
    `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<c:roundedCorners val="0"/><c:chart>${title(chartTitle)}<c:autoTitleDeleted val="${chartTitle ? 0 : 1}"/>` +
    `<c:plotArea><c:layout/>${plot}${axes}</c:plotArea>${legendXml(chart, data.series.length)}` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr>` +
    `</c:chartSpace>`
  );
}

/** Zero-based column and row of "H3". */
function anchorCell(address: string): { col: number; row: number } {
  const b = rangeBounds(address);
  return { col: b.c1 - 1, row: b.r1 - 1 };
}

type Cell0 = { col: number; row: number };
/** Two cells (the end one covered), or one cell and a size in EMU (12,700 a point). */
type Anchor = { from: Cell0; to: Cell0 } | { from: Cell0; size: { cx: number; cy: number } };

/**
 * Where a chart sits: from its start cell to the end of its end cell; with no end, its width and
 * height (Excel's new chart is 360 × 216 pt); with no position, right of the sheet's cells.
 */
function anchor(chart: ChartLike, sheet: FakeSheet, index: number): Anchor {
  const size = { cx: Math.round((chart.width ?? 360) * 12700), cy: Math.round((chart.height ?? 216) * 12700) };
  if (chart.position?.start) {
    const from = anchorCell(chart.position.start);
    if (!chart.position.end) return { from, size };
    const end = rangeBounds(chart.position.end);
    return { from, to: { col: end.c2, row: end.r2 } };
  }
  let maxCol = 0;
  for (const a of sheet.cells.keys()) maxCol = Math.max(maxCol, rangeBounds(a).c2);
  return { from: { col: maxCol + 1, row: 1 + index * 17 }, size };
}

function drawingXml(anchors: readonly Anchor[]): string {
  const point = (tag: string, p: Cell0) =>
    `<xdr:${tag}><xdr:col>${p.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  const body = anchors
    .map((a, i) => {
      const frame =
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Chart ${i + 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
        `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId${i + 1}"/>` +
        `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/>`;
      return "to" in a
        ? `<xdr:twoCellAnchor editAs="oneCell">${point("from", a.from)}${point("to", a.to)}${frame}</xdr:twoCellAnchor>`
        : `<xdr:oneCellAnchor>${point("from", a.from)}<xdr:ext cx="${a.size.cx}" cy="${a.size.cy}"/>${frame}</xdr:oneCellAnchor>`;
    })
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ` +
    `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">${body}</xdr:wsDr>`
  );
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const RELS_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`;

/** The worksheet part of each sheet name, from xl/workbook.xml and its relationships. */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, "xl/"));
  }
  const parts = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const unescaped = name
      ?.replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
    if (unescaped !== undefined && id && targets.has(id)) parts.set(unescaped, targets.get(id)!);
  }
  return parts;
}

/** Adds every chart of the workbook's sheets to the zip (an .xlsx ExcelJS wrote). */
export async function injectCharts(
  zip: JSZip,
  wb: FakeWorkbook,
  ev: EvaluatedWorkbook,
  literal = false,
): Promise<number> {
  const parts = await sheetParts(zip);
  let types = await zip.file("[Content_Types].xml")!.async("string");
  let chartNo = 0;
  let drawingNo = 0;
  const nextFree = (dir: string, base: string, n: number) => {
    while (zip.file(`${dir}/${base}${n + 1}.xml`)) n++;
    return n + 1;
  };
  for (const sheet of wb.sheets) {
    const charts = chartsOf(sheet);
    const part = parts.get(sheet.name);
    if (charts.length === 0 || !part) continue;
    drawingNo = nextFree("xl/drawings", "drawing", drawingNo);
    const drawingPath = `xl/drawings/drawing${drawingNo}.xml`;
    const drawingRels: string[] = [];
    charts.forEach((chart, i) => {
      chartNo = nextFree("xl/charts", "chart", chartNo);
      zip.file(`xl/charts/chart${chartNo}.xml`, chartXml(chart, chartData(chart, wb, ev), literal));
      drawingRels.push(`<Relationship Id="rId${i + 1}" Type="${REL}/chart" Target="../charts/chart${chartNo}.xml"/>`);
      types = types.replace(
        "</Types>",
        `<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>`,
      );
    });
    zip.file(drawingPath, drawingXml(charts.map((c, i) => anchor(c, sheet, i))));
    zip.file(`xl/drawings/_rels/drawing${drawingNo}.xml.rels`, `${RELS_HEAD}${drawingRels.join("")}</Relationships>`);
    types = types.replace(
      "</Types>",
      `<Override PartName="/${drawingPath}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>`,
    );

    // The sheet's relationship to its drawing, and the <drawing> element in its place in the sheet.
    const relsPath = part.replace(/([^/]+)$/, "_rels/$1.rels");
    let rels = (await zip.file(relsPath)?.async("string")) ?? `${RELS_HEAD}</Relationships>`;
    let rid = 1;
    while (rels.includes(`Id="rId${rid}"`)) rid++;
    rels = rels.replace(
      "</Relationships>",
      `<Relationship Id="rId${rid}" Type="${REL}/drawing" Target="../drawings/drawing${drawingNo}.xml"/></Relationships>`,
    );
    zip.file(relsPath, rels);
    let xml = await zip.file(part)!.async("string");
    if (!/<worksheet\b[^>]*xmlns:r=/.test(xml)) xml = xml.replace("<worksheet ", `<worksheet xmlns:r="${REL}" `);
    const before =
      /<(legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/.exec(
        xml,
      )!;
    xml = `${xml.slice(0, before.index)}<drawing r:id="rId${rid}"/>${xml.slice(before.index)}`;
    zip.file(part, xml);
  }
  zip.file("[Content_Types].xml", types);
  return chartNo;
}
