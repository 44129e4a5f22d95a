/**
 * `npm run render` (dev only): pictures of what the templates put in a workbook, page by page as
 * they print, in both languages.
 *
 * For each language (zh, en): each template inserted alone, with its examples, into a fresh strict
 * fake Excel (through src/excel's insertTemplate, as test/excel/insertInto.ts does); and, once
 * src/excel/agreement/actions.ts exports setUpAgreement and addMonth, the whole agreement set up
 * with examples. Each workbook is evaluated by HyperFormula with the SLA functions and written to
 * test-results/sheets/<lang>-<template id>.xlsx (<lang>-agreement-set.xlsx for the set) by
 * test/workbook/xlsx.ts, formulas with their values cached.
 *
 * Each sheet is printed on its own: for every sheet a copy of the workbook with all other sheets
 * hidden (LibreOffice prints visible sheets only, and the workbook stays whole), converted to PDF by
 * LibreOffice with a profile that never recalculates on load (it has no SLA.* functions), then
 * `pdftoppm -png -r 70` into
 * test-results/sheets/<lang>-<sheet name>-<page>.png (<lang>-set-<sheet name>-<page>.png for the
 * agreement set, whose sheets share names with the single templates). The printed copies hold
 * HyperFormula's values instead of formulas, in the cells and in the charts: LibreOffice still
 * recalculates a formula whose cached value is a boolean, and draws a linked #N/A as 0 where Excel
 * leaves a gap. Conditional formats are drawn as the fills they give (test/workbook/xlsx.ts), and row
 * heights are an estimate of Excel's autofit for wrapped text.
 *
 * Options: --lang zh|en, --only <template id>[,<id>…] (or "set"), --months N (the set: N − 1 addMonth
 * calls after setting up; default 1), --jobs N (LibreOffice processes at once; default 2), --dpi N
 * (default 70).
 * Installs nothing: without soffice or pdftoppm it writes the .xlsx files and says which apt package
 * to install (scripts/setup.sh installs them).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { insertTemplate } from "../src/excel";
import type { ExcelRun } from "../src/excel/run";
import { TEMPLATES, type Lang } from "../src/templates";
import type { FakeWorkbook } from "../test/excel/fakeWorkbook";
import { createStrictExcel } from "../test/excel/strictExcel";
import { evaluateWorkbook } from "../test/workbook/engine";
import { convertWithLibreOffice, hasCommand, libreOfficeProfile, run } from "../test/workbook/libreoffice";
import { onlySheetShown, writeXlsx } from "../test/workbook/xlsx";

const ROOT = resolve(__dirname, "..");
const OUT = join(ROOT, "test-results", "sheets");

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const LANGS: Lang[] = option("lang") ? [option("lang") as Lang] : ["zh", "en"];
const ONLY = option("only")?.split(",");
const MONTHS = Number(option("months") ?? 1);
const JOBS = Math.max(1, Number(option("jobs") ?? 2));
const DPI = option("dpi") ?? "70";

interface Job {
  lang: Lang;
  /** The workbook's name in file names: the template id, or "agreement-set". */
  name: string;
  /** What PNG names start with after the language: "" or "set-". */
  prefix: string;
  wb: FakeWorkbook;
  buildMs: number;
}

interface Printed {
  job: Job;
  /** Per sheet: its PNGs. */
  sheets: { sheet: string; pngs: string[] }[];
  convertMs: number;
}

const has = hasCommand;

/** The sheets worth printing: visible ones with something in them. */
const printable = (wb: FakeWorkbook) =>
  wb.sheets.filter((s) => s.cells.size > 0 && (s as unknown as { visibility?: string }).visibility !== "Hidden");

async function singleTemplates(lang: Lang): Promise<Job[]> {
  const jobs: Job[] = [];
  for (const tp of TEMPLATES) {
    if (ONLY && !ONLY.includes(tp.id)) continue;
    const started = Date.now();
    const excel = createStrictExcel();
    try {
      await insertTemplate((batch) => excel.run(batch), tp, lang, { examples: true });
    } catch (e) {
      console.log(`  ${lang}-${tp.id}: not inserted (${(e as Error).message.split("\n")[0]})`);
      continue;
    }
    jobs.push({ lang, name: tp.id, prefix: "", wb: excel.workbook, buildMs: Date.now() - started });
  }
  return jobs;
}

type AgreementActions = {
  setUpAgreement?: (run: ExcelRun, lang: Lang, options: { examples: boolean }) => Promise<unknown>;
  addMonth?: (run: ExcelRun, lang: Lang) => Promise<unknown>;
};

async function agreementSet(lang: Lang): Promise<Job[]> {
  if (ONLY && !ONLY.includes("set")) return [];
  let actions: AgreementActions;
  try {
    actions = (await import("../src/excel/agreement/actions")) as AgreementActions;
  } catch (e) {
    console.log(
      `  ${lang}-agreement-set: skipped (src/excel/agreement/actions.ts does not load: ${(e as Error).message})`,
    );
    return [];
  }
  const { setUpAgreement, addMonth } = actions;
  if (typeof setUpAgreement !== "function" || typeof addMonth !== "function") {
    console.log(
      `  ${lang}-agreement-set: skipped (src/excel/agreement/actions.ts does not export setUpAgreement and addMonth yet)`,
    );
    return [];
  }
  const started = Date.now();
  const excel = createStrictExcel();
  const run: ExcelRun = (batch) => excel.run(batch);
  try {
    await setUpAgreement(run, lang, { examples: true });
    for (let m = 1; m < MONTHS; m++) await addMonth(run, lang);
  } catch (e) {
    console.log(`  ${lang}-agreement-set: failed (${(e as Error).message.split("\n")[0]})`);
    return [];
  }
  return [{ lang, name: "agreement-set", prefix: "set-", wb: excel.workbook, buildMs: Date.now() - started }];
}

/** A LibreOffice profile that never recalculates on load (OOXMLRecalcMode 1: "never"). */
const profile = (): string => libreOfficeProfile(false, "sla-render-lo-");

const safe = (name: string) => name.replace(/[/\\:*?"<>|]/g, "_");

/** Writes the workbook's .xlsx and, when `convert`, its sheets' PDFs and PNGs. */
async function printJob(job: Job, convert: boolean, profileDir: string, work: string): Promise<Printed> {
  const ev = evaluateWorkbook(job.wb);
  const problems = ev.problems.filter((p) => p.kind !== "error" || !p.message.startsWith("#N/A"));
  for (const p of problems)
    console.log(`  ${job.lang}-${job.name}: ${p.kind} ${p.sheet}!${p.address} ${p.formula} → ${p.message}`);
  const { buffer } = await writeXlsx(job.wb, ev);
  writeFileSync(join(OUT, `${job.lang}-${job.name}.xlsx`), buffer);
  // The printed copies hold values only, in the cells and the charts: LibreOffice recalculates a
  // formula cached as a boolean (SLA.MET → #NAME?) and draws a linked #N/A as 0.
  const printedCopy = (await writeXlsx(job.wb, ev, { literalCharts: true, valuesOnly: true })).buffer;
  ev.destroy();
  const sheets = printable(job.wb);
  if (!convert) return { job, sheets: sheets.map((s) => ({ sheet: s.name, pngs: [] })), convertMs: 0 };
  const started = Date.now();
  const dir = mkdtempSync(join(work, `${job.lang}-${job.name}-`));
  const files: string[] = [];
  for (const [i, sheet] of sheets.entries()) {
    const file = join(dir, `sheet${i}.xlsx`);
    writeFileSync(file, await onlySheetShown(printedCopy, sheet.name));
    files.push(file);
  }
  await convertWithLibreOffice(files, "pdf", dir, profileDir);
  const printed: Printed["sheets"] = [];
  for (const [i, sheet] of sheets.entries()) {
    const stem = `sheet${i}`;
    await run("pdftoppm", ["-png", "-r", DPI, join(dir, `${stem}.pdf`), join(dir, stem)]);
    const stale = `${job.lang}-${job.prefix}${safe(sheet.name)}-`;
    for (const f of readdirSync(OUT))
      if (f.startsWith(stale) && /^\d+\.png$/.test(f.slice(stale.length))) rmSync(join(OUT, f));
    const pages = readdirSync(dir)
      .filter((f) => f.startsWith(`${stem}-`) && f.endsWith(".png"))
      .map((f) => ({ f, page: Number(/-(\d+)\.png$/.exec(f)![1]) }))
      .sort((a, b) => a.page - b.page);
    const pngs = pages.map(({ f, page }) => {
      const name = `${job.lang}-${job.prefix}${safe(sheet.name)}-${page}.png`;
      renameSync(join(dir, f), join(OUT, name));
      return name;
    });
    printed.push({ sheet: sheet.name, pngs });
  }
  return { job, sheets: printed, convertMs: Date.now() - started };
}

async function main(): Promise<void> {
  const soffice = has("soffice");
  const pdftoppm = has("pdftoppm", "-v");
  const convert = soffice && pdftoppm;
  if (!soffice)
    console.log(
      "soffice not found: apt-get install -y --no-install-recommends libreoffice-calc-nogui (npm run setup does it)",
    );
  if (!pdftoppm) console.log("pdftoppm not found: apt-get install -y poppler-utils (npm run setup does it)");
  if (!convert) console.log("Writing the .xlsx files only.");
  else if (!spawnSync("fc-list", ["Carlito"], { encoding: "utf8" }).stdout?.trim())
    console.log("Carlito not found: text is drawn wider than in Excel (apt-get install -y fonts-crosextra-carlito).");

  // A full run starts afresh; a partial one (--lang, --only) replaces only what it renders.
  if (!option("lang") && !ONLY) rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), "sla-render-"));
  const profiles = Array.from({ length: JOBS }, profile);

  const jobs: Job[] = [];
  for (const lang of LANGS) jobs.push(...(await singleTemplates(lang)), ...(await agreementSet(lang)));

  const results: Printed[] = [];
  let next = 0;
  const worker = async (w: number) => {
    while (next < jobs.length) {
      const job = jobs[next++];
      try {
        results.push(await printJob(job, convert, profiles[w], work));
      } catch (e) {
        console.log(`  ${job.lang}-${job.name}: not rendered (${(e as Error).message})`);
      }
    }
  };
  const started = Date.now();
  await Promise.all(profiles.map((_, w) => worker(w)));

  results.sort((a, b) => jobs.indexOf(a.job) - jobs.indexOf(b.job));
  const pngs: string[] = [];
  console.log(`\nWorkbooks (test-results/sheets/): build = insert with examples; print = xlsx, PDF and PNGs`);
  for (const r of results) {
    console.log(`  ${r.job.lang}-${r.job.name}.xlsx  build ${r.job.buildMs} ms, print ${r.convertMs} ms`);
    for (const s of r.sheets) {
      console.log(`    ${s.sheet}: ${s.pngs.length} page${s.pngs.length === 1 ? "" : "s"}`);
      pngs.push(...s.pngs);
    }
  }
  if (convert) {
    console.log(`\nPNGs (${pngs.length}):`);
    for (const p of pngs) console.log(`  test-results/sheets/${p}`);
  }
  console.log(
    `\nDone in ${((Date.now() - started) / 1000).toFixed(1)} s (${JOBS} LibreOffice process${JOBS === 1 ? "" : "es"} at once).`,
  );
  for (const dir of [work, ...profiles]) rmSync(dir, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
