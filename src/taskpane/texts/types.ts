/**
 * Every text the task pane shows, as one typed shape: each language module is declared as UiTexts,
 * so a text missing from one of them (or a stray one) fails to compile. Texts with parts that vary
 * are functions of those parts, so each language orders and words them its own way.
 *
 * Texts that come from elsewhere keep their own two-language data: template titles and descriptions
 * (src/templates), insertion notices (src/excel/messages.ts), function descriptions (../functionList.ts).
 */
export interface UiTexts {
  readonly appTitle: string;
  readonly tagline: string;
  /** Shown when the page runs outside Excel (a browser preview): buttons cannot write anything. */
  readonly notInExcelTitle: string;
  readonly notInExcel: string;

  readonly languageLabel: string;
  readonly languageNotSaved: (detail: string) => string;
  readonly pagesLabel: string;
  readonly tabHome: string;
  readonly tabFunctions: string;

  // Home: the workbook's status
  readonly statusHeading: string;
  readonly refresh: string;
  /** Starts with `refresh`'s words (label in name). */
  readonly refreshLabel: string;
  readonly reading: string;
  readonly readFailedTitle: string;
  readonly statusNoAgreement: string;
  readonly statusAgreement: (indicators: number) => string;
  /** An agreement whose indicator table is empty. */
  readonly statusNoIndicators: string;
  readonly statusNoMonths: string;
  /** Two month names as a range: "January 2024 – March 2024". */
  readonly periodSpan: (first: string, latest: string) => string;
  readonly statusMonths: (count: number, span: string) => string;
  readonly statusMissing: (month: string, missing: number, rows: number) => string;
  readonly statusComplete: (month: string, rows: number) => string;
  readonly statusEmptyMonth: (month: string) => string;

  // Home: the next step and the other actions
  readonly nextHeading: string;
  readonly nextSetUp: string;
  /** The agreement's sheets that were deleted, their names quoted and listed in the pane's language. */
  readonly nextRestore: (sheets: string) => string;
  readonly nextEnterActuals: (month: string, missing: number) => string;
  /** The latest month is complete; `next` is the month New month adds. */
  readonly nextNewMonth: (latest: string, next: string) => string;
  readonly nextFirstMonth: (next: string) => string;
  /** The agreement has no indicators yet; the sheet of its indicator table. */
  readonly nextFillIndicators: (sheet: string) => string;
  readonly setUp: string;
  readonly restore: string;
  readonly restoredTitle: string;
  readonly portableCopy: string;
  readonly makingCopy: string;
  readonly portableCopyDoneTitle: string;
  readonly portableCopyDone: (compiled: number, kept: number) => string;
  readonly portableCopyFailedTitle: string;
  readonly settingUp: string;
  readonly setUpExamples: string;
  readonly setUpExamplesHint: string;
  readonly fillIndicators: string;
  readonly enterActuals: string;
  readonly enterActualsFor: (month: string) => string;
  readonly newMonth: string;
  readonly newMonthFor: (month: string) => string;
  readonly addingMonth: string;
  readonly report: string;
  readonly reportFor: (month: string) => string;
  readonly openingReport: string;
  readonly check: string;
  readonly checking: string;
  readonly selecting: string;
  readonly otherActions: string;

  // Home: what an action did
  readonly setUpDoneTitle: string;
  readonly monthAddedTitle: (month: string) => string;
  readonly reportShownTitle: (month: string) => string;
  readonly reportShown: (sheet: string) => string;
  readonly sheetsChanged: (sheets: string) => string;
  readonly cellSelectedTitle: string;
  readonly cellSelected: (cell: string) => string;
  readonly setUpFailedTitle: string;
  readonly newMonthFailedTitle: string;
  readonly reportFailedTitle: string;
  readonly checkFailedTitle: string;
  readonly selectFailedTitle: string;

  // Home: the check's findings
  readonly checkHeading: string;
  readonly checkFound: (findings: number) => string;
  readonly checkNone: string;
  readonly findingsLabel: string;
  readonly severityError: string;
  readonly severityWarning: string;
  readonly severityInfo: string;
  /** Where a finding is: sheet and cell. */
  readonly findingCell: (sheet: string, address: string) => string;

  // Home: the single sheets (the template gallery)
  readonly singleSheetsHeading: string;
  readonly galleryIntro: string;
  readonly examplesSwitch: string;
  readonly examplesHint: string;
  readonly galleryLabel: string;
  readonly containsHeading: string;
  readonly insert: string;
  /** Starts with `insert`'s words, as writeExampleLabel does. */
  readonly insertLabel: (title: string) => string;
  readonly inserting: string;
  readonly insertedTitle: string;
  readonly insertedSheet: (sheet: string) => string;
  readonly insertedExampleRows: (rows: number) => string;
  readonly insertedEmptyRows: (rows: number) => string;
  readonly insertedTables: (tables: string) => string;
  /** Joins table names in a sentence. */
  readonly listSeparator: string;
  readonly insertFailedTitle: string;

  // Functions page
  readonly functionsIntro: string;
  readonly functionsListLabel: string;
  readonly returns: (what: string) => string;
  readonly example: string;
  readonly exampleResult: (result: string) => string;
  readonly writeExample: string;
  /** Starts with writeExample's words: a voice-control user says what they see (WCAG 2.5.3, label in name). */
  readonly writeExampleLabel: (fn: string) => string;
  readonly writing: string;
  readonly writtenTitle: string;
  readonly written: (address: string) => string;
  readonly writtenAsText: (address: string) => string;
  readonly writeFailedTitle: string;
  /** A function announced in the list but not yet registered in Excel. */
  readonly comingSoon: string;

  // Functions page: the "Try a rule" box
  readonly tryRuleHeading: string;
  readonly tryRuleIntro: string;
  readonly tryRuleStandard: string;
  readonly tryRuleRule: string;
  readonly tryRuleFull: string;
  /** Shown in the empty full marks box. */
  readonly tryRuleFullPlaceholder: string;
  /** Before SLA.RULE's sentence. */
  readonly tryRuleReading: string;
  /** Before the engine's reason, when the rule (or standard, or full marks) cannot be read. */
  readonly tryRuleUnreadable: string;
  /** The chart's accessible name: what it plots, over which range, and the sentence. */
  readonly tryRuleChartScore: (from: string, to: string, sentence: string) => string;
  readonly tryRuleChartCredit: (from: string, to: string, sentence: string) => string;
  /** Axis titles; the x axis names its unit when it has one that the ticks do not show. */
  readonly tryRuleAxisActual: string;
  readonly tryRuleAxisActualIn: (unit: string) => string;
  readonly tryRuleAxisScore: string;
  readonly tryRuleAxisCredit: string;
  /** Some sampled values got no score (the line breaks there), and the engine's reason for the first. */
  readonly tryRuleGaps: (reason: string) => string;
  readonly tryRuleNoPoints: (from: string, to: string, reason: string) => string;
  readonly tryRuleInsert: string;
  /** Starts with tryRuleInsert's words (label in name). */
  readonly tryRuleInsertLabel: string;
  readonly tryRuleWritten: (address: string) => string;

  // Errors from Excel, whichever button caused them
  readonly cellEditing: string;
  readonly excelError: (detail: string) => string;
  readonly dismiss: string;
}
