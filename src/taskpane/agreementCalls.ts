/**
 * The agreement calls the home page makes, in one place: each reads or writes through
 * src/excel/agreement (contract.md) and brings back what the page shows. Reading and checking share
 * one read, so the status and the findings always describe the same workbook.
 */
import type { ExcelRun } from "../excel";
import {
  addMonth,
  readAgreement,
  selectCell,
  setUpAgreement,
  showReport,
  todaySerial,
  type ActionResult,
} from "../excel/agreement/actions";
import { checkAgreement } from "../excel/agreement/check";
import { nextStep } from "../excel/agreement/nextStep";
import type { AgreementSnapshot, CellRef, Finding } from "../excel/agreement/types";
import { makePortableCopy, type PortableCopyResult } from "../excel/portable/copy";
import type { Lang } from "../templates";
import { homeView, type HomeView } from "./home";

export type { ActionResult } from "../excel/agreement/actions";
export type { Finding } from "../excel/agreement/types";

/** What a workbook with nothing in it reads as: the home page of a preview outside Excel. */
export const EMPTY_SNAPSHOT: AgreementSnapshot = {
  lang: null,
  sheetNames: [],
  sheetOf: {},
  indicators: null,
  monthly: null,
  history: null,
  plan: null,
  parameters: {},
};

/** The workbook read once: what the home page shows. */
export async function readHome(run: ExcelRun): Promise<HomeView> {
  const snapshot = await readAgreement(run);
  return homeView(snapshot, nextStep(snapshot, todaySerial()));
}

/** The workbook read once and checked: the home page and the findings, of the same read. */
export async function checkHome(run: ExcelRun): Promise<{ view: HomeView; findings: readonly Finding[] }> {
  const snapshot = await readAgreement(run);
  return { view: homeView(snapshot, nextStep(snapshot, todaySerial())), findings: checkAgreement(snapshot) };
}

export const setUp = (run: ExcelRun, lang: Lang, examples: boolean): Promise<ActionResult> =>
  setUpAgreement(run, lang, { examples });

export const newMonth = (run: ExcelRun, lang: Lang): Promise<ActionResult> => addMonth(run, lang);

export const report = (run: ExcelRun, lang: Lang): Promise<ActionResult> => showReport(run, lang);

export const select = (run: ExcelRun, at: CellRef): Promise<void> => selectCell(run, at);

export const portableCopy = (run: ExcelRun, lang: Lang): Promise<PortableCopyResult> => makePortableCopy(run, lang);
