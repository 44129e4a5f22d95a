/**
 * The workbook's language (which language its templates are inserted in), kept in the workbook as
 * a hidden defined name SLA_Language = "zh" | "en".
 *
 * Why a hidden name rather than Office.context.document.settings or a custom XML part:
 * - it is workbook content: co-authors get a change the way they get any cell edit, and it travels
 *   with copies of the file. Document settings are "saved per add-in and per document" (Office
 *   docs): only the add-in id that wrote them can read them (a dev and a production manifest would
 *   not share them), a co-author's copy stays stale until refreshAsync or a settingsChanged
 *   handler, and two co-authors' saveAsync calls can conflict;
 * - it goes through the same Excel request context as everything else (one sync to read, testable
 *   with the same strict mock), with no dependency on the Office.context global;
 * - hidden names do not show in Name Manager or in formula autocomplete; a custom XML part would
 *   need XML handling and more round trips for one word.
 */
import type { Lang } from "../templates/types";
import { excelRun, type ExcelRun } from "./run";

export const LANGUAGE_NAME = "SLA_Language";

const COMMENT = "SLA Scorecard: the language of inserted templates (zh or en).";

/** "zh" / "en" out of the name's formula (="zh"); anything else is not ours. */
export function languageFromFormula(formula: unknown): Lang | null {
  const m = typeof formula === "string" ? /^="?(zh|en)"?$/i.exec(formula.trim()) : null;
  return m ? (m[1].toLowerCase() as Lang) : null;
}

/** The saved language, or null when the workbook has none. One sync. */
export async function loadLanguage(run: ExcelRun = excelRun): Promise<Lang | null> {
  return run(async (context) => {
    const item = context.workbook.names.getItemOrNullObject(LANGUAGE_NAME);
    item.load("formula");
    await context.sync();
    return item.isNullObject ? null : languageFromFormula(item.formula);
  });
}

/** Saves the language in the workbook. Two syncs: whether the name exists decides add or update. */
export async function saveLanguage(lang: Lang, run: ExcelRun = excelRun): Promise<void> {
  await run(async (context) => {
    const names = context.workbook.names;
    const item = names.getItemOrNullObject(LANGUAGE_NAME);
    await context.sync();
    const formula = `="${lang}"`;
    if (item.isNullObject) names.add(LANGUAGE_NAME, formula, COMMENT).visible = false;
    else item.formula = formula;
    await context.sync();
  });
}
