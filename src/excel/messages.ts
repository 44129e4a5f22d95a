/**
 * What an insertion tells the user, in both languages: the task pane shows `text[lang]`, and the
 * id with its parameters stays available for anything that wants its own wording.
 */
import type { Texts } from "../templates/types";

export type NoticeId =
  | "sheetRenamed"
  | "tableRenamed"
  | "namesLinked"
  | "namesCreatedWithDefaults"
  | "namesMoved"
  | "namesRepaired"
  | "namesElsewhere"
  | "namesKept"
  | "problemsProposed";

export interface Notice {
  readonly id: NoticeId;
  readonly params: Readonly<Record<string, string>>;
  readonly text: Texts;
}

type Wording = (p: Readonly<Record<string, string>>) => Texts;

const WORDING: Readonly<Record<NoticeId, Wording>> = {
  sheetRenamed: (p) => ({
    zh: `已有名为“${p.wanted}”的工作表，新工作表命名为“${p.sheet}”。`,
    en: `A sheet named "${p.wanted}" already exists; the new sheet is "${p.sheet}".`,
  }),
  tableRenamed: (p) => ({
    zh: `表名 ${p.wanted} 已被占用，新表命名为 ${p.table}。`,
    en: `The table name ${p.wanted} is taken; the new table is ${p.table}.`,
  }),
  namesLinked: (p) => ({
    zh: `已创建名称（指向本表的参数单元格，其他工作表的公式引用它们）：${p.names}。`,
    en: `Names created, pointing at this sheet's parameter cells (the other sheets' formulas use them): ${p.names}.`,
  }),
  namesCreatedWithDefaults: (p) => ({
    zh: `工作簿中原无这些协议参数，已按默认值创建：${p.names}。建立协议后即可在“协议信息”和“服务标准”工作表的单元格中修改。`,
    en: `Agreement parameters the workbook lacked, created with their defaults: ${p.names}. Set up the agreement to edit them in cells (on its Agreement and Service Standards sheets).`,
  }),
  namesMoved: (p) => ({
    zh: `以下名称原为常量，现指向本表的单元格，数值不变：${p.names}。`,
    en: `Names that held constants now point at this sheet's cells, values unchanged: ${p.names}.`,
  }),
  namesRepaired: (p) => ({
    zh: `以下名称原指向已删除的工作表（#REF!），现指向本表的单元格，取默认值：${p.names}。`,
    en: `Names left broken by a deleted sheet (#REF!) now point at this sheet's cells, with their defaults: ${p.names}.`,
  }),
  namesElsewhere: (p) => ({
    zh: `以下名称已在其他位置定义，未作改动，本表显示其当前值：${p.names}。`,
    en: `Names already defined elsewhere, left as they are (this sheet shows their values): ${p.names}.`,
  }),
  problemsProposed: (p) => ({
    zh: `上月未达标的指标已列入改进计划，请补充根因与措施：${p.names}。`,
    en: `The indicators that missed their standard last month are in the improvement plan; add a cause and a measure: ${p.names}.`,
  }),
  namesKept: (p) => ({
    zh: `工作簿中已有以下名称，保持不变：${p.names}。`,
    en: `Names already in the workbook, left as they are: ${p.names}.`,
  }),
};

export function notice(id: NoticeId, params: Readonly<Record<string, string>>): Notice {
  return { id, params, text: WORDING[id](params) };
}
