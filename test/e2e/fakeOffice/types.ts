/** What the test and the fake office.js tell each other (plain data: it crosses page.evaluate). */
import type { FakeCell, FakeChart, FakeConditionalFormat, FakeName, FakeTable } from "../../excel/fakeWorkbook";
import type { RunRecord } from "./recording";

export interface FakeConfig {
  /** Office.context.displayLanguage; default "en-US". */
  displayLanguage?: string;
  /** The selected cell on Sheet1; default "C3". */
  activeCell?: string;
  /** A number format already on that cell, e.g. "@" (Text). */
  activeCellFormat?: string;
  /**
   * The requirement sets Office reports ("ExcelApi 1.9"); default ExcelApi 1.9 and SharedRuntime 1.1
   * only: the fake serves no document file (File, CompressedFile).
   */
  sets?: string[];
}

export interface SheetSnapshot {
  name: string;
  activated: boolean;
  cells: Record<string, FakeCell>;
  writes: string[];
  validations: string[];
  conditionalFormats: FakeConditionalFormat[];
  frozenRows?: number;
  charts: FakeChart[];
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  tables: FakeTable[];
  names: FakeName[];
  /** Every Excel.run the add-in made, in order. */
  runs: RunRecord[];
  /** The ids the functions bundle passed to CustomFunctions.associate. */
  associated: string[];
  /** The cell Range.select() selected last. */
  selected?: { sheet: string; address: string };
}
