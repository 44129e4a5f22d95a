/**
 * 4. Results and improvement plan (000 表4 with 003 表4): one row per assessment period, oldest
 * first, with its total, grade and the plan that answers its problems; beside it the penalty check
 * of 000 (连续3个月考核低于80分 → 提交《改进计划》并扣减5%服务费) on the agreement's parameters.
 *
 * The fee, two terms that add up:
 * - the fee clause (SLA_FeeClause, e.g. 每低1分扣减当月服务费1%，扣减总额不超过月费的10%), every
 *   month: SLA.CREDIT reads it against the month's total, with the penalty line (SLA_PenaltyThreshold)
 *   as the standard, so a month at 78 is 2 points below 80 → 2% of the monthly fee; a month at or
 *   above the line costs nothing. The clause's own cap ("不超过月费的10%") bounds the clause only.
 * - the penalty of 000, once the months in a row below the line reach SLA_PenaltyMonths:
 *   SLA_PenaltyRate (5%) of the monthly fee.
 * So the latest period's reduction = monthly fee × (its fee credit + the penalty rate if the penalty
 * applies): 78, 79, 75 → 5% + 5% of 100,000 = 10,000. Without a fee clause only the penalty is left.
 */
import { AMBER, RED } from "./colors";
import { GRADE_BOUNDS, gradeColours } from "./grades";
import { t } from "./text";
import type { Template } from "./types";

export const results: Template = {
  id: "results",
  source: "000 表4, 003 表4",
  title: t("考核结果与改进计划", "Results and improvement plan"),
  description: t(
    "每个考核周期一行（按时间先后），记录总分、等级、按扣费条款的扣费与改进计划；右侧按协议的违约条款判断是否扣减服务费，并合计本期扣减。",
    "One row per period, oldest first: total, grade, the fee clause's credit and the improvement plan; beside it, the agreement's penalty terms and the latest period's total fee reduction.",
  ),
  contains: [
    t("考核周期、总分、等级、主要问题点", "Period, total, grade, main problems"),
    t(
      "改进措施、责任部门、责任人、完成时限、所需资源、验证标准、状态",
      "Measures, department, owner, deadline, resources, verification, status",
    ),
    t(
      "每期按扣费条款扣减的比例与金额（SLA.CREDIT）",
      "Each period's fee credit under the fee clause, as a share and an amount (SLA.CREDIT)",
    ),
    t(
      "违约检查：连续低于违约线的月数（SLA.STREAK）与本期服务费扣减合计",
      "Penalty check: months in a row below the line (SLA.STREAK) and the latest period's total fee reduction",
    ),
  ],
  sheetName: t("考核结果", "Results"),
  parameters: ["gradeScale", "penaltyThreshold", "penaltyMonths", "penaltyRate", "monthlyFee", "feeClause"],
  blocks: [
    {
      kind: "table",
      tableName: "SLA_Results",
      blankRows: 3,
      columns: [
        {
          key: "period",
          header: t("考核周期", "Period"),
          hint: t("每个周期一行，按时间先后排列", "One row per period, oldest first"),
          format: "text",
          width: 12,
        },
        {
          key: "total",
          header: t("考核总分", "Total"),
          format: "number1",
          width: 10,
          validation: { kind: "decimal", min: 0 },
        },
        {
          key: "grade",
          header: t("等级", "Grade"),
          format: "general",
          width: 10,
          formula: '=IF([@{col:total}]="","",SLA.GRADE([@{col:total}],{name:gradeScale}))',
        },
        {
          key: "feeCredit",
          header: t("扣费比例", "Fee credit"),
          hint: t(
            "按协议的扣费条款，总分低于违约线时扣减当月服务费的比例",
            "The share of the month's fee the agreement's fee clause deducts for a total below the line",
          ),
          format: "percent1",
          width: 10,
          formula:
            '=IF([@{col:total}]="","",IF({name:feeClause}="",0,SLA.CREDIT([@{col:total}],{name:penaltyThreshold},{name:feeClause})))',
        },
        {
          key: "creditAmount",
          header: t("扣费金额", "Fee credit amount"),
          format: "currency",
          width: 12,
          formula: '=IF([@{col:feeCredit}]="","",[@{col:feeCredit}]*{name:monthlyFee})',
        },
        { key: "problems", header: t("主要问题点", "Main problems"), format: "text", width: 28 },
        { key: "measures", header: t("改进措施", "Measures"), format: "text", width: 24 },
        { key: "department", header: t("责任部门", "Department"), format: "text", width: 12 },
        { key: "owner", header: t("责任人", "Owner"), format: "text", width: 10 },
        { key: "deadline", header: t("完成时限", "Deadline"), format: "date", width: 12, validation: { kind: "date" } },
        { key: "resources", header: t("所需资源", "Resources"), format: "text", width: 20 },
        { key: "verification", header: t("验证标准", "Verification"), format: "text", width: 28 },
        {
          key: "status",
          header: t("状态", "Status"),
          format: "text",
          width: 10,
          validation: {
            kind: "list",
            options: [
              t("未开始", "Not started"),
              t("进行中", "In progress"),
              t("已完成", "Done"),
              t("已验证", "Verified"),
            ],
          },
        },
      ],
      side: [
        {
          key: "streak",
          label: t("连续低于违约线的月数", "Months in a row below the line"),
          format: "integer",
          formula: "=SLA.STREAK({table}[{col:total}],{name:penaltyThreshold})",
        },
        {
          key: "planRequired",
          label: t("须提交改进计划", "Improvement plan required"),
          format: "general",
          formula: "={cell:streak}>={name:penaltyMonths}",
        },
        {
          key: "penalty",
          label: t("连续违约扣减", "Penalty for months in a row"),
          format: "currency",
          formula: "=IF({cell:planRequired},{name:monthlyFee}*{name:penaltyRate},0)",
        },
        {
          // The fee credit of the last period with a total (the period STREAK counts back from).
          key: "latestCredit",
          label: t("本期扣费条款扣减", "Fee clause credit, latest period"),
          format: "currency",
          // XLOOKUP searching from the last row (-1); 0 before any total is entered.
          formula: '=XLOOKUP(TRUE,{table}[{col:total}]<>"",{table}[{col:creditAmount}],0,0,-1)',
        },
        {
          key: "deduction",
          label: t("本期服务费扣减合计", "Fee reduction, latest period"),
          hint: t(
            "扣费条款的扣减加上连续违约的扣减，均按月度服务费计算",
            "The fee clause's credit plus the penalty for months in a row, both on the monthly fee",
          ),
          format: "currency",
          formula: "={cell:latestCredit}+{cell:penalty}",
        },
        {
          key: "feeClauseReading",
          label: t("扣费条款解读", "Fee clause as read"),
          format: "general",
          formula: '=IF({name:feeClause}="","",SLA.RULE({name:penaltyThreshold},{name:feeClause}))',
        },
        ...GRADE_BOUNDS,
      ],
      examples: [
        {
          period: t("2024年3月", "March 2024"),
          total: 85,
          problems: t("在线客服夜间响应超时率8%", "8% of night-time chat responses late"),
          measures: t("增加24小时客服", "Add a 24-hour service desk"),
          department: t("客服部", "Customer service"),
          owner: t("李*", "Li *"),
          deadline: "2024-06-30",
          resources: t("系统采购费2万元", "System purchase, CNY 20,000"),
          verification: t("夜间工单首次响应时长≤1小时", "Night tickets answered within 1 hour"),
          status: t("进行中", "In progress"),
        },
      ],
    },
  ],
  conditionalFormats: [
    ...gradeColours({ column: "grade" }),
    {
      column: "total",
      formula: '=AND(${colLetter:total}{row}<>"",${colLetter:total}{row}<{name:penaltyThreshold})',
      ...RED,
      note: t("低于违约线", "Below the penalty line"),
    },
    {
      cell: "planRequired",
      formula: "={cell:planRequired}=TRUE",
      ...RED,
      note: t("已触发违约条款", "The penalty terms apply"),
    },
    {
      cell: "streak",
      formula: "=AND({cell:streak}>0,{cell:streak}<{name:penaltyMonths})",
      ...AMBER,
      note: t("已连续低于违约线，但尚未触发违约条款", "Below the line in a row, not yet long enough for the penalty"),
    },
  ],
};
