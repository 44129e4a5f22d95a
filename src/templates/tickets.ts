/**
 * 5. Demand / ticket log (001 模板1): who asked what, how urgent, when; the due time counted in
 * the agreement's service hours from the priority's limit (001: P1 2 h, P2 24 h, P3 72 h), and
 * whether the first response and the resolution came in time. Open tickets past due turn red,
 * those due within the hour amber.
 */
import { AMBER, RED } from "./colors";
import { t } from "./text";
import type { Template } from "./types";

/** The priority's time limit: one agreement parameter per priority; anything else is left empty (and DUE says so). */
const LIMIT =
  'IF([@{col:priority}]="P1",{name:limitP1},IF([@{col:priority}]="P2",{name:limitP2},IF([@{col:priority}]="P3",{name:limitP3},"")))';

/**
 * Times compared to the second: a due time computed by SLA.DUE and a time typed by hand can differ
 * in the last bit of the serial, and a ticket resolved exactly on time must count as on time.
 */
const onTime = (done: string, due: string) => `ROUND(${done}*86400,0)<=ROUND(${due}*86400,0)`;

export const tickets: Template = {
  id: "tickets",
  source: "001 模板1, 001（三）",
  title: t("客户需求记录表", "Demand and ticket log"),
  description: t(
    "记录每条客户需求；到期时间按优先级时限和协议服务时间自动计算，逾期未结的标红，一小时内到期的标黄。",
    "Log each request; the due time follows from its priority's limit and the agreement's service hours. Open tickets past due turn red, those due within the hour amber.",
  ),
  contains: [
    t(
      "客户、联系方式、需求类型、问题描述、情绪状态、优先级（下拉选择）",
      "Customer, contact, demand type, description, mood, priority (dropdowns)",
    ),
    t("到期时间（SLA.DUE）与处理用时（SLA.ELAPSED）", "Due time (SLA.DUE) and business hours taken (SLA.ELAPSED)"),
    t("首次响应与解决是否按时", "Whether the first response and the resolution were on time"),
  ],
  sheetName: t("需求记录", "Ticket Log"),
  parameters: ["calendar", "holidays", "responseLimit", "limitP1", "limitP2", "limitP3"],
  blocks: [
    {
      kind: "table",
      tableName: "SLA_Tickets",
      blankRows: 5,
      columns: [
        { key: "customer", header: t("客户姓名", "Customer"), format: "text", width: 10 },
        { key: "contact", header: t("联系方式", "Contact"), format: "text", width: 14 },
        { key: "customerId", header: t("客户编号", "Customer ID"), format: "text", width: 12 },
        {
          key: "type",
          header: t("需求类型", "Type"),
          format: "text",
          width: 12,
          validation: {
            kind: "list",
            options: [
              t("产品咨询", "Product enquiry"),
              t("售后投诉", "After-sales complaint"),
              t("售后服务", "After-sales service"),
              t("建议", "Suggestion"),
              t("其他", "Other"),
            ],
          },
        },
        { key: "description", header: t("问题描述", "Description"), format: "text", width: 36 },
        {
          key: "mood",
          header: t("情绪状态", "Mood"),
          format: "text",
          width: 10,
          validation: { kind: "list", options: [t("焦急", "Anxious"), t("不满", "Dissatisfied"), t("平和", "Calm")] },
        },
        {
          key: "priority",
          header: t("优先级", "Priority"),
          hint: t("P1紧急、P2重要、P3常规", "P1 urgent, P2 important, P3 routine"),
          format: "text",
          width: 8,
          validation: { kind: "list", options: [t("P1", "P1"), t("P2", "P2"), t("P3", "P3")] },
        },
        { key: "recorder", header: t("记录人", "Logged by"), format: "text", width: 10 },
        {
          key: "recorded",
          header: t("记录时间", "Logged at"),
          format: "datetime",
          width: 17,
          validation: { kind: "date" },
        },
        {
          key: "due",
          header: t("到期时间", "Due"),
          hint: t("按优先级时限与协议服务时间计算", "From the priority's limit, in the agreement's service hours"),
          format: "datetime",
          width: 17,
          formula: `=IF(OR([@{col:recorded}]="",[@{col:priority}]=""),"",SLA.DUE([@{col:recorded}],${LIMIT},{name:calendar},{name:holidays}))`,
        },
        {
          key: "firstResponse",
          header: t("首次响应时间", "First response"),
          format: "datetime",
          width: 17,
          validation: { kind: "date" },
        },
        {
          key: "resolved",
          header: t("解决时间", "Resolved at"),
          format: "datetime",
          width: 17,
          validation: { kind: "date" },
        },
        {
          key: "responseOnTime",
          header: t("响应按时", "Response on time"),
          format: "general",
          width: 10,
          formula: `=IF(OR([@{col:firstResponse}]="",[@{col:recorded}]=""),"",${onTime(
            "[@{col:firstResponse}]",
            "SLA.DUE([@{col:recorded}],{name:responseLimit},{name:calendar},{name:holidays})",
          )})`,
        },
        {
          key: "resolvedOnTime",
          header: t("解决按时", "Resolved on time"),
          format: "general",
          width: 10,
          formula: `=IF(OR([@{col:resolved}]="",[@{col:due}]=""),"",${onTime("[@{col:resolved}]", "[@{col:due}]")})`,
        },
        {
          key: "hoursTaken",
          header: t("处理用时（工作小时）", "Business hours taken"),
          format: "number1",
          width: 12,
          formula:
            '=IF(OR([@{col:resolved}]="",[@{col:recorded}]=""),"",SLA.ELAPSED([@{col:recorded}],[@{col:resolved}],{name:calendar},{name:holidays}))',
        },
      ],
      side: [],
      examples: [
        {
          customer: t("张*", "Zhang *"),
          contact: "5678",
          type: t("售后投诉", "After-sales complaint"),
          description: t(
            "购买的洗衣机使用3天出现漏水，联系售后未得到回应",
            "Washing machine leaking after 3 days; after-sales did not answer",
          ),
          mood: t("焦急", "Anxious"),
          priority: "P1",
          recorder: t("李*", "Li *"),
          recorded: "2024-05-01 10:30",
        },
        {
          customer: t("王*", "Wang *"),
          contact: "139",
          type: t("产品咨询", "Product enquiry"),
          description: t(
            "询问空调的能效等级及安装费用",
            "Asks about the air conditioner's energy rating and installation fee",
          ),
          mood: t("平和", "Calm"),
          priority: "P3",
          recorder: t("赵*", "Zhao *"),
          recorded: "2024-05-01 11:15",
        },
      ],
    },
  ],
  conditionalFormats: [
    {
      column: "due",
      formula: '=AND(ISNUMBER(${colLetter:due}{row}),${colLetter:resolved}{row}="",NOW()>${colLetter:due}{row})',
      ...RED,
      note: t("未解决且已逾期", "Open and past due"),
    },
    {
      column: "due",
      formula:
        '=AND(ISNUMBER(${colLetter:due}{row}),${colLetter:resolved}{row}="",NOW()<=${colLetter:due}{row},${colLetter:due}{row}-NOW()<=1/24)',
      ...AMBER,
      note: t("未解决，一小时内到期", "Open, due within the hour"),
    },
    {
      column: "responseOnTime",
      formula: "=${colLetter:responseOnTime}{row}=FALSE",
      ...RED,
      note: t("首次响应超时", "First response late"),
    },
    {
      column: "resolvedOnTime",
      formula: "=${colLetter:resolvedOnTime}{row}=FALSE",
      ...RED,
      note: t("解决超时", "Resolved late"),
    },
  ],
};
