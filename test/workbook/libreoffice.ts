/**
 * LibreOffice headless (`soffice`), as `npm run render` and the native formulas' differential test
 * drive it: a private profile per process (so runs never share, or wait for, another LibreOffice),
 * which either recalculates every formula of an .xlsx on load or never does, and a converter call.
 * scripts/setup.sh installs libreoffice-calc-nogui where it is missing.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";

/** Whether a command runs (`soffice --version`, `pdftoppm -v`). */
export const hasCommand = (command: string, arg = "--version"): boolean =>
  spawnSync(command, [arg], { stdio: "ignore" }).status === 0;

/**
 * A fresh LibreOffice profile. `recalculate`: every formula of an .xlsx (or .ods) is computed on load
 * (OOXMLRecalcMode 0, "always"); otherwise never (1), and the values cached in the file are shown.
 * Without the setting, LibreOffice computes only the formulas that have no cached value.
 */
export function libreOfficeProfile(recalculate: boolean, prefix = "sla-lo-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(dir, "user"), { recursive: true });
  const mode = recalculate ? 0 : 1;
  const item = (name: string) =>
    `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="${name}" oor:op="fuse"><value>${mode}</value></prop></item>`;
  writeFileSync(
    join(dir, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" ` +
      `xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
      `${item("OOXMLRecalcMode")}${item("ODFRecalcMode")}</oor:items>\n`,
  );
  return dir;
}

/** Runs a command to its end; rejects with the tail of its stderr when it fails or outlives the timeout. */
export function run(command: string, args: string[], timeoutMs = 180_000): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", fail);
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code === 0) done();
      else fail(new Error(`${command} exited with ${code}: ${stderr.trim().slice(-500)}`));
    });
  });
}

/** `soffice --headless --convert-to <to>` of each file into `outDir`, with the given profile. */
export function convertWithLibreOffice(
  files: string[],
  to: string,
  outDir: string,
  profileDir: string,
  timeoutMs?: number,
): Promise<void> {
  return run(
    "soffice",
    ["--headless", `-env:UserInstallation=file://${profileDir}`, "--convert-to", to, "--outdir", outDir, ...files],
    timeoutMs,
  );
}

/** A value LibreOffice saved for a formula: a number, TRUE/FALSE, a text, or an error value. */
export type SavedResult = number | boolean | string | { readonly error: string };

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const unescapeXml = (t: string): string =>
  t.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) =>
    e[0] === "#"
      ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : entities[e],
  );

/**
 * The values saved with the formulas of one column of an .xlsx's first sheet, by row, read from the
 * sheet's XML as LibreOffice writes it (`<c r="B7" t="n"><f>…</f><v>0</v></c>`). ExcelJS is not used
 * to read them back: it drops a formula's cached result when that result is 0.
 */
export async function savedResults(xlsx: Buffer, column: string): Promise<Map<number, SavedResult>> {
  const zip = await JSZip.loadAsync(xlsx);
  const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  const out = new Map<number, SavedResult>();
  const cell = new RegExp(`<c r="${column}(\\d+)"([^>]*)>(.*?)</c>`, "g");
  for (const m of xml.matchAll(cell)) {
    const type = /\bt="(\w+)"/.exec(m[2])?.[1] ?? "n";
    const v = /<v>(.*?)<\/v>/.exec(m[3]);
    if (!m[3].includes("<f") || !v) continue;
    const text = unescapeXml(v[1]);
    const row = Number(m[1]);
    if (type === "n") out.set(row, Number(text));
    else if (type === "b") out.set(row, text === "1");
    else if (type === "e") out.set(row, { error: text });
    else if (type === "str" || type === "inlineStr") out.set(row, text);
    else throw new Error(`cell ${column}${row}: a formula result of type ${type} is not read here`);
  }
  return out;
}
