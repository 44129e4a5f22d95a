/**
 * 1. Agreement info (000 表1), as a form: who, when, the goal; and the agreement's parameters,
 * whose cells the defined names point to, so the other sheets' grades, penalties and due times
 * follow whatever is typed here.
 */
import { t } from "./text";
import type { Template } from "./types";

export const agreement: Template = {
  id: "agreement",
  source: "000 表1",
  title: t("服务水平协议基本信息", "Service-level agreement"),
  description: t(
    "协议双方、期限与服务目标；下方参数供其他工作表的公式引用，改这里即全表生效。",
    "Parties, term and goal of the agreement; the parameters below feed the other sheets' formulas, so a change here applies everywhere.",
  ),
  contains: [
    t(
      "协议编号、甲乙双方、服务周期与生效/到期日期",
      "Agreement number, client and provider, service period, effective and expiry dates",
    ),
    t("双方联系人及职位、服务目标", "Both contacts with their titles, service goal"),
    t(
      "协议参数：等级划分、违约条款、月度服务费、扣费条款及其解读（SLA.RULE）、服务时间",
      "Agreement parameters: grade scale, penalty terms, monthly fee, fee clause and how it is read (SLA.RULE), service hours",
    ),
  ],
  sheetName: t("协议信息", "Agreement"),
  parameters: [
    "gradeScale",
    "penaltyThreshold",
    "penaltyMonths",
    "penaltyRate",
    "monthlyFee",
    "feeClause",
    "calendar",
    "holidays",
  ],
  blocks: [
    {
      kind: "form",
      heading: t("协议基本信息", "Agreement details"),
      cells: [
        { key: "agreementNo", label: t("协议编号", "Agreement number"), format: "text", example: "SLA-2024-X" },
        { key: "client", label: t("甲方（客户方）", "Client"), format: "text", example: t("*有限公司", "* Co., Ltd.") },
        {
          key: "provider",
          label: t("乙方（服务提供方）", "Provider"),
          format: "text",
          example: t("*服务团队", "* service team"),
        },
        { key: "period", label: t("服务周期", "Service period"), format: "text", example: "2024.01.01-2024.12.31" },
        {
          key: "effective",
          label: t("生效日期", "Effective date"),
          format: "date",
          example: "2023-12-25",
          validation: { kind: "date" },
        },
        {
          key: "expiry",
          label: t("到期日期", "Expiry date"),
          format: "date",
          example: "2024-12-31",
          validation: { kind: "date" },
        },
        { key: "clientContact", label: t("甲方联系人", "Client contact"), format: "text", example: "*" },
        {
          key: "clientTitle",
          label: t("甲方联系人职位", "Client contact's title"),
          format: "text",
          example: t("客户总监", "Customer director"),
        },
        { key: "providerContact", label: t("乙方联系人", "Provider contact"), format: "text", example: "*" },
        {
          key: "providerTitle",
          label: t("乙方联系人职位", "Provider contact's title"),
          format: "text",
          example: t("运营主管", "Operations supervisor"),
        },
        {
          key: "goal",
          label: t("服务目标", "Service goal"),
          format: "text",
          example: t(
            "提升客户满意度至90%以上，问题平均解决时长≤48小时",
            "Customer satisfaction above 90%; average resolution time within 48 hours",
          ),
        },
      ],
    },
    {
      kind: "form",
      heading: t("协议参数（其他工作表的公式引用）", "Agreement parameters (used by the other sheets' formulas)"),
      cells: [
        { parameter: "gradeScale" },
        { parameter: "penaltyThreshold" },
        { parameter: "penaltyMonths" },
        { parameter: "penaltyRate" },
        { parameter: "monthlyFee" },
        { parameter: "feeClause" },
        {
          // How SLA.CREDIT reads the clause, in the clause's language, for both parties to check.
          key: "feeClauseReading",
          label: t("扣费条款解读", "Fee clause as read"),
          format: "general",
          formula: '=IF({name:feeClause}="","",SLA.RULE({name:penaltyThreshold},{name:feeClause}))',
        },
        { parameter: "calendar" },
        { parameter: "holidays" },
      ],
    },
  ],
  conditionalFormats: [],
};
