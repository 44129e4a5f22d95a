/**
 * A small template made for tests: a form, a table without a heading and a table with one (so the
 * heading row is shared), columns just below, at and above the wrap width, every kind of validation,
 * a formula cell that has a validation it must not get, a long label for a prompt's title, and
 * conditional formats on a column and on a cell.
 *
 * Where everything lands (worked out from src/excel/layout.ts):
 * - rows 1–2 title and description; the form's heading on row 4 and its cells on rows 5–8
 *   (labels in A, values in B): owner B5, budget B6, the penalty rate B7, twice the budget B8;
 * - the tables start on row 10 (4 + 4 cells + 2): the heading row is 10, the header row 11, data from 12;
 * - Probe_Plain in A:C, 2 example rows (12–13) or 3 blank rows (12–14); Probe_Headed in E, its heading
 *   in E10, one blank row (12); its side cells in G:H: the sum on row 11, the target on row 12.
 */
import type { Template } from "../../src/templates";

export const probe: Template = {
  id: "probe",
  title: { zh: "探针表", en: "Probe sheet" },
  description: { zh: "用于测试", en: "For tests" },
  contains: [],
  source: "tests",
  sheetName: { zh: "探针", en: "Probe" },
  blocks: [
    {
      kind: "form",
      heading: { zh: "基本信息", en: "Details" },
      cells: [
        {
          key: "owner",
          label: { zh: "负责人", en: "Owner" },
          hint: { zh: "填写姓名", en: "Who answers for it" },
          format: "text",
          example: "Li",
        },
        {
          key: "budget",
          label: { zh: "全年预算", en: "Yearly budget, before any deductions and taxes" },
          hint: { zh: "金额", en: "An amount" },
          format: "currency",
          validation: { kind: "decimal", min: 0 },
          width: 12,
        },
        { parameter: "penaltyRate" },
        {
          key: "double",
          label: { zh: "两倍预算", en: "Twice the budget" },
          format: "number1",
          formula: "={cell:budget}*2",
          validation: { kind: "whole", max: 5 },
        },
      ],
    },
    {
      kind: "table",
      tableName: "Probe_Plain",
      columns: [
        { key: "a", header: { zh: "甲", en: "Narrow" }, format: "text", width: 27 },
        {
          key: "b",
          header: { zh: "乙", en: "Edge" },
          format: "general",
          width: 28,
          validation: { kind: "whole", min: 1, max: 9 },
        },
        {
          key: "c",
          header: { zh: "丙", en: "Wide" },
          hint: { zh: "日期", en: "A date" },
          format: "date",
          width: 29,
          validation: { kind: "date" },
        },
      ],
      side: [],
      examples: [
        { a: "x1", b: 1, c: "2024-05-01" },
        { a: { zh: "乙二", en: "x2" }, b: 2 },
      ],
      blankRows: 3,
    },
    {
      kind: "table",
      heading: { zh: "第二表", en: "Second table" },
      tableName: "Probe_Headed",
      columns: [
        {
          key: "x",
          header: { zh: "值", en: "Value" },
          format: "number2",
          width: 10,
          validation: { kind: "decimal", max: 100 },
        },
      ],
      side: [
        { key: "sum", label: { zh: "合计", en: "Sum" }, format: "general", formula: "=SUM({table}[{col:x}])" },
        { key: "target", label: { zh: "目标", en: "Target" }, format: "number2", width: 20, example: 50 },
      ],
      examples: [],
      blankRows: 1,
    },
  ],
  conditionalFormats: [
    {
      column: "x",
      formula: "=${colLetter:x}{row}>{cell:target}",
      fill: "#F8D7DA",
      font: "#842029",
      note: { zh: "超标", en: "Over" },
    },
    { cell: "sum", formula: "={cell:sum}>0", fill: "#D1E7DD", note: { zh: "有值", en: "Some" } },
  ],
  parameters: ["penaltyRate"],
};

/** The probe's form alone: no tables, so nothing to freeze and a portrait page. */
export const formOnly: Template = {
  ...probe,
  id: "formOnly",
  sheetName: { zh: "只有表单", en: "Form only" },
  blocks: probe.blocks.filter((b) => b.kind === "form"),
  conditionalFormats: [],
};

export const EMPTY_WORKBOOK = { sheetNames: ["Sheet1"], tableNames: [], names: [] } as const;
