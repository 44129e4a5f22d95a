/**
 * 3. Monthly scoring sheet (000 表3): each indicator scored by its written rule, the weighted
 * total and the grade on the agreement's scale. The seed's example rows score 90/100/96 and
 * 94.8 in total (the seed's own 80/96/94 → 90 is miscalculated: 88% is 2% below 90%, 2 × 5 = 10
 * points off, so 90, not 80).
 */
import { t } from "./text";
import { RED } from "./colors";
import { GRADE_BOUNDS, gradeColours } from "./grades";
import type { Template } from "./types";

export const scoring: Template = {
  id: "scoring",
  source: "000 表3",
  title: t("月度考核评分表", "Monthly scorecard"),
  description: t(
    "每项指标按协议原文的评分规则打分，自动算出加权总分与等级。",
    "Each indicator is scored by the agreement's own wording of its rule; the weighted total and the grade follow.",
  ),
  contains: [
    t("指标、权重、标准值、实际值、评分规则", "Indicators, weights, standards, actuals, scoring rules"),
    t("得分与计算说明（SLA.SCORE、SLA.EXPLAIN）", "Scores and how each was reached (SLA.SCORE, SLA.EXPLAIN)"),
    t("加权总分与等级（SLA.WEIGHTED、SLA.GRADE）", "Weighted total and grade (SLA.WEIGHTED, SLA.GRADE)"),
  ],
  sheetName: t("月度评分", "Monthly Score"),
  parameters: ["gradeScale"],
  blocks: [
    {
      kind: "table",
      tableName: "SLA_Scoring",
      blankRows: 3,
      columns: [
        { key: "indicator", header: t("考核指标", "Indicator"), format: "text", width: 18 },
        {
          key: "weight",
          header: t("权重", "Weight"),
          hint: t("各项权重合计应为100%", "Weights must add up to 100%"),
          format: "percent",
          width: 8,
          validation: { kind: "decimal", min: 0, max: 1 },
        },
        {
          key: "standard",
          header: t("标准值", "Standard"),
          hint: t("例如 ≥90%、≤15分钟、24小时内", "For example >=90%, <=15 min, within 24 h"),
          format: "text",
          width: 10,
        },
        {
          key: "actual",
          header: t("实际值", "Actual"),
          hint: t(
            "比率填百分数（88%）；时长填标准所用单位的数值",
            "Rates as percentages (88%); durations as numbers in the standard's unit",
          ),
          format: "percent",
          width: 10,
        },
        {
          key: "rule",
          header: t("评分规则", "Scoring rule"),
          hint: t("照协议原文填写，例如：达标100分，每低于1%扣5分", "As the agreement words it, e.g. -5 per 1% below"),
          format: "text",
          width: 30,
        },
        {
          key: "met",
          header: t("是否达标", "Met"),
          format: "general",
          width: 10,
          formula: '=IF([@{col:actual}]="","",SLA.MET([@{col:actual}],[@{col:standard}]))',
        },
        {
          key: "score",
          header: t("得分", "Score"),
          format: "general",
          width: 8,
          formula: '=IF([@{col:actual}]="","",SLA.SCORE([@{col:actual}],[@{col:standard}],[@{col:rule}]))',
        },
        {
          key: "explanation",
          header: t("计算说明", "How it was scored"),
          format: "general",
          width: 48,
          formula: '=IF([@{col:actual}]="","",SLA.EXPLAIN([@{col:actual}],[@{col:standard}],[@{col:rule}]))',
        },
      ],
      side: [
        {
          key: "total",
          label: t("加权总分", "Weighted total"),
          format: "number1",
          formula: '=IF(COUNT({table}[{col:score}])=0,"",SLA.WEIGHTED({table}[{col:score}],{table}[{col:weight}]))',
        },
        {
          key: "grade",
          label: t("考核等级", "Grade"),
          format: "general",
          formula: '=IF({cell:total}="","",SLA.GRADE({cell:total},{name:gradeScale}))',
        },
        {
          key: "weightSum",
          label: t("权重合计", "Total weight"),
          format: "percent",
          formula: "=SUM({table}[{col:weight}])",
        },
        ...GRADE_BOUNDS,
      ],
      examples: [
        {
          indicator: t("客户满意度", "Customer satisfaction"),
          weight: 0.4,
          standard: "≥90%",
          actual: 0.88,
          rule: t("达标100分，每低于1%扣5分", "-5 per 1% below"),
        },
        {
          indicator: t("问题首次解决率", "First-contact resolution rate"),
          weight: 0.3,
          standard: "≥85%",
          actual: 0.87,
          rule: t("达标100分，每低于1%扣3分", "-3 per 1% below"),
        },
        {
          indicator: t("响应时效达标率", "On-time response rate"),
          weight: 0.3,
          standard: "≥95%",
          actual: 0.93,
          rule: t("达标100分，每低于1%扣2分", "-2 per 1% below"),
        },
      ],
    },
  ],
  conditionalFormats: [
    {
      column: "actual",
      formula: "=${colLetter:met}{row}=FALSE",
      ...RED,
      note: t("实际值未达标准", "Actual misses the standard"),
    },
    {
      column: "score",
      formula: "=${colLetter:met}{row}=FALSE",
      ...RED,
      note: t("未达标的指标得分", "Score of an indicator that missed its standard"),
    },
    ...gradeColours({ cell: "grade" }),
    {
      cell: "weightSum",
      formula: "=ROUND({cell:weightSum},6)<>1",
      ...RED,
      note: t("权重合计不是100%", "Weights do not add up to 100%"),
    },
  ],
};
