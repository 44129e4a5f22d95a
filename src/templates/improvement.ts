/**
 * The improvement plan (003 表3 问题分析 with 表4 改进计划; 000 step 6): one row per measure, tied
 * to a month and the indicator it answers. When a month is added, the indicators that missed their
 * standard in the month before are proposed here as its problems, to be completed with a cause and
 * a measure. The report counts the problem types.
 */
import { t } from "./text";
import type { Template, Texts } from "./types";

/** 003 表3's problem types, and the usual others. */
export const PROBLEM_TYPES: readonly Texts[] = [
  t("响应延迟", "Slow response"),
  t("解决能力不足", "Resolution capability"),
  t("服务态度问题", "Service attitude"),
  t("流程规范", "Process"),
  t("系统工具", "Systems and tools"),
  t("其他", "Other"),
];

export const STATUSES: readonly Texts[] = [
  t("未开始", "Not started"),
  t("进行中", "In progress"),
  t("已完成", "Done"),
  t("已验证", "Verified"),
];

export const improvement: Template = {
  id: "improvement",
  source: "003 表3、表4, 000 步骤6",
  title: t("改进计划", "Improvement plan"),
  description: t(
    "每条改进措施一行，对应考核月份与未达标的指标：问题类型、具体表现、根因、措施、责任人、时限与验证标准。",
    "One row per measure, tied to a month and the indicator that missed its standard: problem type, symptom, cause, measure, owner, deadline and how it is verified.",
  ),
  contains: [
    t("问题类型、具体表现、影响指标、根因分析", "Problem type, symptom, indicator, root cause"),
    t(
      "改进措施、责任部门、责任人、完成时限、验证标准、状态",
      "Measure, department, owner, deadline, verification, status",
    ),
  ],
  sheetName: t("改进计划", "Improvement Plan"),
  parameters: [],
  blocks: [
    {
      kind: "table",
      tableName: "SLA_Plan",
      blankRows: 1,
      columns: [
        { key: "period", header: t("考核月份", "Month"), format: "month", width: 10, validation: { kind: "date" } },
        { key: "indicator", header: t("影响指标", "Indicator"), format: "text", width: 14, wrap: true },
        {
          key: "problemType",
          header: t("问题类型", "Problem type"),
          format: "text",
          width: 12,
          wrap: true,
          validation: { kind: "list", options: PROBLEM_TYPES },
        },
        { key: "symptom", header: t("具体表现", "Symptom"), format: "text", width: 22, wrap: true },
        { key: "cause", header: t("根因分析", "Root cause"), format: "text", width: 22, wrap: true },
        { key: "measure", header: t("改进措施", "Measure"), format: "text", width: 22, wrap: true },
        { key: "department", header: t("责任部门", "Department"), format: "text", width: 10, wrap: true },
        { key: "owner", header: t("责任人", "Owner"), format: "text", width: 8 },
        { key: "deadline", header: t("完成时限", "Deadline"), format: "date", width: 11, validation: { kind: "date" } },
        { key: "resources", header: t("所需资源", "Resources"), format: "text", width: 16, wrap: true },
        { key: "verification", header: t("验证标准", "Verification"), format: "text", width: 20, wrap: true },
        {
          key: "status",
          header: t("状态", "Status"),
          format: "text",
          width: 12,
          validation: { kind: "list", options: STATUSES },
        },
      ],
      side: [],
      examples: [
        {
          period: "2024-04-01",
          indicator: t("首次响应时长", "First response time"),
          problemType: PROBLEM_TYPES[0],
          symptom: t("夜间工单次日上午才响应", "Night tickets answered the next morning"),
          cause: t("缺乏24小时客服岗", "No 24-hour service desk"),
          measure: t("增加24小时客服", "Add a 24-hour service desk"),
          department: t("客服部", "Customer service"),
          owner: t("李*", "Li *"),
          deadline: "2024-06-30",
          resources: t("系统采购费2万元", "System purchase, CNY 20,000"),
          verification: t("夜间工单首次响应时长≤1小时", "Night tickets answered within 1 hour"),
          status: STATUSES[1],
        },
        {
          period: "2024-04-01",
          indicator: t("问题解决率", "Resolution rate"),
          problemType: PROBLEM_TYPES[1],
          symptom: t("复杂问题需多次转接", "Complex issues passed on several times"),
          cause: t("客服权限不足，技术支持慢", "Agents lack authority; technical support is slow"),
          measure: t("技术支持团队扩编2人", "Two more technical support staff"),
          department: t("技术部", "Technical"),
          owner: t("王*", "Wang *"),
          deadline: "2024-07-15",
          resources: t("人力成本增加1.5万元/月", "Staff cost CNY 15,000 a month"),
          verification: t("问题解决率提升至88%", "Resolution rate up to 88%"),
          status: STATUSES[1],
        },
        {
          period: "2024-05-01",
          indicator: t("电话接通率", "Call answer rate"),
          problemType: PROBLEM_TYPES[0],
          symptom: t("高峰时段来电排队", "Callers queue at peak hours"),
          cause: t("排班与来电高峰不匹配", "Rota does not follow the call peaks"),
          measure: t("按来电高峰调整排班", "Rota shaped to the call peaks"),
          department: t("客服部", "Customer service"),
          owner: t("赵*", "Zhao *"),
          deadline: "2024-06-15",
          resources: t("无", "None"),
          verification: t("电话接通率≥95%", "Call answer rate at least 95%"),
          status: STATUSES[2],
        },
        {
          period: "2024-06-01",
          indicator: t("客户满意度", "Customer satisfaction"),
          problemType: PROBLEM_TYPES[2],
          symptom: t("客服用语生硬，缺乏同理心", "Stiff wording, little empathy"),
          cause: t("未开展服务礼仪培训", "No service etiquette training"),
          measure: t("开展服务礼仪专项培训", "Service etiquette training"),
          department: t("人力资源部", "Human resources"),
          owner: t("张*", "Zhang *"),
          deadline: "2024-07-30",
          resources: t("培训材料费0.3万元", "Training materials, CNY 3,000"),
          verification: t("客户满意度“态度”维度评分提升0.3分", 'Satisfaction "attitude" score up 0.3'),
          status: STATUSES[0],
        },
        {
          period: "2024-06-01",
          indicator: t("问题分类准确率", "Classification accuracy"),
          problemType: PROBLEM_TYPES[3],
          symptom: t("新员工分类错误较多", "New staff misclassify tickets"),
          cause: t("分类规则未纳入入职培训", "Classification rules not in induction"),
          measure: t("分类规则专项培训", "Classification training"),
          department: t("客服部", "Customer service"),
          owner: t("周*", "Zhou *"),
          deadline: "2024-07-31",
          resources: t("无", "None"),
          verification: t("问题分类准确率≥90%", "Classification accuracy at least 90%"),
          status: STATUSES[0],
        },
      ],
    },
  ],
  conditionalFormats: [],
};
