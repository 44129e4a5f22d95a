/**
 * Inserting a template: two round trips to Excel, whatever the template (Excel on the web pays a
 * network round trip per sync). Sync 1 reads the names already taken; the plan is then built in
 * memory; sync 2 applies all of it.
 */
import type { Lang, Template } from "../templates/types";
import { applyPlan } from "./apply";
import { planInsertion, type InsertOptions, type WorkbookState } from "./plan";
import type { InsertResult } from "./result";
import type { ExcelRun } from "./run";

/** Queues the reads planning needs and syncs once. */
export async function readWorkbookState(context: Excel.RequestContext): Promise<WorkbookState> {
  const { workbook } = context;
  const sheets = workbook.worksheets.load("items/name");
  const tables = workbook.tables.load("items/name");
  // The formula tells a constant from a formula of the user's; the type tells a broken name (Error).
  const names = workbook.names.load("items/name,items/type,items/value,items/formula");
  await context.sync();
  return {
    sheetNames: sheets.items.map((s) => s.name),
    tableNames: tables.items.map((t) => t.name),
    names: names.items.map((n) => ({ name: n.name, type: n.type, value: n.value, formula: n.formula })),
  };
}

export async function insertTemplate(
  run: ExcelRun,
  template: Template,
  lang: Lang,
  options: InsertOptions,
): Promise<InsertResult> {
  return run(async (context) => {
    const state = await readWorkbookState(context);
    const plan = planInsertion(template, lang, options, state);
    applyPlan(context.workbook, plan);
    await context.sync();
    return plan.result;
  });
}
