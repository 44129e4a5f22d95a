/**
 * Reading cells back out of an .xlsx for the portable copy's tests, from the XML itself (ExcelJS
 * drops a formula's cached result when it is 0): a sheet found by name through xl/workbook.xml and
 * its relationships, each cell's formula and saved value (shared strings, inline strings, t="str",
 * booleans, errors).
 */
import JSZip from "jszip";

export interface SavedCell {
  readonly formula?: string;
  readonly value?: number | string | boolean | { readonly error: string };
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const unescape = (t: string): string =>
  t.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) =>
    e[0] === "#"
      ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : ENTITIES[e],
  );
const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const texts = (xml: string): string =>
  [...xml.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((m) => unescape(m[1])).join("");

/** The sheets' names in order, and each sheet's cells by address. */
export async function readXlsxCells(
  bytes: Uint8Array | Buffer,
): Promise<{ order: string[]; sheets: Map<string, Map<string, SavedCell>> }> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const targets = new Map(
    [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => [attr(m[0], "Id")!, attr(m[0], "Target")!]),
  );
  const sharedXml = await zip.file("xl/sharedStrings.xml")?.async("string");
  const shared = sharedXml ? [...sharedXml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => texts(m[1])) : [];
  const order: string[] = [];
  const sheets = new Map<string, Map<string, SavedCell>>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = unescape(attr(m[0], "name")!);
    order.push(name);
    const target = targets.get(attr(m[0], "r:id")!)!;
    const xml = await zip.file(target.startsWith("/") ? target.slice(1) : `xl/${target}`)!.async("string");
    const cells = new Map<string, SavedCell>();
    for (const c of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const r = attr(c[1], "r")!;
      const t = attr(c[1], "t") ?? "n";
      const inner = c[2] ?? "";
      const f = /<f(?:\s[^>]*)?>([^<]*)<\/f>/.exec(inner)?.[1];
      const v = /<v>([^<]*)<\/v>/.exec(inner)?.[1];
      let value: SavedCell["value"];
      if (t === "inlineStr") value = texts(inner);
      else if (v !== undefined) {
        const text = unescape(v);
        value =
          t === "s"
            ? shared[Number(text)]
            : t === "b"
              ? text === "1"
              : t === "e"
                ? { error: text }
                : t === "str"
                  ? text
                  : Number(text);
      }
      cells.set(r, { ...(f === undefined ? {} : { formula: unescape(f) }), ...(value === undefined ? {} : { value }) });
    }
    sheets.set(name, cells);
  }
  return { order, sheets };
}
