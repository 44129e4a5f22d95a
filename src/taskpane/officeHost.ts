/**
 * Connecting to Office when the page starts: the one place the task pane looks at the Office global
 * (Office.onReady and the display language, which are Office's, not Excel's). Everything that reads
 * or writes the workbook goes through src/excel with the ExcelRun handed out here, so the React tree
 * renders the same in Excel, in a plain browser (no office.js: a preview) and in tests.
 */
import { excelRun, loadLanguage, type ExcelRun } from "../excel";
import type { Lang } from "../templates";

export interface Host {
  /** Runs batches against the open workbook; null outside Excel, where nothing can be written. */
  readonly run: ExcelRun | null;
  /** Office.context.displayLanguage, when Office answered. */
  readonly displayLanguage: string | undefined;
  /** The language saved in the workbook, when there is one. */
  readonly savedLanguage: Lang | null;
}

/**
 * office.js is a synchronous script in taskpane.html, so Office exists (or not) before this runs;
 * onReady normally answers within a second. The limits only keep a page whose host never answers
 * (office.js loaded outside Office, a stalled workbook) from staying blank: it renders as a preview.
 */
const OFFICE_READY_TIMEOUT_MS = 5000;
const LOAD_LANGUAGE_TIMEOUT_MS = 3000;

const NO_HOST: Host = { run: null, displayLanguage: undefined, savedLanguage: null };

function within<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  const timeout = new Promise<T>((resolve) => setTimeout(() => resolve(fallback), ms));
  return Promise.race([promise.catch(() => fallback), timeout]);
}

export async function connectToOffice(): Promise<Host> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return NO_HOST;
  const info = await within(Office.onReady(), OFFICE_READY_TIMEOUT_MS, null);
  if (!info) return NO_HOST;
  const displayLanguage = Office.context?.displayLanguage;
  if (info.host !== Office.HostType.Excel || typeof Excel === "undefined") return { ...NO_HOST, displayLanguage };
  // A workbook that cannot be read yet still gets a working pane, in the display language.
  const savedLanguage = await within(loadLanguage(excelRun), LOAD_LANGUAGE_TIMEOUT_MS, null);
  return { run: excelRun, displayLanguage, savedLanguage };
}
