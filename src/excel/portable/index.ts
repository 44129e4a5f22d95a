/** The portable copy (issue 9, item 2): the plan (pure) and the workbook's read for it. */
export {
  planPortableCopy,
  type Kept,
  type KeptReason,
  type PortableInput,
  type PortablePlan,
  type Rewrite,
} from "./plan";
export { planPortableCopyOf, readPortableInput, sheetOf } from "./read";
export { scanFormula, type SlaCall } from "./tokens";
export { fileFormula, noteSheetXml, rewriteXlsx, type CopyNote } from "./xlsx";
export {
  makePortableCopy,
  PortableCopyError,
  toBase64,
  type PortableCopyErrorId,
  type PortableCopyResult,
} from "./copy";
