/**
 * Why an agreement action stopped, in both languages. The pane shows `text[lang]`; the id and
 * its parameters stay for tests. Excel's own message (in Excel's language) is kept as `detail`.
 */
import { linkedSheetName } from "../../templates/linked";
import type { Texts } from "../../templates/types";

export type ActionErrorId =
  | "agreementExists"
  | "tableNameTaken"
  | "noAgreement"
  | "sheetsMissing"
  | "noIndicators"
  | "writeFailed"
  | "writeFailedNotUndone";

/** "SLA_History, SLA_Plan" → the sheets' titles in one language, quoted. */
const titles = (tables: string, lang: "zh" | "en"): string =>
  tables
    .split(", ")
    .map((t) => (lang === "zh" ? `“${linkedSheetName(t).zh}”` : `"${linkedSheetName(t).en}"`))
    .join(lang === "zh" ? "、" : ", ");

type Wording = (p: Readonly<Record<string, string>>) => Texts;

const WORDING: Readonly<Record<ActionErrorId, Wording>> = {
  agreementExists: (p) => ({
    zh: `本工作簿已有协议（工作表“${p.sheet}”）。请用“新增月份”继续，或在新工作簿中建立另一份协议。`,
    en: `This workbook already holds an agreement (sheet "${p.sheet}"). Use "New month" to go on, or set up another agreement in a new workbook.`,
  }),
  tableNameTaken: (p) => ({
    zh: `工作簿中已有名为 ${p.table} 的表或名称，协议的工作表需要这个表名。请将其改名后重试。`,
    en: `The workbook already has a table or name called ${p.table}, which the agreement's sheets need. Rename it and try again.`,
  }),
  noAgreement: () => ({
    zh: "本工作簿还没有协议。请先点击“建立协议”。",
    en: 'This workbook holds no agreement yet. Click "Set up agreement" first.',
  }),
  sheetsMissing: (p) => ({
    zh: `协议的工作表${titles(p.tables, "zh")}已被删除。请点击“恢复工作表”将其放回（原有数据不受影响），再继续。`,
    en: `The agreement's sheet ${titles(p.tables, "en")} was deleted. Click "Restore sheets" to put it back (nothing else is touched), then go on.`,
  }),
  noIndicators: (p) => ({
    zh: `工作表“${p.sheet}”的监测指标表中没有指标。请先填写指标（名称、权重、目标值、评分规则）。`,
    en: `The indicator table on sheet "${p.sheet}" has no indicators. Fill them in first (name, weight, target, scoring rule).`,
  }),
  writeFailed: (p) => ({
    zh: `Excel 未能完成写入，已撤销本次的全部改动，工作簿保持原样。Excel 的说明：${p.detail}`,
    en: `Excel could not finish writing; everything this action wrote has been undone and the workbook is as it was. Excel said: ${p.detail}`,
  }),
  writeFailedNotUndone: (p) => ({
    zh: `Excel 未能完成写入，且未能撤销已写入的部分：${p.left}。请手动删除。Excel 的说明：${p.detail}`,
    en: `Excel could not finish writing, and could not undo what had landed: ${p.left}. Please delete it by hand. Excel said: ${p.detail}`,
  }),
};

export class ActionError extends Error {
  readonly text: Texts;
  constructor(
    readonly id: ActionErrorId,
    readonly params: Readonly<Record<string, string>> = {},
  ) {
    const text = WORDING[id](params);
    super(text.en);
    this.name = "ActionError";
    this.text = text;
  }
}
