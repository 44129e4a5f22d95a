/** What the pane says after an insertion or a failure, built from the result and its notices. */
import { insertTemplate } from "../../src/excel";
import { getTemplate } from "../../src/templates";
import { describeFailure, failureText, NotInExcelError } from "../../src/taskpane/failures";
import { insertedLines } from "../../src/taskpane/insertMessage";
import { TEXTS } from "../../src/taskpane/texts";
import { createStrictExcel } from "../excel/strictExcel";

async function insert(id: string, lang: "zh" | "en", examples: boolean, sheets = ["Sheet1"]) {
  const excel = createStrictExcel({ sheets: sheets.map((name) => ({ name })) });
  return insertTemplate((b) => excel.run(b), getTemplate(id), lang, { examples });
}

test("ticket log with examples, in English: the sheet, the rows, the table, the default-valued names", async () => {
  const result = await insert("tickets", "en", true);
  expect(insertedLines(result, "en", TEXTS.en)).toEqual([
    "Created the sheet “Ticket Log”.",
    "Its tables hold 9 example rows.",
    "Tables: SLA_Tickets, SLA_Pauses, SLA_Days.",
    expect.stringMatching(
      /^Agreement parameters the workbook lacked, created with their defaults: SLA_Calendar, SLA_Holidays, SLA_ResponseP1, SLA_ResponseP2, SLA_ResponseP3, SLA_LimitP1, SLA_LimitP2, SLA_LimitP3, SLA_WarningLevel\./,
    ),
  ]);
});

test("in Chinese, without examples, into a workbook that already has the sheet: the renamed sheet is said", async () => {
  const result = await insert("tickets", "zh", false, ["Sheet1", "需求记录"]);
  const lines = insertedLines(result, "zh", TEXTS.zh);
  expect(lines[0]).toBe("已创建工作表“需求记录 (2)”。");
  expect(lines[1]).toBe(`表格中有 ${result.rowsWritten} 行空行，公式已就位。`);
  expect(lines).toContain("已有名为“需求记录”的工作表，新工作表命名为“需求记录 (2)”。");
  expect(lines.some((l) => l.includes("SLA_Calendar"))).toBe(true);
});

test("a sheet without tables says no rows", async () => {
  const result = await insert("agreement", "en", true);
  expect(result.tableNames).toEqual([]);
  const lines = insertedLines(result, "en", TEXTS.en);
  expect(lines[0]).toBe(`Created the sheet “${result.sheetName}”.`);
  expect(lines.some((l) => /rows/.test(l))).toBe(false);
});

describe("failures", () => {
  test("outside Excel", () => {
    const f = describeFailure(new NotInExcelError());
    expect(f).toEqual({ kind: "notInExcel" });
    expect(failureText(f, TEXTS.en, "en")).toBe(TEXTS.en.notInExcel);
  });

  test("Excel busy editing a cell: say how to finish the edit", () => {
    const error = Object.assign(new Error("The request cannot be processed while in cell-editing mode."), {
      code: "InvalidOperationInCellEditMode",
    });
    expect(failureText(describeFailure(error), TEXTS.zh, "zh")).toBe(TEXTS.zh.cellEditing);
  });

  test("any other Office error: Excel's message, with its code when the message lacks it", () => {
    const error = Object.assign(new Error("The worksheet is protected."), { code: "AccessDenied" });
    expect(failureText(describeFailure(error), TEXTS.en, "en")).toBe(
      "Excel reported: The worksheet is protected. (AccessDenied)",
    );
    expect(describeFailure("odd")).toEqual({ kind: "excel", detail: "odd" });
  });
});
