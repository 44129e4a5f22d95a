/**
 * 7. After-sales rubric and problem analysis (003 表2 and 表3). The rubric's bands are joined into
 * one written rule ("≤1小时:5; 1-1.5小时:4; …"), so editing a band edits the rule that SLA.SCORE
 * applies; a trial cell beside it scores any response time against it.
 *
 * The example's trial, worked by hand: 1.2 hours is over 1 hour and within 1.5 hours, the band
 * 1-1.5小时 → 4 points of 5.
 */
import { t } from "./text";
import type { Template } from "./types";

export const aftersales: Template = {
  id: "aftersales",
  source: "003 表2, 表3",
  title: t("售后服务评分细则与问题分析", "After-sales rubric and problem analysis"),
  description: t(
    "以“首次响应时长”为例的分档评分细则（自动生成评分规则并可试算），以及问题类型、影响指标、根因与改进方向。",
    "A banded rubric for first response time (it writes the scoring rule and lets you try it), and problems with the indicators they hurt, root causes and what to change.",
  ),
  contains: [
    t("评分等级、响应时长标准、得分（满分5分）、说明", "Levels, response-time bands, points (out of 5), notes"),
    t("由分档生成的评分规则与试算（SLA.SCORE）", "The rule written from the bands, and a trial score (SLA.SCORE)"),
    t(
      "问题类型、具体表现、影响指标、根因分析、改进方向",
      "Problem type, symptoms, indicator affected, root cause, direction",
    ),
  ],
  sheetName: t("售后评分", "After-sales"),
  parameters: [],
  blocks: [
    {
      kind: "table",
      heading: t("评分细则（首次响应时长）", "Rubric (first response time)"),
      tableName: "SLA_Rubric",
      blankRows: 5,
      columns: [
        { key: "level", header: t("评分等级", "Level"), format: "text", width: 10 },
        {
          key: "band",
          header: t("响应时长标准", "Response time"),
          hint: t("按从好到差排列，例如 ≤1小时、1-1.5小时、>3小时", "Best first, e.g. <=1 h, 1-1.5 h, >3 h"),
          format: "text",
          width: 15,
        },
        {
          key: "points",
          header: t("得分（满分5分）", "Points (of 5)"),
          format: "general",
          width: 17,
          validation: { kind: "decimal", min: 0, max: 5 },
        },
        { key: "note", header: t("说明", "Note"), format: "text", width: 28 },
      ],
      side: [
        {
          key: "rule",
          label: t("评分规则（由分档生成）", "Rule from the bands"),
          format: "general",
          width: 44,
          formula: '=TEXTJOIN("; ",TRUE,IF({table}[{col:band}]="","",{table}[{col:band}]&":"&{table}[{col:points}]))',
        },
        {
          key: "trial",
          label: t("试算响应时长（小时）", "Trial response time (h)"),
          format: "general",
          example: 1.2,
          validation: { kind: "decimal", min: 0 },
        },
        {
          key: "trialScore",
          label: t("试算得分", "Trial score"),
          format: "general",
          formula: '=IF({cell:trial}="","",SLA.SCORE({cell:trial},"",{cell:rule},5))',
        },
      ],
      examples: [
        {
          level: t("优秀", "Excellent"),
          band: t("≤1小时", "<=1 h"),
          points: 5,
          note: t("超额完成目标", "Beats the target"),
        },
        {
          level: t("良好", "Good"),
          band: t("1-1.5小时", "1-1.5 h"),
          points: 4,
          note: t("达到目标值", "Meets the target"),
        },
        {
          level: t("合格", "Pass"),
          band: t("1.5-2小时", "1.5-2 h"),
          points: 3,
          note: t("达到基准值", "Meets the baseline"),
        },
        {
          level: t("待改进", "Needs work"),
          band: t("2-3小时", "2-3 h"),
          points: 2,
          note: t("未达基准值，但≤3小时", "Misses the baseline, within 3 h"),
        },
        {
          level: t("不合格", "Fail"),
          band: t(">3小时", ">3 h"),
          points: 1,
          note: t("严重未达基准值，需立即整改", "Far below the baseline: fix at once"),
        },
      ],
    },
    {
      kind: "table",
      heading: t("问题分析", "Problem analysis"),
      tableName: "SLA_Problems",
      blankRows: 3,
      columns: [
        { key: "problemType", header: t("问题类型", "Problem"), format: "text", width: 14, wrap: true },
        { key: "symptom", header: t("具体表现", "Symptoms"), format: "text", width: 26, wrap: true },
        { key: "affected", header: t("影响指标", "Indicator affected"), format: "text", width: 20, wrap: true },
        { key: "rootCause", header: t("根因分析", "Root cause"), format: "text", width: 24, wrap: true },
        { key: "direction", header: t("改进方向", "What to change"), format: "text", width: 32 },
      ],
      side: [],
      examples: [
        {
          problemType: t("响应延迟", "Slow response"),
          symptom: t("夜间工单次日上午才响应", "Night tickets answered the next morning"),
          affected: t("首次响应时长", "First response time"),
          rootCause: t("缺乏24小时客服岗", "No 24-hour desk"),
          direction: t("增加夜间轮班", "Add a night shift"),
        },
        {
          problemType: t("解决能力不足", "Weak resolution"),
          symptom: t("复杂问题需多次转接", "Complex issues passed on several times"),
          affected: t("问题解决率", "Resolution rate"),
          rootCause: t("客服权限不足，技术支持慢", "Agents lack authority; slow technical support"),
          direction: t(
            "建立分级响应机制，授权一线客服处理常见问题",
            "Tiered response; let front-line agents settle common issues",
          ),
        },
        {
          problemType: t("服务态度问题", "Attitude"),
          symptom: t("客服用语生硬，缺乏同理心", "Curt wording, little empathy"),
          affected: t("客户满意度", "Customer satisfaction"),
          rootCause: t("未开展服务礼仪培训", "No service etiquette training"),
          direction: t("每月组织1次情景模拟培训", "Monthly role-play training"),
        },
      ],
    },
  ],
  conditionalFormats: [],
};
