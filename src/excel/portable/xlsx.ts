/**
 * The portable copy's file (pure): the workbook's .xlsx (as Office gives it, getFileAsync
 * Compressed) with the plan's rewrites written into its cells, and a first sheet saying what the
 * copy is. Everything else in the file (styles, tables, charts, names, validation…) is left as it is.
 *
 * - Sheets are found through xl/workbook.xml and its relationships; a rewritten cell's <c> is
 *   replaced: a formula as <f> without a cached <v> (the workbook is marked fullCalcOnLoad, and
 *   xl/calcChain.xml, which lists formula cells, is dropped: Excel rebuilds it), a value as <v>
 *   (t="b" booleans, t="e" errors, inline strings for texts). Its style (s) stays.
 * - Formulas are written as the file stores them: without "=", structured references in A1 (the
 *   "@" shorthand Office.js shows is not file syntax), newer functions with their _xlfn. prefix.
 * - Shared formulas (<f t="shared" si=…>): an SLA formula's group holds only SLA formulas (Excel
 *   shares a formula only between cells whose formulas are the same), so every member is rewritten
 *   with an explicit formula; a member left pointing at a master that was rewritten is an error.
 * - The XML is scanned with indexOf; regular expressions only ever see one tag.
 */
import JSZip from "jszip";
import type { Lang } from "../../templates";
import { cellAddress, cellPosition } from "../address";
import { structuredReferenceInA1, type Cell, type Kept, type PortablePlan, type TableInput } from "./plan";

export interface CopyNote {
  readonly lang: Lang;
  readonly madeAt: Date;
  readonly agreementNo: string;
  readonly kept: readonly Kept[];
  /** Cells whose SLA calls became plain formulas (shown in the note when given). */
  readonly compiled?: number;
}

const NOTE_SHEET: Record<Lang, string> = { zh: "关于此副本", en: "About this copy" };

const NOTE_TEXT = {
  zh: {
    title: "便携副本",
    what:
      "这是协议工作簿的副本，不需要 SLA Scorecard 加载项：其中每个 SLA.* 函数已换成等价的普通 Excel 公式，" +
      "无法换成公式的单元格保留了制作副本时的值（见下表）。原工作簿未作任何改动。",
    madeAt: "制作时间",
    agreement: "协议编号",
    compiled: "换成公式的单元格",
    kept: "保留为值的单元格",
    none: "无",
    cell: "单元格",
    functions: "函数",
    reason: "原因",
    reasons: {
      noNative: "此函数没有等价的普通公式",
      notCompilable: "规则无法写成公式",
      unresolved: "参数无法在副本中确定",
      refused: "函数对这些参数给出错误",
    },
  },
  en: {
    title: "Portable copy",
    what:
      "This is a copy of the agreement workbook that does not need the SLA Scorecard add-in: every SLA.* " +
      "function was replaced by the equivalent plain Excel formula, and cells that could not be written as a " +
      "formula keep the value they had when the copy was made (listed below). The original workbook was not changed.",
    madeAt: "Made at",
    agreement: "Agreement number",
    compiled: "Cells now plain formulas",
    kept: "Cells kept as values",
    none: "none",
    cell: "Cell",
    functions: "Functions",
    reason: "Reason",
    reasons: {
      noNative: "this function has no plain-formula equivalent",
      notCompilable: "the rule cannot be written as a formula",
      unresolved: "an argument the copy cannot tell",
      refused: "the function gives an error for these arguments",
    },
  },
} as const;

// --- XML text

/** Characters XML 1.0 cannot hold (they are dropped). */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const escapeXml = (s: string): string =>
  s.replace(NOT_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const unescapeXml = (t: string): string =>
  t.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) =>
    e[0] === "#"
      ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : ENTITIES[e],
  );

/** The attributes of one start tag ("<c r=\"A1\" s=\"3\">"), names as written (prefixes kept). */
function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  for (const m of tag.matchAll(re)) out.set(m[1], unescapeXml(m[3] ?? m[4] ?? ""));
  return out;
}

/** Every start tag <name …> (or <name …/>) in xml, in order, with where it is. */
function* tags(
  xml: string,
  name: string,
  from = 0,
  to = xml.length,
): Generator<{ start: number; end: number; tag: string }> {
  let i = from;
  for (;;) {
    i = xml.indexOf(`<${name}`, i);
    if (i < 0 || i >= to) return;
    const next = xml[i + name.length + 1];
    if (next === " " || next === ">" || next === "/" || next === "\n" || next === "\t" || next === "\r") {
      const end = xml.indexOf(">", i) + 1;
      if (end <= 0) return;
      yield { start: i, end, tag: xml.slice(i, end) };
      i = end;
    } else i += name.length + 1;
  }
}

/** Sets (or adds) an attribute in one start tag. */
function withAttribute(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, `$1"${escapeXml(value)}"`);
  const close = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, close).trimEnd()} ${name}="${escapeXml(value)}"${tag.slice(close)}`;
}

function withoutAttribute(tag: string, name: string): string {
  const re = new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*("[^"]*"|'[^']*')`);
  return tag.replace(re, "");
}

// --- formulas as the file stores them

/** Functions Excel writes with "_xlfn." in a file (the ones after Excel 2007 a formula may use). */
const NEW_FUNCTIONS = new Set(
  (
    "AGGREGATE BITAND BITOR BITXOR CEILING.MATH CEILING.PRECISE CONCAT DAYS FLOOR.MATH FLOOR.PRECISE FORMULATEXT " +
    "IFNA IFS ISFORMULA ISOWEEKNUM MAXIFS MINIFS NETWORKDAYS.INTL NORM.DIST NORM.INV NORM.S.DIST PERCENTILE.EXC " +
    "PERCENTILE.INC QUARTILE.EXC QUARTILE.INC RANK.AVG RANK.EQ SHEET SHEETS STDEV.P STDEV.S SWITCH TEXTJOIN " +
    "VAR.P VAR.S WORKDAY.INTL XLOOKUP XMATCH LET LAMBDA SEQUENCE RANDARRAY TEXTBEFORE TEXTAFTER TEXTSPLIT " +
    "VSTACK HSTACK TOCOL TOROW TAKE DROP CHOOSECOLS CHOOSEROWS EXPAND WRAPROWS WRAPCOLS"
  ).split(" "),
);
const WORKSHEET_FUNCTIONS = new Set(["FILTER", "SORT", "SORTBY", "UNIQUE"]);

const isNameChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}_.\\]/u.test(ch);

/**
 * The formula text for <f>: without "=", each structured reference the tables tell written in A1
 * ("[@[Actual]]" → "F5"; one it cannot tell, e.g. Table[#Headers], stays), newer functions prefixed.
 * Scanned once: texts ("…") and quoted sheet names ('…') are copied as they are.
 */
export function fileFormula(formula: string, tables: readonly TableInput[], sheet: string, address: string): string {
  const f = formula.startsWith("=") ? formula.slice(1) : formula;
  let out = "";
  let i = 0;
  while (i < f.length) {
    const ch = f[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < f.length) {
        if (f[j] === ch) {
          if (f[j + 1] === ch) j += 2;
          else break;
        } else j++;
      }
      out += f.slice(i, j + 1);
      i = j + 1;
    } else if (ch === "[") {
      // The table name before it (already copied into out), then the brackets to their match.
      let k = out.length;
      while (k > 0 && isNameChar(out[k - 1])) k--;
      const name = out.slice(k);
      let depth = 0;
      let j = i;
      for (; j < f.length; j++) {
        if (f[j] === "'") j++;
        else if (f[j] === "[") depth++;
        else if (f[j] === "]" && --depth === 0) break;
      }
      const ref = name + f.slice(i, j + 1);
      const a1 = structuredReferenceInA1(ref, tables, sheet, address);
      out = a1 === null ? out + f.slice(i, j + 1) : out.slice(0, k) + a1;
      i = j + 1;
    } else if (/[A-Za-z]/.test(ch) && !isNameChar(f[i - 1])) {
      let j = i;
      while (j < f.length && isNameChar(f[j])) j++;
      const word = f.slice(i, j);
      const upper = word.toUpperCase();
      if (f[j] === "(" && NEW_FUNCTIONS.has(upper)) out += `_xlfn.${word}`;
      else if (f[j] === "(" && WORKSHEET_FUNCTIONS.has(upper)) out += `_xlfn._xlws.${word}`;
      else out += word;
      i = j;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

// --- the package

const WORKSHEET_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const WORKSHEET_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

async function textOf(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`The workbook file has no ${path}`);
  return file.async("string");
}

/** A relationship target resolved against the folder of the part that holds it. */
function partPath(folder: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = (folder ? folder.split("/") : []).concat(target.split("/"));
  const out: string[] = [];
  for (const p of parts)
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  return out.join("/");
}

interface Rels {
  xml: string;
  path: string;
  items: { id: string; type: string; target: string; start: number; end: number }[];
}

async function relsOf(zip: JSZip, part: string): Promise<Rels> {
  const slash = part.lastIndexOf("/");
  const path = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  const xml = await textOf(zip, path);
  const items = [...tags(xml, "Relationship")].map(({ start, end, tag }) => {
    const a = attributes(tag);
    return { id: a.get("Id") ?? "", type: a.get("Type") ?? "", target: a.get("Target") ?? "", start, end };
  });
  return { xml, path, items };
}

const isErrorText = (v: string): boolean =>
  /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|CALC!|SPILL!|GETTING_DATA)$/.test(v);

/** The <c> element for a rewritten cell, keeping the original's style. */
function cellXml(address: string, style: string | undefined, content: { formula: string } | { value: Cell }): string {
  const s = style === undefined ? "" : ` s="${escapeXml(style)}"`;
  if ("formula" in content) return `<c r="${address}"${s}><f>${escapeXml(content.formula)}</f></c>`;
  const v = content.value;
  if (typeof v === "number")
    return Number.isFinite(v)
      ? `<c r="${address}"${s}><v>${v}</v></c>`
      : `<c r="${address}"${s} t="e"><v>#NUM!</v></c>`;
  if (typeof v === "boolean") return `<c r="${address}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  if (v === "") return `<c r="${address}"${s}/>`;
  if (isErrorText(v)) return `<c r="${address}"${s} t="e"><v>${escapeXml(v)}</v></c>`;
  return `<c r="${address}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(v)}</t></is></c>`;
}

type Content = { formula: string } | { value: Cell };

/**
 * One sheet's XML with the cells in `cells` (A1 → what to write) replaced. Cells are found by their
 * r (or, where r is left out, by their place after the previous cell of the row).
 */
export function patchSheetXml(xml: string, sheet: string, cells: ReadonlyMap<string, Content>): string {
  const dataStart = xml.indexOf("<sheetData");
  const dataEnd = xml.indexOf("</sheetData>");
  if (dataStart < 0 || dataEnd < 0) {
    if (cells.size) throw new Error(`${sheet}: the sheet has no cells in the file`);
    return xml;
  }
  const pieces: string[] = [];
  let copied = 0;
  let row = 0;
  let col = -1; // the column of the cell before (0-based): none yet
  const done = new Set<string>();
  const touchedGroups = new Set<string>();
  const untouchedMembers = new Map<string, string>();
  let i = dataStart;
  for (;;) {
    const lt = xml.indexOf("<", i + 1);
    if (lt < 0 || lt >= dataEnd) break;
    const name = xml.slice(lt + 1, lt + 5);
    const tagEnd = xml.indexOf(">", lt) + 1;
    i = lt;
    if (name.startsWith("row") && /[\s>/]/.test(name[3])) {
      const r = attributes(xml.slice(lt, tagEnd)).get("r");
      row = r ? Number(r) : row + 1;
      col = -1;
      continue;
    }
    if (!(name[0] === "c" && /[\s>/]/.test(name[1]))) continue;
    const tag = xml.slice(lt, tagEnd);
    const a = attributes(tag);
    const r = a.get("r");
    // A cell without r follows the one before it (0-based columns, as cellPosition gives them).
    const pos = r ? cellPosition(r) : { col: col + 1, row };
    if (!pos) throw new Error(`${sheet}: a cell with the address ${String(r)}`);
    col = pos.col;
    const address = cellAddress(pos.col, pos.row);
    const selfClosing = tag.endsWith("/>");
    const end = selfClosing ? tagEnd : xml.indexOf("</c>", tagEnd) + 4;
    const inner = selfClosing ? "" : xml.slice(tagEnd, end - 4);
    const f = inner.includes("<f") ? [...tags(inner, "f")][0] : undefined;
    const fa = f ? attributes(f.tag) : undefined;
    const shared = fa?.get("t") === "shared" ? fa.get("si") : undefined;
    const content = cells.get(address);
    if (content) {
      if (shared !== undefined) touchedGroups.add(shared);
      pieces.push(xml.slice(copied, lt), cellXml(address, a.get("s"), content));
      copied = end;
      done.add(address);
    } else if (shared !== undefined) untouchedMembers.set(shared, address);
    i = end - 1;
  }
  pieces.push(xml.slice(copied));
  const missing = [...cells.keys()].filter((x) => !done.has(x));
  if (missing.length) throw new Error(`${sheet}: no cell ${missing.join(", ")} in the file`);
  for (const [si, address] of untouchedMembers)
    if (touchedGroups.has(si))
      throw new Error(`${sheet}!${address} shares the formula of a rewritten cell (si ${si}) but is not rewritten`);
  return pieces.join("");
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
const localTime = (d: Date): string =>
  `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;

/** The note sheet's XML: inline strings, two wide columns. */
export function noteSheetXml(note: CopyNote): string {
  const t = NOTE_TEXT[note.lang];
  const rows: (string | number)[][] = [
    [t.title],
    [t.what],
    [t.madeAt, localTime(note.madeAt)],
    [t.agreement, note.agreementNo],
  ];
  if (note.compiled !== undefined) rows.push([t.compiled, note.compiled]);
  rows.push([t.kept, note.kept.length === 0 ? t.none : note.kept.length], []);
  if (note.kept.length) {
    rows.push([t.cell, t.functions, t.reason]);
    for (const k of note.kept) {
      const sheet = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(k.sheet) ? k.sheet : `'${k.sheet.replace(/'/g, "''")}'`;
      rows.push([
        `${sheet}!${k.address}`,
        k.functions.map((fn) => `SLA.${fn}`).join(", "),
        t.reasons[k.reason] + (k.detail ? `: ${k.detail}` : ""),
      ]);
    }
  }
  const body = rows
    .map((cells, r) => {
      const xs = cells.map((v, c) => {
        const ref = cellAddress(c, r + 1);
        return typeof v === "number"
          ? `<c r="${ref}"><v>${v}</v></c>`
          : `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(v)}</t></is></c>`;
      });
      return `<row r="${r + 1}">${xs.join("")}</row>`;
    })
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
    `<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    `<cols><col min="1" max="1" width="30" customWidth="1"/><col min="2" max="2" width="40" customWidth="1"/>` +
    `<col min="3" max="3" width="60" customWidth="1"/></cols>` +
    `<sheetData>${body}</sheetData></worksheet>`
  );
}

/** Inserts `text` before the first of these tags (or the closing tag) in xml. */
function insertBefore(xml: string, before: readonly string[], closing: string, text: string): string {
  let at = xml.indexOf(closing);
  for (const b of before) {
    const j = xml.indexOf(b);
    if (j >= 0 && (at < 0 || j < at)) at = j;
  }
  if (at < 0) throw new Error(`No ${closing} in the file`);
  return xml.slice(0, at) + text + xml.slice(at);
}

/**
 * The copy's .xlsx: the plan's rewrites written into the file's cells (formulas in `tables`'
 * structured references written in A1), and a first sheet with the note.
 */
export async function rewriteXlsx(
  bytes: Uint8Array,
  plan: Pick<PortablePlan, "rewrites">,
  note: CopyNote,
  tables: readonly TableInput[] = [],
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const root = await relsOf(zip, "");
  const office = root.items.find((r) => r.type.endsWith("/officeDocument"));
  const workbookPath = partPath("", office?.target ?? "xl/workbook.xml");
  const folder = workbookPath.slice(0, workbookPath.lastIndexOf("/"));
  let workbook = await textOf(zip, workbookPath);
  const rels = await relsOf(zip, workbookPath);

  // Sheets by name → their part.
  const sheetsStart = workbook.indexOf("<sheets");
  const sheetsEnd = workbook.indexOf("</sheets>");
  if (sheetsStart < 0 || sheetsEnd < 0) throw new Error("The workbook file lists no sheets");
  const sheetTags = [...tags(workbook, "sheet", sheetsStart + 1, sheetsEnd)].map(({ tag }) => attributes(tag));
  const idKey = (a: Map<string, string>) => [...a.keys()].find((k) => k.endsWith(":id")) ?? "r:id";
  const partOf = new Map<string, string>();
  for (const a of sheetTags) {
    const rel = rels.items.find((r) => r.id === a.get(idKey(a)));
    if (rel) partOf.set((a.get("name") ?? "").toUpperCase(), partPath(folder, rel.target));
  }

  // The rewrites, sheet by sheet.
  const bySheet = new Map<string, { name: string; cells: Map<string, Content> }>();
  for (const r of plan.rewrites) {
    const key = r.sheet.toUpperCase();
    if (!bySheet.has(key)) bySheet.set(key, { name: r.sheet, cells: new Map() });
    const address = r.address.replace(/\$/g, "").toUpperCase();
    bySheet
      .get(key)!
      .cells.set(
        address,
        "formula" in r ? { formula: fileFormula(r.formula, tables, r.sheet, address) } : { value: r.value },
      );
  }
  for (const [key, { name, cells }] of bySheet) {
    const part = partOf.get(key);
    if (!part) throw new Error(`No sheet ${name} in the workbook file`);
    zip.file(part, patchSheetXml(await textOf(zip, part), name, cells));
  }

  // The note: a new part, its relationship and content type, first in <sheets>.
  const taken = new Set(sheetTags.map((a) => (a.get("name") ?? "").toUpperCase()));
  let noteName = NOTE_SHEET[note.lang];
  for (let n = 2; taken.has(noteName.toUpperCase()); n++) noteName = `${NOTE_SHEET[note.lang]} (${n})`;
  let n = sheetTags.length + 1;
  while (zip.file(`${folder}/worksheets/sheet${n}.xml`)) n++;
  const notePart = `${folder}/worksheets/sheet${n}.xml`;
  zip.file(notePart, noteSheetXml(note));
  let rid = "rIdPortableNote";
  for (let k = 2; rels.items.some((r) => r.id === rid); k++) rid = `rIdPortableNote${k}`;
  const calcChain = rels.items.find((r) => r.type.endsWith("/calcChain"));
  let relsXml = rels.xml;
  if (calcChain) {
    relsXml = relsXml.slice(0, calcChain.start) + relsXml.slice(calcChain.end);
    zip.remove(partPath(folder, calcChain.target));
  }
  relsXml = insertBefore(
    relsXml,
    [],
    "</Relationships>",
    `<Relationship Id="${rid}" Type="${WORKSHEET_TYPE}" Target="${escapeXml(notePart.slice(folder.length + 1))}"/>`,
  );
  zip.file(rels.path, relsXml);

  let types = await textOf(zip, "[Content_Types].xml");
  if (calcChain) {
    const chainPart = `/${partPath(folder, calcChain.target)}`;
    for (const { start, end, tag } of tags(types, "Override"))
      if (attributes(tag).get("PartName") === chainPart) {
        types = types.slice(0, start) + types.slice(end);
        break;
      }
  }
  types = insertBefore(types, [], "</Types>", `<Override PartName="/${notePart}" ContentType="${WORKSHEET_CONTENT}"/>`);
  zip.file("[Content_Types].xml", types);

  const maxId = Math.max(0, ...sheetTags.map((a) => Number(a.get("sheetId") ?? 0)));
  const prefix = idKey(sheetTags[0] ?? new Map()).slice(0, -3) || "r";
  const entry = `<sheet name="${escapeXml(noteName)}" sheetId="${maxId + 1}" ${prefix}:id="${rid}"/>`;
  const open = workbook.indexOf(">", sheetsStart) + 1;
  workbook = workbook.slice(0, open) + entry + workbook.slice(open);
  // Sheet positions move by one: names scoped to a sheet (localSheetId) and the active tab follow.
  const pieces: string[] = [];
  let copied = 0;
  for (const { start, end, tag } of tags(workbook, "definedName")) {
    const local = attributes(tag).get("localSheetId");
    if (local === undefined) continue;
    pieces.push(workbook.slice(copied, start), withAttribute(tag, "localSheetId", String(Number(local) + 1)));
    copied = end;
  }
  pieces.push(workbook.slice(copied));
  workbook = pieces.join("");
  const view = [...tags(workbook, "workbookView")][0];
  if (view) {
    const active = Number(attributes(view.tag).get("activeTab") ?? 0);
    const tag = withoutAttribute(withAttribute(view.tag, "activeTab", String(active + 1)), "firstSheet");
    workbook = workbook.slice(0, view.start) + tag + workbook.slice(view.end);
  }
  // Formulas written without a cached value: Excel computes the whole workbook when it opens it.
  const calc = [...tags(workbook, "calcPr")][0];
  if (calc)
    workbook =
      workbook.slice(0, calc.start) + withAttribute(calc.tag, "fullCalcOnLoad", "1") + workbook.slice(calc.end);
  else
    workbook = insertBefore(
      workbook,
      [
        "<oleSize",
        "<customWorkbookViews",
        "<pivotCaches",
        "<smartTagPr",
        "<smartTagTypes",
        "<webPublishing",
        "<fileRecoveryPr",
        "<webPublishObjects",
        "<extLst",
      ],
      "</workbook>",
      `<calcPr fullCalcOnLoad="1"/>`,
    );
  zip.file(workbookPath, workbook);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
