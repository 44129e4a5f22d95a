/** The portable copy (issue 9, item 2): the plan (pure) and the workbook's read for it. */
export {
  planPortableCopy,
  type Kept,
  type KeptReason,
  type PortableInput,
  type PortablePlan,
  type Rewrite,
} from "./plan";
export { planPortableCopyOf, readPortableInput } from "./read";
export { scanFormula, type SlaCall } from "./tokens";
