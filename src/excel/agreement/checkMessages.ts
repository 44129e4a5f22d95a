/**
 * The words of the workbook check's findings (check.ts), in both languages. Each quotes what the
 * user wrote (an indicator's name, its standard or rule) and, where the engine refused something,
 * the engine's own message: the same wording Excel shows in the cell (src/functions/excelErrors.ts
 * words an SlaError with `SlaError.localized`; so does `engineText` here, nothing else).
 */
import type { SlaError } from "../../engine";
import type { Texts } from "../../templates/types";

/** The engine's message for an error it threw, in each language, as Excel shows it in a cell. */
export const engineText = (e: SlaError): Texts => ({ zh: e.localized("zh"), en: e.localized("en") });

/** An indicator's name as quoted in a message; an unnamed row is named by its cell. */
export const indicatorName = (name: string, cell: string): Texts =>
  name.trim() === "" ? { zh: `（${cell} 未命名的指标）`, en: `(unnamed indicator at ${cell})` } : quote(name.trim());

const quote = (text: string): Texts => ({ zh: `“${text}”`, en: `"${text}"` });

/** A cell's text as the user wrote it, quoted; an empty cell is said to be empty. */
const written = (text: string): Texts => (text.trim() === "" ? { zh: "（空）", en: "(empty)" } : quote(text.trim()));

/** ", 2024-03" after an English subject; nothing when the row has no period. */
const enPeriod = (period: string): string => (period ? `, ${period}` : "");

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const checkMessages = {
  weightsSum: (engine: Texts): Texts => ({
    zh: `监测指标：${engine.zh}`,
    en: `Indicators: ${engine.en}`,
  }),
  weightMissing: (name: Texts): Texts => ({
    zh: `指标${name.zh}没有权重。每项指标都需要权重，合计为100%。`,
    en: `Indicator ${name.en} has no weight. Every indicator needs one, and together they add up to 100%.`,
  }),
  weightNotNumber: (name: Texts, text: string): Texts => ({
    zh: `指标${name.zh}的权重“${text}”不是数字。`,
    en: `The weight "${text}" of indicator ${name.en} is not a number.`,
  }),
  weightNegative: (name: Texts, text: string): Texts => ({
    zh: `指标${name.zh}的权重（${text}）不能为负数。`,
    en: `The weight of indicator ${name.en} (${text}) cannot be negative.`,
  }),
  standardUnreadable: (name: Texts, standard: string, engine: Texts): Texts => {
    const s = written(standard);
    return {
      zh: `指标${name.zh}的目标值${s.zh}：${engine.zh}`,
      en: `Indicator ${name.en}, standard ${s.en}: ${engine.en}`,
    };
  },
  ruleUnreadable: (name: Texts, rule: string, engine: Texts): Texts => {
    const r = written(rule);
    return {
      zh: `指标${name.zh}的评分规则${r.zh}：${engine.zh}`,
      en: `Indicator ${name.en}, scoring rule ${r.en}: ${engine.en}`,
    };
  },
  fullMarksUnusable: (name: Texts, fullMarks: string, engine: Texts): Texts => {
    const f = written(fullMarks);
    return {
      zh: `指标${name.zh}的满分${f.zh}：${engine.zh}`,
      en: `Indicator ${name.en}, full marks ${f.en}: ${engine.en}`,
    };
  },
  bandGap: (name: Texts, rule: string, gaps: Texts): Texts => ({
    zh: `指标${name.zh}的评分规则“${rule.trim()}”没有覆盖 ${gaps.zh}：实际值落在这里时不属于任何一档，得分为 #N/A。请补上缺少的档，或添加“其他:0”兜底档。`,
    en: `Indicator ${name.en}, scoring rule "${rule.trim()}": an actual in ${gaps.en} falls in no band, so its score is #N/A. Add the missing band, or a catch-all such as "else 0".`,
  }),
  /** A number in a % cell against a standard that is not a %: a typed 18 is stored as 0.18. */
  percentCell: (name: Texts, period: string, standard: string, typed: string, stored: string): Texts => ({
    zh: `指标${name.zh}${period}的实际值是百分比${typed}%，而目标值“${standard}”不是百分比：单元格是百分比格式，输入的${typed}被存成了${stored}。请把该单元格改为“常规”格式后重新输入${typed}。`,
    en: `Indicator ${name.en}${enPeriod(period)}: the actual is a percentage, ${typed}%, but the standard "${standard}" is not one: the cell is formatted as a percentage, so a typed ${typed} is stored as ${stored}. Format the cell as General and type ${typed} again.`,
  }),
  /** A number above 1 in a cell not formatted as % against a % standard: 88 typed for 88%. */
  wholeForPercent: (name: Texts, period: string, standard: string, value: string, asPercent: string): Texts => ({
    zh: `指标${name.zh}${period}的实际值为${value}，而目标值“${standard}”是百分比：${value}会被读作${asPercent}%。若指${value}%，请输入 ${value}%。`,
    en: `Indicator ${name.en}${enPeriod(period)}: the actual is ${value}, but the standard "${standard}" is a percentage, so ${value} reads as ${asPercent}%. If you mean ${value}%, type ${value}%.`,
  }),
  unknownIndicator: (name: string, rows: number): Texts => ({
    zh: `月度数据中的指标“${name}”（${rows}行）不在监测指标表中，查不到它的权重、目标值和评分规则。请改用指标表中的名称，或先在指标表中添加该指标。`,
    en: `The indicator "${name}" in the monthly data (${plural(rows, "row", "rows")}) is not in the indicator table, so it has no weight, standard or scoring rule. Use a name from the indicator table, or add the indicator there first.`,
  }),
  missingActuals: (period: string, count: number): Texts => ({
    zh: `${period}还有${count}项指标没有填写实际值。`,
    en: `${period}: ${plural(count, "indicator has", "indicators have")} no actual value yet.`,
  }),
  penaltyDue: (period: Texts, months: number, line: string, total: string, penaltyMonths: number): Texts => ({
    zh: `截至${period.zh}，月度总分已连续${months}个月低于违约线${line}分（最近为${total}分），达到违约条款的连续${penaltyMonths}个月：乙方需提交《改进计划》，并按约定扣减服务费。`,
    en: `As of ${period.en}, the monthly total has been below the penalty line of ${line} for ${plural(months, "month", "months")} in a row (latest ${total}), reaching the agreement's ${penaltyMonths} in a row: the provider owes an improvement plan and the agreed fee reduction.`,
  }),
  streakInProgress: (period: Texts, months: number, line: string, total: string, penaltyMonths: number): Texts => ({
    zh: `截至${period.zh}，月度总分已连续${months}个月低于违约线${line}分（最近为${total}分）；再有${penaltyMonths - months}个月低于违约线，将触发违约条款（连续${penaltyMonths}个月）。`,
    en: `As of ${period.en}, the monthly total has been below the penalty line of ${line} for ${plural(months, "month", "months")} in a row (latest ${total}); ${plural(penaltyMonths - months, "more month below the line triggers", "more months below the line trigger")} the penalty (${penaltyMonths} in a row).`,
  }),
};
