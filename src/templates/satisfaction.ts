/**
 * 8. Satisfaction scoring (004): each indicator rated 1–5 by every evaluator; the average to one
 * decimal; each dimension's score rate (its average ÷ 5); the weighted total. A dimension's weight
 * is shared equally by its indicators, so the total is Σ dimension average × dimension weight,
 * as 004 defines it (总分=各维度得分×对应权重之和).
 *
 * 004 gives no ratings: the examples add four evaluators' (invented), so every column computes.
 * By hand, averages to one decimal (half away from zero, as Excel's ROUND):
 *   亲和力与耐心 5 4 5 4 → 4.5      责任感与主动性 4 4 3 4 → 3.75 → 3.8
 *   首次响应速度 5 5 5 4 → 4.75 → 4.8  问题解决时效 3 4 4 3 → 3.5
 *   业务知识掌握 4 5 4 4 → 4.25 → 4.3  问题解决能力 5 5 4 5 → 4.75 → 4.8
 *   沟通清晰度   5 4 4 5 → 4.5      后续关怀与闭环 3 3 4 3 → 3.25 → 3.3
 * indicator weights: each dimension's weight ÷ its 2 indicators → 12.5%, 10%, 15%, 12.5%;
 * dimension score rates: 服务态度 (4.5 + 3.8) ÷ 2 = 4.15 → 83%; 响应效率 (4.8 + 3.5) ÷ 2 = 4.15 → 83%;
 * 专业能力 (4.3 + 4.8) ÷ 2 = 4.55 → 91%; 服务体验 (4.5 + 3.3) ÷ 2 = 3.9 → 78% (below 80%: amber);
 * weighted total 4.15 × 25% + 4.15 × 20% + 4.55 × 30% + 3.9 × 25% = 1.0375 + 0.83 + 1.365 + 0.975
 * = 4.2075 of 5, an overall score rate of 4.2075 ÷ 5 = 84.15%.
 */
import { AMBER } from "./colors";
import { t } from "./text";
import type { Column, Template } from "./types";

const evaluator = (n: number): Column => ({
  key: `evaluator${n}`,
  header: t(`评估人${n}`, `Rater ${n}`),
  hint: t("评估人的评分：1-5分，可保留1位小数", "This evaluator's rating: 1 to 5, one decimal allowed"),
  format: "number1",
  width: 9,
  validation: { kind: "decimal", min: 1, max: 5 },
});

/** 004's evaluation group: two supervisors, a senior agent and a customer-experience specialist. */
const EVALUATORS = [1, 2, 3, 4].map(evaluator);

/** An example row's four ratings. */
const rated = (...scores: number[]) => Object.fromEntries(scores.map((r, i) => [EVALUATORS[i].key, r]));

const ratings = EVALUATORS.map((c) => `[@{col:${c.key}}]`).join(",");

/** How many indicators of this row's dimension have an average. */
const RATED = 'COUNTIFS({table}[{col:dimension}],[@{col:dimension}],{table}[{col:average}],">0")';

export const satisfaction: Template = {
  id: "satisfaction",
  source: "004",
  title: t("客户服务满意度评分表", "Service satisfaction scoring"),
  description: t(
    "评估小组按1-5分逐项独立打分，取平均分（保留1位小数），算出各维度得分率与加权总分。",
    "The evaluation group rates each indicator 1-5 on its own; averages (one decimal), each dimension's score rate and the weighted total follow.",
  ),
  contains: [
    t("评估维度、权重、评估指标及1-5分评分标准", "Dimensions, weights, indicators and their 1-5 descriptions"),
    t("每位评估人一列，平均分保留1位小数", "A column per evaluator; the average to one decimal"),
    t("维度得分率与加权总分（SLA.WEIGHTED）", "Dimension score rates and the weighted total (SLA.WEIGHTED)"),
  ],
  sheetName: t("满意度评分", "Satisfaction"),
  parameters: [],
  blocks: [
    {
      kind: "table",
      tableName: "SLA_Satisfaction",
      blankRows: 4,
      columns: [
        // 14: "Responsiveness" on one line.
        { key: "dimension", header: t("评估维度", "Dimension"), format: "text", width: 14 },
        {
          key: "dimensionWeight",
          header: t("维度权重", "Dimension weight"),
          hint: t("同一维度的每行填相同权重", "Same weight on every row of a dimension"),
          format: "percent",
          width: 18,
          validation: { kind: "decimal", min: 0, max: 1 },
        },
        { key: "indicator", header: t("评估指标", "Indicator"), format: "text", width: 14, wrap: true },
        { key: "criteria", header: t("评分标准（1-5分制）", "Rating guide (1-5)"), format: "text", width: 50 },
        ...EVALUATORS,
        {
          key: "average",
          header: t("平均分", "Average"),
          format: "number1",
          width: 9,
          formula: `=IF(COUNT(${ratings})=0,"",ROUND(AVERAGE(${ratings}),1))`,
        },
        {
          key: "indicatorWeight",
          header: t("指标权重", "Indicator weight"),
          hint: t("维度权重由该维度各指标平分", "The dimension's weight shared by its indicators"),
          format: "percent1",
          width: 18,
          formula:
            '=IF([@{col:dimension}]="","",[@{col:dimensionWeight}]/COUNTIF({table}[{col:dimension}],[@{col:dimension}]))',
        },
        {
          key: "rate",
          header: t("维度得分率", "Dimension score rate"),
          hint: t("维度平均分 ÷ 满分5分", "Dimension average ÷ 5"),
          format: "percent",
          width: 22,
          // The mean of the dimension's rated averages: unrated rows hold "" and are neither summed nor counted.
          // A row without a dimension has none (an empty cell as a COUNTIFS criterion is not "").
          formula: `=IF([@{col:dimension}]="","",IF(${RATED}=0,"",SUMIFS({table}[{col:average}],{table}[{col:dimension}],[@{col:dimension}])/${RATED}/5))`,
        },
      ],
      side: [
        {
          key: "total",
          label: t("加权总分（5分制）", "Weighted total (of 5)"),
          format: "number2",
          formula:
            '=IF(COUNT({table}[{col:average}])=0,"",SLA.WEIGHTED({table}[{col:average}],{table}[{col:indicatorWeight}]))',
        },
        {
          key: "totalRate",
          label: t("总得分率", "Overall score rate"),
          format: "percent1",
          formula: '=IF({cell:total}="","",{cell:total}/5)',
        },
      ],
      examples: [
        {
          dimension: t("服务态度", "Attitude"),
          dimensionWeight: 0.25,
          indicator: t("亲和力与耐心", "Warmth and patience"),
          ...rated(5, 4, 5, 4),
          criteria: t(
            "5分：语气亲切、主动问候，全程耐心倾听客户需求，无打断；3分：语气平和，偶有急躁但不影响沟通；1分：语气生硬、多次打断客户，引发不满。",
            "5: warm, greets first, listens patiently throughout, never interrupts; 3: calm, occasionally impatient without harming the conversation; 1: curt, interrupts repeatedly, upsets the customer.",
          ),
        },
        {
          dimension: t("服务态度", "Attitude"),
          dimensionWeight: 0.25,
          indicator: t("责任感与主动性", "Ownership and initiative"),
          ...rated(4, 4, 3, 4),
          criteria: t(
            "5分：主动确认客户需求细节，积极协调资源，全程跟进问题解决；3分：按流程处理问题，需客户多次催促；1分：推诿责任，未主动推进解决。",
            "5: confirms the details unprompted, gathers help, follows the issue to the end; 3: follows the process but needs chasing; 1: passes the buck, does not push for a fix.",
          ),
        },
        {
          dimension: t("响应效率", "Responsiveness"),
          dimensionWeight: 0.2,
          indicator: t("首次响应速度", "First response speed"),
          ...rated(5, 5, 5, 4),
          criteria: t(
            "5分：电话≤10秒接通，在线≤30秒回复；3分：电话11-30秒接通，在线31-60秒回复；1分：电话>30秒接通，在线>60秒回复。",
            "5: phone answered within 10 s, chat within 30 s; 3: phone in 11-30 s, chat in 31-60 s; 1: phone after 30 s, chat after 60 s.",
          ),
        },
        {
          dimension: t("响应效率", "Responsiveness"),
          dimensionWeight: 0.2,
          indicator: t("问题解决时效", "Time to resolve"),
          ...rated(3, 4, 4, 3),
          criteria: t(
            "5分：简单问题当场解决，复杂问题2小时内反馈进展；3分：简单问题1小时内解决，复杂问题24小时内反馈；1分：超时未解决，无进度告知。",
            "5: simple issues solved on the spot, progress on complex ones within 2 h; 3: simple issues within 1 h, complex ones updated within 24 h; 1: overdue, no news.",
          ),
        },
        {
          dimension: t("专业能力", "Expertise"),
          dimensionWeight: 0.3,
          indicator: t("业务知识掌握", "Product knowledge"),
          ...rated(4, 5, 4, 4),
          criteria: t(
            "5分：准确回答客户问题，能独立处理复杂业务场景；3分：回答基本正确，偶需转接上级；1分：多次回答错误，无法提供有效解决方案。",
            "5: answers accurately, handles complex cases alone; 3: mostly right, sometimes escalates; 1: often wrong, offers no workable solution.",
          ),
        },
        {
          dimension: t("专业能力", "Expertise"),
          dimensionWeight: 0.3,
          indicator: t("问题解决能力", "Problem solving"),
          ...rated(5, 5, 4, 5),
          criteria: t(
            "5分：一次性解决率≥95%，客户无需二次联系；3分：一次性解决率70%-94%，需1次补充沟通；1分：一次性解决率<70%，客户多次投诉。",
            "5: first-time resolution >=95%, no second contact; 3: 70%-94%, one follow-up needed; 1: below 70%, repeated complaints.",
          ),
        },
        {
          dimension: t("服务体验", "Experience"),
          dimensionWeight: 0.25,
          indicator: t("沟通清晰度", "Clarity"),
          ...rated(5, 4, 4, 5),
          criteria: t(
            "5分：表达简洁易懂，专业术语解释到位；3分：表达基本清晰，偶有歧义；1分：表达混乱，客户无法理解解决方案。",
            "5: concise, explains jargon well; 3: mostly clear, occasionally ambiguous; 1: confused, the customer cannot follow the solution.",
          ),
        },
        {
          dimension: t("服务体验", "Experience"),
          dimensionWeight: 0.25,
          indicator: t("后续关怀与闭环", "Follow-up and closure"),
          ...rated(3, 3, 4, 3),
          criteria: t(
            "5分：服务结束后主动回访确认满意度，同步解决方案；3分：客户回访时能提供信息，无主动关怀；1分：服务无后续跟进，问题未闭环。",
            "5: calls back unprompted to confirm satisfaction and the solution; 3: informs when the customer calls back, no own follow-up; 1: no follow-up, issue left open.",
          ),
        },
      ],
    },
  ],
  conditionalFormats: [
    {
      column: "rate",
      formula: '=AND(${colLetter:rate}{row}<>"",${colLetter:rate}{row}<0.8)',
      ...AMBER,
      note: t("维度得分率低于80%：短板维度", "Dimension score rate below 80%: a weak spot"),
    },
  ],
};
