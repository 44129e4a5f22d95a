/**
 * What the home page shows for a workbook, worked out from one read of it (src/excel/agreement's
 * snapshot) and the next step: the status lines, which action is the one primary button and which
 * are secondary. Pure, so each state is tested in both languages without Excel or React.
 */
import { isBlankCell, periods } from "../excel/agreement/check";
import { feedMissing, monthAfter, reportPeriod, type NextStep } from "../excel/agreement/nextStep";
import type { AgreementSnapshot, CellRef } from "../excel/agreement/types";
import type { Lang } from "../templates";
import { linkedSheetName } from "../templates/linked";
import { periodLabel } from "./period";
import type { UiTexts } from "./texts";

export type { NextStep } from "../excel/agreement/nextStep";

/**
 * The home page's buttons. `fillIndicators` and `enterActuals` select a cell in Excel (the first
 * indicator row, the first empty actual): typing is the user's own work.
 */
export type HomeAction = "setUp" | "fillIndicators" | "enterActuals" | "newMonth" | "report" | "check" | "portableCopy";

export interface MonthsRecorded {
  readonly count: number;
  readonly first: number;
  readonly latest: number;
}

export interface LatestMonth {
  readonly period: number;
  /** Indicators (rows) the month has. */
  readonly rows: number;
  /** Of those, the ones whose actual is still empty. */
  readonly missing: number;
}

export interface HomeView {
  readonly step: NextStep;
  /** Null: the workbook holds no agreement (no monthly table). */
  readonly agreement: { readonly indicators: number; readonly standardsSheet: string | null } | null;
  /** Null: no month recorded yet. */
  readonly months: MonthsRecorded | null;
  readonly latest: LatestMonth | null;
  /** The first empty actual of the month the step is about: where "Enter actuals" takes the user. */
  readonly firstMissing: CellRef | null;
  /**
   * An agreement without indicators: where "Fill in indicators" goes. The first row's name cell when the
   * read kept a blank row; else the top of the indicators' sheet (the snapshot leaves blank rows out).
   */
  readonly firstIndicator: CellRef | null;
  readonly primary: HomeAction;
  readonly secondary: readonly HomeAction[];
  /** The month "New month" would add, when the pane can tell. */
  readonly newMonthPeriod: number | null;
  /** The month "Report" shows (the latest with a total), as the action itself chooses it. */
  readonly reportPeriod: number | null;
  /** The results feed is missing (deleted, or the agreement predates it): Restore sheets is offered beside. */
  readonly feedMissing: boolean;
}

/** Indicator rows that hold something (a name, a weight, a standard or a rule), as the check counts them. */
const filledIndicators = (snapshot: AgreementSnapshot) =>
  (snapshot.indicators ?? []).filter((r) => [r.name, r.weight, r.standard, r.rule].some((v) => !isBlankCell(v))).length;

/** The home page for a workbook read as `snapshot`, whose next step is `step` (nextStep.ts). */
export function homeView(snapshot: AgreementSnapshot, step: NextStep): HomeView {
  const agreement =
    step.kind === "setUp"
      ? null
      : { indicators: filledIndicators(snapshot), standardsSheet: snapshot.sheetOf.SLA_Indicators ?? null };
  // The months as the check and nextStep group them: rows naming an indicator, by the month of their period.
  const dated = periods(snapshot.monthly ?? []).filter((g) => typeof g.period === "number");
  const first = dated.length ? dated[0] : null;
  const last = dated.length ? dated[dated.length - 1] : null;
  const months: MonthsRecorded | null =
    first && last ? { count: dated.length, first: first.period as number, latest: last.period as number } : null;
  const latest: LatestMonth | null = last
    ? {
        period: last.period as number,
        rows: last.rows.length,
        missing: last.rows.filter((r) => isBlankCell(r.actual)).length,
      }
    : null;

  let firstMissing: CellRef | null = null;
  if (step.kind === "enterActuals") {
    const month = dated.find((g) => g.period === step.period)?.rows ?? [];
    firstMissing = (month.find((r) => isBlankCell(r.actual)) ?? month[0])?.cells.actual ?? null;
  }

  const newMonthPeriod = step.kind === "newMonth" ? step.period : months ? monthAfter(months.latest) : null;
  const indicatorsSheet = snapshot.sheetOf.SLA_Indicators;
  const firstIndicator =
    agreement?.indicators === 0
      ? (snapshot.indicators?.[0]?.cells.name ??
        snapshot.indicatorsStart ??
        (indicatorsSheet ? { sheet: indicatorsSheet, address: "A1" } : null))
      : null;

  let primary: HomeAction;
  let secondary: HomeAction[];
  switch (step.kind) {
    case "setUp":
      // Nothing else works before there is an agreement; the single sheets stay below.
      primary = "setUp";
      secondary = [];
      break;
    case "restore":
      // New month and the report need every linked sheet: putting them back comes first.
      primary = "setUp";
      secondary = ["check"];
      break;
    case "enterActuals":
      // Typing the actuals is the user's own work: the button only takes them to the first empty cell.
      // Should that cell not be found, checking the workbook is the next best thing.
      primary = firstMissing ? "enterActuals" : "check";
      secondary = firstMissing ? ["check", "report", "newMonth"] : ["report", "newMonth"];
      break;
    case "newMonth":
      primary = "newMonth";
      secondary = months ? ["report", "check"] : ["check"];
      break;
  }
  // An agreement set up without the example has no indicators: a new month would be refused (noIndicators)
  // and nothing can be scored, so filling them in comes first.
  if (firstIndicator && step.kind !== "setUp") {
    primary = "fillIndicators";
    secondary = ["check"];
  }
  // A missing results feed holds nothing back, but the pane offers to put it back (Set up writes only it).
  const noFeed = feedMissing(snapshot);
  if (noFeed && step.kind !== "setUp" && step.kind !== "restore") secondary = [...secondary, "setUp"];
  // The copy for the other party (without the add-in) once there are months to show them.
  if (months && (step.kind === "enterActuals" || step.kind === "newMonth") && primary !== "fillIndicators")
    secondary = [...secondary, "portableCopy"];
  return {
    step,
    agreement,
    months,
    latest,
    firstMissing,
    firstIndicator,
    primary,
    secondary,
    newMonthPeriod,
    reportPeriod: reportPeriod(snapshot),
    feedMissing: noFeed,
  };
}

/** The status lines under "This workbook", in the pane's language. */
export function statusLines(view: HomeView, lang: Lang, t: UiTexts): string[] {
  const month = (serial: number) => periodLabel(serial, lang);
  if (!view.agreement) return [t.statusNoAgreement];
  const lines = [view.agreement.indicators > 0 ? t.statusAgreement(view.agreement.indicators) : t.statusNoIndicators];
  const { months, latest } = view;
  if (!months || !latest) {
    lines.push(t.statusNoMonths);
    return lines;
  }
  const span = months.count === 1 ? month(months.first) : t.periodSpan(month(months.first), month(months.latest));
  lines.push(t.statusMonths(months.count, span));
  lines.push(
    latest.missing > 0
      ? t.statusMissing(month(latest.period), latest.missing, latest.rows)
      : latest.rows > 0
        ? t.statusComplete(month(latest.period), latest.rows)
        : t.statusEmptyMonth(month(latest.period)),
  );
  return lines;
}

/** The sentence under "Next step": what to do now and why. */
export function nextStepText(view: HomeView, lang: Lang, t: UiTexts): string {
  const { step } = view;
  if (view.primary === "fillIndicators")
    return t.nextFillIndicators(view.agreement?.standardsSheet ?? view.firstIndicator?.sheet ?? "?");
  switch (step.kind) {
    case "setUp":
      return t.nextSetUp;
    case "restore":
      return t.nextRestore(
        step.missing.map((table) => `“${linkedSheetName(table)[lang]}”`).join(lang === "zh" ? "、" : ", "),
      );
    case "enterActuals":
      return t.nextEnterActuals(periodLabel(step.period, lang), step.missing);
    case "newMonth":
      return view.latest
        ? t.nextNewMonth(periodLabel(view.latest.period, lang), periodLabel(step.period, lang))
        : t.nextFirstMonth(periodLabel(step.period, lang));
  }
}

/** A button's words; with the month it is about, when the pane knows it. */
export function actionLabel(action: HomeAction, view: HomeView, lang: Lang, t: UiTexts): string {
  const month = (serial: number) => periodLabel(serial, lang);
  switch (action) {
    case "setUp":
      return view.step.kind === "restore" || view.feedMissing ? t.restore : t.setUp;
    case "fillIndicators":
      return t.fillIndicators;
    case "enterActuals":
      return view.step.kind === "enterActuals" ? t.enterActualsFor(month(view.step.period)) : t.enterActuals;
    case "newMonth":
      return view.newMonthPeriod !== null ? t.newMonthFor(month(view.newMonthPeriod)) : t.newMonth;
    case "report":
      return view.reportPeriod !== null ? t.reportFor(month(view.reportPeriod)) : t.report;
    case "check":
      return t.check;
    case "portableCopy":
      return t.portableCopy;
  }
}
