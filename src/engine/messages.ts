/**
 * Every message the engine can show, in English and 简体中文. Errors carry an id and parameters;
 * the wording is chosen here, late, so the same error reads right in either language.
 * `{name}` in a text is replaced by the parameter of that name.
 */
import type { Language, MessageParams } from "./errors";
import { timeMessages } from "./time/messages";
import { valueMessages } from "./valueMessages";

interface Texts {
  readonly en: string;
  readonly zh: string;
}

const scoringMessages = {
  // values
  actualMissing: { en: "There is no actual value yet.", zh: "还没有实际值。" },
  actualNotNumber: { en: 'The actual value "{value}" is not a number.', zh: "实际值“{value}”不是数字。" },
  percentAsWhole: {
    en: "The standard is a percentage, so the actual value must be one too: type {value}% instead of {value}.",
    zh: "标准是百分比，实际值也应是百分比：请输入 {value}%，而不是 {value}。",
  },
  notNumber: { en: '"{value}" is not a number.', zh: "“{value}”不是数字。" },
  negative: { en: "{what} cannot be negative ({value}).", zh: "{what}不能为负数（{value}）。" },
  scoreMissing: { en: "There is no score yet.", zh: "还没有得分。" },
  fullMarksInvalid: {
    en: 'Full marks must be a positive number, not "{value}".',
    zh: "满分必须是正数，而不是“{value}”。",
  },
  fullMarksConflict: {
    en: "The rule says full marks are {rule}, but the full_marks argument is {arg}.",
    zh: "规则写明满分为{rule}分，但满分参数为{arg}。",
  },
  // standards
  standardMissing: { en: "There is no standard to compare with.", zh: "没有可比较的标准值。" },
  standardUnreadable: {
    en: 'Cannot read the standard "{text}". Write it like ≥90%, ≤15分钟, 24小时内 or <=30s.',
    zh: "无法识别标准“{text}”。请写成 ≥90%、≤15分钟、24小时内 或 <=30s 这样的形式。",
  },
  unitMismatch: {
    en: '"{clause}" is in {unit}, but the standard is in {standardUnit}.',
    zh: "“{clause}”的单位是{unit}，而标准的单位是{standardUnit}。",
  },
  standardNotPercent: {
    en: "The rule is written in %, but the standard {standard} is a plain number above 1: write it as a percentage, e.g. 90%.",
    zh: "规则以百分比书写，而标准 {standard} 是大于1的普通数字：请写成百分比，如 90%。",
  },
  percentAbove100: {
    en: "The actual value {value} is above 100%; against a percentage standard it must be between 0% and 100%.",
    zh: "实际值{value}超过100%；对照百分比标准时，实际值应在0%到100%之间。",
  },
  // rules
  roundingNeedsSteps: {
    en: '"{clause}" only applies to per-step rules such as 每低于1%扣5分 or -5 per 1% below.',
    zh: "“{clause}”只适用于按步扣分的规则，如 每低于1%扣5分。",
  },
  pointsAboveFull: {
    en: "The rule gives up to {points} points, more than the full marks of {full}.",
    zh: "规则最高给{points}分，超过了满分{full}分。",
  },
  ruleUnreadable: {
    en: 'Cannot read "{clause}" in the scoring rule. Examples: {examples}.',
    zh: "无法识别评分规则中的“{clause}”。示例：{examples}。",
  },
  deductOnBetterSide: {
    en: '"{clause}" deducts points where the standard {standard} is already met; deductions belong on the side that misses it.',
    zh: "“{clause}”在已达到标准 {standard} 的一侧扣分；扣分应针对未达标的一侧。",
  },
  bonusOnWorseSide: {
    en: '"{clause}" adds points where the standard {standard} is missed; a bonus belongs on the side that beats it.',
    zh: "“{clause}”在未达到标准 {standard} 的一侧加分；加分应针对超过标准的一侧。",
  },
  pointsAgainstStandard: {
    en: 'The points "{clause}" reward the opposite direction from the standard {standard}.',
    zh: "“{clause}”的得分方向与标准 {standard} 相反。",
  },
  statementAgainstStandard: {
    en: '"{clause}" does not match the standard {standard}.',
    zh: "“{clause}”与标准 {standard} 不一致。",
  },
  ruleMixed: {
    en: 'The rule mixes "{a}" and "{b}"; use one kind of scoring per rule.',
    zh: "规则混用了“{a}”和“{b}”；每条规则只能使用一种计分方式。",
  },
  ruleTwice: { en: '"{clause}" repeats what the rule already says.', zh: "“{clause}”与规则中已有的内容重复。" },
  pointsNeedTwo: {
    en: '"{clause}" is a single point; interpolation needs exactly two points (e.g. 60%得0分，90%得100分), and bands need a comparator (≥90%:8).',
    zh: "“{clause}”只是一个点；插值需要恰好两个点（如 60%得0分，90%得100分），分档则需要比较符（如 ≥90%:8）。",
  },
  pointsSame: { en: 'The two points of "{clause}" are at the same value.', zh: "“{clause}”的两个点取值相同。" },
  floorAboveCap: {
    en: "The lowest score {floor} is above the highest score {cap}.",
    zh: "最低分{floor}高于最高分{cap}。",
  },
  bandsNotOrdered: {
    en: "The bands give a better value fewer points: {better} scores {betterPoints} but {worse} scores {worsePoints}.",
    zh: "分档规则让更好的值得分更低：{better}得{betterPoints}分，而{worse}得{worsePoints}分。",
  },
  bandUnreachable: {
    en: 'The band "{clause}" can never apply: the bands before it already hold every value it covers.',
    zh: "“{clause}”这一档永远不会生效：前面的档已经覆盖了它的全部取值。",
  },
  noBand: {
    en: "{value} falls in none of the rule's bands; add a catch-all such as 其他:0 or else 0.",
    zh: "{value}不在规则的任何一档内；请添加“其他:0”之类的兜底档。",
  },
  zeroStandardRatio: {
    en: "A ratio rule cannot divide by a standard of 0.",
    zh: "按达成率计分时标准值不能为0。",
  },
  // grades
  scaleUnreadable: {
    en: 'Cannot read the grade scale at "{clause}". Write it like 优秀≥90;合格≥80;不合格.',
    zh: "无法识别等级标准中的“{clause}”。请写成 优秀≥90;合格≥80;不合格 这样的形式。",
  },
  scaleNotDescending: {
    en: "The grade thresholds must go down: {label} ({min}) comes after a level of {previous}.",
    zh: "等级门槛必须从高到低：{label}（{min}）排在门槛为{previous}的等级之后。",
  },
  scaleNoFallback: {
    en: "The score {score} is below every level of the grade scale; end the scale with a level without a threshold (e.g. 不合格 or Fail).",
    zh: "得分{score}低于等级标准的所有门槛；请在最后加一个不带门槛的等级（如“不合格”）。",
  },
  // weights
  notCompilable: {
    en: "SLA.{fn} with these arguments cannot be written as a plain Excel formula ({reason}): keep its value.",
    zh: "此 SLA.{fn} 无法写成普通 Excel 公式（{reason}）：请保留其值。",
  },
  sizeMismatch: {
    en: "The scores ({scores} cells) and the weights ({weights} cells) are not the same size.",
    zh: "得分（{scores}个单元格）与权重（{weights}个单元格）的数量不一致。",
  },
  weightsSum: {
    en: "The weights add up to {sum}; they must add up to 100% (or 100).",
    zh: "权重合计为{sum}，应为100%（或100）。",
  },
  weightMissing: { en: "Indicator {index} has a score but no weight.", zh: "第{index}项指标有得分但没有权重。" },
  scoreMissingAt: { en: "Indicator {index} has no score yet.", zh: "第{index}项指标还没有得分。" },
  scoreNotNumberAt: {
    en: 'The score of indicator {index} ("{value}") is not a number.',
    zh: "第{index}项指标的得分（“{value}”）不是数字。",
  },
  noWeights: { en: "There are no weights.", zh: "没有权重。" },
  // aggregates
  valueNotNumberAt: { en: 'Cell {index} ("{value}") is not a number.', zh: "第{index}个单元格（“{value}”）不是数字。" },
  noNumbers: { en: "There are no numbers to count.", zh: "没有可统计的数字。" },
  thresholdInvalid: { en: 'The threshold "{value}" is not a number.', zh: "阈值“{value}”不是数字。" },
  // rules, new readings
  ruleNeedsFact: {
    en: '"{clause}" depends on a judgement or a fact no cell carries; score it by hand or write the rule as numbers.',
    zh: "“{clause}”取决于人工判断或单元格中没有的信息；请手工评分，或把规则写成数量。",
  },
  labelAlone: {
    en: '"{clause}" is not a rule; words without numbers may only name what a step counts, before it (维护人员未按时到场，每次扣1分).',
    zh: "“{clause}”不是评分规则；不带数字的文字只能写在按次扣分之前，说明计数对象（如 维护人员未按时到场，每次扣1分）。",
  },
  alternativesNeedStandard: {
    en: '"{clause}" gives one value per channel; put the one this indicator uses in the standard cell (e.g. ≤30秒).',
    zh: "“{clause}”为不同渠道各给了一个值；请在标准单元格中写明本指标适用的那一个（如 ≤30秒）。",
  },
  ruleTooLong: {
    en: "The rule has more than {n} clauses; a scoring rule this long is more likely a pasted table than one rule.",
    zh: "该规则超过{n}条子句；这么长的内容更像是粘贴的表格，而不是一条评分规则。",
  },
  ruleConflict: { en: 'The rule says both "{a}" and "{b}".', zh: "规则同时写了“{a}”和“{b}”，两者矛盾。" },
  feeRuleUseCredit: {
    en: '"{clause}" deducts a share of the fee: use SLA.CREDIT for fee clauses, SLA.SCORE for points.',
    zh: "“{clause}”扣减的是服务费比例：扣费条款请用 SLA.CREDIT，SLA.SCORE 用于计分。",
  },
  creditNeedsFee: {
    en: "SLA.CREDIT needs a fee clause (e.g. 每低1%扣减当月服务费1.5%, <99.9%: 10%); this rule gives points: use SLA.SCORE.",
    zh: "SLA.CREDIT 需要扣费条款（如 每低1%扣减当月服务费1.5%、<99.9%: 10%）；该规则给的是分数，请用 SLA.SCORE。",
  },
  // explanations (SLA.EXPLAIN): {score} already carries any note on limits
  explainMet: {
    en: "Standard {standard}, actual {actual}: met, {score}{tail}.",
    zh: "标准{standard}，实际{actual}，达标，{score}{tail}。",
  },
  explainNotMet: {
    en: "Standard {standard}, actual {actual}: not met, {score}{tail}.",
    zh: "标准{standard}，实际{actual}，未达标，{score}{tail}。",
  },
  explainPenalty: {
    en: "Standard {standard}, actual {actual}: {gap} {side}, {steps} steps of {size}{rounding} × {amount} = {change} off, {score}{tail}.",
    zh: "标准{standard}，实际{actual}，{side}标准{gap}，按每{size}扣{amount}计{steps}步{rounding}，扣{change}，{score}{tail}。",
  },
  explainBonus: {
    en: "Standard {standard}, actual {actual}: {gap} {side}, {steps} steps of {size}{rounding} × {amount} = {change} added, {score}{tail}.",
    zh: "标准{standard}，实际{actual}，{side}标准{gap}，按每{size}加{amount}计{steps}步{rounding}，加{change}，{score}{tail}。",
  },
  scoreIs: { en: "score {n}", zh: "得{n}分" },
  creditIs: { en: "credit {n} of the fee", zh: "扣服务费的{n}" },
  pointsAmount: { en: "{n} points", zh: "{n}分" },
  pointAmount: { en: "{n} point", zh: "{n}分" },
  feeAmount: { en: "{n} of the fee", zh: "服务费的{n}" },
  sideBelow: { en: "below", zh: "低于" },
  sideAbove: { en: "above", zh: "高于" },
  sideOver: { en: "above", zh: "超出" },
  roundedUp: { en: " (rounded up)", zh: "（向上取整）" },
  roundedDown: { en: " (rounded down)", zh: "（向下取整）" },
  explainBand: {
    en: 'Actual {actual} falls in the band "{band}": {score}{tail}.',
    zh: "实际{actual}，落在“{band}”档，{score}{tail}。",
  },
  explainRatio: {
    en: "Attainment {x} ÷ {y} = {rate} × full marks {full} = {score}{tail}.",
    zh: "达成率 = {x} ÷ {y} = {rate}，× 满分{full}，{score}{tail}。",
  },
  explainRate: { en: "Actual {actual} × {times} = {score}{tail}.", zh: "实际{actual} × {times}，{score}{tail}。" },
  explainRateLeft: { en: "{times} × (1 − {actual}) = {score}{tail}.", zh: "{times} × (1 − {actual})，{score}{tail}。" },
  explainLine: {
    en: "Straight line through {points}: actual {actual}, {score}{tail}.",
    zh: "在{points}之间按直线计分，实际{actual}，{score}{tail}。",
  },
  pointAt: { en: "{n} at {at}", zh: "{at}得{n}" },
  limited: { en: " ({reason})", zh: "（按“{reason}”调整）" },
  explainMetNoCredit: { en: "{standard} is met: no credit", zh: "已达到{standard}，不扣费" },
  // how a rule is read (SLA.RULE)
  separator: { en: "; ", zh: "；" },
  ruleFull: { en: "full marks {n}", zh: "满分{n}分" },
  rulePassFail: { en: "{full} if {standard} is met, else {fail}", zh: "达到{standard}得{full}分，否则得{fail}分" },
  ruleStepBelow: { en: "below {at}, {n} off per {size} below{rounding}", zh: "低于{at}时每低{size}扣{n}{rounding}" },
  ruleStepAbove: { en: "above {at}, {n} off per {size} over{rounding}", zh: "超过{at}时每超{size}扣{n}{rounding}" },
  testBelow: { en: "below {at}", zh: "低于{at}" },
  testAtMost: { en: "at most {at}", zh: "不高于{at}" },
  testAbove: { en: "above {at}", zh: "高于{at}" },
  testAtLeast: { en: "at least {at}", zh: "不低于{at}" },
  ruleBonusAbove: { en: "above {at}, {n} added per {size} above{rounding}", zh: "高于{at}时每高{size}加{n}{rounding}" },
  ruleBonusBelow: { en: "below {at}, {n} added per {size} below{rounding}", zh: "低于{at}时每低{size}加{n}{rounding}" },
  ruleProrate: { en: " (part steps in proportion)", zh: "（不足一步按比例）" },
  ruleRoundUp: { en: " (a part step counts as a whole one)", zh: "（不足一步按一步计）" },
  ruleRoundDown: { en: " (part steps ignored)", zh: "（不足一步不计）" },
  ruleBand: { en: "{test}: {n}", zh: "{test}得{n}" },
  otherwise: { en: "otherwise", zh: "其他" },
  ruleRatio: { en: "score = {full} × {x} ÷ {y}", zh: "得分 = {full} × {x} ÷ {y}" },
  ruleRate: { en: "score = actual × {times}", zh: "得分 = 实际 × {times}" },
  ruleRateLeft: { en: "score = {times} × (1 − actual)", zh: "得分 = {times} × (1 − 实际)" },
  ruleLine: { en: "a straight line through {points}", zh: "在{points}之间按直线计分" },
  actual: { en: "actual", zh: "实际" },
  ruleFloor: { en: "at least {n}", zh: "最低{n}分" },
  ruleUntilZero: { en: "deductions stop at 0", zh: "扣完为止" },
  ruleCap: { en: "at most {n}", zh: "最高{n}分" },
  ruleNegative: { en: "the score may be negative", zh: "可以为负分" },
  ruleDeductionCap: { en: "at most {n} off", zh: "最多扣{n}分" },
  ruleBonusCap: { en: "at most {n} added", zh: "最多加{n}分" },
  ruleFeeCap: { en: "at most {n} of the fee", zh: "最多扣服务费的{n}" },
  ruleCutoff: { en: "{test}: {n}", zh: "{test}时{n}" },
  ruleBandOff: { en: "{test}: {n} points off", zh: "{test}时扣{n}分" },
  ruleBandOn: { en: "{test}: {n} points added", zh: "{test}时加{n}分" },
  explainConstant: { en: "Actual {actual}: {score}{tail}.", zh: "实际{actual}，{score}{tail}。" },
  ruleFeeStep: { en: "{n} of the fee", zh: "服务费的{n}" },
} as const satisfies Record<string, Texts>;

const catalog = { ...scoringMessages, ...timeMessages, ...valueMessages } as const;

export type MessageId = keyof typeof catalog;

export function formatMessage(id: MessageId, params: MessageParams, lang: Language): string {
  const texts: Texts = catalog[id];
  const text = lang === "zh" ? texts.zh : texts.en;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const p = params[name];
    if (p === undefined) return `{${name}}`;
    return typeof p === "object" ? p[lang] : String(p);
  });
}

/** A sentence or a piece of one (explanations, SLA.RULE) in the given language. */
export const phrase = formatMessage;

/** All ids, for tests that check every message exists in both languages. */
export const messageIds = Object.keys(catalog) as MessageId[];
