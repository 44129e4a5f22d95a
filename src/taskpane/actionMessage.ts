/**
 * What the home page says after one of its actions: a title and lines in the pane's language, built
 * from the action's result (sheets, month, notices in both languages) or from why it failed.
 */
import type { InsertResult } from "../excel";
import type { CellRef } from "../excel/agreement/types";
import type { PortableCopyResult } from "../excel/portable/copy";
import type { Lang } from "../templates";
import type { ActionResult } from "./agreementCalls";
import { failureText, type Failure } from "./failures";
import type { HomeAction } from "./home";
import { periodLabel } from "./period";
import type { UiTexts } from "./texts";

/** A home action that went through, with what the page needs to say about it. */
export type HomeDone =
  | { readonly kind: "setUp"; readonly result: ActionResult }
  /** `expected`: the month the pane offered, should the result not name it. */
  | { readonly kind: "newMonth"; readonly result: ActionResult; readonly expected: number | null }
  | { readonly kind: "report"; readonly result: ActionResult; readonly expected: number | null }
  | { readonly kind: "selected"; readonly at: CellRef }
  | { readonly kind: "checked"; readonly findings: number }
  | { readonly kind: "portableCopy"; readonly result: PortableCopyResult }
  /** A single sheet inserted: its message stays under its card (SingleSheets). */
  | { readonly kind: "inserted"; readonly result: InsertResult };

export interface MessageContent {
  readonly intent: "success" | "warning" | "error";
  readonly title: string;
  readonly lines: readonly string[];
}

/** The result's notices in the pane's language, each said once (several sheets of one set-up may report the same). */
const noticeLines = (result: ActionResult, lang: Lang) => [...new Set(result.notices.map((n) => n.text[lang]))];

/**
 * The message under the home page's actions after one went through; null when the page shows the
 * outcome elsewhere (the findings' list, an inserted sheet's card).
 */
export function doneMessage(done: HomeDone, lang: Lang, t: UiTexts): MessageContent | null {
  /** The month an action was about: the one its result names, else the one the pane offered. */
  const month = (result: ActionResult, expected: number | null) => {
    const period = result.period ?? expected;
    return period === null ? null : periodLabel(period, lang);
  };
  switch (done.kind) {
    case "setUp":
      return {
        intent: "success",
        title: done.result.restored ? t.restoredTitle : t.setUpDoneTitle,
        lines: [t.sheetsChanged(done.result.sheets.join(t.listSeparator)), ...noticeLines(done.result, lang)],
      };
    case "newMonth": {
      const { result } = done;
      const added = month(result, done.expected);
      return {
        intent: "success",
        title: added ? t.monthAddedTitle(added) : t.newMonth,
        lines: [t.sheetsChanged(result.sheets.join(t.listSeparator)), ...noticeLines(result, lang)],
      };
    }
    case "report": {
      const { result } = done;
      const lines = noticeLines(result, lang);
      const shown = month(result, done.expected);
      return {
        intent: "success",
        title: shown ? t.reportShownTitle(shown) : t.report,
        lines: result.sheets.length ? [t.reportShown(result.sheets[0]), ...lines] : lines,
      };
    }
    case "selected":
      return {
        intent: "success",
        title: t.cellSelectedTitle,
        lines: [t.cellSelected(t.findingCell(done.at.sheet, done.at.address))],
      };
    case "portableCopy":
      return {
        intent: "success",
        title: t.portableCopyDoneTitle,
        lines: [t.portableCopyDone(done.result.compiled, done.result.kept)],
      };
    case "checked":
    case "inserted":
      return null;
  }
}

/** The title of a failed action's message. */
export function failedTitle(action: HomeAction | "select", t: UiTexts): string {
  switch (action) {
    case "setUp":
      return t.setUpFailedTitle;
    case "newMonth":
      return t.newMonthFailedTitle;
    case "report":
      return t.reportFailedTitle;
    case "check":
      return t.checkFailedTitle;
    case "portableCopy":
      return t.portableCopyFailedTitle;
    case "fillIndicators":
    case "enterActuals":
    case "select":
      return t.selectFailedTitle;
  }
}

export function failedMessage(action: HomeAction | "select", failure: Failure, lang: Lang, t: UiTexts): MessageContent {
  return { intent: "error", title: failedTitle(action, t), lines: [failureText(failure, t, lang)] };
}
