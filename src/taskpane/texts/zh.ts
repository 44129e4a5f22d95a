/** 任务窗格的简体中文文本。 */
import type { UiTexts } from "./types";

export const zh: UiTexts = {
  appTitle: "SLA 服务水平评分",
  tagline: "按协议原文的评分规则为服务水平协议打分。",
  notInExcelTitle: "预览",
  notInExcel: "此页面不在 Excel 中运行，无法写入工作簿。请从 Excel 的“开始”选项卡打开，以插入工作表和公式。",

  languageLabel: "语言",
  languageNotSaved: (detail) => `未能将语言保存到工作簿：${detail}`,
  pagesLabel: "页面",
  tabTemplates: "模板",
  tabFunctions: "函数",

  galleryIntro: "每个模板会在本工作簿中新建一张工作表，使用上方所选的语言。工作簿中原有的内容不会改动。",
  examplesSwitch: "包含示例数据",
  examplesHint: "用示例协议中的数据填充表格；不勾选则表格为空行，公式已就位。",
  galleryLabel: "模板",
  containsHeading: "工作表包含",
  insert: "插入",
  insertLabel: (title) => `插入工作表“${title}”`,
  inserting: "正在插入…",
  insertedTitle: "已插入工作表",
  insertedSheet: (sheet) => `已创建工作表“${sheet}”。`,
  insertedExampleRows: (n) => `表格中有 ${n} 行示例数据。`,
  insertedEmptyRows: (n) => `表格中有 ${n} 行空行，公式已就位。`,
  insertedTables: (tables) => `表：${tables}。`,
  listSeparator: "、",
  insertFailedTitle: "未能插入工作表",

  functionsIntro: "可在任意单元格中输入以下函数，或将示例写入所选单元格。方括号 [ ] 中的参数可以省略。",
  functionsListLabel: "SLA 函数",
  returns: (what) => `返回：${what}`,
  example: "示例",
  exampleResult: (result) => `结果：${result}`,
  writeExample: "写入所选单元格",
  writeExampleLabel: (fn) => `写入所选单元格：${fn} 的示例`,
  writing: "正在写入…",
  writtenTitle: "已写入公式",
  written: (address) => `示例已写入 ${address}。`,
  writtenAsText: (address) =>
    `${address} 的格式为“文本”，Excel 会把公式当作文本保存。请将该单元格格式设为“常规”后再写入。`,
  writeFailedTitle: "未能写入公式",
  comingSoon: "即将推出",

  cellEditing: "Excel 正在编辑单元格。请按 Enter 或 Esc 结束编辑后重试。",
  excelError: (detail) => `Excel 报告：${detail}`,
  dismiss: "关闭",
};
