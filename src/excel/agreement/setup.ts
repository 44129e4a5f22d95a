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
import { periods } from "./check";
import { feedFor, refsFromPlan } from "./feed";
import { calculatedColumns, feedColumns, gradeLines, tableLanguage, type ColumnFormula } from "./newMonth";
import { reportTemplate } from "../../templates/report";
import { READ_TABLES, REPORT_TABLE, type AgreementState } from "./read";
import type { LinkedTable } from "./types";

export interface SetUpPlan {
  readonly plans: readonly Plan[];
  /** An agreement that was there already: only what went missing is written. */
  readonly repair: boolean;
  /**
   * Restoring deleted sheets: the report sheet to delete before it is written again (its formulas
   * named the deleted tables and are #REF! now; it holds nothing typed but its month), and the
   * calculated columns of the linked tables that stayed, written again for the same reason.
   */
  readonly replaceReport?: string;
  readonly formulas: readonly ColumnFormula[];
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
 * A template's sheet is there when its table that the agreement reads is (SLA_Indicators of the
 * standards, SLA_ReportIndicators of the report…). The agreement sheet's tables are not read: its
 * parameter names pointing at cells say it is there.
 */
function present(tp: Template, current: AgreementState): boolean {
  if (tp.id === "agreement") return hasAgreementSheet(tp, current.workbook);
  const read = tableNamesOf(tp).find((n) => (READ_TABLES as readonly string[]).includes(n)) as LinkedTable | undefined;
  return read !== undefined && current.tables[read] !== undefined;
}

/**
 * The history sheet put back after it was deleted: one row per month the monthly data holds, so its
 * totals, streak and deductions come back as formulas (nothing of them was typed).
 */
function historyFor(tp: Template, current: AgreementState): Template {
  const months = periods(current.snapshot.monthly ?? [])
    .map((g) => g.period)
    .filter((p): p is number => typeof p === "number");
  if (months.length === 0) return tp;
  const [topLine = "", passLine = ""] = gradeLines(current.snapshot);
  const rows = months.map((period) => ({ period, topLine, passLine }));
  return {
    ...tp,
    blocks: tp.blocks.map((b) => (isTable(b) && b.tableName === "SLA_History" ? { ...b, rows, blankRows: 0 } : b)),
  };
}

/**
 * The sheets to write. On an empty workbook, all of them (an indicator table of the user's, from the
 * standards sheet inserted alone, is kept and used). On a workbook that has the agreement already,
 * only what went missing: the agreement sheet after it was deleted (its names, left as #REF!, are
 * repaired), a linked sheet a user deleted (written empty; the history with a row per month) and the
 * report; with nothing missing it is refused.
 */
function sheetsToWrite(examples: boolean, current: AgreementState): { sheets: Template[]; repair: boolean } {
  const { tables } = current;
  const keepStandards = tables.SLA_Indicators !== undefined;
  const indicators = keepStandards ? (current.snapshot.indicators?.length ?? 0) : examples ? INDICATOR_NAMES.length : 3;
  const missing = agreementSheets(indicators).filter((tp) => !present(tp, current));
  // A standards table inserted alone is the user's start, not an agreement to repair.
  const repair = tables.SLA_Monthly !== undefined || tables.SLA_History !== undefined || tables.SLA_Plan !== undefined;
  if (missing.length === 0)
    throw new ActionError("agreementExists", { sheet: (tables.SLA_Monthly ?? tables.SLA_History)?.sheet ?? "" });
  return {
    sheets: repair ? missing.map((tp) => (tp.id === "history" ? historyFor(tp, current) : tp)) : missing,
    repair,
  };
}

export function planSetUp(paneLang: Lang, examples: boolean, current: AgreementState): SetUpPlan {
  const { tables } = current;
  let workbook = current.workbook;
  const { sheets, repair } = sheetsToWrite(examples, current);
  // Sheets put back into an agreement speak its language, whatever the pane's is now.
  const linked = tables.SLA_Monthly ?? tables.SLA_History;
  const lang =
    repair && linked ? tableLanguage(tables.SLA_Monthly ? "SLA_Monthly" : "SLA_History", linked, paneLang) : paneLang;
  // Nothing reads the results feed: putting it back alone leaves the report and the formulas be.
  const restoring = repair && sheets.some((tp) => tp.id !== "agreement" && tp.id !== "report" && tp.id !== "feed");
  const report = tables[REPORT_TABLE];
  let replaceReport: string | undefined;
  if (restoring && report) {
    replaceReport = report.sheet;
    const gone = new Set(tableNamesOf(reportTemplate(1)).map((n) => n.toUpperCase()));
    workbook = {
      ...workbook,
      sheetNames: workbook.sheetNames.filter((n) => n !== report.sheet),
      tableNames: workbook.tableNames.filter((n) => !gone.has(n.toUpperCase())),
    };
    sheets.push(reportTemplate(report.values.length));
  }
  const formulas = restoring
    ? (["SLA_Monthly", "SLA_Plan", "SLA_History"] as const).flatMap((n) => calculatedColumns(n, tables, lang))
    : [];
  const keepStandards = tables.SLA_Indicators !== undefined;
  const taken = new Set(workbook.tableNames.map((n) => n.toUpperCase()));
  for (const table of sheets.flatMap(tableNamesOf))
    if (taken.has(table.toUpperCase())) throw new ActionError("tableNameTaken", { table });

  const plans: Plan[] = [];
  let state = workbook;
  for (const [i, listed] of sheets.entries()) {
    // The feed names the agreement's cells and has a row per monthly row: known once those are planned.
    const tp = listed.id === "feed" ? (sheets[i] = feedFor(sheets, plans, current, lang)) : listed;
    // The monthly examples name the example indicators: without them they would be #N/A.
    // Repairing an agreement writes no examples into it: its own months are there.
    const withExamples = examples && !repair && !(keepStandards && tp.id === "monthly");
    const plan = planInsertion(tp, lang, { examples: withExamples }, state);
    plans.push(plan);
    state = after(state, plan);
  }
  // A feed that stayed while the sheets it reads were put back: its formulas are #REF! now, as the others'.
  const agreementPlan = plans[sheets.findIndex((tp) => tp.id === "agreement")];
  if (tables.SLA_Feed && (restoring || agreementPlan))
    formulas.push(...feedColumns(tables, lang, agreementPlan ? refsFromPlan(agreementPlan) : undefined, current));
  const sheetOf = (id: string) => plans[sheets.findIndex((tp) => tp.id === id)]?.sheetName;
  const show = repair
    ? plans[0].sheetName
    : examples
      ? sheetOf("report")
      : (sheetOf("standards") ?? sheetOf("monthly"));
  const period = examples && !repair ? { period: EXAMPLE_REPORT_MONTH } : {};
  return {
    plans,
    repair,
    show: show ?? plans[0].sheetName,
    ...period,
    ...(replaceReport !== undefined ? { replaceReport } : {}),
    formulas,
  };
}
