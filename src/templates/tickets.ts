/**
 * 5. Demand / ticket log (001 模板1): who asked what, how urgent, when; the due time counted in
 * the agreement's service hours from the priority's limit (001: P1 2 h, P2 24 h, P3 72 h), and
 * whether the first response and the resolution came in time (是/否, Yes/No). Open tickets past
 * due turn red, those due within the hour amber.
 *
 * Beside the table, the limits and service hours the due times are counted from, read from the
 * agreement's names: whoever reads a due time sees what it follows without opening another sheet.
 * They are formula cells, not the parameters' homes (those are on the service standards and the
 * agreement sheets, and a parameter has one home): a ticket log inserted alone shows the defaults
 * its names were created with; inserting the service standards later moves them there to edit.
 *
 * The seed's two tickets come with no times after the logging: the examples add a first response
 * and a resolution to each (invented), so every calculated column shows a value. Worked by hand,
 * service hours Mon-Fri 9:00-18:00 (the default), no holidays, 1 May 2024 a Wednesday:
 * - P1 logged Wed 1 May 10:30: due 10:30 + 2 h = 12:30; response due 10:30 + 15 min = 10:45.
 *   Answered 10:40 ≤ 10:45 → 是; resolved 12:00 ≤ 12:30 → 是; 10:30–12:00 = 1.5 business hours.
 * - P3 logged Wed 1 May 11:15: due after 72 business hours: Wed 11:15–18:00 6.75 h, Thu–Fri 18 h,
 *   Mon 6–Fri 10 May 45 h (69.75 h), Mon 13 May 9:00 + 2.25 h → 13 May 11:15; response due 11:30.
 *   Answered 11:45 > 11:30 → 否; resolved Tue 14 May 09:00 > 13 May 11:15 → 否;
 *   6.75 + 18 + 45 + 9 (Mon 13) + 0 (Tue 14 at 9:00) = 78.75 business hours.
 */
import { AMBER, RED } from "./colors";
import { t } from "./text";
import type { LabelledCell, Template, Texts } from "./types";

/** The priority's time limit: one agreement parameter per priority; anything else is left empty (and DUE says so). */
const LIMIT =
  'IF([@{col:priority}]="P1",{name:limitP1},IF([@{col:priority}]="P2",{name:limitP2},IF([@{col:priority}]="P3",{name:limitP3},"")))';

/**
 * Times compared to the second: a due time computed by SLA.DUE and a time typed by hand can differ
 * in the last bit of the serial, and a ticket resolved exactly on time must count as on time.
 */
const onTime = (done: string, due: string) => `IF(ROUND(${done}*86400,0)<=ROUND(${due}*86400,0),{yes},{no})`;

const FROM_AGREEMENT = t(
  "取自协议参数（“服务标准”或“协议信息”工作表）；单独插入本表时为默认值",
  "The agreement's parameter (on the Service Standards or Agreement sheet); the default while this sheet stands alone",
);

/** A cell beside the table showing an agreement parameter the due times are counted from. */
const shows = (key: string, parameterKey: string, label: Texts, width?: number): LabelledCell => ({
  key,
  label,
  hint: FROM_AGREEMENT,
  format: "general",
  formula: `={name:${parameterKey}}`,
  ...(width === undefined ? {} : { width }),
});

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
    t("首次响应与解决是否按时（是/否）", "Whether the first response and the resolution were on time (Yes/No)"),
    t(
      "表格右侧：P1/P2/P3 处理时限、首次响应时限与服务时间",
      "Beside the table: the P1/P2/P3 limits, the first response limit and the service hours",
    ),
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
        { key: "customerId", header: t("客户编号", "Customer ID"), format: "text", width: 13 },
        {
          key: "type",
          header: t("需求类型", "Type"),
          format: "text",
          width: 12,
          wrap: true,
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
          width: 12, // "Dissatisfied"
          validation: { kind: "list", options: [t("焦急", "Anxious"), t("不满", "Dissatisfied"), t("平和", "Calm")] },
        },
        {
          key: "priority",
          header: t("优先级", "Priority"),
          hint: t("P1紧急、P2重要、P3常规", "P1 urgent, P2 important, P3 routine"),
          format: "text",
          width: 10,
          validation: { kind: "list", options: [t("P1", "P1"), t("P2", "P2"), t("P3", "P3")] },
        },
        { key: "recorder", header: t("记录人", "Logged by"), format: "text", width: 11 },
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
          hint: t(
            "首次响应是否在首次响应时限内（按服务时间计）",
            "Whether the first response came within the first response limit, in service hours",
          ),
          format: "general",
          width: 18,
          formula: `=IF(OR([@{col:firstResponse}]="",[@{col:recorded}]=""),"",${onTime(
            "[@{col:firstResponse}]",
            "SLA.DUE([@{col:recorded}],{name:responseLimit},{name:calendar},{name:holidays})",
          )})`,
        },
        {
          key: "resolvedOnTime",
          header: t("解决按时", "Resolved on time"),
          hint: t("解决时间是否不晚于到期时间", "Whether it was resolved by the due time"),
          format: "general",
          width: 18,
          formula: `=IF(OR([@{col:resolved}]="",[@{col:due}]=""),"",${onTime("[@{col:resolved}]", "[@{col:due}]")})`,
        },
        {
          key: "hoursTaken",
          header: t("处理用时（工作小时）", "Business hours taken"),
          hint: t("从记录到解决，只计服务时间", "From logging to resolution, in service hours only"),
          format: "number1",
          width: 22,
          formula:
            '=IF(OR([@{col:resolved}]="",[@{col:recorded}]=""),"",SLA.ELAPSED([@{col:recorded}],[@{col:resolved}],{name:calendar},{name:holidays}))',
        },
      ],
      side: [
        shows("shownResponseLimit", "responseLimit", t("首次响应时限", "First response limit")),
        shows("shownLimitP1", "limitP1", t("P1（紧急）处理时限", "P1 (urgent) limit")),
        shows("shownLimitP2", "limitP2", t("P2（重要）处理时限", "P2 (important) limit")),
        shows("shownLimitP3", "limitP3", t("P3（常规）处理时限", "P3 (routine) limit")),
        shows("shownCalendar", "calendar", t("服务时间", "Service hours"), 22),
        {
          ...shows("shownHolidays", "holidays", t("节假日", "Holidays")),
          // No holidays excluded shows as "none" rather than an empty cell.
          formula: t('=IF({name:holidays}="","无",{name:holidays})', '=IF({name:holidays}="","None",{name:holidays})'),
        },
      ],
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
          firstResponse: "2024-05-01 10:40",
          resolved: "2024-05-01 12:00",
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
          firstResponse: "2024-05-01 11:45",
          resolved: "2024-05-14 09:00",
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
      formula: "=${colLetter:responseOnTime}{row}={no}",
      ...RED,
      note: t("首次响应超时", "First response late"),
    },
    {
      column: "resolvedOnTime",
      formula: "=${colLetter:resolvedOnTime}{row}={no}",
      ...RED,
      note: t("解决超时", "Resolved late"),
    },
  ],
};
