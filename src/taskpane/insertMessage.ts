/** The lines of an insertion's result, in the pane's language: what was created, then Excel's notices. */
import type { InsertResult } from "../excel";
import type { Lang } from "../templates";
import type { UiTexts } from "./texts";

export function insertedLines(result: InsertResult, lang: Lang, t: UiTexts): string[] {
  const lines = [t.insertedSheet(result.sheetName)];
  if (result.tableNames.length) {
    lines.push(
      result.exampleRows > 0 ? t.insertedExampleRows(result.exampleRows) : t.insertedEmptyRows(result.rowsWritten),
    );
    lines.push(t.insertedTables(result.tableNames.join(t.listSeparator)));
  }
  // Renamed sheet or tables, parameter names created with defaults, names left alone...
  for (const notice of result.notices) lines.push(notice.text[lang]);
  return lines;
}
