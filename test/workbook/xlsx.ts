/**
 * A FakeWorkbook written to an .xlsx with ExcelJS (dev and tests only): every sheet with its values,
 * formulas in A1 references with HyperFormula's values cached (so a reader that does not
 * recalculate, like LibreOffice, which has no SLA.* functions, shows what Excel would), number
 * formats, fonts, fills, wrap, column widths, frozen rows, tables' header and banded rows (drawn as
 * cell formats, not as ExcelJS tables), data validations, print setup, defined names, and charts
 * (charts.ts, injected into the zip: ExcelJS cannot write them).
 *
 * Conditional formats are evaluated cell by cell and applied as plain fills and font colours: the
 * file is a picture of what Excel shows, not a copy to edit.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { FakeCell, FakeSheet, FakeWorkbook } from "../excel/fakeWorkbook";
import { injectCharts, sheetParts } from "./charts";
import { addressesOf, evaluateWorkbook, isError, type EvaluatedWorkbook, type Shown } from "./engine";
import { cellPosition, columnLetters, columnNumber, outsideStrings, rangeBounds, toA1 } from "./toA1";

/** An ExcelJS cell (a plain object: the Office.js lint rules, which know getCell as Excel's, do not apply). */
const cellAt = (ws: ExcelJS.Worksheet, address: string): ExcelJS.Cell => ws.getCell(address);

/** "#4472C4" or "4472C4" → "FF4472C4". */
const argb = (color: string): string => `FF${color.replace(/^#/, "").toUpperCase()}`;

/**
 * Column width in the file for a width in points (Office.js): points are 4/3 px and the file
 * counts widths of the default font's digit, 7 px, its 5 px of padding included. The reverse of
 * src/excel/formats.ts widthInPoints, which gives (chars × 7 + 5) px: a column of n characters is
 * written as (n × 7 + 5) / 7.
 */
export const fileWidth = (points: number): number => Math.round((points / 0.75 / 7) * 256) / 256;

/** Functions Excel saves with the _xlfn. prefix (newer than Excel 2007). */
const NEW_FUNCTIONS = [
  "TEXTJOIN",
  "CONCAT",
  "IFS",
  "SWITCH",
  "MAXIFS",
  "MINIFS",
  "IFNA",
  "XLOOKUP",
  "XMATCH",
  "DAYS",
  "ISOWEEKNUM",
  "LET",
  "SEQUENCE",
  "RANDARRAY",
  "STDEV.S",
  "STDEV.P",
  "FLOOR.MATH",
  "CEILING.MATH",
];
const WORKSHEET_FUNCTIONS = ["FILTER", "SORT", "SORTBY", "UNIQUE"];

/** A formula as the file stores it: no "=", newer functions prefixed as Excel writes them. */
export function fileFormula(formula: string): string {
  const body = formula.replace(/^=/, "");
  return outsideStrings(body, (code) =>
    code.replace(/(^|[^\p{L}\p{N}_.])([A-Z][A-Z0-9.]*)\(/gu, (whole, lead: string, name: string) => {
      if (NEW_FUNCTIONS.includes(name)) return `${lead}_xlfn.${name}(`;
      if (WORKSHEET_FUNCTIONS.includes(name)) return `${lead}_xlfn._xlws.${name}(`;
      return whole;
    }),
  );
}

const EXCEL_ERRORS = new Set(["#N/A", "#REF!", "#NAME?", "#DIV/0!", "#NULL!", "#VALUE!", "#NUM!"]);

function cachedResult(v: Shown): ExcelJS.CellFormulaValue["result"] {
  if (isError(v))
    return { error: (EXCEL_ERRORS.has(v.error) ? v.error : "#VALUE!") as ExcelJS.CellErrorValue["error"] };
  if (v === null) return undefined;
  return v;
}

/** Excel's default font, named on every cell (a font without a name is drawn in the reader's default, often a serif). */
const BASE_FONT: Partial<ExcelJS.Font> = { name: "Calibri", size: 11, family: 2 };

/** A character's width in px at `size` pt: CJK and full-width forms take a whole em, others about a Calibri digit. */
function charWidth(ch: string, size: number): number {
  const code = ch.codePointAt(0) ?? 0;
  const wide = code >= 0x2e80 && !(code >= 0xff61 && code <= 0xffdc);
  return wide ? (size * 4) / 3 : ((ch === " " ? 3.5 : 7) * size) / 11;
}

/** What a cell shows, roughly, for measuring. */
function shownText(cell: FakeCell, value: Shown): string {
  const v = cell.kind === "formula" ? value : (cell.value ?? "");
  if (v === null || isError(v)) return isError(v) ? v.error : "";
  return String(v);
}

/**
 * Row heights as Excel's autofit makes them (an estimate): Excel fits a row's height to wrapped
 * text and larger fonts unless the height was set, but an .xlsx reader draws rows at the height the
 * file gives. Lines of wrapped text = the text's width over the column's, per paragraph.
 */
function fitRows(ws: ExcelJS.Worksheet, sheet: FakeSheet, ev: EvaluatedWorkbook): void {
  const given = (sheet as unknown as { rowHeights?: Map<number, number> }).rowHeights;
  const heights = new Map<number, number>();
  for (const [address, cell] of sheet.cells) {
    const { row, col } = cellPosition(address);
    if (given?.has(row)) continue;
    const size = cell.size ?? 11;
    let lines = 1;
    if (cell.wrap) {
      const points = sheet.columnWidths.get(columnLetters(col));
      const available = (points === undefined ? 64 : points / 0.75) - 5;
      const text = shownText(cell, cell.kind === "formula" ? ev.valueAt(sheet.name, address) : null);
      const width = (part: string) => [...part].reduce((w, ch) => w + charWidth(ch, size), 0);
      lines = text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(width(part) / available)), 0);
    }
    const height = Math.round(lines * 15 * (size / 11) * 4) / 4;
    if (height > 15) heights.set(row, Math.max(heights.get(row) ?? 0, height));
  }
  for (const [row, height] of heights) ws.getRow(row).height = height;
  if (given) for (const [row, height] of given) ws.getRow(row).height = height;
}

/** TableStyleMedium2 as cell formats: an accent header with white bold text, banded body rows. */
const TABLE_LOOK = { header: "4472C4", band: "D9E1F2", border: "8EA9DB" };

function styleTables(ws: ExcelJS.Worksheet, wb: FakeWorkbook, sheet: FakeSheet): void {
  for (const table of wb.tables.filter((t) => t.sheet === sheet.name)) {
    const b = rangeBounds(table.address);
    for (const address of addressesOf(table.address)) {
      const cell = cellAt(ws, address);
      const row = Number(/\d+$/.exec(address)![0]);
      const border: Partial<ExcelJS.Border> = { style: "thin", color: { argb: argb(TABLE_LOOK.border) } };
      if (row === b.r1) {
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(TABLE_LOOK.header) } };
        cell.font = { ...BASE_FONT, bold: true, color: { argb: "FFFFFFFF" } };
      } else if ((row - b.r1) % 2 === 1) {
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(TABLE_LOOK.band) } };
      }
      cell.border = { top: border, bottom: border };
    }
  }
}

function writeCell(
  ws: ExcelJS.Worksheet,
  sheet: FakeSheet,
  address: string,
  cell: FakeCell,
  ev: EvaluatedWorkbook,
  valuesOnly: boolean,
): void {
  const c = cellAt(ws, address);
  let numberFormat = cell.numberFormat;
  if (cell.kind === "formula" && cell.formula && valuesOnly) {
    const result = cachedResult(ev.valueAt(sheet.name, address));
    if (result !== undefined && result !== "") c.value = result as ExcelJS.CellValue;
    // LibreOffice takes a boolean value for a number: shown as Excel shows it, TRUE or FALSE, centred
    // (as Excel centres booleans and errors in General alignment).
    if (typeof result === "boolean" || (typeof result === "object" && result !== null)) {
      if (typeof result === "boolean" && (numberFormat ?? "General") === "General")
        numberFormat = '"TRUE";"TRUE";"FALSE"';
      c.alignment = { ...(c.alignment ?? {}), horizontal: "center" };
    }
  } else if (cell.kind === "formula" && cell.formula) {
    const a1 = ev.a1Formula(sheet.name, address);
    const result = cachedResult(ev.valueAt(sheet.name, address));
    c.value = {
      formula: fileFormula(a1 ?? cell.formula),
      ...(result === undefined ? {} : { result }),
    } as ExcelJS.CellFormulaValue;
  } else if (cell.kind === "error" && typeof cell.value === "string") {
    c.value = { error: cell.value as ExcelJS.CellErrorValue["error"] };
  } else if (cell.value !== undefined) {
    c.value = cell.value;
  }
  if (numberFormat && numberFormat !== "General") c.numFmt = numberFormat;
  const font: Partial<ExcelJS.Font> = { ...BASE_FONT, ...(c.font ?? {}) };
  if (cell.bold !== undefined) font.bold = cell.bold;
  if (cell.italic !== undefined) font.italic = cell.italic;
  if (cell.size !== undefined) font.size = cell.size;
  if (cell.color) font.color = { argb: argb(cell.color) };
  c.font = font;
  if (cell.fill) c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(cell.fill) } };
  if (cell.wrap) c.alignment = { ...(c.alignment ?? {}), wrapText: true };
}

/** Conditional formats drawn as they show: each rule's fill and font colour where its formula holds (later rules win, as Excel puts a new rule first). */
function applyConditionalFormats(ws: ExcelJS.Worksheet, sheet: FakeSheet, ev: EvaluatedWorkbook): void {
  for (const cf of sheet.conditionalFormats) {
    if (!cf.formula) continue;
    for (const area of cf.address.split(",")) {
      for (const address of addressesOf(area.trim())) {
        let holds = false;
        try {
          holds = ev.conditionHolds(sheet.name, area.trim(), cf.formula, address);
        } catch {
          holds = false;
        }
        if (!holds) continue;
        const c = cellAt(ws, address);
        if (cf.fill) c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(cf.fill) } };
        if (cf.font) c.font = { ...(c.font ?? {}), color: { argb: argb(cf.font) } };
      }
    }
  }
}

const OPERATORS: Record<string, ExcelJS.DataValidationOperator> = {
  Between: "between",
  NotBetween: "notBetween",
  EqualTo: "equal",
  NotEqualTo: "notEqual",
  GreaterThan: "greaterThan",
  LessThan: "lessThan",
  GreaterThanOrEqualTo: "greaterThanOrEqual",
  LessThanOrEqualTo: "lessThanOrEqual",
};

/** An Office.js DataValidationRule as ExcelJS takes it (null for kinds not modelled). */
function validation(rule: unknown, wb: FakeWorkbook, sheet: string): ExcelJS.DataValidation | null {
  const r = rule as Record<string, Record<string, unknown> | undefined>;
  const formula = (v: unknown) =>
    typeof v === "string" && v.startsWith("=") ? fileFormula(toA1(v, { tables: wb.tables, sheet })) : v;
  const kinds: [string, ExcelJS.DataValidation["type"]][] = [
    ["decimal", "decimal"],
    ["wholeNumber", "whole"],
    ["date", "date"],
    ["textLength", "textLength"],
  ];
  for (const [key, type] of kinds) {
    const basic = r[key];
    if (!basic) continue;
    const formulae = [formula(basic.formula1), ...(basic.formula2 !== undefined ? [formula(basic.formula2)] : [])];
    return {
      type,
      operator: OPERATORS[String(basic.operator)] ?? "between",
      formulae,
      allowBlank: true,
      showErrorMessage: true,
    };
  }
  if (r.list) {
    const source = String(r.list.source ?? "");
    const formulae = [source.startsWith("=") ? formula(source) : `"${source}"`];
    return { type: "list", formulae, allowBlank: true, showErrorMessage: true };
  }
  if (r.custom)
    return { type: "custom", formulae: [formula(r.custom.formula)], allowBlank: true, showErrorMessage: true };
  return null;
}

function addValidations(ws: ExcelJS.Worksheet, sheet: FakeSheet, wb: FakeWorkbook): void {
  const prompts = new Map(
    sheet.prompts.map((p) => [p.address, p.prompt as { title?: string; message?: string; showPrompt?: boolean }]),
  );
  const add = (address: string, dv: ExcelJS.DataValidation) =>
    (ws as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(
      address,
      dv,
    );
  for (const v of sheet.validations) {
    let dv: ExcelJS.DataValidation | null = null;
    try {
      dv = validation(v.rule, wb, sheet.name);
    } catch {
      dv = null;
    }
    if (!dv) continue;
    const prompt = prompts.get(v.address);
    if (prompt?.showPrompt !== false && (prompt?.title || prompt?.message))
      Object.assign(dv, { showInputMessage: true, promptTitle: prompt.title, prompt: prompt.message });
    add(v.address, dv);
  }
}

const PAPER: Record<string, number> = { Letter: 1, Tabloid: 3, Legal: 5, A3: 8, A4: 9, A5: 11, B4: 12, B5: 13 };

interface PageLike {
  orientation?: string;
  paperSize?: string;
  zoom?: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number } | null;
  titleRows?: string;
  titleColumns?: string;
  printArea?: string | string[];
  /** Rows a manual page break comes before. */
  breaksBefore?: number[];
  centerHorizontally?: boolean;
  centerVertically?: boolean;
  /** In points, as Office.js PageLayout takes them. */
  margins?: { left?: number; right?: number; top?: number; bottom?: number; header?: number; footer?: number };
}

function pageSetup(ws: ExcelJS.Worksheet, sheet: FakeSheet): void {
  const page = sheet.page as PageLike;
  const setup: Partial<ExcelJS.PageSetup> = {
    orientation: page.orientation?.toLowerCase() === "landscape" ? "landscape" : "portrait",
    paperSize: PAPER[page.paperSize ?? "A4"] ?? 9,
    // Excel's "Normal" margins, in inches, unless the page sets them (in points).
    margins: {
      left: 0.7,
      right: 0.7,
      top: 0.75,
      bottom: 0.75,
      header: 0.3,
      footer: 0.3,
      ...Object.fromEntries(Object.entries(page.margins ?? {}).map(([k, v]) => [k, (v ?? 0) / 72])),
    },
  };
  const zoom = page.zoom ?? {};
  if (zoom.horizontalFitToPages !== undefined || zoom.verticalFitToPages !== undefined) {
    Object.assign(setup, {
      fitToPage: true,
      fitToWidth: zoom.horizontalFitToPages ?? 0,
      fitToHeight: zoom.verticalFitToPages ?? 0,
    });
  } else if (zoom.scale !== undefined) Object.assign(setup, { fitToPage: false, scale: zoom.scale });
  if (page.titleRows) setup.printTitlesRow = page.titleRows.replace(/\$/g, "");
  if (page.titleColumns) setup.printTitlesColumn = page.titleColumns.replace(/\$/g, "");
  const area = Array.isArray(page.printArea) ? page.printArea.join(",") : page.printArea;
  if (area) setup.printArea = area.replace(/^.*!/, "").replace(/\$/g, "");
  if (page.centerHorizontally) setup.horizontalCentered = true;
  if (page.centerVertically) setup.verticalCentered = true;
  ws.pageSetup = { ...ws.pageSetup, ...setup };
  // ExcelJS puts a row's break after it: a break before row r is one after row r − 1.
  for (const row of page.breaksBefore ?? []) ws.getRow(row - 1).addPageBreak();
}

/** The sheet's hidden columns, however the fake records them (a set or list of "M" or "M:O", or a map to true). */
function hiddenColumns(sheet: FakeSheet): string[] {
  const raw = (sheet as unknown as { hiddenColumns?: Iterable<string> | Map<string, boolean> }).hiddenColumns;
  if (!raw) return [];
  const keys = raw instanceof Map ? [...raw].filter(([, v]) => v).map(([k]) => k) : [...raw];
  return keys.flatMap((k) => {
    const [a, b = a] = k.replace(/\$/g, "").split(":");
    const from = columnNumber(a.replace(/\d+$/, ""));
    const to = columnNumber(b.replace(/\d+$/, ""));
    return Array.from({ length: to - from + 1 }, (_, i) => columnLetters(from + i));
  });
}

/** The ExcelJS workbook for a fake one (without charts and defined names: those go into the zip). */
export function toExcelJs(wb: FakeWorkbook, ev: EvaluatedWorkbook, options: WriteOptions = {}): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.creator = "SLA Scorecard tests (test/workbook/xlsx.ts)";
  for (const sheet of wb.sheets) {
    const ws = book.addWorksheet(sheet.name, {
      views: sheet.frozenRows ? [{ state: "frozen", ySplit: sheet.frozenRows, xSplit: 0 }] : [{}],
    });
    for (const [letter, points] of sheet.columnWidths) ws.getColumn(letter).width = fileWidth(points);
    for (const letter of hiddenColumns(sheet)) ws.getColumn(letter).hidden = true;
    const visibility = (sheet as unknown as { visibility?: string }).visibility;
    if (visibility === "Hidden" || visibility === "VeryHidden")
      ws.state = visibility === "Hidden" ? "hidden" : "veryHidden";
    styleTables(ws, wb, sheet);
    for (const [address, cell] of sheet.cells) writeCell(ws, sheet, address, cell, ev, options.valuesOnly ?? false);
    applyConditionalFormats(ws, sheet, ev);
    fitRows(ws, sheet, ev);
    addValidations(ws, sheet, wb);
    pageSetup(ws, sheet);
  }
  return book;
}

const escapeXml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The workbook's defined names, in A1 references, added to xl/workbook.xml. */
async function injectNames(zip: JSZip, wb: FakeWorkbook): Promise<void> {
  if (wb.names.length === 0) return;
  let xml = await zip.file("xl/workbook.xml")!.async("string");
  const entries = wb.names
    .map((n) => {
      let formula: string;
      try {
        formula = fileFormula(toA1(n.formula, { tables: wb.tables }));
      } catch {
        return "";
      }
      const hidden = n.visible ? "" : ` hidden="1"`;
      const comment = n.comment ? ` comment="${escapeXml(n.comment)}"` : "";
      return `<definedName name="${escapeXml(n.name)}"${comment}${hidden}>${escapeXml(formula)}</definedName>`;
    })
    .join("");
  // ExcelJS writes a print area as $A1:$L58, which LibreOffice does not take: make it $A$1:$L$58.
  xml = xml.replace(/(_xlnm\.Print_Area[^>]*>[^<]*!)\$([A-Z]+)(\d+):\$([A-Z]+)(\d+)</g, "$1$$$2$$$3:$$$4$$$5<");
  if (xml.includes("</definedNames>")) xml = xml.replace("</definedNames>", `${entries}</definedNames>`);
  else if (xml.includes("<definedNames/>"))
    xml = xml.replace("<definedNames/>", `<definedNames>${entries}</definedNames>`);
  else xml = xml.replace("</sheets>", `</sheets><definedNames>${entries}</definedNames>`);
  zip.file("xl/workbook.xml", xml);
}

export interface Written {
  buffer: Buffer;
  evaluated: EvaluatedWorkbook;
  charts: number;
}

export interface WriteOptions {
  /**
   * Charts carry their values without linking to the cells: for a copy that is only printed by
   * LibreOffice, which draws a linked #N/A as 0 where Excel leaves a gap.
   */
  literalCharts?: boolean;
  /**
   * Formula cells hold their computed values alone: for a copy that is only printed by LibreOffice,
   * which recalculates a formula whose cached value is a boolean (SLA.MET → #NAME?).
   */
  valuesOnly?: boolean;
}

/**
 * Manual page breaks before columns (Worksheet.verticalPageBreaks), which ExcelJS does not write:
 * <colBreaks> after the sheet's <rowBreaks> (or where they would be), as the schema orders them.
 */
async function injectColumnBreaks(zip: JSZip, wb: FakeWorkbook): Promise<void> {
  const parts = await sheetParts(zip);
  for (const sheet of wb.sheets) {
    const cols = sheet.page.columnBreaksBefore ?? [];
    const part = parts.get(sheet.name);
    if (!cols.length || !part) continue;
    // A break "before column C" is id 2: the number of columns to its left.
    const brks = cols.map((c) => `<brk id="${columnNumber(c) - 1}" max="1048575" man="1"/>`).join("");
    const colBreaks = `<colBreaks count="${cols.length}" manualBreakCount="${cols.length}">${brks}</colBreaks>`;
    let xml = await zip.file(part)!.async("string");
    if (xml.includes("</rowBreaks>")) xml = xml.replace("</rowBreaks>", `</rowBreaks>${colBreaks}`);
    else
      xml = xml.replace(
        /<(customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/,
        (tag) => `${colBreaks}${tag}`,
      );
    zip.file(part, xml);
  }
}

/** The .xlsx bytes of a fake workbook (evaluated here unless an evaluation is given). */
export async function writeXlsx(
  wb: FakeWorkbook,
  evaluated?: EvaluatedWorkbook,
  options: WriteOptions = {},
): Promise<Written> {
  const ev = evaluated ?? evaluateWorkbook(wb);
  const raw = await toExcelJs(wb, ev, options).xlsx.writeBuffer();
  const zip = await JSZip.loadAsync(raw as ArrayBuffer);
  await injectNames(zip, wb);
  await injectColumnBreaks(zip, wb);
  const charts = await injectCharts(zip, wb, ev, options.literalCharts ?? false);
  const buffer = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  return { buffer, evaluated: ev, charts };
}

/**
 * The same .xlsx with every sheet but `sheet` hidden and `sheet` active: LibreOffice prints only
 * visible sheets, so converting it to PDF gives that sheet's pages alone.
 */
export async function onlySheetShown(xlsx: Buffer, sheet: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  let xml = await zip.file("xl/workbook.xml")!.async("string");
  let index = -1;
  let i = 0;
  xml = xml.replace(/<sheet\b[^>]*?\/>/g, (tag) => {
    const name = /\bname="([^"]*)"/.exec(tag)?.[1];
    const here = name === escapeXml(sheet).replace(/'/g, "&apos;") || name === escapeXml(sheet);
    if (here) index = i;
    i++;
    const clean = tag.replace(/\s+state="[^"]*"/, "");
    return here ? clean : clean.replace(/\s*\/>$/, ' state="hidden"/>');
  });
  if (index < 0) throw new Error(`No sheet ${sheet} in the workbook`);
  const view = `<workbookView activeTab="${index}" firstSheet="${index}"/>`;
  if (/<workbookView\b/.test(xml))
    xml = xml.replace(/<workbookView\b[^>]*?\/>/, (tag) => {
      const clean = tag.replace(/\s+(activeTab|firstSheet)="[^"]*"/g, "");
      return clean.replace(/\s*\/>$/, ` activeTab="${index}" firstSheet="${index}"/>`);
    });
  else xml = xml.replace("<sheets>", `<bookViews>${view}</bookViews><sheets>`);
  // LibreOffice prints every sheet's print area, hidden sheets' too: keep the shown sheet's only.
  xml = xml.replace(
    /<definedName name="_xlnm\.Print_Area" localSheetId="(\d+)"[^>]*>[^<]*<\/definedName>/g,
    (tag, id: string) => (Number(id) === index ? tag : ""),
  );
  zip.file("xl/workbook.xml", xml);
  // Only the shown sheet is selected (a hidden selected sheet would be printed by some readers).
  for (const [name, part] of await sheetParts(zip)) {
    const sheetXml = await zip.file(part)!.async("string");
    const selected = name === sheet ? "1" : "0";
    zip.file(part, sheetXml.replace(/tabSelected="[^"]*"/g, `tabSelected="${selected}"`));
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
