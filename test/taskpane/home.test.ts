/**
 * The home page's pure parts, in both languages: which button is primary in each workbook state, the
 * status lines, the next step's sentence, the buttons' words, month names, and the messages after an
 * action (its own words, or an ActionError's in the pane's language).
 */
import { ActionError } from "../../src/excel/agreement/errors";
import { nextStep } from "../../src/excel/agreement/nextStep";
import type { AgreementSnapshot, IndicatorRow, MonthlyRow } from "../../src/excel/agreement/types";
import { notice } from "../../src/excel/messages";
import { doneMessage, failedMessage } from "../../src/taskpane/actionMessage";
import { EMPTY_SNAPSHOT } from "../../src/taskpane/agreementCalls";
import { describeFailure, failureText } from "../../src/taskpane/failures";
import { actionLabel, homeView, nextStepText, statusLines, type HomeView } from "../../src/taskpane/home";
import { todaySerial } from "../../src/excel/agreement/actions";
import { PortableCopyError } from "../../src/excel/portable/copy";
import { periodLabel } from "../../src/taskpane/period";
import { TEXTS } from "../../src/taskpane/texts";

// Excel serials of the first day of January, February, March and April 2024, and of 2025-01-01.
const JAN = 45292;
const FEB = 45323;
const MAR = 45352;
const APR = 45383;
const JAN_2025 = 45658;

const at = (sheet: string, address: string) => ({ sheet, address });

function indicator(name: string, row: number): IndicatorRow {
  const cell = (col: string) => at("Standards", `${col}${row}`);
  return {
    name,
    typed: name,
    source: "",
    weight: 0.5,
    standard: "≥90%",
    rule: "-5 per 1% below",
    fullMarks: 100,
    cells: { name: cell("A"), weight: cell("B"), standard: cell("C"), rule: cell("D"), fullMarks: cell("E") },
  };
}

function monthly(period: number | string, name: string, actual: number | string, row: number): MonthlyRow {
  const cell = (col: string) => at("Monthly", `${col}${row}`);
  return {
    period,
    indicator: name,
    actual,
    actualFormat: "0%",
    standard: "≥90%",
    met: "",
    cells: { period: cell("A"), indicator: cell("B"), actual: cell("C") },
  };
}

function snapshot(rows: MonthlyRow[], indicators = [indicator("Satisfaction", 5), indicator("Response", 6)]) {
  const s: AgreementSnapshot = {
    ...EMPTY_SNAPSHOT,
    sheetOf: {
      SLA_Indicators: "Standards",
      SLA_Monthly: "Monthly",
      SLA_Plan: "Plan",
      SLA_History: "Results",
      SLA_Feed: "Feed",
    },
    indicators,
    monthly: rows,
  };
  return s;
}

const TODAY = 45400; // 2024-04-18
const view = (s: AgreementSnapshot): HomeView => homeView(s, nextStep(s, TODAY));

/** Three months, the latest (March) with one actual of two still empty. */
const missingOne = snapshot([
  monthly(JAN, "Satisfaction", 0.91, 5),
  monthly(JAN, "Response", 0.95, 6),
  monthly(FEB, "Satisfaction", 0.88, 7),
  monthly(FEB, "Response", 0.97, 8),
  monthly(MAR, "Satisfaction", 0.9, 9),
  monthly(MAR, "Response", "", 10),
]);
/** The same, every actual entered. */
const complete = snapshot((missingOne.monthly ?? []).map((r) => (r.actual === "" ? { ...r, actual: 0.93 } : r)));

describe("which button is primary, in each state", () => {
  test("an empty workbook: Set up agreement, nothing else (it is one click away)", () => {
    const v = view(EMPTY_SNAPSHOT);
    expect(v.step).toEqual({ kind: "setUp" });
    expect(v.primary).toBe("setUp");
    expect(v.secondary).toEqual([]);
    expect(v.agreement).toBeNull();
  });

  test("the latest month misses actuals: Enter actuals takes the user to the first empty one", () => {
    const v = view(missingOne);
    expect(v.step).toEqual({ kind: "enterActuals", period: MAR, missing: 1 });
    expect(v.primary).toBe("enterActuals");
    expect(v.firstMissing).toEqual(at("Monthly", "C10"));
    expect(v.secondary).toEqual(["check", "report", "newMonth", "portableCopy"]);
    expect(v.newMonthPeriod).toBe(APR);
  });

  test("every month complete: New month for the month after the latest", () => {
    const v = view(complete);
    expect(v.step).toEqual({ kind: "newMonth", period: APR });
    expect(v.primary).toBe("newMonth");
    expect(v.secondary).toEqual(["report", "check", "portableCopy"]);
    expect(v.newMonthPeriod).toBe(APR);
  });

  test("December is followed by January of the next year", () => {
    const v = view(snapshot([monthly(JAN_2025 - 31, "Satisfaction", 0.9, 5)]));
    expect(v.newMonthPeriod).toBe(JAN_2025);
    expect(actionLabel("newMonth", v, "en", TEXTS.en)).toBe("New month: January 2025");
    expect(actionLabel("newMonth", v, "zh", TEXTS.zh)).toBe("新增月份：2025年1月");
  });

  test("an agreement set up without the example (blank indicator rows): Fill in indicators comes first", () => {
    const blank = { ...indicator("", 5), weight: "", standard: "", rule: "", fullMarks: "" };
    const s = snapshot([], [blank, { ...blank, cells: indicator("", 6).cells }]);
    const v = view(s);
    expect(v.step.kind).toBe("newMonth"); // nextStep's own answer; a new month would be refused without indicators
    expect(v.primary).toBe("fillIndicators");
    expect(v.firstIndicator).toEqual(at("Standards", "A5"));
    expect(v.secondary).toEqual(["check"]);
    expect(actionLabel(v.primary, v, "en", TEXTS.en)).toBe("Fill in indicators");
    expect(actionLabel(v.primary, v, "zh", TEXTS.zh)).toBe("填写指标");
    expect(nextStepText(v, "en", TEXTS.en)).toContain("on the sheet “Standards”");
    expect(nextStepText(v, "zh", TEXTS.zh)).toContain("请在工作表“Standards”中");
    expect(statusLines(v, "en", TEXTS.en)[0]).toBe("Agreement set up, without indicators yet.");
  });

  test("no indicator rows at all (the read leaves blank rows out): the button goes to the indicators' sheet", () => {
    const v = view(snapshot([], []));
    expect(v.primary).toBe("fillIndicators");
    expect(v.firstIndicator).toEqual(at("Standards", "A1"));
    const none = view({
      ...snapshot([], []),
      sheetOf: { SLA_Monthly: "Monthly", SLA_Plan: "Plan", SLA_History: "Results" },
    });
    expect(none.step.kind).toBe("restore"); // the standards' sheet itself is gone: restoring it comes first
    expect(none.primary).toBe("setUp");
  });

  test("an agreement with no month yet: New month (today's month), checking is the only other action", () => {
    const v = view(snapshot([]));
    expect(v.step).toEqual({ kind: "newMonth", period: APR });
    expect(v.primary).toBe("newMonth");
    expect(v.secondary).toEqual(["check"]);
  });
});

describe("status lines", () => {
  test.each([
    ["en", ["No agreement yet."]],
    ["zh", ["尚未建立协议。"]],
  ] as const)("empty workbook (%s)", (lang, lines) => {
    expect(statusLines(view(EMPTY_SNAPSHOT), lang, TEXTS[lang])).toEqual(lines);
  });

  test.each([
    [
      "en",
      [
        "Agreement set up, with 2 indicators.",
        "Months recorded: 3 (January 2024 – March 2024).",
        "March 2024: actuals missing for 1 of 2 indicators.",
      ],
    ],
    [
      "zh",
      [
        "已建立协议，共 2 项指标。",
        "已记录 3 个月（2024年1月至2024年3月）。",
        "2024年3月：2 项指标中有 1 项缺少实际值。",
      ],
    ],
  ] as const)("a month missing actuals (%s)", (lang, lines) => {
    expect(statusLines(view(missingOne), lang, TEXTS[lang])).toEqual(lines);
  });

  test.each([
    ["en", "March 2024: complete, all 2 actuals entered."],
    ["zh", "2024年3月：已填写完整，2 项实际值均已录入。"],
  ] as const)("all months complete (%s)", (lang, last) => {
    const lines = statusLines(view(complete), lang, TEXTS[lang]);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe(last);
  });

  test("one month, one indicator: no range, singular words", () => {
    const s = snapshot([monthly(MAR, "Satisfaction", 0.9, 5)], [indicator("Satisfaction", 5)]);
    expect(statusLines(view(s), "en", TEXTS.en)).toEqual([
      "Agreement set up, with 1 indicator.",
      "Months recorded: 1 (March 2024).",
      "March 2024: complete, its 1 actual entered.",
    ]);
  });

  test("an agreement without indicators or months", () => {
    const s = snapshot([], []);
    expect(statusLines(view(s), "en", TEXTS.en)).toEqual([
      "Agreement set up, without indicators yet.",
      "No month recorded yet.",
    ]);
    expect(statusLines(view(s), "zh", TEXTS.zh)).toEqual(["已建立协议，但尚无指标。", "尚未记录任何月份。"]);
  });

  test("rows without an indicator and text periods are not months (as the check counts them)", () => {
    const s = snapshot([
      monthly(MAR, "Satisfaction", 0.9, 5),
      monthly(APR, "", "", 6),
      monthly("next quarter", "Response", "", 7),
    ]);
    const v = view(s);
    expect(v.months).toEqual({ count: 1, first: MAR, latest: MAR });
    expect(v.latest).toEqual({ period: MAR, rows: 1, missing: 0 });
  });
});

describe("next step and button words", () => {
  test.each([
    ["en", "Enter actuals for March 2024", "Report: March 2024", "New month: April 2024", "Check", "Portable copy"],
    ["zh", "填写2024年3月实际值", "报告：2024年3月", "新增月份：2024年4月", "检查", "便携副本"],
  ] as const)("a month missing actuals (%s)", (lang, enter, report, add, check, copy) => {
    const v = view(missingOne);
    const t = TEXTS[lang];
    expect(actionLabel(v.primary, v, lang, t)).toBe(enter);
    expect(v.secondary.map((a) => actionLabel(a, v, lang, t))).toEqual([check, report, add, copy]);
    expect(nextStepText(v, lang, t)).toContain(lang === "en" ? "March 2024" : "2024年3月");
    expect(nextStepText(v, lang, t)).toContain("1");
  });

  test.each([
    ["en", "Restore sheets", "“Results”"],
    ["zh", "恢复工作表", "“考核结果”"],
  ] as const)("a linked sheet deleted (%s): restoring it is the one action, and says which", (lang, label, sheet) => {
    const sheetOf = { ...missingOne.sheetOf };
    delete sheetOf.SLA_History;
    const s = { ...missingOne, sheetOf };
    const v = view(s);
    expect(v.step).toEqual({ kind: "restore", missing: ["SLA_History"] });
    expect(v.primary).toBe("setUp");
    expect(v.secondary).toEqual(["check"]);
    expect(actionLabel(v.primary, v, lang, TEXTS[lang])).toBe(label);
    expect(nextStepText(v, lang, TEXTS[lang])).toContain(sheet);
    expect(statusLines(v, lang, TEXTS[lang])[0]).not.toBe(TEXTS[lang].statusNoAgreement);
  });

  test.each([
    ["en", "Restore sheets"],
    ["zh", "恢复工作表"],
  ] as const)(
    "the results feed missing (%s): the next step stands, Restore sheets is offered beside it",
    (lang, label) => {
      const sheetOf = { ...complete.sheetOf };
      delete sheetOf.SLA_Feed;
      const v = view({ ...complete, sheetOf });
      expect(v.step.kind).toBe("newMonth");
      expect(v.primary).toBe("newMonth");
      expect(v.feedMissing).toBe(true);
      expect(v.secondary).toEqual(["report", "check", "setUp", "portableCopy"]);
      expect(actionLabel("setUp", v, lang, TEXTS[lang])).toBe(label);
      expect(view(complete).feedMissing).toBe(false);
    },
  );

  test("Report names the month it will show: the latest with a total, not a month just added", () => {
    const history = (period: number, total: number | string, row: number) => ({
      period,
      total,
      grade: "",
      streak: "",
      cells: { period: at("Results", `A${row}`), total: at("Results", `B${row}`) },
    });
    // February has its total; March was added and its actuals are not all typed, so its total is "".
    const v = view({ ...missingOne, history: [history(JAN, 91, 5), history(FEB, 88.5, 6), history(MAR, "", 7)] });
    expect(v.reportPeriod).toBe(FEB);
    expect(actionLabel("report", v, "en", TEXTS.en)).toBe("Report: February 2024");
    expect(actionLabel("report", v, "zh", TEXTS.zh)).toBe("报告：2024年2月");
  });

  test.each(["en", "zh"] as const)("set up and new month (%s) name their months", (lang) => {
    const t = TEXTS[lang];
    expect(actionLabel("setUp", view(EMPTY_SNAPSHOT), lang, t)).toBe(t.setUp);
    expect(nextStepText(view(EMPTY_SNAPSHOT), lang, t)).toBe(t.nextSetUp);
    const v = view(complete);
    expect(nextStepText(v, lang, t)).toBe(t.nextNewMonth(periodLabel(MAR, lang), periodLabel(APR, lang)));
    expect(nextStepText(view(snapshot([])), lang, t)).toBe(t.nextFirstMonth(periodLabel(APR, lang)));
  });

  test("the action errors name the buttons as the pane shows them", () => {
    expect(new ActionError("agreementExists", { sheet: "x" }).text.en).toContain(`"${TEXTS.en.newMonth}"`);
    expect(new ActionError("agreementExists", { sheet: "x" }).text.zh).toContain(`“${TEXTS.zh.newMonth}”`);
    expect(new ActionError("noAgreement").text.en).toContain(`"${TEXTS.en.setUp}"`);
    expect(new ActionError("noAgreement").text.zh).toContain(`“${TEXTS.zh.setUp}”`);
  });
});

describe("month names", () => {
  test.each([
    [MAR, "March 2024", "2024年3月"],
    [MAR + 14, "March 2024", "2024年3月"],
    [JAN_2025, "January 2025", "2025年1月"],
    [45657, "December 2024", "2024年12月"],
  ])("%d: %s / %s", (serial, en, zh) => {
    expect(periodLabel(serial, "en")).toBe(en);
    expect(periodLabel(serial, "zh")).toBe(zh);
  });

  test("a period that is no date is shown as written", () => {
    expect(periodLabel(" Q1 ", "en")).toBe("Q1");
    expect(periodLabel(-3, "zh")).toBe("-3");
  });

  test("today from the browser clock: the local calendar day, counted from 1899-12-30", () => {
    expect(todaySerial(new Date(2024, 3, 18, 23, 59))).toBe(45400);
    expect(todaySerial(new Date(2024, 0, 1, 0, 0))).toBe(JAN);
    expect(todaySerial(new Date(1900, 2, 1))).toBe(61);
  });
});

describe("messages after an action", () => {
  const result = {
    sheets: ["Agreement", "Standards", "Monthly"],
    period: APR,
    notices: [notice("namesKept", { names: "SLA_GradeScale" })],
  };

  test.each(["en", "zh"] as const)("set up, new month, report (%s): sheets, month and notices", (lang) => {
    const t = TEXTS[lang];
    const setUp = doneMessage({ kind: "setUp", result }, lang, t);
    expect(setUp).toEqual({
      intent: "success",
      title: t.setUpDoneTitle,
      lines: [
        t.sheetsChanged(["Agreement", "Standards", "Monthly"].join(t.listSeparator)),
        result.notices[0].text[lang],
      ],
    });
    const added = doneMessage({ kind: "newMonth", result, expected: null }, lang, t);
    expect(added?.title).toBe(lang === "en" ? "April 2024 added" : "已新增2024年4月");
    const shown = doneMessage({ kind: "report", result: { sheets: ["Report"], notices: [] }, expected: MAR }, lang, t);
    expect(shown).toEqual({
      intent: "success",
      title: lang === "en" ? "Report for March 2024" : "2024年3月的报告",
      lines: [t.reportShown("Report")],
    });
    expect(doneMessage({ kind: "checked", findings: 2 }, lang, t)).toBeNull();
  });

  test.each(["en", "zh"] as const)("an ActionError is shown in the pane's language (%s)", (lang) => {
    const error = new ActionError("writeFailed", { detail: "The sheet is protected." });
    const failure = describeFailure(error);
    expect(failure).toEqual({ kind: "action", text: error.text });
    expect(failureText(failure, TEXTS[lang], lang)).toBe(error.text[lang]);
    expect(failedMessage("setUp", failure, lang, TEXTS[lang])).toEqual({
      intent: "error",
      title: TEXTS[lang].setUpFailedTitle,
      lines: [error.text[lang]],
    });
  });

  test.each(["en", "zh"] as const)(
    "the portable copy: its result and its refusal in the pane's language (%s)",
    (lang) => {
      const t = TEXTS[lang];
      const done = doneMessage(
        { kind: "portableCopy", result: { compiled: 56, kept: 37, agreementNo: "SLA-2024-X" } },
        lang,
        t,
      );
      expect(done?.title).toBe(lang === "en" ? "Portable copy opened" : "已打开便携副本");
      expect(done?.lines[0]).toContain("56");
      expect(done?.lines[0]).toContain("37");
      const error = new PortableCopyError("notSupported");
      const failure = describeFailure(error);
      expect(failure).toEqual({ kind: "action", text: error.text });
      expect(failedMessage("portableCopy", failure, lang, t)).toEqual({
        intent: "error",
        title: t.portableCopyFailedTitle,
        lines: [error.text[lang]],
      });
    },
  );

  test("other errors keep going through failures.ts", () => {
    const error = Object.assign(new Error("busy"), { code: "InvalidOperationInCellEditMode" });
    expect(failedMessage("newMonth", describeFailure(error), "zh", TEXTS.zh).lines).toEqual([TEXTS.zh.cellEditing]);
  });
});
