/**
 * The native formulas proven against an independent spreadsheet engine: 12,000 random cases across
 * every clause kind and every function with a native formula (nativeCases.ts), written into one
 * .xlsx by ExcelJS with their formulas and no cached values, recalculated by LibreOffice headless
 * (a private profile that recalculates on load), read back, and each result required to be the
 * engine's: numbers within 1e-9, TRUE/FALSE, grade labels and error values exactly.
 *
 * Needs `soffice` (scripts/setup.sh installs libreoffice-calc-nogui). Outside CI it is skipped,
 * saying so, when soffice is missing; in CI (CI=true) it must run and fails without it.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { NATIVE_FUNCTIONS, nativeFormula, SlaError } from "../../src/engine";
import { convertWithLibreOffice, hasCommand, libreOfficeProfile, savedResults } from "../workbook/libreoffice";
import {
  cellsOf,
  clauseKindsOf,
  engineResult,
  formulaOf,
  generateCases,
  partsOf,
  same,
  type NativeCase,
} from "./nativeCases";

const CASES = 12_000;
const inCI = !!process.env.CI && process.env.CI !== "false" && process.env.CI !== "0";
const haveSoffice = hasCommand("soffice");
if (!haveSoffice && !inCI)
  console.warn(
    "SKIPPED the native formulas' LibreOffice differential: soffice is not installed (scripts/setup.sh installs " +
      "libreoffice-calc-nogui as root on Debian; in CI it always runs).",
  );
const suite = haveSoffice || inCI ? describe : describe.skip;

/** Every scorer kind and limit the compiled rules have, each of which the cases must reach. */
const PARTS = [
  "PassFail",
  "Constant",
  "Linear:prorate",
  "Linear:ceil",
  "Linear:floor",
  "Linear:penalty",
  "Linear:penalty:ofFull",
  "Linear:bonus",
  "Linear:beyond",
  "Bands",
  "Ratio:higher",
  "Ratio:lower",
  "Rate",
  "Rate:complement",
  "Interpolation",
  "BandChange",
  "DeductionCap",
  "DeductionCap:ofFull",
  "BonusCap",
  "Cap:score",
  "Cap:deductions",
  "Cap:bonus",
  "Floor:stated",
  "Floor:default",
  "capAtFull",
  "Cutoff",
  "MetIsNothing",
];

const CLAUSE_KINDS = [
  "full",
  "floor",
  "cap",
  "deductionCap",
  "bonusCap",
  "untilZero",
  "negative",
  "noBonus",
  "rounding",
  "ratio",
  "rate",
  "linear",
  "label",
  "standard",
  "step",
  "band",
  "point",
];

const count = <T>(items: T[], key: (t: T) => string[]): Map<string, number> => {
  const m = new Map<string, number>();
  for (const t of items) for (const k of key(t)) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
};

suite("native formulas against LibreOffice", () => {
  test(`${CASES.toLocaleString("en")} random cases of every clause kind and function: LibreOffice computes what the engine does`, async () => {
    if (!haveSoffice)
      throw new Error(
        `CI=${process.env.CI} but soffice is missing: scripts/setup.sh installs libreoffice-calc-nogui (Debian, as root); ` +
          "the native formulas' differential must run in CI.",
      );
    const started = Date.now();
    const { cases, refused } = generateCases(CASES);

    // Rules the engine refuses: the formula writer refuses them the same way.
    for (const r of refused) {
      let id = "";
      try {
        nativeFormula(r.fn, ["A1", ...r.texts]);
      } catch (e) {
        if (e instanceof SlaError) id = e.id;
      }
      expect({ texts: r.texts, id }).toEqual({ texts: r.texts, id: r.id });
    }

    // The cases reach every function, scorer kind, limit and clause kind, and the engine's errors.
    const fns = count(cases, (c) => [c.fn]);
    for (const fn of NATIVE_FUNCTIONS) expect([fn, (fns.get(fn) ?? 0) >= 500]).toEqual([fn, true]);
    const parts = count(cases, partsOf);
    expect(PARTS.filter((p) => (parts.get(p) ?? 0) < 20)).toEqual([]);
    const kinds = count(cases, clauseKindsOf);
    expect(CLAUSE_KINDS.filter((k) => (kinds.get(k) ?? 0) < 20)).toEqual([]);
    const expected = cases.map(engineResult);
    const errors = expected.filter((r) => typeof r === "object").length;
    // LibreOffice keeps TRUE and FALSE as the numbers 1 and 0 (ISNUMBER(TRUE) is TRUE there, FALSE in
    // Excel, whose guard gives the engine's #VALUE!): in a cell the formula reads, LibreOffice's result
    // is the engine's for 1 or 0.
    const inLibreOffice = cases.map((c, i) =>
      typeof c.a === "boolean" ? engineResult({ ...c, a: Number(c.a) }) : expected[i],
    );
    const booleans = cases.filter((c) => typeof c.a === "boolean").length;
    expect(errors).toBeGreaterThan(200);

    // One sheet, a case a row: the actual (or score) in A, the formula in B, ranges in C:R.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("cases");
    const formulas: string[] = [];
    cases.forEach((c, i) => {
      const row = i + 1;
      for (const [col, v] of cellsOf(c)) ws.getCell(`${col}${row}`).value = v;
      const f = formulaOf(c, row);
      if (f instanceof SlaError) throw new Error(`no formula for ${JSON.stringify(c)}: ${f.message}`);
      formulas.push(f);
      ws.getCell(`B${row}`).value = { formula: f.slice(1) } as ExcelJS.CellFormulaValue;
    });
    const generated = Date.now();
    const dir = mkdtempSync(join(tmpdir(), "sla-native-"));
    const profile = libreOfficeProfile(true, "sla-native-lo-");
    try {
      const input = join(dir, "cases.xlsx");
      writeFileSync(input, Buffer.from(await wb.xlsx.writeBuffer()));
      const written = Date.now();
      const outDir = join(dir, "out");
      await convertWithLibreOffice([input], "xlsx", outDir, profile, 90_000);
      const recalculated = Date.now();
      const results = await savedResults(readFileSync(join(outDir, "cases.xlsx")), "B");

      const mismatches: string[] = [];
      let largest = 0;
      let exact = 0;
      let numbers = 0;
      cases.forEach((c: NativeCase, i) => {
        const got = results.get(i + 1);
        const want = inLibreOffice[i];
        if (typeof got === "number" && typeof want === "number") {
          largest = Math.max(largest, Math.abs(got - want));
          if (got === want) exact++;
          numbers++;
        }
        if (got === undefined || !same(want, got))
          mismatches.push(
            `row ${i + 1} ${c.fn}(${JSON.stringify(c.a)}, ${JSON.stringify(c.range1 ?? "")}, ${JSON.stringify(
              c.range2 ?? "",
            )}, ${JSON.stringify(c.texts)}): engine ${JSON.stringify(want)}, LibreOffice ${JSON.stringify(got)}\n  ${formulas[i]}`,
          );
      });
      const version = execFileSync("soffice", ["--version"], { encoding: "utf8" }).trim().split("\n")[0];
      const perFn = NATIVE_FUNCTIONS.map((fn) => `${fn} ${fns.get(fn) ?? 0}`).join(", ");
      console.log(
        `native formulas vs ${version}: ${cases.length.toLocaleString("en")} cases (${perFn}; ${errors} of them errors, ${booleans} TRUE/FALSE read as 1/0), ` +
          `${cases.length - mismatches.length} equal to the engine's (numbers: ${exact} of ${numbers} to the last bit, ` +
          `the largest difference ${largest.toExponential(1)}: the engine's last snap of a score to 9 decimals, and ` +
          `LibreOffice saving 15 digits), ` +
          `${mismatches.length} not; ${refused.length} refused rules refused alike. Time: cases and formulas ` +
          `${generated - started} ms, .xlsx ${written - generated} ms, LibreOffice ${recalculated - written} ms, ` +
          `reading back ${Date.now() - recalculated} ms, ${((Date.now() - started) / 1000).toFixed(1)} s in all.`,
      );
      expect(mismatches.slice(0, 20)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(profile, { recursive: true, force: true });
    }
  }, 120_000);
});
