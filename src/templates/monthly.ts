/**
 * The monthly data of a linked agreement: one row per indicator per month, in one table. One long
 * table rather than a sheet per month because that is the shape Excel's own tools expect: a filter
 * or slicer on the month shows one month, a PivotTable turns it into indicators × months, Power
 * Query appends agreements, and a chart's range never has to move. Adding a month adds rows; earlier
 * rows are never rewritten.
 *
 * Only the month, the indicator and the actual are typed. Weight, standard, rule and full marks are
 * looked up in the service standards (SLA_Indicators, by the indicator's name), so nothing is typed
 * twice; met, score, score rate, weighted points and the explanation are formulas. The results
 * history sums the weighted points per month.
 */
import { RED } from "./colors";
import { exampleMonthlyRows } from "./exampleAgreement";
import { INDICATOR_NAMES } from "./standards";
import { t } from "./text";
import type { Template } from "./types";

/**
 * INDEX of the indicator's row in SLA_Indicators; blank on a row without an indicator (a new
 * sheet's empty row must not show errors) and where the standards leave the field blank (INDEX
 * alone gives 0).
 */
const lookUp = (key: string) =>
  `=IF([@{col:ref}]="","",IF(INDEX({link:SLA_Indicators:${key}},[@{col:ref}])="","",INDEX({link:SLA_Indicators:${key}},[@{col:ref}])))`;

const scored = (formula: string) => `=IF([@{col:actual}]="","",${formula})`;

export const monthly: Template = {
  id: "monthly",
  source: "000 表3, 003 表1",
  title: t("月度考核数据", "Monthly scores"),
  description: t(
    "每月每项指标一行：只需填写实际值；权重、标准、评分规则取自“服务标准”，得分、是否达标与计算说明自动得出。",
    "One row per indicator per month: type the actual only; weight, standard and rule come from the service standards, and the score, met and explanation follow.",
  ),
  contains: [
    t("考核月份、指标、实际值（其余自动）", "Month, indicator, actual (the rest is calculated)"),
    t("得分与计算说明（SLA.SCORE、SLA.EXPLAIN）", "Scores and how each was reached (SLA.SCORE, SLA.EXPLAIN)"),
  ],
  sheetName: t("月度数据", "Monthly Scores"),
  parameters: [],
  blocks: [
    {
      kind: "table",
      tableName: "SLA_Monthly",
      blankRows: 1,
      columns: [
        {
          key: "period",
          header: t("考核月份", "Month"),
          hint: t("该月第一天，例如 2024-03-01", "The month's first day, e.g. 2024-03-01"),
          format: "month",
          width: 10,
          validation: { kind: "date" },
        },
        {
          key: "indicator",
          header: t("考核指标", "Indicator"),
          hint: t("与“服务标准”中的二级指标名称一致", "As named in the service standards"),
          format: "text",
          width: 24,
        },
        {
          key: "ref",
          header: t("指标序号", "Indicator no."),
          format: "integer",
          width: 14,
          // #N/A for a name the standards do not have: the row cannot be scored and should say so.
          formula: '=IF([@{col:indicator}]="","",MATCH([@{col:indicator}],{link:SLA_Indicators:level2},0))',
        },
        { key: "weight", header: t("权重", "Weight"), format: "percent", width: 8, formula: lookUp("weight") },
        { key: "standard", header: t("标准值", "Standard"), format: "general", width: 11, formula: lookUp("target") },
        {
          key: "actual",
          header: t("实际值", "Actual"),
          hint: t(
            "比率填百分数（88%）；时长、分数填标准所用单位的数值（1.2 表示 1.2 小时）",
            "Rates as percentages (88%); durations and points as numbers in the standard's unit (1.2 for 1.2 hours)",
          ),
          // General, not %: a duration typed into a % cell would become a percentage (18 → 18%).
          // The rows of % standards are given the % format when they are written.
          format: "general",
          width: 9,
        },
        { key: "rule", header: t("评分规则", "Scoring rule"), format: "general", width: 30, formula: lookUp("rule") },
        {
          key: "fullMarks",
          header: t("满分", "Full marks"),
          format: "general",
          width: 11,
          formula: lookUp("fullMarks"),
        },
        {
          key: "met",
          header: t("是否达标", "Met"),
          format: "general",
          width: 9,
          formula: scored("IF(SLA.MET([@{col:actual}],[@{col:standard}]),{yes},{no})"),
        },
        {
          key: "score",
          header: t("得分", "Score"),
          format: "general",
          width: 7,
          formula: scored("SLA.SCORE([@{col:actual}],[@{col:standard}],[@{col:rule}],[@{col:fullMarks}])"),
        },
        {
          key: "rate",
          header: t("得分率", "Score rate"),
          hint: t("得分占满分的比例（满分留空为100分）", "The score as a share of full marks (100 when empty)"),
          format: "percent",
          width: 11,
          formula: scored('[@{col:score}]/IF([@{col:fullMarks}]="",100,[@{col:fullMarks}])'),
        },
        {
          key: "weighted",
          header: t("加权得分", "Weighted points"),
          hint: t(
            "得分率 × 权重 × 100，各指标相加即为月度总分",
            "Score rate × weight × 100; they add up to the month's total",
          ),
          format: "number1",
          width: 16,
          formula: scored("[@{col:rate}]*[@{col:weight}]*100"),
        },
        {
          key: "explanation",
          header: t("计算说明", "How it was scored"),
          format: "general",
          width: 44,
          formula: scored("SLA.EXPLAIN([@{col:actual}],[@{col:standard}],[@{col:rule}],[@{col:fullMarks}])"),
        },
      ],
      side: [],
      examples: exampleMonthlyRows(INDICATOR_NAMES),
    },
  ],
  conditionalFormats: [
    {
      column: "actual",
      formula: "=${colLetter:met}{row}={no}",
      ...RED,
      note: t("实际值未达标准", "Actual misses the standard"),
    },
    {
      column: "score",
      formula: "=${colLetter:met}{row}={no}",
      ...RED,
      note: t("未达标的指标得分", "Score of an indicator that missed its standard"),
    },
  ],
};
