/**
 * 2. Service standards: what is served, when and how well (000 表2), the indicator system with
 * baselines, targets and weights (003 表1), and the time limits by priority (001: P1 2 h, P2 24 h,
 * P3 72 h) and for the first response (000 表2: 15 minutes), which the ticket log's due times use.
 *
 * Each indicator may carry its scoring rule, scored against the target, with its full marks, and
 * beside it SLA.RULE's reading of the rule in one sentence, so both parties check the reading when
 * they sign. The example rules are the seeds' own, on the indicators whose target they fit:
 * 003 表2's bands for the first response time (out of 5); 001 模板2's bands (≥95% 10, 90%-94% 8,
 * 85%-89% 6, <85% 0, out of 10) for the call answer rate, whose target is ≥95%; 000 表3's per-1%
 * deductions where 000 has the same standard (≥90% −5, ≥85% −3, ≥95% −2). Customer satisfaction
 * (in points of 5) has no rule: the seeds give none in points.
 */
import { RED } from "./colors";
import { t } from "./text";
import type { Template, Value } from "./types";

export const standards: Template = {
  id: "standards",
  source: "000 表2, 003 表1, 001（三）",
  title: t("服务内容与标准", "Service standards"),
  description: t(
    "服务模块、渠道、时间与量化标准，监测指标体系，以及按优先级的处理时限。",
    "Service modules, channels, hours and measurable standards, the indicator system, and the time limits by priority.",
  ),
  contains: [
    t(
      "服务内容与标准明细：模块、渠道、服务时间、标准要求",
      "Services and their standards: module, channels, hours, requirement",
    ),
    t(
      "一级/二级指标、定义、基准值、目标值、权重、数据来源",
      "Level-1/level-2 indicators, definition, baseline, target, weight, data source",
    ),
    t(
      "评分规则及其解读（SLA.RULE），供双方签署时核对",
      "Scoring rules and how they are read (SLA.RULE), for both parties to check",
    ),
    t("P1/P2/P3 处理时限与首次响应时限", "P1/P2/P3 time limits and the first response limit"),
  ],
  sheetName: t("服务标准", "Service Standards"),
  parameters: ["responseP1", "responseP2", "responseP3", "limitP1", "limitP2", "limitP3", "warningLevel"],
  blocks: [
    {
      kind: "table",
      heading: t("服务内容与标准明细", "Services and standards"),
      tableName: "SLA_Services",
      blankRows: 3,
      columns: [
        { key: "module", header: t("服务模块", "Service"), format: "text", width: 12, wrap: true },
        { key: "content", header: t("服务内容", "Content"), format: "text", width: 24, wrap: true },
        { key: "channel", header: t("服务渠道", "Channels"), format: "text", width: 20, wrap: true },
        { key: "hours", header: t("服务时间", "Hours"), format: "text", width: 16, wrap: true },
        { key: "requirement", header: t("标准要求", "Standard"), format: "text", width: 40 },
        { key: "serviceSource", header: t("数据来源", "Data source"), format: "text", width: 16, wrap: true },
      ],
      side: [],
      examples: [
        {
          module: t("日常咨询", "Everyday enquiries"),
          content: t("产品使用、业务规则咨询", "Product use, business rules"),
          channel: t("在线客服、电话、邮件", "Online chat, phone, email"),
          hours: t("7×24小时", "24/7"),
          requirement: t(
            "首次响应时间≤15分钟（在线/电话），邮件回复≤4小时",
            "First response within 15 minutes (chat/phone), email reply within 4 hours",
          ),
          serviceSource: t("客服系统记录", "Service desk records"),
        },
        {
          module: t("投诉处理", "Complaints"),
          content: t("客户投诉受理、跟进、闭环", "Taking, following up and closing complaints"),
          channel: t("投诉、专属邮箱", "Complaint line, dedicated mailbox"),
          hours: t("工作日9:00-18:00", "Workdays 9:00-18:00"),
          requirement: t(
            "24小时内联系客户，48小时内解决率≥95%",
            "Customer contacted within 24 hours; at least 95% resolved within 48 hours",
          ),
          serviceSource: t("投诉工单系统", "Complaint ticket system"),
        },
        {
          module: t("定期反馈", "Regular reports"),
          content: t("月度服务质量报告、客户需求汇总", "Monthly service quality report, summary of customer needs"),
          channel: t("邮件、线上会议", "Email, online meetings"),
          hours: t("每月5日前", "By the 5th of each month"),
          requirement: t(
            "报告包含考核数据、问题分析及改进建议",
            "Report includes assessment data, problem analysis and suggestions",
          ),
          serviceSource: t("乙方提交报告", "Provider's report"),
        },
      ],
    },
    {
      kind: "table",
      heading: t("监测指标体系", "Indicator system"),
      tableName: "SLA_Indicators",
      blankRows: 3,
      columns: [
        { key: "level1", header: t("一级指标", "Level 1"), format: "text", width: 10 },
        { key: "level2", header: t("二级指标", "Level 2"), format: "text", width: 16, wrap: true },
        { key: "definition", header: t("指标定义", "Definition"), format: "text", width: 24, wrap: true },
        {
          key: "baseline",
          header: t("基准值", "Baseline"),
          hint: t("当前水平，例如 ≤2小时", "Current level, e.g. <=2 h"),
          format: "text",
          width: 10,
          wrap: true,
        },
        {
          key: "target",
          header: t("目标值", "Target"),
          hint: t("期望水平，例如 ≤1.5小时", "Level aimed at, e.g. <=1.5 h"),
          format: "text",
          width: 10,
          wrap: true,
        },
        {
          key: "rule",
          header: t("评分规则", "Scoring rule"),
          hint: t(
            "按目标值评分，例如：达标100分，每低于1%扣5分；或分档 ≥95%得10分，90%-94%得8分，<90%得0分",
            "Scored against the target, e.g. -5 per 1% below; or bands >=95%: 10; 90%-94%: 8; <90%: 0",
          ),
          format: "text",
          width: 28,
        },
        {
          key: "fullMarks",
          header: t("满分", "Full marks"),
          hint: t("留空为100分", "Empty: 100"),
          format: "general",
          width: 12,
          validation: { kind: "decimal", min: 0 },
        },
        {
          key: "ruleReading",
          header: t("规则解读", "Rule as read"),
          hint: t(
            "本插件对评分规则的理解，请双方核对",
            "How the add-in reads the scoring rule: both parties should check it",
          ),
          format: "general",
          width: 34,
          formula: '=IF([@{col:rule}]="","",SLA.RULE([@{col:target}],[@{col:rule}],[@{col:fullMarks}]))',
        },
        {
          key: "weight",
          header: t("权重", "Weight"),
          format: "percent",
          width: 8,
          validation: { kind: "decimal", min: 0, max: 1 },
        },
        {
          key: "indicatorSource",
          header: t("数据来源", "Data source"),
          // The words ticketFeed.ts recognises: the monthly actual then comes from the ticket log.
          hint: t(
            "填“需求记录：首次响应”或“需求记录：解决”时，月度实际值自动取自需求记录表的按时率",
            '"Ticket log: first response" or "Ticket log: resolution" takes the monthly actual from the ticket log\'s on-time rate',
          ),
          format: "text",
          width: 20,
          wrap: true,
        },
      ],
      side: [
        {
          key: "weightSum",
          label: t("权重合计", "Total weight"),
          format: "percent",
          // Empty until a weight is entered: an empty sheet shows no 0% (and no red).
          formula: '=IF(COUNT({table}[{col:weight}])=0,"",SUM({table}[{col:weight}]))',
        },
        { parameter: "responseP1" },
        { parameter: "responseP2" },
        { parameter: "responseP3" },
        { parameter: "limitP1" },
        { parameter: "limitP2" },
        { parameter: "limitP3" },
        { parameter: "warningLevel" },
      ],
      examples: [
        {
          level1: t("响应速度", "Speed"),
          level2: t("首次响应时长", "First response time"),
          definition: t("客户提交工单至首次回复的时间", "From ticket submission to the first reply"),
          baseline: t("≤2小时", "<=2 h"),
          target: t("≤1.5小时", "<=1.5 h"),
          rule: t(
            "≤1小时:5; 1-1.5小时:4; 1.5-2小时:3; 2-3小时:2; >3小时:1",
            "<=1 h:5; 1-1.5 h:4; 1.5-2 h:3; 2-3 h:2; >3 h:1",
          ),
          fullMarks: 5,
          weight: 0.25,
          indicatorSource: t("工单系统", "Ticket system"),
        },
        {
          level1: t("响应速度", "Speed"),
          level2: t("电话接通率", "Call answer rate"),
          definition: t("客服电话接通次数/总呼叫次数", "Calls answered / calls made"),
          baseline: "≥90%",
          target: "≥95%",
          rule: t("≥95%得10分，90%-94%得8分，85%-89%得6分，<85%得0分", ">=95%: 10; 90%-94%: 8; 85%-89%: 6; <85%: 0"),
          fullMarks: 10,
          weight: 0.15,
          indicatorSource: t("客服后台", "Contact centre console"),
        },
        {
          level1: t("响应速度", "Speed"),
          level2: t("问题分类准确率", "Classification accuracy"),
          definition: t("客服首次分类正确的工单占比", "Share of tickets classified right the first time"),
          baseline: "≥85%",
          target: "≥90%",
          rule: t("达标100分，每低于1%扣5分", "-5 per 1% below"),
          weight: 0.1,
          indicatorSource: t("工单抽查记录", "Ticket spot checks"),
        },
        {
          level1: t("服务质量", "Quality"),
          level2: t("问题解决率", "Resolution rate"),
          definition: t(
            "首次解决且客户确认的工单占比",
            "Share of tickets resolved the first time and confirmed by the customer",
          ),
          baseline: "≥80%",
          target: "≥85%",
          rule: t("达标100分，每低于1%扣3分", "-3 per 1% below"),
          weight: 0.2,
          indicatorSource: t("CRM系统+客户确认记录", "CRM + customer confirmations"),
        },
        {
          level1: t("服务质量", "Quality"),
          level2: t("客户满意度", "Customer satisfaction"),
          definition: t("客户对服务的综合评分（1-5分）", "Customers' overall rating of the service (1-5)"),
          baseline: t("≥4.0分", ">=4.0 points"),
          target: t("≥4.5分", ">=4.5 points"),
          weight: 0.2,
          indicatorSource: t("客户调研问卷", "Customer survey"),
        },
        {
          level1: t("服务质量", "Quality"),
          level2: t("服务规范性", "Process compliance"),
          definition: t("按标准流程执行的工单占比", "Share of tickets handled by the standard process"),
          baseline: "≥90%",
          target: "≥95%",
          rule: t("达标100分，每低于1%扣2分", "-2 per 1% below"),
          weight: 0.1,
          indicatorSource: t("现场抽查记录", "On-site spot checks"),
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

/** The example indicators' names (level 2), in order: the linked sheets' example rows name them. */
export const INDICATOR_NAMES: readonly Value[] = standards.blocks.flatMap((b) =>
  b.kind === "table" && b.tableName === "SLA_Indicators" ? b.examples.map((r) => r.level2) : [],
);
