/**
 * The agreement's parameters: one defined name each, so every sheet's formulas read the same
 * value and a co-author's change reaches everyone. Defaults are the seeds' (000 and 001) unless
 * said otherwise. The agreement-info sheet is their home; a sheet inserted alone creates the
 * names it needs with these defaults.
 */
import type { Parameter } from "./types";

const URGENCY = { P1: "紧急", P2: "重要", P3: "常规" } as const;

export const PARAMETERS: readonly Parameter[] = [
  {
    key: "gradeScale",
    name: "SLA_GradeScale",
    label: { zh: "等级划分", en: "Grade scale" },
    hint: {
      zh: "从高到低，分号分隔：优秀≥90;合格≥80;不合格",
      en: "Highest first, separated by semicolons: Excellent>=90; Pass>=80; Fail",
    },
    value: { zh: "优秀≥90;合格≥80;不合格", en: "Excellent>=90; Pass>=80; Fail" },
    format: "text",
  },
  {
    key: "penaltyThreshold",
    name: "SLA_PenaltyThreshold",
    label: { zh: "违约线（月度总分低于）", en: "Penalty line (total below)" },
    value: { zh: 80, en: 80 },
    format: "general",
    validation: { kind: "decimal", min: 0 },
  },
  {
    key: "penaltyMonths",
    name: "SLA_PenaltyMonths",
    label: { zh: "连续低于违约线的月数", en: "Months in a row (penalty)" },
    hint: {
      zh: "连续这么多个月低于违约线：乙方提交《改进计划》并扣减服务费",
      en: "This many months in a row below the line: the provider submits an improvement plan and the fee is reduced",
    },
    value: { zh: 3, en: 3 },
    format: "integer",
    validation: { kind: "whole", min: 1, max: 120 },
  },
  {
    key: "penaltyRate",
    name: "SLA_PenaltyRate",
    label: { zh: "服务费扣减比例", en: "Service fee reduction" },
    value: { zh: 0.05, en: 0.05 },
    format: "percent",
    validation: { kind: "decimal", min: 0, max: 1 },
  },
  {
    key: "monthlyFee",
    name: "SLA_MonthlyFee",
    label: { zh: "月度服务费", en: "Monthly service fee" },
    // Not in the seeds: a round example amount, to be replaced by the contract's.
    hint: { zh: "示例金额，请改为合同约定的金额", en: "An example amount: replace it with the contract's" },
    value: { zh: 100000, en: 100000 },
    format: "currency",
    validation: { kind: "decimal", min: 0 },
  },
  {
    key: "feeClause",
    name: "SLA_FeeClause",
    label: { zh: "扣费条款（低于违约线时）", en: "Fee clause (below line)" },
    // Not in the seeds (000 has only the penalty for months in a row): an example clause, read by
    // SLA.CREDIT against the month's total and the penalty line, to be replaced by the contract's.
    hint: {
      zh: "每月按总分低于违约线的分数扣减当月服务费（SLA.CREDIT）；与连续违约的扣减相加。示例条款，请改为合同约定的条款；留空则不按月扣减。",
      en: "Each month, the fee is reduced by how far the total falls below the line (SLA.CREDIT), on top of the penalty for months in a row. An example clause: replace it with the contract's; leave it empty for none.",
    },
    value: {
      zh: "每低1分扣减当月服务费1%，扣减总额不超过月费的10%",
      en: "1% of the monthly fee for each point below, up to 10%",
    },
    format: "text",
  },
  {
    key: "calendar",
    name: "SLA_Calendar",
    label: { zh: "服务时间", en: "Service hours" },
    hint: {
      zh: "处理时限按此时间计算，例如：周一至周五 9:00-18:00，或 7×24",
      en: "Time limits count these hours only, e.g. Mon-Fri 09:00-18:00, or 7x24",
    },
    value: { zh: "周一至周五 9:00-18:00", en: "Mon-Fri 09:00-18:00" },
    format: "text",
  },
  {
    key: "holidays",
    name: "SLA_Holidays",
    label: { zh: "节假日", en: "Holidays" },
    // Empty by default: "CN" covers only the years its table holds (see README), and a default
    // that turns every due time into #N/A on the first of January would be worse than none.
    hint: {
      zh: "留空：不排除节假日；填 CN：按中国大陆法定节假日及调休上班日计算",
      en: "Empty: no holidays; CN: mainland China's public holidays and make-up working days",
    },
    value: { zh: "", en: "" },
    format: "text",
  },
  // First response and resolution limits by priority (001: P1 2 h / P2 24 h / P3 72 h to resolve;
  // 000: first response within 15 minutes, for every priority until the agreement says otherwise).
  ...(["P1", "P2", "P3"] as const).map((p): Parameter => ({
    key: `response${p}`,
    name: `SLA_Response${p}`,
    label: {
      zh: `${p}（${URGENCY[p]}）首次响应时限`,
      en: `${p} first response limit`,
    },
    hint: { zh: "协议约定：首次响应时间≤15分钟", en: "As agreed: first response within 15 minutes" },
    value: { zh: "15分钟", en: "15 minutes" },
    format: "text",
  })),
  {
    key: "limitP1",
    name: "SLA_LimitP1",
    label: { zh: "P1（紧急）处理时限", en: "P1 (urgent) limit" },
    value: { zh: "2小时", en: "2 hours" },
    format: "text",
  },
  {
    key: "limitP2",
    name: "SLA_LimitP2",
    label: { zh: "P2（重要）处理时限", en: "P2 (important) limit" },
    value: { zh: "24小时", en: "24 hours" },
    format: "text",
  },
  {
    key: "limitP3",
    name: "SLA_LimitP3",
    label: { zh: "P3（常规）处理时限", en: "P3 (routine) limit" },
    value: { zh: "72小时", en: "72 hours" },
    format: "text",
  },
  {
    key: "warningLevel",
    name: "SLA_WarningLevel",
    label: { zh: "预警线（已用时限比例）", en: "At-risk level" },
    hint: {
      zh: "未结工单已用时限达到此比例时标记为“预警”",
      en: "An open ticket that has used this share of its limit is marked at risk",
    },
    value: { zh: 0.8, en: 0.8 },
    format: "percent",
    validation: { kind: "decimal", min: 0, max: 1 },
  },
];

const byKey = new Map(PARAMETERS.map((p) => [p.key, p]));

export function parameter(key: string): Parameter {
  const p = byKey.get(key);
  if (!p) throw new Error(`Unknown agreement parameter "${key}"`);
  return p;
}
