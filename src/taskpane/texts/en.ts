/** The task pane in English. */
import type { UiTexts } from "./types";

const rows = (n: number, what: string) => `${n} ${what} row${n === 1 ? "" : "s"}`;

export const en: UiTexts = {
  appTitle: "SLA Scorecard",
  tagline: "Score service-level agreements exactly as their written rules say.",
  notInExcelTitle: "Preview",
  notInExcel:
    "This page is not running in Excel, so it cannot write to a workbook. Open it from Excel's Home tab to insert sheets and formulas.",

  languageLabel: "Language",
  languageNotSaved: (detail) => `The language could not be saved in the workbook: ${detail}`,
  pagesLabel: "Pages",
  tabTemplates: "Templates",
  tabFunctions: "Functions",

  galleryIntro:
    "Each template adds a new sheet to this workbook, in the language chosen above. Nothing already in the workbook is changed.",
  examplesSwitch: "Include example data",
  examplesHint:
    "Fill the tables with the sample agreement's rows; otherwise they start empty, with the formulas in place.",
  galleryLabel: "Templates",
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
