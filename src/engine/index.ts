/** The public face of the engine: pure TypeScript, no Office, no DOM. */
export { SlaError, type SlaErrorCode, type Language } from "./errors";
export { formatMessage, messageIds, type MessageId } from "./messages";
export { score, explain, credit, describeRule, DEFAULT_FULL_MARKS } from "./score";
export { clauseKinds, type ClauseKind, type Example } from "./clauses";
export { canonical } from "./words";
export { grade, gradeThresholds, DEFAULT_SCALE } from "./grade";
export { weighted } from "./weights";
export { met, attainment, streak, DEFAULT_STREAK_THRESHOLD } from "./aggregates";
export { parseStandard, meets, type Standard } from "./standard";
export { tidy } from "./exact";
export {
  due,
  elapsed,
  status,
  used,
  statusTexts,
  DEFAULT_WARNING,
  parseCalendar,
  CN_HOLIDAY_YEARS,
  CN_SOURCE,
} from "./time";
export { bandGaps, type BandGap } from "./bandGaps";
export { nativeFormula, NATIVE_FUNCTIONS, type NativeFunction } from "./native";
