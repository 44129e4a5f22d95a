/**
 * The portable copy's file (src/excel/portable/xlsx.ts) for the example agreement: the agreement
 * set up on the strict fake, recalculated by HyperFormula with the SLA functions (the add-in's
 * values), written to .xlsx by the project's ExcelJS writer (as `npm run render` does), rewritten
 * with the plan; then (a) read back: no SLA. or _xldudf formula left, the note sheet first listing
 * the kept cells; (b) recalculated by LibreOffice: every formula cell shows the add-in's value
 * (monthly scores, totals, grades, fee deductions). Without soffice: skipped locally, failing in CI.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setUpAgreement } from "../../src/excel/agreement/actions";
import { planPortableCopy, type PortableInput, type PortablePlan } from "../../src/excel/portable/plan";
import { fileFormula, patchSheetXml, rewriteXlsx } from "../../src/excel/portable/xlsx";
import type { Lang } from "../../src/templates";
import { isError, type EvaluatedWorkbook } from "../workbook/engine";
import { convertWithLibreOffice, hasCommand, libreOfficeProfile } from "../workbook/libreoffice";
import { portableInputOf, recalculate } from "../workbook/portableInput";
import { readXlsxCells, type SavedCell } from "../workbook/portableXlsx";
import { writeXlsx } from "../workbook/xlsx";
import type { FakeWorkbook } from "./fakeWorkbook";
import { createStrictExcel } from "./strictExcel";

const inCI = !!process.env.CI && process.env.CI !== "false" && process.env.CI !== "0";
const haveSoffice = hasCommand("soffice");
if (!haveSoffice && !inCI)
  console.warn("SKIPPED the portable copy's LibreOffice recalculation: soffice is not installed (scripts/setup.sh).");
const withSoffice = haveSoffice || inCI ? test : test.skip;

const hasSla = (f: string | undefined) => f !== undefined && /SLA\.|_xldudf/i.test(f);
const NOTE: Record<Lang, string> = { zh: "关于此副本", en: "About this copy" };

describe.each(["zh", "en"] as const)("the portable copy's file of the example agreement, %s", (lang: Lang) => {
  let wb: FakeWorkbook;
  let original: EvaluatedWorkbook;
  let input: PortableInput;
  let plan: PortablePlan;
  let source: Buffer;
  let copy: Uint8Array;

  beforeAll(async () => {
    const excel = createStrictExcel();
    await setUpAgreement((b) => excel.run(b), lang, { examples: true });
    wb = excel.workbook;
    original = recalculate(wb);
    input = portableInputOf(wb);
    plan = planPortableCopy(input);
    source = (await writeXlsx(wb, original)).buffer;
    copy = await rewriteXlsx(
      source,
      plan,
      {
        lang,
        madeAt: new Date(2024, 6, 1, 9, 30),
        agreementNo: plan.agreementNo,
        kept: plan.kept,
        compiled: plan.compiled,
      },
      input.tables,
    );
  }, 60_000);
  afterAll(() => original.destroy());

  test("the source file has SLA formulas; the copy none, and its note sheet comes first, listing the kept cells", async () => {
    const before = await readXlsxCells(source);
    const slaBefore = [...before.sheets.values()].flatMap((cells) =>
      [...cells.values()].filter((c) => hasSla(c.formula)),
    );
    expect(slaBefore).toHaveLength(plan.rewrites.length);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(copy) as unknown as ExcelJS.Buffer);
    expect(book.worksheets[0].name).toBe(NOTE[lang]);
    expect(book.worksheets.map((w) => w.name).slice(1)).toEqual(wb.sheets.map((s) => s.name));
    const left: string[] = [];
    book.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.formula && hasSla(cell.formula)) left.push(`${ws.name}!${cell.address}`);
        }),
      ),
    );
    expect(left).toEqual([]);

    const note = book.worksheets[0];
    const listed = note.getColumn(1).values.map(String);
    const quote = (s: string) => (/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(s) ? s : `'${s.replace(/'/g, "''")}'`);
    for (const k of plan.kept) expect(listed).toContain(`${quote(k.sheet)}!${k.address}`);
    const rows: string[] = [];
    note.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map(String).join(" | ")));
    expect(rows).toContain(`${lang === "zh" ? "协议编号" : "Agreement number"} | SLA-2024-X`);
    expect(rows).toContain(`${lang === "zh" ? "制作时间" : "Made at"} | 2024-07-01 09:30`);

    // Every rewrite is in the file as the plan says: values as values, formulas without a cached value.
    const after = await readXlsxCells(copy);
    for (const r of plan.rewrites) {
      const c = after.sheets.get(r.sheet)!.get(r.address)!;
      if ("formula" in r) expect(c).toEqual({ formula: fileFormula(r.formula, input.tables, r.sheet, r.address) });
      else if (r.value === "") expect(c).toEqual({});
      else if (typeof r.value === "string" && /^#/.test(r.value)) expect(c).toEqual({ value: { error: r.value } });
      else expect(c).toEqual({ value: r.value });
    }
  });

  withSoffice(
    "recalculated by LibreOffice, every formula cell shows the add-in's value: monthly scores, totals, grades",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "sla-portable-"));
      const file = join(dir, "copy.xlsx");
      writeFileSync(file, copy);
      const out = join(dir, "out");
      await convertWithLibreOffice([file], "xlsx", out, libreOfficeProfile(true));
      const computed = await readXlsxCells(readFileSync(join(out, "copy.xlsx")));
      const same = (was: unknown, now: SavedCell["value"]) =>
        typeof was === "number" && typeof now === "number"
          ? Math.abs(was - now) <= 1e-9
          : isError(was as never)
            ? typeof now === "object" && now !== null
            : (was ?? "") === (now ?? "");
      const differ: string[] = [];
      let compared = 0;
      for (const sheet of wb.sheets)
        for (const [address, cell] of sheet.cells) {
          if (cell.kind !== "formula") continue;
          const was = original.valueAt(sheet.name, address);
          const now = computed.sheets.get(sheet.name)?.get(address);
          compared++;
          if (!same(was, now?.value))
            differ.push(`${sheet.name}!${address}: ${JSON.stringify(was)} → ${JSON.stringify(now)}`);
        }
      expect(differ).toEqual([]);
      expect(compared).toBeGreaterThan(plan.rewrites.length);

      const monthly = lang === "zh" ? "月度数据" : "Monthly Scores";
      const history = lang === "zh" ? "考核结果" : "Results";
      const at = (s: string, a: string) => computed.sheets.get(s)?.get(a)?.value;
      expect(Array.from({ length: 24 }, (_, i) => at(monthly, `J${5 + i}`))).toEqual(
        [4, 10, 100, 100, 100, 96, 2, 8, 90, 91, 100, 90, 4, 0, 100, 97, 100, 100, 2, 6, 95, 100, 100, 100].map((n) =>
          expect.closeTo(n, 9),
        ),
      );
      const grades = lang === "zh" ? ["优秀", "不合格", "不合格", "不合格"] : ["Excellent", "Fail", "Fail", "Fail"];
      expect([5, 6, 7, 8].map((r) => at(history, `E${r}`))).toEqual(grades);
    },
    120_000,
  );
});

describe("the copy's file, piece by piece", () => {
  const tables = [{ name: "T", sheet: "S", address: "S!B4:D9", headers: ["Name", "Actual", "Score"] }];

  test("formulas as the file stores them: no =, structured references in A1, newer functions prefixed, texts untouched", () => {
    expect(fileFormula('=IF([@[Actual]]="","",[@Actual]*2)', tables, "S", "D6")).toBe('IF(C6="","",C6*2)');
    expect(fileFormula("=SUM(T[Score])+XLOOKUP(1,T[Actual],T[Score])", tables, "S", "F1")).toBe(
      "SUM($D$5:$D$9)+_xlfn.XLOOKUP(1,$C$5:$C$9,$D$5:$D$9)",
    );
    expect(fileFormula("=\"[@Actual] IFS(\"&'My [x]'!A1", tables, "S", "D6")).toBe("\"[@Actual] IFS(\"&'My [x]'!A1");
    // One it cannot tell stays.
    expect(fileFormula("=T[[#Headers],[Score]]", tables, "S", "D6")).toBe("T[[#Headers],[Score]]");
  });

  const sheet = (cells: string) =>
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${cells}</sheetData></worksheet>`;

  test("a cell's formula or value replaced, its style kept, its cached value dropped", () => {
    const xml = sheet(
      `<row r="2"><c r="A2" s="3"><f>_xldudf_SLA_SCORE(B2,"x")</f><v>5</v></c><c r="B2" s="1" t="str"><f>SLA.RULE(B2)</f><v>a&amp;b</v></c><c r="C2"><v>1</v></c></row>`,
    );
    const out = patchSheetXml(
      xml,
      "S",
      new Map([
        ["A2", { formula: 'IF(B2<1,"<",2)' }],
        ["B2", { value: "x & y" }],
      ]),
    );
    expect(out).toContain(`<c r="A2" s="3"><f>IF(B2&lt;1,&quot;&lt;&quot;,2)</f></c>`);
    expect(out).toContain(`<c r="B2" s="1" t="inlineStr"><is><t xml:space="preserve">x &amp; y</t></is></c>`);
    expect(out).toContain(`<c r="C2"><v>1</v></c>`);
  });

  test("booleans, errors, numbers; cells without r found by their place", () => {
    const xml = sheet(`<row r="1"><c><v>1</v></c><c><f>SLA.MET(A1)</f></c><c/><c r="E1"/></row><row><c/></row>`);
    const out = patchSheetXml(
      xml,
      "S",
      new Map<string, { value: string | number | boolean }>([
        ["B1", { value: true }],
        ["C1", { value: "#N/A" }],
        ["E1", { value: 0.25 }],
        ["A2", { value: "" }],
      ]),
    );
    expect(out).toContain(`<c r="B1" t="b"><v>1</v></c><c r="C1" t="e"><v>#N/A</v></c><c r="E1"><v>0.25</v></c>`);
    expect(out).toContain(`<row><c r="A2"/></row>`);
  });

  test("a shared formula group rewritten whole; a member left behind, or a missing cell, is an error", () => {
    const xml = sheet(
      `<row r="1"><c r="A1"><f t="shared" ref="A1:A2" si="0">SLA.SCORE(B1,"x")</f><v>1</v></c></row>` +
        `<row r="2"><c r="A2"><f t="shared" si="0"/><v>2</v></c></row>`,
    );
    const both = patchSheetXml(
      xml,
      "S",
      new Map([
        ["A1", { formula: "B1*2" }],
        ["A2", { formula: "B2*2" }],
      ]),
    );
    expect(both).not.toContain("shared");
    expect(both).toContain(`<c r="A2"><f>B2*2</f></c>`);
    expect(() => patchSheetXml(xml, "S", new Map([["A1", { formula: "B1*2" }]]))).toThrow(/A2 shares the formula/);
    expect(() => patchSheetXml(xml, "S", new Map([["Z9", { value: 1 }]]))).toThrow(/no cell Z9/);
  });
});
