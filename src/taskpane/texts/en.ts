/** The task pane in English. */
import type { UiTexts } from "./types";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const rows = (n: number, what: string) => plural(n, `${what} row`);

export const en: UiTexts = {
  appTitle: "SLA Scorecard",
  tagline: "Score service-level agreements exactly as their written rules say.",
  notInExcelTitle: "Preview",
  notInExcel:
    "This page is not running in Excel, so it cannot write to a workbook. Open it from Excel's Home tab to insert sheets and formulas.",

  languageLabel: "Language",
  languageNotSaved: (detail) => `The language could not be saved in the workbook: ${detail}`,
  pagesLabel: "Pages",
  tabHome: "Home",
  tabFunctions: "Functions",

  statusHeading: "This workbook",
  refresh: "Refresh",
  refreshLabel: "Refresh: read the workbook again",
  reading: "Reading the workbook…",
  readFailedTitle: "The workbook could not be read",
  statusNoAgreement: "No agreement yet.",
  statusAgreement: (n) => `Agreement set up, with ${plural(n, "indicator")}.`,
  statusNoIndicators: "Agreement set up, without indicators yet.",
  statusNoMonths: "No month recorded yet.",
  periodSpan: (first, latest) => `${first} – ${latest}`,
  statusMonths: (n, span) => `Months recorded: ${n} (${span}).`,
  statusMissing: (month, missing, rows) => `${month}: actuals missing for ${missing} of ${plural(rows, "indicator")}.`,
  statusComplete: (month, rows) =>
    rows === 1 ? `${month}: complete, its 1 actual entered.` : `${month}: complete, all ${rows} actuals entered.`,
  statusEmptyMonth: (month) => `${month}: no indicator rows.`,

  nextHeading: "Next step",
  nextSetUp:
    "Set up the agreement: one click adds its sheets, linked together: agreement info, service standards, the first month, results history, improvement plan and report.",
  nextRestore: (sheets) =>
    `Deleted from the agreement: ${sheets}. Restore before going on; the other sheets and their data stay as they are.`,
  nextEnterActuals: (month, missing) =>
    `Type the actual values for ${month} in the monthly sheet (${missing} still empty). The button selects the first empty cell; press Refresh when you are done.`,
  nextNewMonth: (latest, next) =>
    `${latest} is complete. Add the rows for ${next}, one per indicator, to record its actuals.`,
  nextFirstMonth: (next) => `Add the rows for ${next}, one per indicator, to record its actuals.`,
  nextFillIndicators: (sheet) =>
    `Fill in the indicators on the sheet “${sheet}”, one per row: name, weight, standard and scoring rule. The button takes you there; press Refresh when you are done.`,
  setUp: "Set up agreement",
  restore: "Restore sheets",
  restoredTitle: "Sheets restored",
  portableCopy: "Portable copy",
  makingCopy: "Making the copy…",
  portableCopyDoneTitle: "Portable copy opened",
  portableCopyDone: (compiled, kept) =>
    `A new workbook without the add-in's functions: ${compiled} cells now hold plain formulas, ${kept} keep their values (listed on its first sheet). This workbook is unchanged.`,
  portableCopyFailedTitle: "No portable copy made",
  settingUp: "Setting up…",
  setUpExamples: "With the example agreement",
  setUpExamplesHint:
    "The sample agreement with several months of data, to see every sheet at work; edit it into your own. Off: empty tables, formulas in place.",
  fillIndicators: "Fill in indicators",
  enterActuals: "Enter actuals",
  enterActualsFor: (month) => `Enter actuals for ${month}`,
  newMonth: "New month",
  newMonthFor: (month) => `New month: ${month}`,
  addingMonth: "Adding the month…",
  report: "Report",
  reportFor: (month) => `Report: ${month}`,
  openingReport: "Opening the report…",
  check: "Check",
  checking: "Checking…",
  selecting: "Selecting…",
  otherActions: "Other actions",

  setUpDoneTitle: "Agreement set up",
  monthAddedTitle: (month) => `${month} added`,
  reportShownTitle: (month) => `Report for ${month}`,
  reportShown: (sheet) => `It is on the sheet “${sheet}”.`,
  sheetsChanged: (sheets) => `Sheets: ${sheets}.`,
  cellSelectedTitle: "Cell selected",
  cellSelected: (cell) => `${cell} is selected in Excel.`,
  setUpFailedTitle: "The agreement was not set up",
  newMonthFailedTitle: "The month was not added",
  reportFailedTitle: "The report was not shown",
  checkFailedTitle: "The workbook was not checked",
  selectFailedTitle: "The cell was not selected",

  checkHeading: "Check results",
  checkFound: (n) => `${plural(n, "finding")}. Select one to go to its cell.`,
  checkNone: "No problems found.",
  findingsLabel: "Findings",
  severityError: "Error",
  severityWarning: "Warning",
  severityInfo: "Note",
  findingCell: (sheet, address) => `Sheet “${sheet}”, cell ${address}`,

  singleSheetsHeading: "Single sheets",
  galleryIntro:
    "Each adds one sheet of its own to this workbook, in the language chosen above. Nothing already in the workbook is changed.",
  examplesSwitch: "Include example data",
  examplesHint:
    "Fill the tables with the sample agreement's rows; otherwise they start empty, with the formulas in place.",
  galleryLabel: "Single sheets",
  containsHeading: "The sheet contains",
  insert: "Insert",
  insertLabel: (title) => `Insert the sheet “${title}”`,
  inserting: "Inserting…",
  insertedTitle: "Sheet inserted",
  insertedSheet: (sheet) => `Created the sheet “${sheet}”.`,
  insertedExampleRows: (n) => `Its tables hold ${rows(n, "example")}.`,
  insertedEmptyRows: (n) => `Its tables start with ${rows(n, "empty")}, formulas in place.`,
  insertedTables: (tables) => `Tables: ${tables}.`,
  listSeparator: ", ",
  insertFailedTitle: "The sheet was not inserted",

  functionsIntro:
    "Type these in any cell, or write an example into the selected cell. Arguments in [brackets] may be left out.",
  functionsListLabel: "SLA functions",
  returns: (what) => `Returns: ${what}`,
  example: "Example",
  exampleResult: (result) => `Result: ${result}`,
  writeExample: "Insert in selected cell",
  writeExampleLabel: (fn) => `Insert in selected cell: the ${fn} example`,
  writing: "Writing…",
  writtenTitle: "Formula written",
  written: (address) => `The example is in ${address}.`,
  writtenAsText: (address) =>
    `${address} is formatted as Text, so Excel keeps the formula as text. Format the cell as General and insert it again.`,
  writeFailedTitle: "The formula was not written",
  comingSoon: "Coming soon",

  tryRuleHeading: "Try a rule",
  tryRuleIntro:
    "Type a standard and a scoring rule (or fee clause) to see how SLA.RULE reads it and how the score follows the actual value.",
  tryRuleStandard: "Standard",
  tryRuleRule: "Scoring rule or fee clause",
  tryRuleFull: "Full marks (optional)",
  tryRuleFullPlaceholder: "Default 100",
  tryRuleReading: "Read as:",
  tryRuleUnreadable: "This cannot be read:",
  tryRuleChartScore: (from, to, sentence) => `Score against the actual value, from ${from} to ${to}. ${sentence}`,
  tryRuleChartCredit: (from, to, sentence) =>
    `Share of the fee deducted against the actual value, from ${from} to ${to}. ${sentence}`,
  tryRuleAxisActual: "Actual",
  tryRuleAxisActualIn: (unit) => `Actual (${unit})`,
  tryRuleAxisScore: "Score",
  tryRuleAxisCredit: "% of fee",
  tryRuleGaps: (reason) => `Where the line breaks there is no score: ${reason}`,
  tryRuleNoPoints: (from, to, reason) => `No actual value from ${from} to ${to} gets a score: ${reason}`,
  tryRuleInsert: "Insert formula",
  tryRuleInsertLabel: "Insert formula SLA.RULE with this standard and rule in the selected cell",
  tryRuleWritten: (address) => `The formula is in ${address}.`,

  cellEditing: "Excel is editing a cell. Press Enter or Esc to finish, then try again.",
  excelError: (detail) => `Excel reported: ${detail}`,
  dismiss: "Dismiss",
};
