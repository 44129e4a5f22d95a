/**
 * Writing one formula into the selected cell: what the functions page's "insert example" buttons do.
 *
 * One Excel.run and one sync: the write and the reads that report on it are queued together, and
 * Excel applies queued commands in order, so the address and number format come back as they are
 * after the write. The formula is in Excel's English syntax (range.formulas, not formulasLocal), so
 * it means the same whatever the user's locale; only the texts inside its quotes are in Chinese.
 */
import { excelRun, type ExcelRun } from "./run";

export interface WrittenFormula {
  /** Where it went, as Excel reports it: "Sheet1!C3". */
  readonly address: string;
  /**
   * The cell is formatted as Text ("@"), so Excel kept the formula as text (as it does when one is typed
   * there). Not changed behind the user's back: the format is theirs; the pane says what to do instead.
   */
  readonly keptAsText: boolean;
}

/** The active cell of a multi-cell selection: one formula, one cell, as if the user had typed it. */
export async function writeFormulaToSelection(formula: string, run: ExcelRun = excelRun): Promise<WrittenFormula> {
  if (!formula.startsWith("=")) throw new Error(`Not a formula: ${formula}`);
  return run(async (context) => {
    const cell = context.workbook.getActiveCell();
    cell.formulas = [[formula]];
    cell.load("address,numberFormat");
    await context.sync();
    return { address: cell.address, keptAsText: cell.numberFormat[0]?.[0] === "@" };
  });
}
