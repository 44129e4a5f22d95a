/**
 * The agreement's actions, as the task pane calls them (contract.md). Each reads in one sync,
 * plans in memory and writes in one more; a write Excel does not finish is undone (undo.ts) and
 * reported in the user's language.
 */
import { reportTemplate } from "../../templates/report";
import type { Lang, Template } from "../../templates/types";
import { cellAddress, cellPosition } from "../address";
import { applyPlan } from "../apply";
import { notice, type Notice } from "../messages";
import { planInsertion } from "../plan";
import type { ExcelRun } from "../run";
import { checkAgreement } from "./check";
import { ActionError } from "./errors";
import { planNewMonth, type MonthPlan } from "./newMonth";
import { reportPeriod } from "./nextStep";
import { readAgreementState, REPORT_TABLE, type AgreementState, type TableState } from "./read";
import { planSetUp } from "./setup";
import type { AgreementSnapshot, CellRef, Finding } from "./types";
import { syncOrUndo, UndoLog } from "./undo";

export interface ActionResult {
  /** Sheets created or changed; the first is the one to look at. */
  readonly sheets: readonly string[];
  /** The month added or shown (Excel serial of its first day). */
  readonly period?: number;
  /** Set up agreement on an agreement that was there: the missing sheets were put back. */
  readonly restored?: boolean;
  readonly notices: readonly Notice[];
}

export interface SetUpOptions {
  readonly examples: boolean;
}

/** Today as an Excel serial, for a month to start from when the workbook has none. */
export const todaySerial = (now: Date = new Date()): number =>
  (Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) - Date.UTC(1899, 11, 30)) / 86_400_000;

export async function readAgreement(run: ExcelRun): Promise<AgreementSnapshot> {
  return run(async (context) => (await readAgreementState(context)).snapshot);
}

export async function checkWorkbook(run: ExcelRun): Promise<readonly Finding[]> {
  return checkAgreement(await readAgreement(run));
}

export async function setUpAgreement(run: ExcelRun, lang: Lang, options: SetUpOptions): Promise<ActionResult> {
  return run(async (context) => {
    const state = await readAgreementState(context);
    const setUp = planSetUp(lang, options.examples, state);
    const undo = new UndoLog();
    const { workbook } = context;
    // A report to write again goes first: its name and tables are free for the plan that follows.
    if (setUp.replaceReport !== undefined) workbook.worksheets.getItem(setUp.replaceReport).delete();
    for (const plan of setUp.plans) applyPlan(workbook, plan, undo);
    // Then the formulas that named the restored tables, now that those exist again.
    for (const f of setUp.formulas)
      workbook.worksheets.getItem(f.sheet).getRange(f.address).formulas = Array.from({ length: f.rows }, () => [
        f.formula,
      ]);
    const report = setUp.replaceReport !== undefined ? setUp.plans[setUp.plans.length - 1] : undefined;
    const month = reportPeriod(state.snapshot);
    if (report && month !== null)
      workbook.worksheets.getItem(report.sheetName).getRange(report.addresses.cells.month).values = [[month]];
    workbook.worksheets.getItem(setUp.show).activate();
    await syncOrUndo(context, undo);
    return {
      sheets: [setUp.show, ...setUp.plans.map((p) => p.sheetName).filter((s) => s !== setUp.show)],
      ...(setUp.repair ? { restored: true } : {}),
      ...(setUp.period !== undefined ? { period: setUp.period } : {}),
      // The later sheets "keep" the names the agreement sheet has just made: only what concerns the user's
      // own names and sheets is worth saying.
      notices: setUp.plans.flatMap((p) =>
        p.result.notices.filter((n) => n.id !== "namesLinked" && n.id !== "namesKept"),
      ),
    };
  });
}

/** Queues a month plan: rows appended (or the set-up's empty row filled), formats, the first actual selected. */
function applyMonth(workbook: Excel.Workbook, plan: MonthPlan, undo: UndoLog): void {
  for (const a of plan.appends) {
    const sheet = workbook.worksheets.getItem(a.sheet);
    const table = workbook.tables.getItem(a.table);
    const rowRange = (first: number, last: number) => `${a.address(first, 0)}:${a.address(last, a.rows[0].length - 1)}`;
    let rows = a.rows;
    if (a.fillsBlankRow) {
      const blankRow = sheet.getRange(rowRange(0, 0));
      blankRow.formulas = [rows[0].map((v) => (v === null ? null : String(v)))] as string[][];
      const typed = rows[0].flatMap((v, col) => (v !== null && v !== "" && !String(v).startsWith("=") ? [col] : []));
      undo.cellsFilled(
        blankRow,
        a.sheet,
        typed.map((col) => a.address(0, col)),
      );
      rows = rows.slice(1);
    }
    if (rows.length) {
      // rows is a navigation property (a TableRowCollection), not a value to load first.
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
      const collection = table.rows;
      collection.add(undefined, rows as (string | number | boolean)[][]);
      undo.rowsAdded(a.table, collection, rows.length);
    }
    for (const f of a.formats) {
      const cells = `${a.address(a.first, f.col)}:${a.address(a.first + f.formats.length - 1, f.col)}`;
      sheet.getRange(cells).numberFormat = f.formats.map((x) => [x]);
    }
  }
  const sheet = workbook.worksheets.getItem(plan.select.sheet);
  sheet.activate();
  sheet.getRange(plan.select.address).select();
}

export async function addMonth(run: ExcelRun, lang: Lang, today: number = todaySerial()): Promise<ActionResult> {
  return run(async (context) => {
    const state = await readAgreementState(context);
    const plan = planNewMonth(lang, state, today);
    const undo = new UndoLog();
    applyMonth(context.workbook, plan, undo);
    await syncOrUndo(context, undo);
    const notices = plan.proposed.length
      ? [notice("problemsProposed", { names: plan.proposed.join(lang === "zh" ? "、" : ", ") })]
      : [];
    return { sheets: [plan.select.sheet], period: plan.period, notices };
  });
}

/**
 * The report's month cell, found from where its indicators table is now: the layout planned again
 * gives the cell's offset from the table, so rows or columns the user inserted above or to the
 * left move both alike.
 */
function monthCellOf(report: TableState, template: Template, lang: Lang, state: AgreementState): string {
  const { addresses } = planInsertion(template, lang, { examples: false }, state.workbook);
  const month = cellPosition(addresses.cells.month)!;
  const table = cellPosition(addresses.columns.no.split(":")[0])!;
  return cellAddress(report.firstCol + month.col - table.col, report.firstRow + month.row - table.row);
}

export async function showReport(run: ExcelRun, lang: Lang, period?: number): Promise<ActionResult> {
  return run(async (context) => {
    const state = await readAgreementState(context);
    if (!state.tables.SLA_Monthly) throw new ActionError("noAgreement");
    const month = period ?? reportPeriod(state.snapshot);
    const existing = state.tables[REPORT_TABLE];
    const template = reportTemplate(existing ? existing.values.length : (state.snapshot.indicators?.length ?? 1));
    const undo = new UndoLog();
    let sheetName: string;
    if (existing) {
      sheetName = existing.sheet;
      const sheet = context.workbook.worksheets.getItem(sheetName);
      if (month !== null) sheet.getRange(monthCellOf(existing, template, lang, state)).values = [[month]];
      sheet.activate();
    } else {
      const plan = planInsertion(template, lang, { examples: false }, state.workbook);
      sheetName = plan.sheetName;
      const sheet = applyPlan(context.workbook, plan, undo);
      if (month !== null) sheet.getRange(plan.addresses.cells.month).values = [[month]];
    }
    await syncOrUndo(context, undo);
    return { sheets: [sheetName], ...(month !== null ? { period: month } : {}), notices: [] };
  });
}

/** Takes the user to a cell: its sheet activated, the cell selected. */
export async function selectCell(run: ExcelRun, at: CellRef): Promise<void> {
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(at.sheet);
    sheet.activate();
    sheet.getRange(at.address).select();
    await context.sync();
  });
}
