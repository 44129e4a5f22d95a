/**
 * The portable copy, end to end (Office.js): the workbook read and planned (read.ts, two read-only
 * syncs), the document's own file taken with Office.context.document.getFileAsync(Compressed) in
 * 4 MB slices (closed at the end, whatever happens), rewritten in the pane (xlsx.ts) and opened as a
 * new workbook with Excel.createWorkbook(base64). The original is never written to.
 *
 * Needs ExcelApi 1.8 (Excel.createWorkbook; the read needs 1.4 and 1.7) and the CompressedFile
 * requirement set (getFileAsync with Office.FileType.Compressed); without either it refuses with
 * PortableCopyError("notSupported") before reading anything.
 */
import type { Lang, Texts } from "../../templates";
import type { ExcelRun } from "../run";
import { planPortableCopy } from "./plan";
import { readPortableInput } from "./read";
import { rewriteXlsx } from "./xlsx";

export type PortableCopyErrorId = "notSupported" | "fileFailed";

const WORDING: Record<PortableCopyErrorId, (detail: string) => Texts> = {
  notSupported: () => ({
    zh: "此版本的 Excel 不能制作便携副本：需要 ExcelApi 1.8 和 CompressedFile（Excel 网页版、Microsoft 365 Windows/Mac 版或 Excel 2019 及以后版本）。",
    en: "This Excel cannot make a portable copy: it needs ExcelApi 1.8 and CompressedFile (Excel on the web, Microsoft 365 on Windows or Mac, or Excel 2019 and later).",
  }),
  fileFailed: (detail) => ({
    zh: `Excel 未能提供工作簿文件，未制作副本，原工作簿未改动。Excel 的说明：${detail}`,
    en: `Excel could not hand over the workbook's file; no copy was made and the workbook is unchanged. Excel said: ${detail}`,
  }),
};

/** Why the portable copy could not be made, in both languages (as ActionError carries it). */
export class PortableCopyError extends Error {
  readonly text: Texts;
  constructor(
    readonly id: PortableCopyErrorId,
    detail = "",
  ) {
    const text = WORDING[id](detail);
    super(text.en);
    this.name = "PortableCopyError";
    this.text = text;
  }
}

export interface PortableCopyResult {
  /** Cells whose SLA calls all became plain formulas. */
  readonly compiled: number;
  /** Cells that keep their value. */
  readonly kept: number;
  readonly agreementNo: string;
}

const SLICE = 4 * 1024 * 1024;

/** The document's file, as Office last gives it (Compressed: the .xlsx bytes), every slice. */
function compressedFile(): Promise<Uint8Array> {
  // Checked where the calls are (the requirement-set test reads guards in the calling function): the
  // fallback is the message, never a call this Office lacks.
  const sets = Office.context.requirements;
  if (!sets.isSetSupported("File", "1.1") || !sets.isSetSupported("CompressedFile", "1.1"))
    throw new PortableCopyError("notSupported");
  return new Promise((done, fail) => {
    const failed = (error: { message?: string; code?: number } | undefined) =>
      new PortableCopyError("fileFailed", `${error?.message ?? "?"}${error?.code ? ` (${error.code})` : ""}`);
    Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize: SLICE }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) return fail(failed(result.error));
      const file = result.value;
      const chunks: Uint8Array[] = [];
      const finish = (error?: PortableCopyError) =>
        file.closeAsync(() => {
          if (error) return fail(error);
          const total = chunks.reduce((n, c) => n + c.length, 0);
          const bytes = new Uint8Array(total);
          let at = 0;
          for (const c of chunks) {
            bytes.set(c, at);
            at += c.length;
          }
          done(bytes);
        });
      const next = (index: number): void => {
        if (index >= file.sliceCount) return finish();
        file.getSliceAsync(index, (slice) => {
          if (slice.status !== Office.AsyncResultStatus.Succeeded) return finish(failed(slice.error));
          chunks.push(Uint8Array.from(slice.value.data as ArrayLike<number>));
          next(index + 1);
        });
      };
      next(0);
    });
  });
}

/** Base64 of bytes, in chunks (String.fromCharCode takes a bounded number of arguments). */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, Math.min(i + 0x8000, bytes.length)));
  return btoa(binary);
}

/** Makes the portable copy and opens it as a new workbook; the original is only read. */
export async function makePortableCopy(run: ExcelRun, lang: Lang, now = new Date()): Promise<PortableCopyResult> {
  // Checked before anything is read: Excel.createWorkbook needs ExcelApi 1.8, the file File and CompressedFile.
  const sets = Office.context.requirements;
  if (!sets.isSetSupported("ExcelApi", "1.8") || !sets.isSetSupported("CompressedFile", "1.1"))
    throw new PortableCopyError("notSupported");
  const input = await readPortableInput(run);
  const plan = planPortableCopy(input);
  const file = await compressedFile();
  const copy = await rewriteXlsx(
    file,
    plan,
    { lang, madeAt: now, agreementNo: plan.agreementNo, kept: plan.kept, compiled: plan.compiled },
    input.tables,
  );
  await Excel.createWorkbook(toBase64(copy));
  return { compiled: plan.compiled, kept: plan.kept.length, agreementNo: plan.agreementNo };
}
