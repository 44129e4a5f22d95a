/**
 * Why an action on the workbook failed, as data (so its message follows the pane's language, even
 * after the language changes), and its wording.
 */
import { ActionError } from "../excel/agreement/errors";
import { PortableCopyError } from "../excel/portable/copy";
import type { Lang, Texts } from "../templates";
import type { UiTexts } from "./texts";

export type Failure =
  | { readonly kind: "notInExcel" }
  | { readonly kind: "cellEditing" }
  /** An agreement action refused or undone (src/excel/agreement/errors.ts): its own words in both languages. */
  | { readonly kind: "action"; readonly text: Texts }
  /** Anything else Excel (or our code) reported; `detail` is Excel's own message, in Excel's language. */
  | { readonly kind: "excel"; readonly detail: string };

/** Thrown by the pane when there is no workbook to act on (the page runs outside Excel). */
export class NotInExcelError extends Error {
  constructor() {
    super("Not running in Excel");
    this.name = "NotInExcelError";
  }
}

/** Office.js errors (OfficeExtension.Error) carry a code such as "InvalidOperationInCellEditMode". */
function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

export function describeFailure(error: unknown): Failure {
  if (error instanceof NotInExcelError) return { kind: "notInExcel" };
  if (error instanceof ActionError || error instanceof PortableCopyError) return { kind: "action", text: error.text };
  const code = codeOf(error);
  // Excel refuses every API call while the user is typing in a cell; finishing the edit is the whole fix.
  if (code === "InvalidOperationInCellEditMode") return { kind: "cellEditing" };
  const message = error instanceof Error ? error.message : String(error);
  const detail = message && code && !message.includes(code) ? `${message} (${code})` : message || code || "?";
  return { kind: "excel", detail };
}

export function failureText(failure: Failure, t: UiTexts, lang: Lang): string {
  switch (failure.kind) {
    case "notInExcel":
      return t.notInExcel;
    case "action":
      return failure.text[lang];
    case "cellEditing":
      return t.cellEditing;
    case "excel":
      return t.excelError(failure.detail);
  }
}
