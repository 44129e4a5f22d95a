/**
 * 5. Demand / ticket log (001 模板1), a complete SLA clock: who asked what, how urgent, when; for the
 * first response and for the resolution each, the due time counted in the agreement's service
 * hours from the priority's limit, the business hours taken, whether it was met (是/否, Yes/No) and
 * where it stands (SLA.STATUS: met, breached, at risk, open, paused). Time on hold (waiting for the
 * customer) is logged in the pauses table beside it, one row per interval, and stops both clocks.
 *
 * Beside the tickets, the limits, service hours and at-risk level the clocks follow, read from the
 * agreement's names (formula cells, not the parameters' homes: those are on the service standards
 * and agreement sheets), and the "as of" instant open tickets are measured at: empty means now
 * (NOW(), a live clock); a date-time typed there freezes every status at that moment, for a report.
 *
 * The month's on-time rates (first response, resolution) are read from the "met" columns by the
 * agreement's monthly sheet (src/excel/agreement/ticketFeed.ts), so they are never typed again.
 *
 * Examples, worked by hand: service hours Mon-Fri 9:00-18:00 (the default), no holidays, first
 * response 15 minutes for every priority, resolution P1 2 h / P2 24 h / P3 72 h, at risk from 80%,
 * measured as of Tue 14 May 2024 16:00. May 2024: Wed 1, Fri 10, Mon 13, Tue 14.
 *
 *   id     pri  logged        response  resolved      response                 resolution
 *   T-001  P1   Wed 1 10:30   10:40     Wed 1 12:00   due 10:45, 0.17 h, 是 Met  due 12:30, 1.5 h, 是 Met, 75%
 *   T-002  P3   Wed 1 11:15   11:45     Tue 14 09:00  due 11:30, 0.5 h, 否 Brch  due Mon 13 11:15, 78.75 h, 否 Breached
 *   T-003  P2   Mon 13 09:00  09:10     —             due 09:15, 是 Met        paused Tue 14 09:00–10:00: due Wed 15
 *                                                                             16:00; 16 − 1 = 15 h, 62.5%, Open
 *   T-004  P2   Fri 10 14:00  14:05     —             due 14:15, 是 Met        due Wed 15 11:00 (4 + 9 + 9 + 2);
 *                                                                             4 + 9 + 7 = 20 h, 83.3% ≥ 80%: At risk
 *   T-005  P2   Mon 13 10:00  10:05     —             due 10:15, 是 Met        on hold since Mon 13 14:00 (no end):
 *                                                                             no due time, 4 h, 16.7%, Paused
 *   T-006  P1   Tue 14 09:00  09:30     —             due 09:15, 否 Breached   due 11:00, 7 h, 350%: 否 Breached
 *   T-007  P3   Tue 14 15:50  —         —             due 16:05, 10 min of 15: Open   10 min of 72 h: Open
 *
 * The month (May 2024): responses met 4 of 6 answered or overdue (T-007 still open, in time) →
 * 66.7%; resolutions met 1 of 3 closed or overdue (T-001 yes, T-002 and T-006 no) → 33.3%.
 */
import { AMBER, RED } from "./colors";
import { t } from "./text";
import type { Column, LabelledCell, Template, Texts } from "./types";

type Clock = "response" | "resolution";

/** The priority's limit of one clock: one agreement parameter per priority; anything else is left empty. */
const limitOf = (clock: Clock) => {
  const key = (p: string) => (clock === "response" ? `{name:response${p}}` : `{name:limit${p}}`);
  return `IF([@{col:priority}]="P1",${key("P1")},IF([@{col:priority}]="P2",${key("P2")},IF([@{col:priority}]="P3",${key("P3")},"")))`;
};

/**
 * The ticket's rows of the pauses table as a two-column from/to array, other tickets' rows blank
 * (the functions skip blank rows). IF(x="","",x) keeps an open pause's blank end blank: in an array
 * a reference to an empty cell would become 0, which is no date.
 */
const PAUSES_OF_ROW = `IF([@{col:ticketId}]="","",IF({table}[{col:pauseTicket}]=[@{col:ticketId}],IF({table}[{col:pauseFrom}:{col:pauseTo}]="","",{table}[{col:pauseFrom}:{col:pauseTo}]),""))`;

/** The words of the holidays table's kind column; either language's counts (a co-author may type the other). */
const DAY_OFF = t("休息日", "Day off");
const WORKING_DAY = t("调休上班", "Working day");
const isWorkingDay = `((({table}[{col:dayKind}]="${WORKING_DAY.zh}")+({table}[{col:dayKind}]="${WORKING_DAY.en}"))>0)`;
/** The holidays table's dates of one kind as an array, other rows blank (a blank cell in an array would be 0, no date). */
const DAYS_OFF = `IF({table}[{col:dayDate}]="","",IF(${isWorkingDay},"",{table}[{col:dayDate}]))`;
const WORKING_DAYS = `IF({table}[{col:dayDate}]="","",IF(${isWorkingDay},{table}[{col:dayDate}],""))`;

/** The calendar, holidays, workdays and pauses arguments every clock function takes, in that order. */
const HOURS = `{name:calendar},${DAYS_OFF},${WORKING_DAYS},${PAUSES_OF_ROW}`;

/** The instant open tickets are measured at: the "as of" cell, or now when it is empty. */
const AS_OF = 'IF({cell:asOf}="",NOW(),{cell:asOf})';

const logged = "[@{col:recorded}]";
const ready = `OR(${logged}="",[@{col:priority}]="")`;

/** The end of a clock: the first response, or the resolution. */
const endOf = (clock: Clock) => (clock === "response" ? "[@{col:firstResponse}]" : "[@{col:resolved}]");
const col = (clock: Clock, name: string) => `[@{col:${clock}${name}}]`;

/**
 * Times compared to the second: a due time computed by SLA.DUE and a time typed by hand can differ
 * in the last bit of the serial, and a ticket resolved exactly on time must count as on time.
 */
const byDue = (done: string, due: string) => `ROUND(${done}*86400,0)<=ROUND(${due}*86400,0)`;

/** The four columns of one clock: due time, business hours, met, status. */
function clockColumns(clock: Clock): Column[] {
  const end = endOf(clock);
  const limit = limitOf(clock);
  const words =
    clock === "response"
      ? {
          due: t("响应到期", "Response due"),
          hours: t("响应用时（工作小时）", "Response hours"),
          met: t("响应按时", "Response met"),
          status: t("响应状态", "Response status"),
        }
      : {
          due: t("解决到期", "Resolution due"),
          hours: t("处理用时（工作小时）", "Business hours taken"),
          met: t("解决按时", "Resolution met"),
          status: t("解决状态", "Resolution status"),
        };
  return [
    {
      key: `${clock}Due`,
      header: words.due,
      hint: t(
        "按优先级时限与协议服务时间计算，挂起时间不计；挂起中的工单没有到期时间",
        "From the priority's limit in the agreement's service hours, time on hold left out; a ticket on hold has none",
      ),
      format: "datetime",
      width: 17,
      // #N/A from SLA.DUE means on hold (no due time yet): shown empty; the status column says why.
      formula: `=IF(${ready},"",IFNA(SLA.DUE(${logged},${limit},${HOURS}),""))`,
    },
    {
      key: `${clock}Hours`,
      header: words.hours,
      hint: t(
        "从记录到完成（未完成则到统计时点），只计服务时间，不含挂起",
        "From logging to done (or to the as-of time while open), service hours only, time on hold left out",
      ),
      format: "number2",
      width: clock === "response" ? 20 : 22,
      formula: `=IF(${ready},"",SLA.ELAPSED(${logged},IF(${end}="",${AS_OF},${end}),${HOURS}))`,
    },
    {
      key: `${clock}Met`,
      header: words.met,
      hint: t(
        "完成不晚于到期时间为“是”；未完成且已过到期时间为“否”；其余留空",
        "Yes when done by the due time; No when done late or still open past it; empty otherwise",
      ),
      format: "general",
      width: 14,
      formula: `=IF(${ready},"",IF(${end}<>"",IF(ISNUMBER(${col(clock, "Due")}),IF(${byDue(end, col(clock, "Due"))},{yes},{no}),""),IF(AND(ISNUMBER(${col(clock, "Due")}),${AS_OF}>${col(clock, "Due")}),{no},"")))`,
    },
    {
      key: `${clock}Status`,
      header: words.status,
      hint: t(
        "达标、超时、预警（已用时限达到预警线）、处理中、挂起",
        "Met, breached, at risk (the at-risk level of the limit used), open, paused",
      ),
      format: "general",
      width: 18,
      formula: `=IF(${ready},"",SLA.STATUS(${logged},${limit},${end},${AS_OF},${HOURS},{name:warningLevel}))`,
    },
  ];
}

const FROM_AGREEMENT = t(
  "取自协议参数（“服务标准”或“协议信息”工作表）；单独插入本表时为默认值",
  "The agreement's parameter (on the Service Standards or Agreement sheet); the default while this sheet stands alone",
);

/** A cell beside the table showing an agreement parameter the clocks follow. */
const shows = (
  parameterKey: string,
  label: Texts,
  format: LabelledCell["format"] = "general",
  width?: number,
): LabelledCell => ({
  key: `shown_${parameterKey}`,
  label,
  hint: FROM_AGREEMENT,
  format,
  formula: `={name:${parameterKey}}`,
  ...(width === undefined ? {} : { width }),
});

const pauseWhy = [
  t("等待客户回复", "Waiting for the customer"),
  t("等待客户提供资料", "Waiting for the customer's documents"),
  t("等待第三方", "Waiting for a third party"),
  t("客户要求延后", "Postponed at the customer's request"),
];

export const tickets: Template = {
  id: "tickets",
  source: "001 模板1, 001（三）",
  title: t("客户需求记录表", "Demand and ticket log"),
  description: t(
    "记录每条客户需求；首次响应与解决各有到期时间、用时、是否按时与状态，按优先级时限和协议服务时间计算，挂起时间（右侧挂起表）不计。",
    "Log each request; first response and resolution each get a due time, hours taken, met and a status, from the priority's limits in the agreement's service hours; time on hold (the pauses table on the right) does not count.",
  ),
  contains: [
    t(
      "工单编号、客户、需求类型、问题描述、情绪状态、优先级（下拉选择）",
      "Ticket id, customer, demand type, description, mood, priority (dropdowns)",
    ),
    t(
      "首次响应与解决：到期时间（SLA.DUE）、用时（SLA.ELAPSED）、是否按时、状态（SLA.STATUS）",
      "First response and resolution: due (SLA.DUE), hours (SLA.ELAPSED), met, status (SLA.STATUS)",
    ),
    t("已用时限比例（SLA.USED），预警与超时着色", "Share of the limit used (SLA.USED); at risk amber, breached red"),
    t("挂起记录表：工单编号、开始、结束、原因", "Pauses: ticket id, from, to, reason"),
  ],
  sheetName: t("需求记录", "Ticket Log"),
  parameters: [
    "calendar",
    "holidays",
    "responseP1",
    "responseP2",
    "responseP3",
    "limitP1",
    "limitP2",
    "limitP3",
    "warningLevel",
  ],
  blocks: [
    {
      kind: "table",
      heading: t("需求与工单", "Tickets"),
      tableName: "SLA_Tickets",
      blankRows: 5,
      // Too wide for one page at a readable scale: the request on one page, the two clocks on the next
      // (which starts with the ticket's id again, so each printed row says which ticket it is).
      printBreaksBefore: ["clockTicket"],
      columns: [
        {
          key: "ticketId",
          header: t("工单编号", "Ticket"),
          hint: t("唯一编号；挂起记录按此编号对应", "A unique id; pauses are matched to it"),
          format: "text",
          width: 10,
        },
        { key: "customer", header: t("客户姓名", "Customer"), format: "text", width: 10 },
        { key: "contact", header: t("联系方式", "Contact"), format: "text", width: 12 },
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
        { key: "description", header: t("问题描述", "Description"), format: "text", width: 32 },
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
          key: "clockTicket",
          header: t("工单号", "Ticket no."),
          hint: t("同左侧工单编号，打印时每页都能看到", "The ticket id again, so each printed page shows it"),
          format: "general",
          width: 10,
          formula: '=IF([@{col:ticketId}]="","",[@{col:ticketId}])',
        },
        ...clockColumns("response"),
        ...clockColumns("resolution"),
        {
          key: "used",
          header: t("已用时限", "Limit used"),
          hint: t("解决时限已用的比例（挂起不计）", "The share of the resolution limit used (time on hold left out)"),
          format: "percent",
          width: 11,
          formula: `=IF(${ready},"",SLA.USED(${logged},${limitOf("resolution")},[@{col:resolved}],${AS_OF},${HOURS}))`,
        },
      ],
      side: [
        {
          key: "asOf",
          label: t("统计时点", "Measured as of"),
          hint: t(
            "留空：按当前时间（实时）；填写日期时间：所有未结工单按该时点统计，便于出报告",
            "Empty: now (a live clock); a date-time typed here measures every open ticket at that moment, for a report",
          ),
          format: "datetime",
          width: 17,
          validation: { kind: "date" },
          example: "2024-05-14 16:00",
        },
        shows("responseP1", t("P1 首次响应时限", "P1 first response")),
        shows("responseP2", t("P2 首次响应时限", "P2 first response")),
        shows("responseP3", t("P3 首次响应时限", "P3 first response")),
        shows("limitP1", t("P1（紧急）处理时限", "P1 (urgent) limit")),
        shows("limitP2", t("P2（重要）处理时限", "P2 (important) limit")),
        shows("limitP3", t("P3（常规）处理时限", "P3 (routine) limit")),
        shows("warningLevel", t("预警线", "At-risk level"), "percent"),
        shows("calendar", t("服务时间", "Service hours"), "general", 22),
      ],
      examples: [
        {
          ticketId: "T-001",
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
          ticketId: "T-002",
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
        {
          ticketId: "T-003",
          customer: t("陈*", "Chen *"),
          contact: "0021",
          type: t("售后服务", "After-sales service"),
          description: t("冰箱预约上门维修", "Fridge: book a repair visit"),
          mood: t("平和", "Calm"),
          priority: "P2",
          recorder: t("李*", "Li *"),
          recorded: "2024-05-13 09:00",
          firstResponse: "2024-05-13 09:10",
        },
        {
          ticketId: "T-004",
          customer: t("刘*", "Liu *"),
          contact: "8812",
          type: t("售后投诉", "After-sales complaint"),
          description: t("安装师傅未按约定时间上门", "The installer did not come at the agreed time"),
          mood: t("不满", "Dissatisfied"),
          priority: "P2",
          recorder: t("赵*", "Zhao *"),
          recorded: "2024-05-10 14:00",
          firstResponse: "2024-05-10 14:05",
        },
        {
          ticketId: "T-005",
          customer: t("孙*", "Sun *"),
          contact: "3307",
          type: t("售后服务", "After-sales service"),
          description: t(
            "电视屏幕有亮线，需客户提供照片",
            "TV screen shows a bright line; photos needed from the customer",
          ),
          mood: t("平和", "Calm"),
          priority: "P2",
          recorder: t("李*", "Li *"),
          recorded: "2024-05-13 10:00",
          firstResponse: "2024-05-13 10:05",
        },
        {
          ticketId: "T-006",
          customer: t("周*", "Zhou *"),
          contact: "6620",
          type: t("售后投诉", "After-sales complaint"),
          description: t("热水器漏电跳闸", "Water heater trips the breaker"),
          mood: t("焦急", "Anxious"),
          priority: "P1",
          recorder: t("赵*", "Zhao *"),
          recorded: "2024-05-14 09:00",
          firstResponse: "2024-05-14 09:30",
        },
        {
          ticketId: "T-007",
          customer: t("吴*", "Wu *"),
          contact: "1945",
          type: t("建议", "Suggestion"),
          description: t("建议增加晚间客服时段", "Suggests evening support hours"),
          mood: t("平和", "Calm"),
          priority: "P3",
          recorder: t("李*", "Li *"),
          recorded: "2024-05-14 15:50",
        },
      ],
    },
    {
      kind: "table",
      heading: t("挂起记录（等待客户等，不计时）", "Time on hold (waiting for the customer…: not counted)"),
      tableName: "SLA_Pauses",
      blankRows: 3,
      columns: [
        {
          key: "pauseTicket",
          header: t("工单编号", "Ticket"),
          hint: t("与需求记录中的工单编号一致", "As in the tickets table"),
          format: "text",
          width: 10,
        },
        {
          key: "pauseFrom",
          header: t("挂起开始", "On hold from"),
          format: "datetime",
          width: 17,
          validation: { kind: "date" },
        },
        {
          key: "pauseTo",
          header: t("恢复计时", "Resumed at"),
          hint: t("仍在挂起则留空", "Empty while still on hold"),
          format: "datetime",
          width: 17,
          validation: { kind: "date" },
        },
        {
          key: "pauseReason",
          header: t("挂起原因", "Reason"),
          format: "text",
          width: 24,
          wrap: true,
          validation: { kind: "list", options: pauseWhy },
        },
      ],
      side: [],
      examples: [
        { pauseTicket: "T-003", pauseFrom: "2024-05-14 09:00", pauseTo: "2024-05-14 10:00", pauseReason: pauseWhy[0] },
        { pauseTicket: "T-005", pauseFrom: "2024-05-13 14:00", pauseReason: pauseWhy[1] },
      ],
    },
    {
      kind: "table",
      heading: t("节假日与调休（到期时间按此计算）", "Holidays and make-up working days (the clocks follow them)"),
      tableName: "SLA_Days",
      rowsAreInput: true,
      // The first row is the agreement's holidays setting (CN: mainland China's official days, built
      // in up to the last year the package covers); the user's own days go in the rows below.
      rows: [
        {
          dayDate: "={name:holidays}",
          dayKind: DAY_OFF,
          dayNote: t(
            "协议的节假日设置（CN：内置的中国大陆法定节假日与调休）",
            "The agreement's holidays setting (CN: mainland China's official days, built in)",
          ),
        },
      ],
      blankRows: 1,
      columns: [
        {
          key: "dayDate",
          header: t("日期", "Date"),
          hint: t(
            "休息日或调休上班日；新一年的官方安排公布后逐日补在下面",
            "A day off or a make-up working day; add next year's official days here once they are published",
          ),
          format: "date",
          width: 12,
        },
        {
          key: "dayKind",
          header: t("类型", "Kind"),
          format: "text",
          width: 12,
          validation: { kind: "list", options: [DAY_OFF, WORKING_DAY] },
        },
        { key: "dayNote", header: t("说明", "Note"), format: "text", width: 30, wrap: true },
      ],
      side: [],
      examples: [],
    },
  ],
  conditionalFormats: [
    {
      column: "resolutionStatus",
      formula: "=${colLetter:resolutionMet}{row}={no}",
      ...RED,
      note: t("解决超时（或未结且已过到期时间）", "Resolution late (or open past its due time)"),
    },
    {
      column: "resolutionStatus",
      formula:
        '=AND(${colLetter:resolutionMet}{row}="",ISNUMBER(${colLetter:used}{row}),${colLetter:used}{row}>={name:warningLevel})',
      ...AMBER,
      note: t("未结，已用时限达到预警线", "Open, past the at-risk level of its limit"),
    },
    {
      column: "responseStatus",
      formula: "=${colLetter:responseMet}{row}={no}",
      ...RED,
      note: t("首次响应超时", "First response late"),
    },
  ],
};
