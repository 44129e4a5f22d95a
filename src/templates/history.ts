/**
 * The results history of a linked agreement (000 表4, 000 步骤5–6): one row per month, oldest
 * first, every figure a formula over the monthly data — the total is the sum of the month's
 * weighted points, so the number on this sheet is the number on the monthly sheet. One row per
 * month (the measures live in the improvement plan) keeps SLA.STREAK right: no repeated or blank
 * totals between months.
 *
 * The fee, two terms that add up (see the agreement's parameters):
 * - the fee clause (SLA_FeeClause) every month, read by SLA.CREDIT against the penalty line;
 * - the penalty of 000 (SLA_PenaltyRate) once the months in a row below the line reach SLA_PenaltyMonths.
 * The grade lines are the grade scale's two highest thresholds when the month was added (a later
 * change of the scale does not redraw history); the report's chart draws them.
 */
import { AMBER, RED } from "./colors";
import { EXAMPLE_MONTHS } from "./exampleAgreement";
import { GRADE_BOUNDS, gradeColours } from "./grades";
import { t } from "./text";
import type { Template } from "./types";

const M = (key: string) => `{link:SLA_Monthly:${key}}`;
const P = "[@{col:period}]";
const whenTotal = (formula: string) => `=IF([@{col:total}]="","",${formula})`;

export const history: Template = {
  id: "history",
  source: "000 表4, 000 步骤5–6",
  title: t("考核结果", "Results history"),
  description: t(
    "每个考核月份一行，全部由月度数据计算：总分、等级、未达标指标数、连续低于违约线月数、是否须提交改进计划及服务费扣减。",
    "One row per month, all calculated from the monthly scores: total, grade, indicators missed, months in a row below the line, whether an improvement plan is due, and the fee reduction.",
  ),
  contains: [
    t("月度总分与等级（SLA.GRADE）", "Monthly total and grade (SLA.GRADE)"),
    t("连续低于违约线的月数（SLA.STREAK）与改进计划", "Months in a row below the line (SLA.STREAK), improvement plan"),
    t(
      "按扣费条款与违约条款的服务费扣减（SLA.CREDIT）",
      "Fee reduction under the fee clause and the penalty (SLA.CREDIT)",
    ),
  ],
  sheetName: t("考核结果", "Results"),
  parameters: ["gradeScale", "penaltyThreshold", "penaltyMonths", "penaltyRate", "monthlyFee", "feeClause"],
  blocks: [
    {
      kind: "table",
      tableName: "SLA_History",
      blankRows: 1,
      columns: [
        { key: "period", header: t("考核月份", "Month"), format: "month", width: 10, validation: { kind: "date" } },
        {
          key: "total",
          header: t("考核总分", "Total"),
          hint: t(
            "该月各指标加权得分之和；有实际值未填时留空",
            "The month's weighted points added up; empty while an actual is missing",
          ),
          format: "number1",
          width: 10,
          // Blank for a row without a month yet (a set-up without examples leaves one).
          formula: `=IF(${P}="","",IF(COUNTIFS(${M("period")},${P})=0,"",IF(COUNTIFS(${M("period")},${P},${M("actual")},"")>0,"",ROUND(SUMIFS(${M("weighted")},${M("period")},${P}),6))))`,
        },
        { key: "topLine", header: t("优秀线", "Top line"), format: "general", width: 9 },
        { key: "passLine", header: t("合格线", "Pass line"), format: "general", width: 10 },
        {
          key: "grade",
          header: t("等级", "Grade"),
          format: "general",
          width: 9,
          formula: whenTotal("SLA.GRADE([@{col:total}],{name:gradeScale})"),
        },
        {
          key: "missed",
          header: t("未达标指标数", "Indicators missed"),
          format: "integer",
          width: 18,
          formula: whenTotal(`COUNTIFS(${M("period")},${P},${M("met")},{no})`),
        },
        {
          key: "streak",
          header: t("连续低于违约线月数", "Months below line"),
          format: "integer",
          width: 19,
          formula: whenTotal("SLA.STREAK(INDEX({table}[{col:total}],1):[@{col:total}],{name:penaltyThreshold})"),
        },
        {
          key: "planDue",
          header: t("须提交改进计划", "Plan due"),
          hint: t("总分低于违约线的月份须提交改进计划", "A month below the penalty line needs an improvement plan"),
          format: "general",
          width: 15,
          formula: whenTotal("IF([@{col:total}]<{name:penaltyThreshold},{yes},{no})"),
        },
        {
          key: "measures",
          header: t("改进措施数", "Measures"),
          format: "integer",
          width: 11,
          formula: `=IF(${P}="","",COUNTIFS({link:SLA_Plan:period},${P}))`,
        },
        {
          key: "feeCredit",
          header: t("扣费条款扣减比例", "Fee clause credit"),
          format: "percent1",
          width: 18,
          formula: whenTotal(
            'IF({name:feeClause}="",0,SLA.CREDIT([@{col:total}],{name:penaltyThreshold},{name:feeClause}))',
          ),
        },
        {
          key: "penaltyShare",
          header: t("连续违约扣减比例", "Penalty share"),
          format: "percent1",
          width: 17,
          formula: whenTotal("IF([@{col:streak}]>={name:penaltyMonths},{name:penaltyRate},0)"),
        },
        {
          key: "deduction",
          header: t("服务费扣减金额", "Fee reduction"),
          format: "currency",
          width: 15,
          formula: whenTotal("([@{col:feeCredit}]+[@{col:penaltyShare}])*{name:monthlyFee}"),
        },
      ],
      side: GRADE_BOUNDS,
      examples: EXAMPLE_MONTHS.map((period) => ({ period, topLine: 90, passLine: 80 })),
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
      column: "streak",
      formula: "=AND(${colLetter:streak}{row}>0,${colLetter:streak}{row}<{name:penaltyMonths})",
      ...AMBER,
      note: t("已连续低于违约线，但尚未触发违约条款", "Below the line in a row, not yet long enough for the penalty"),
    },
    {
      column: "streak",
      formula: '=AND(${colLetter:streak}{row}<>"",${colLetter:streak}{row}>={name:penaltyMonths})',
      ...RED,
      note: t("已触发违约条款", "The penalty terms apply"),
    },
    {
      column: "planDue",
      formula: "=${colLetter:planDue}{row}={yes}",
      ...RED,
      note: t("须提交改进计划", "An improvement plan is due"),
    },
  ],
};
