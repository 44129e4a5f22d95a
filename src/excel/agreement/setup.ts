/**
 * "Set up agreement": agreement info, service standards, monthly scores, improvement plan, results
 * history and the report, planned together and written in one batch. Each sheet is planned on the
 * workbook as the sheets before it leave it (their sheet, table and defined names taken), so the
 * names the agreement sheet creates are the ones the others use, and a sheet's formulas only name
 * tables written before it.
 */
import { parameter } from "../../templates/parameters";
import { INDICATOR_NAMES } from "../../templates/standards";
import { agreementSheets } from "../../templates/linked";
import { isTable, type Lang, type Template } from "../../templates/types";
import type { ExistingName } from "../parameterNames";
import { planInsertion, type Plan, type WorkbookState } from "../plan";
import { ActionError } from "./errors";
import type { AgreementState } from "./read";

export interface SetUpPlan {
  readonly plans: readonly Plan[];
  /** The sheet to show when done: the report with examples, the standards to fill in without. */
  readonly show: string;
  readonly period?: number;
}

/** The last example month, 2024-06-01, as an Excel serial. */
export const EXAMPLE_REPORT_MONTH = 45444;

/** The workbook as it is once a plan is applied: its sheet, tables and names taken. */
function after(state: WorkbookState, plan: Plan): WorkbookState {
  const added: ExistingName[] = plan.steps.flatMap((s) =>
    s.kind === "addName" ? [{ name: s.name, type: "Range", formula: s.reference }] : [],
  );
  const repointed = new Map(plan.steps.flatMap((s) => (s.kind === "setNameReference" ? [[s.name, s.reference]] : [])));
  return {
    sheetNames: [...state.sheetNames, plan.sheetName],
    tableNames: [...state.tableNames, ...plan.result.tableNames],
    names: [
      ...state.names.map((n) => (repointed.has(n.name) ? { ...n, type: "Range", formula: repointed.get(n.name) } : n)),
      ...added,
    ],
  };
}

const tableNamesOf = (tp: Template) => tp.blocks.filter(isTable).map((b) => b.tableName);

/** Whether the workbook already has every agreement parameter pointing at cells (an agreement sheet of its own). */
function hasAgreementSheet(tp: Template, state: WorkbookState): boolean {
  return tp.parameters.every((key) =>
    state.names.some(
      (n) =>
        n.name.toUpperCase() === parameter(key).name.toUpperCase() &&
        /!\$?[A-Z]+\$?\d+$/.test(n.formula ?? "") &&
        !(n.formula ?? "").includes("#REF!"),
    ),
  );
}

/**
 * The sheets to write. On an empty workbook, all of them (an indicator table of the user's, from the
 * standards sheet inserted alone, is kept and used). On a workbook that has the agreement already,
 * only what went missing: the agreement sheet after it was deleted (its names, left as #REF!, are
 * repaired) and the report; with nothing missing it is refused.
 */
function sheetsToWrite(examples: boolean, current: AgreementState): { sheets: Template[]; repair: boolean } {
  const { tables, workbook } = current;
  const keepStandards = tables.SLA_Indicators !== undefined;
  const indicators = keepStandards ? (current.snapshot.indicators?.length ?? 0) : examples ? INDICATOR_NAMES.length : 3;
  const all = agreementSheets(indicators).filter((tp) => !(tp.id === "agreement" && hasAgreementSheet(tp, workbook)));
  if (!tables.SLA_Monthly)
    return { sheets: all.filter((tp) => !(tp.id === "standards" && keepStandards)), repair: false };
  const missing = all.filter((tp) => tp.id === "agreement" || (tp.id === "report" && !tables.SLA_ReportIndicators));
  if (missing.length === 0) throw new ActionError("agreementExists", { sheet: tables.SLA_Monthly.sheet });
  return { sheets: missing, repair: true };
}

export function planSetUp(lang: Lang, examples: boolean, current: AgreementState): SetUpPlan {
  const { tables, workbook } = current;
  const { sheets, repair } = sheetsToWrite(examples, current);
  const keepStandards = tables.SLA_Indicators !== undefined;
  const taken = new Set(workbook.tableNames.map((n) => n.toUpperCase()));
  for (const table of sheets.flatMap(tableNamesOf))
    if (taken.has(table.toUpperCase())) throw new ActionError("tableNameTaken", { table });

  const plans: Plan[] = [];
  let state = workbook;
  for (const tp of sheets) {
    // The monthly examples name the example indicators: without them they would be #N/A.
    // Repairing an agreement writes no examples into it: its own months are there.
    const withExamples = examples && !repair && !(keepStandards && tp.id === "monthly");
    const plan = planInsertion(tp, lang, { examples: withExamples }, state);
    plans.push(plan);
    state = after(state, plan);
  }
  const sheetOf = (id: string) => plans[sheets.findIndex((tp) => tp.id === id)]?.sheetName;
  const show = repair
    ? plans[0].sheetName
    : examples
      ? sheetOf("report")
      : (sheetOf("standards") ?? sheetOf("monthly"));
  const period = examples && !repair ? { period: EXAMPLE_REPORT_MONTH } : {};
  return { plans, show: show ?? plans[0].sheetName, ...period };
}
