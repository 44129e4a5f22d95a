/**
 * 9. Improvement targets (002 第三条): each KPI's value now, its target and deadline, the latest
 * actual and how far it has come. A target below the current value means lower is better
 * (response time), above it higher is better (satisfaction). Values are numbers in the row's unit,
 * as the seed writes them ([当前百分比]%: 85 with the unit %).
 *
 * The seed leaves the numbers as blanks to fill ([当前时间], [目标百分比]…): the examples fill
 * them with invented ones, so progress and reached show. By hand:
 * - first response 30 → 15 minutes, now 20: (20 − 30) ÷ (15 − 30) = 2/3 ≈ 67%; 20 > 15 → 否;
 * - CSAT 85 → 90%, now 91: (91 − 85) ÷ (90 − 85) = 6/5 = 120%; 91 ≥ 90 → 是;
 * - technical first-time resolution 70 → 85%, now 76: 6 ÷ 15 = 40%; 76 < 85 → 否;
 * - online chat satisfaction 80 → 90%, now 90: 10 ÷ 10 = 100%; 90 ≥ 90 → 是.
 * Their deadlines have passed (2024), so the two not reached show red.
 */
import { GREEN, RED } from "./colors";
import { t } from "./text";
import type { Template } from "./types";

const FILLED = 'OR([@{col:current}]="",[@{col:target}]="",[@{col:latest}]="")';

export const targets: Template = {
  id: "targets",
  source: "002 第三条",
  title: t("改进目标跟踪表", "Improvement targets"),
  description: t(
    "列出协议约定的改进目标（KPI），填入当前值、目标值、期限和最新实际值，自动计算进度与是否达成。",
    "The improvement targets (KPIs) the agreement sets: fill in the current value, target, deadline and latest actual; progress and whether it is reached follow.",
  ),
  contains: [
    t("关键绩效指标、单位、当前值、目标值、完成期限", "KPI, unit, current value, target, deadline"),
    t("最新实际值、进度、是否达成", "Latest actual, progress, reached or not"),
    t("逾期未达成的目标标红", "Targets past their deadline and not reached turn red"),
  ],
  sheetName: t("改进目标", "Targets"),
  parameters: [],
  blocks: [
    {
      kind: "table",
      tableName: "SLA_Targets",
      blankRows: 4,
      columns: [
        { key: "kpi", header: t("关键绩效指标", "KPI"), format: "text", width: 28 },
        { key: "unit", header: t("单位", "Unit"), format: "text", width: 8 },
        {
          key: "current",
          header: t("当前值", "Current"),
          hint: t(
            "按“单位”列的单位填数值，如单位为 % 时填 85；同一行各值用同一单位",
            "A number in the row's unit, e.g. 85 when the unit is %; the same unit across the row",
          ),
          format: "general",
          width: 10,
        },
        {
          key: "target",
          header: t("目标值", "Target"),
          hint: t(
            "低于当前值表示越低越好（如响应时间）",
            "Below the current value means lower is better (e.g. response time)",
          ),
          format: "general",
          width: 10,
        },
        { key: "deadline", header: t("完成期限", "Deadline"), format: "date", width: 12, validation: { kind: "date" } },
        { key: "latest", header: t("最新实际值", "Latest actual"), format: "general", width: 15 },
        {
          key: "progress",
          header: t("进度", "Progress"),
          hint: t("（最新值−当前值）÷（目标值−当前值）", "(latest - current) / (target - current)"),
          format: "percent",
          width: 10,
          formula: `=IF(${FILLED},"",IF([@{col:target}]=[@{col:current}],"",([@{col:latest}]-[@{col:current}])/([@{col:target}]-[@{col:current}])))`,
        },
        {
          key: "reached",
          header: t("是否达成", "Reached"),
          format: "general",
          width: 10,
          formula: `=IF(${FILLED},"",IF(IF([@{col:target}]<[@{col:current}],[@{col:latest}]<=[@{col:target}],[@{col:latest}]>=[@{col:target}]),{yes},{no}))`,
        },
      ],
      side: [],
      examples: [
        {
          kpi: t("平均首次响应时间", "Average first response time"),
          unit: t("分钟", "minutes"),
          current: 30,
          target: 15,
          deadline: "2024-12-31",
          latest: 20,
        },
        {
          kpi: t("客户满意度（CSAT）", "Customer satisfaction (CSAT)"),
          unit: "%",
          current: 85,
          target: 90,
          deadline: "2024-12-31",
          latest: 91,
        },
        {
          kpi: t("技术咨询类问题一次性解决率", "First-time resolution, technical enquiries"),
          unit: "%",
          current: 70,
          target: 85,
          deadline: "2024-09-30",
          latest: 76,
        },
        {
          kpi: t("在线聊天渠道满意度", "Satisfaction with online chat"),
          unit: "%",
          current: 80,
          target: 90,
          deadline: "2024-12-31",
          latest: 90,
        },
      ],
    },
  ],
  conditionalFormats: [
    {
      column: "deadline",
      formula:
        "=AND(ISNUMBER(${colLetter:deadline}{row}),${colLetter:deadline}{row}<TODAY(),${colLetter:reached}{row}<>{yes})",
      ...RED,
      note: t("已过期限仍未达成", "Past the deadline and not reached"),
    },
    {
      column: "reached",
      formula: "=${colLetter:reached}{row}={yes}",
      ...GREEN,
      note: t("已达成", "Reached"),
    },
  ],
};
