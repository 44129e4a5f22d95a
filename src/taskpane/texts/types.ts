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
  readonly tabTemplates: string;
  readonly tabFunctions: string;

  // Templates page
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
