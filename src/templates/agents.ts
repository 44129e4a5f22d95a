/**
 * 6. Agent performance on a 10-point scale (001 模板2). The seed's rules are kept in their own
 * words where the engine reads them (the bands of 问题一次性解决率 are the seed's whole-number bands,
 * read as people mean them: 94.5% is in 90%-94%'s band, 8 points). The seed's table is cut off after "客户满意":
 * its weight is the remaining 40% (15% + 25% + 20% + 40% = 100%), its standard and rule follow
 * 000's satisfaction indicator on a 10-point scale.
 *
 * The seed gives no actual values: the examples add plausible ones, so every score shows (the rates
 * as percentages, 92% rather than 0.92, in a column that also holds seconds and counts). By hand:
 * - 40 s to answer the phone: 10 s over 30 s, one step of 10 s → 10 − 1 = 9;
 * - 92% first-time resolution: in 90%-94%'s band → 8;
 * - 1 process step missed: 1 over 0 → 10 − 2 = 8;
 * - 88% satisfaction: 2% below 90% → 10 − 2 = 8;
 * weighted 9 × 15% + 8 × 25% + 8 × 20% + 8 × 40% = 1.35 + 2 + 1.6 + 3.2 = 8.15 out of 10.
 */
import { RED } from "./colors";
import { t } from "./text";
import type { Template } from "./types";

export const agents: Template = {
  id: "agents",
  source: "001 模板2",
  title: t("客户服务绩效考核表（10分制）", "Agent performance (10-point scale)"),
  description: t(
    "按考核维度为客服人员打分，每项满分10分，按权重汇总。",
    "Scores an agent on each dimension out of 10 and totals them by weight.",
  ),
  contains: [
    t(
      "考核维度、具体指标、评分标准（10分制）、权重、数据来源",
      "Dimensions, indicators, 10-point rules, weights, data sources",
    ),
    t("每项得分（SLA.SCORE，满分10分）", "Each score (SLA.SCORE, out of 10)"),
    t("加权总分（SLA.WEIGHTED）", "Weighted total (SLA.WEIGHTED)"),
  ],
  sheetName: t("绩效考核", "Agent Performance"),
  parameters: [],
  blocks: [
    {
      kind: "table",
      tableName: "SLA_AgentScores",
      blankRows: 4,
      columns: [
        // 14: "Responsiveness" on one line (a wrapped column breaks at spaces, not inside a word).
        { key: "dimension", header: t("考核维度", "Dimension"), format: "text", width: 14, wrap: true },
        { key: "indicator", header: t("具体指标", "Indicator"), format: "text", width: 18, wrap: true },
        { key: "standard", header: t("标准值", "Standard"), format: "text", width: 10 },
        {
          key: "actual",
          header: t("实际值", "Actual"),
          hint: t(
            "比率填百分数；时长、次数填标准所用单位的数值",
            "Rates as percentages; durations and counts as numbers in the standard's unit",
          ),
          format: "general",
          width: 10,
        },
        { key: "rule", header: t("评分标准（10分制）", "Rule (out of 10)"), format: "text", width: 40 },
        {
          key: "weight",
          header: t("权重", "Weight"),
          format: "percent",
          width: 8,
          validation: { kind: "decimal", min: 0, max: 1 },
        },
        {
          key: "score",
          header: t("得分", "Score"),
          format: "general",
          width: 8,
          formula: '=IF([@{col:actual}]="","",SLA.SCORE([@{col:actual}],[@{col:standard}],[@{col:rule}],10))',
        },
        { key: "source", header: t("数据来源", "Data source"), format: "text", width: 20, wrap: true },
      ],
      side: [
        { key: "agent", label: t("客服人员", "Agent"), format: "text", example: t("李*", "Li *") },
        { key: "period", label: t("考核周期", "Period"), format: "text", example: t("2024年5月", "May 2024") },
        {
          key: "total",
          label: t("加权得分（10分制）", "Weighted score (of 10)"),
          format: "number2",
          formula: '=IF(COUNT({table}[{col:score}])=0,"",SLA.WEIGHTED({table}[{col:score}],{table}[{col:weight}]))',
        },
        {
          key: "weightSum",
          label: t("权重合计", "Total weight"),
          format: "percent",
          // Empty until a weight is entered: an empty sheet shows no 0% (and no red).
          formula: '=IF(COUNT({table}[{col:weight}])=0,"",SUM({table}[{col:weight}]))',
        },
      ],
      examples: [
        {
          dimension: t("响应及时性", "Responsiveness"),
          indicator: t("首次响应时间（电话）", "First response time (phone)"),
          standard: t("≤30秒", "<=30 s"),
          actual: 40,
          rule: t("≤30秒得10分，每超10秒扣1分，扣完为止；满分10分", "-1 per 10 s over; full 10"),
          weight: 0.15,
          source: t("系统日志", "System logs"),
        },
        {
          dimension: t("处理效率", "Efficiency"),
          indicator: t("问题一次性解决率", "First-time resolution rate"),
          standard: "≥95%",
          actual: { number: 0.92, format: "percent" },
          rule: t("≥95%得10分，90%-94%得8分，85%-89%得6分，<85%得0分", ">=95%: 10; 90%-94%: 8; 85%-89%: 6; <85%: 0"),
          weight: 0.25,
          source: t("工单系统", "Ticket system"),
        },
        {
          dimension: t("服务规范性", "Compliance"),
          indicator: t("漏执行的流程步骤", "Process steps missed"),
          standard: t("≤0个", "<=0"),
          actual: 1,
          rule: t("每漏1个步骤扣2分，扣完为止；满分10分", "-2 per 1 over; full 10"),
          weight: 0.2,
          source: t("服务录音/聊天记录抽查", "Call recording / chat spot checks"),
        },
        {
          dimension: t("客户满意", "Customer satisfaction"),
          indicator: t("客户满意度", "Customer satisfaction"),
          standard: "≥90%",
          actual: { number: 0.88, format: "percent" },
          rule: t("每低于1%扣1分，扣完为止；满分10分", "-1 per 1% below; full 10"),
          weight: 0.4,
          source: t("满意度回访", "Satisfaction follow-up"),
        },
      ],
    },
  ],
  conditionalFormats: [
    {
      cell: "weightSum",
      // Only once weights are entered: an empty sheet is not an error.
      formula: "=IF(ISNUMBER({cell:weightSum}),ROUND({cell:weightSum},6)<>1,FALSE)",
      ...RED,
      note: t("权重合计不是100%", "Weights do not add up to 100%"),
    },
  ],
};
