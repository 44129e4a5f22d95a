/**
 * makePortableCopy (src/excel/portable/copy.ts) with a fake Office.context (requirements, and a
 * document whose getFileAsync(Compressed) hands out a real .xlsx of the example agreement in slices)
 * and a fake Excel.createWorkbook that keeps the base64 it is given: decoded, it is the rewritten
 * workbook; every slice was asked for and the file closed; a failing slice closes the file too and
 * reports Excel's words; without ExcelApi 1.8 or CompressedFile nothing is read.
 */
import { setUpAgreement } from "../../src/excel/agreement/actions";
import { makePortableCopy, PortableCopyError, toBase64 } from "../../src/excel/portable/copy";
import { planPortableCopy } from "../../src/excel/portable/plan";
import { rewriteXlsx } from "../../src/excel/portable/xlsx";
import { portableInputOf, recalculate } from "../workbook/portableInput";
import { readXlsxCells } from "../workbook/portableXlsx";
import { writeXlsx } from "../workbook/xlsx";
import { createStrictExcel, type StrictExcel } from "./strictExcel";

interface FakeOffice {
  calls: string[];
  created: string[];
}

function fakeOffice(
  file: Uint8Array,
  options: { sliceSize?: number; failSlice?: number; sets?: string[] } = {},
): FakeOffice {
  const state: FakeOffice = { calls: [], created: [] };
  const sets = options.sets ?? ["ExcelApi 1.9", "File 1.1", "CompressedFile 1.1"];
  const size = options.sliceSize ?? 7000;
  const ok = <T>(value: T) => ({ status: "succeeded", value });
  const g = globalThis as Record<string, unknown>;
  g.Office = {
    FileType: { Compressed: "compressed" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      requirements: {
        // As Office answers: the set at this version or a later one; no version asked means 1.1.
        isSetSupported: (name: string, version = "1.1") =>
          sets.some((s) => {
            const [n, v] = s.split(" ");
            const [a, b] = [v.split(".").map(Number), version.split(".").map(Number)];
            return n === name && (a[0] > b[0] || (a[0] === b[0] && (a[1] ?? 0) >= (b[1] ?? 0)));
          }),
      },
      document: {
        getFileAsync: (type: string, opts: { sliceSize: number }, cb: (r: unknown) => void) => {
          state.calls.push(`getFileAsync ${type} ${opts.sliceSize}`);
          const sliceCount = Math.ceil(file.length / size);
          setTimeout(() =>
            cb(
              ok({
                size: file.length,
                sliceCount,
                getSliceAsync: (i: number, scb: (r: unknown) => void) => {
                  state.calls.push(`slice ${i}`);
                  setTimeout(() =>
                    scb(
                      i === options.failSlice
                        ? { status: "failed", error: { message: "The file is busy", code: 5001 } }
                        : ok({ index: i, size, data: Array.from(file.subarray(i * size, (i + 1) * size)) }),
                    ),
                  );
                },
                closeAsync: (ccb: () => void) => {
                  state.calls.push("closeAsync");
                  setTimeout(ccb);
                },
              }),
            ),
          );
        },
      },
    },
  };
  g.Excel = {
    createWorkbook: (base64: string) => {
      state.created.push(base64);
      return Promise.resolve();
    },
  };
  return state;
}

describe("makePortableCopy with a fake Office document and Excel.createWorkbook", () => {
  let excel: StrictExcel;
  let file: Uint8Array;
  const now = new Date(2024, 7, 2, 10, 0);

  beforeAll(async () => {
    excel = createStrictExcel();
    await setUpAgreement((b) => excel.run(b), "en", { examples: true });
    const ev = recalculate(excel.workbook);
    file = new Uint8Array((await writeXlsx(excel.workbook, ev)).buffer);
    ev.destroy();
  }, 60_000);
  afterEach(() => {
    delete (globalThis as Record<string, unknown>).Office;
    delete (globalThis as Record<string, unknown>).Excel;
  });

  test("the new workbook is the rewritten file, every slice read and the file closed", async () => {
    const office = fakeOffice(file);
    const result = await makePortableCopy((b) => excel.run(b), "en", now);
    const input = portableInputOf(excel.workbook);
    const plan = planPortableCopy(input);
    expect(result).toEqual({ compiled: plan.compiled, kept: plan.kept.length, agreementNo: "SLA-2024-X" });
    const slices = Math.ceil(file.length / 7000);
    expect(office.calls).toEqual([
      "getFileAsync compressed 4194304",
      ...Array.from({ length: slices }, (_, i) => `slice ${i}`),
      "closeAsync",
    ]);
    expect(office.created).toHaveLength(1);
    const made = Buffer.from(office.created[0], "base64");
    const expected = await rewriteXlsx(
      file,
      plan,
      { lang: "en", madeAt: now, agreementNo: plan.agreementNo, kept: plan.kept, compiled: plan.compiled },
      input.tables,
    );
    expect(await readXlsxCells(made)).toEqual(await readXlsxCells(expected));
    expect((await readXlsxCells(made)).order[0]).toBe("About this copy");
  });

  test("a slice Excel fails to give: the file is closed, no workbook made, Excel's words reported", async () => {
    const office = fakeOffice(file, { failSlice: 1 });
    const error = await makePortableCopy((b) => excel.run(b), "zh", now).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortableCopyError);
    expect((error as PortableCopyError).text.en).toMatch(/The file is busy \(5001\)/);
    expect((error as PortableCopyError).text.zh).toMatch(/The file is busy/);
    expect(office.calls.at(-1)).toBe("closeAsync");
    expect(office.created).toEqual([]);
  });

  test.each([[["ExcelApi 1.7", "File 1.1", "CompressedFile 1.1"]], [["ExcelApi 1.9", "File 1.1"]]])(
    "with only %j it refuses in both languages before reading anything",
    async (sets: string[]) => {
      const office = fakeOffice(file, { sets });
      const syncs = excel.workbook.syncs;
      const error = await makePortableCopy((b) => excel.run(b), "en", now).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PortableCopyError);
      expect((error as PortableCopyError).id).toBe("notSupported");
      expect((error as PortableCopyError).text.zh).toContain("便携副本");
      expect(excel.workbook.syncs).toBe(syncs);
      expect(office.calls).toEqual([]);
    },
  );

  test("base64 of a large file in chunks equals Node's", () => {
    const bytes = Uint8Array.from({ length: 100_003 }, (_, i) => (i * 7919) % 256);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
  });
});
