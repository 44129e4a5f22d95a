/**
 * What the task pane calls. Everything that touches Excel.* is in this folder; planning is pure
 * and exported too, so the pane can preview what an insertion will do.
 */
export { insertTemplate, readWorkbookState } from "./insert";
export {
  planInsertion,
  type InsertOptions,
  type Plan,
  type PlanOptions,
  type PlacedAddresses,
  type WorkbookState,
} from "./plan";
export type { InsertResult } from "./result";
export type { ExistingName, NameDecision } from "./parameterNames";
export { loadLanguage, saveLanguage, LANGUAGE_NAME } from "./settings";
export { excelRun, type ExcelRun } from "./run";
export type { Notice, NoticeId } from "./messages";
export type { Step } from "./steps";
export {
  makePortableCopy,
  PortableCopyError,
  type PortableCopyResult,
  planPortableCopy,
  planPortableCopyOf,
  readPortableInput,
  type Kept,
  type PortableInput,
  type PortablePlan,
} from "./portable";
