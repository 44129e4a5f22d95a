/**
 * The bridge from engine errors to Excel errors. Excel shows a custom message only for #VALUE!
 * and #N/A, in the user's display language; the other codes speak for themselves.
 */
import { SlaError, type Language, type SlaErrorCode } from "../engine";

const codes: Record<SlaErrorCode, CustomFunctions.ErrorCode> = {
  "#VALUE!": "#VALUE!" as CustomFunctions.ErrorCode.invalidValue,
  "#N/A": "#N/A" as CustomFunctions.ErrorCode.notAvailable,
  "#NUM!": "#NUM!" as CustomFunctions.ErrorCode.invalidNumber,
  "#DIV/0!": "#DIV/0!" as CustomFunctions.ErrorCode.divisionByZero,
};

/** Chinese for a zh-* display language, else English. Read once: it does not change in a session. */
let language: Language | undefined;
export function displayLanguage(): Language {
  if (language === undefined) {
    let tag = "";
    try {
      tag = typeof Office !== "undefined" ? (Office.context?.displayLanguage ?? "") : "";
    } catch {
      tag = ""; // Office not initialized yet: English until it is
    }
    if (!tag) return "en";
    language = tag.toLowerCase().startsWith("zh") ? "zh" : "en";
  }
  return language;
}

export function toExcelError(e: unknown, lang: Language = displayLanguage()): CustomFunctions.Error {
  if (e instanceof SlaError) {
    const code = codes[e.code];
    const withMessage = e.code === "#VALUE!" || e.code === "#N/A";
    return withMessage ? new CustomFunctions.Error(code, e.localized(lang)) : new CustomFunctions.Error(code);
  }
  // A bug of ours must still show as an error in the cell, never crash the runtime.
  // The detail is the programmer's English; a Chinese cell says what happened in Chinese only.
  const detail = e instanceof Error ? e.message : String(e);
  const text = lang === "zh" ? "内部错误：这是加载项的缺陷，请向开发者报告。" : `Internal error: ${detail}`;
  return new CustomFunctions.Error("#VALUE!" as CustomFunctions.ErrorCode.invalidValue, text);
}

/** Runs an engine call and turns any failure into the Excel error it should show. */
export function excel<T>(compute: () => T): T {
  try {
    return compute();
  } catch (e) {
    throw toExcelError(e);
  }
}
