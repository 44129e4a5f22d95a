/**
 * The SLA functions as the task pane presents them: syntax, a one-line description and one example,
 * in English and Simplified Chinese. Data only, so any component can reuse it.
 *
 * Ids and parameter names are the ones in functions.json (they never change and are never translated);
 * test/metadata.test.ts checks them, with each parameter's type and whether it takes a range, against
 * src/functions/functions.ts so this list cannot drift.
 */

import type { Lang, Texts } from "../templates";

/** The pane's languages are the templates' languages. */
export type Language = Lang;

export type Localized = Texts;

/** A parameter's type as functions.json gives it: what Excel converts the argument to before the call. */
export type ParamType = "any" | "number" | "string" | "boolean";

export interface FunctionParam {
  /** Parameter name exactly as in functions.json. */
  readonly name: string;
  readonly optional: boolean;
  readonly type: ParamType;
  /**
   * As in functions.json. "matrix": the parameter takes a range, which the function receives whole (rows of
   * cells). "scalar": one value; a range given to it makes Excel call the function once per cell.
   */
  readonly dimensionality: "scalar" | "matrix";
}

export interface FunctionExample {
  /**
   * The formula as a user types it, in Excel's English syntax (what range.formulas takes). Its quoted
   * texts (rules, standards, calendars) are Chinese, as in the seed agreements.
   */
  readonly formula: string;
  /** What `formula` shows in the cell, when that does not depend on the sheet. */
  readonly result?: Localized;
  /** The same example with English quoted texts (the engine reads both), for the English pane, and what it shows. */
  readonly en?: { readonly formula: string; readonly result?: string };
}

export interface FunctionDoc {
  /** Id in functions.json; users type =SLA.<id>(...). */
  readonly id: string;
  readonly params: readonly FunctionParam[];
  /** What the function returns, in a word or two. */
  readonly returns: Localized;
  readonly description: Localized;
  readonly example: FunctionExample;
  /**
   * Announced but not yet in src/functions/functions.ts. The task pane labels it "coming soon";
   * the metadata test warns when the function appears so the flag can be dropped.
   */
  readonly planned?: boolean;
}

/** The custom functions namespace from manifest.xml. */
export const NAMESPACE = "SLA";

/** A parameter that takes one value. */
const p = (name: string, optional = false, type: ParamType = "any"): FunctionParam => ({
  name,
  optional,
  type,
  dimensionality: "scalar",
});
/** A parameter that takes a range (or a single value, which Excel passes as a one-cell range). */
const range = (name: string, optional = false): FunctionParam => ({
  name,
  optional,
  type: "any",
  dimensionality: "matrix",
});
const same = (text: string): Localized => ({ en: text, zh: text });

export const FUNCTIONS: readonly FunctionDoc[] = [
  {
    id: "SCORE",
    params: [p("actual"), p("standard"), p("rule", true, "string"), p("full_marks", true)],
    returns: { en: "number", zh: "数值" },
    description: {
      en: "The score of one indicator, as its written scoring rule says.",
      zh: "按书面评分规则计算一个考核指标的得分。",
    },
    example: {
      formula: '=SLA.SCORE(88%, "≥90%", "达标100分，每低于1%扣5分")',
      result: same("90"),
      en: { formula: '=SLA.SCORE(88%, ">=90%", "full 100, -5 per 1% below")', result: "90" },
    },
  },
  {
    id: "GRADE",
    params: [p("score"), range("scale", true)],
    returns: { en: "text", zh: "文本" },
    description: {
      en: 'The grade for a score on a grade scale (default "Excellent>=90; Pass>=80; Fail").',
      zh: "按等级标准给出得分对应的等级（默认 “Excellent>=90; Pass>=80; Fail”）。",
    },
    example: {
      formula: '=SLA.GRADE(94.8, "优秀≥90;合格≥80;不合格")',
      result: same("优秀"),
      en: { formula: '=SLA.GRADE(94.8, "Excellent>=90; Pass>=80; Fail")', result: "Excellent" },
    },
  },
  {
    id: "WEIGHTED",
    params: [range("scores"), range("weights")],
    returns: { en: "number", zh: "数值" },
    description: {
      en: "Weighted total, Σ score × weight; weights as fractions adding to 1 or whole numbers adding to 100.",
      zh: "加权总分 Σ 得分 × 权重；权重为合计 1 的小数或合计 100 的整数。",
    },
    example: { formula: "=SLA.WEIGHTED({90;100;96}, {40%;30%;30%})", result: same("94.8") },
  },
  {
    id: "MET",
    params: [p("actual"), p("standard")],
    returns: { en: "TRUE/FALSE", zh: "逻辑值 TRUE/FALSE" },
    description: {
      en: "TRUE when the actual value meets the standard, otherwise FALSE.",
      zh: "实际值达到考核标准时为 TRUE，否则为 FALSE。",
    },
    example: { formula: '=SLA.MET(87%, "≥85%")', result: same("TRUE") },
  },
  {
    id: "ATTAINMENT",
    params: [range("values"), p("standard")],
    returns: { en: "share (0–1)", zh: "比例（0–1）" },
    description: {
      en: "The share of the numeric cells that meet the standard.",
      zh: "区域内数值单元格中达到考核标准的比例。",
    },
    example: { formula: '=SLA.ATTAINMENT(B2:B101, "≤2小时")', en: { formula: '=SLA.ATTAINMENT(B2:B101, "<=2h")' } },
  },
  {
    id: "STREAK",
    params: [range("values"), p("threshold", true)],
    returns: { en: "number", zh: "数值" },
    description: {
      en: "How many of the last periods in a row are below the threshold (default 80).",
      zh: "最近连续几期低于阈值（默认 80）。",
    },
    example: { formula: "=SLA.STREAK({85;78;76;79})", result: same("3") },
  },
  {
    id: "EXPLAIN",
    params: [p("actual"), p("standard"), p("rule", true, "string"), p("full_marks", true)],
    returns: { en: "text", zh: "文本" },
    description: {
      en: "One sentence that shows how the score is computed.",
      zh: "用一句话说明得分是怎样算出来的。",
    },
    example: {
      formula: '=SLA.EXPLAIN(88%, "≥90%", "每低于1%扣5分")',
      // The sentence follows the rule's language, whatever Office's language is.
      result: same("标准≥90%，实际88%，低于标准2%，按每1%扣5分计2步，扣10分，得90分。"),
      en: {
        formula: '=SLA.EXPLAIN(88%, ">=90%", "-5 per 1% below")',
        result: "Standard >=90%, actual 88%: 2% below, 2 steps of 1% × 5 points = 10 points off, score 90.",
      },
    },
  },
  {
    id: "RULE",
    params: [p("standard"), p("rule"), p("full_marks", true)],
    returns: { en: "text", zh: "文本" },
    description: {
      en: "How the add-in reads a scoring rule (or fee clause), in one sentence in the rule's language, so both parties can check it.",
      zh: "用一句话（按规则的语言）说明本加载项如何理解一条评分规则或扣费条款，便于双方核对。",
    },
    example: {
      formula: '=SLA.RULE("≥90%", "每低于1%扣5分，最多扣30分，低于80%不得分")',
      result: same("满分100分；低于90%时每低1%扣5分（不足一步按比例）；最多扣30分；低于80%时得0分"),
      en: {
        formula: '=SLA.RULE(">=90%", "-5 per 1% below, min 60")',
        result: "full marks 100; below 90%, 5 points off per 1% below (part steps in proportion); at least 60",
      },
    },
  },
  {
    id: "CREDIT",
    params: [p("actual"), p("standard"), p("rule")],
    returns: { en: "share of the fee (0–1)", zh: "服务费比例（0–1）" },
    description: {
      en: "The share of the service fee a fee clause deducts (or credits); 0 when the standard is met. Format the cell as %.",
      zh: "按扣费条款计算应扣减（或赔付）的服务费比例；达标时为 0。单元格可设为百分比格式。",
    },
    example: {
      formula: '=SLA.CREDIT(96%, "≥99%", "每低1%扣减当月服务费1.5%")',
      result: same("0.045"),
      en: { formula: '=SLA.CREDIT(96%, ">=99%", "1.5% of the monthly fee per 1% below")', result: "0.045" },
    },
  },
  {
    id: "DUE",
    params: [
      p("start"),
      p("duration"),
      p("calendar", true),
      range("holidays", true),
      range("workdays", true),
      range("pauses", true),
    ],
    returns: { en: "date-time", zh: "日期时间" },
    description: {
      en: "The date-time when the given duration of business time has passed.",
      zh: "经过指定工作时长后的日期时间（截止时间）。",
    },
    example: {
      formula: '=SLA.DUE(A2, "24小时", "周一至周五 9:00-18:00", "CN")',
      en: { formula: '=SLA.DUE(A2, "24h", "Mon-Fri 09:00-18:00", "CN")' },
    },
  },
  {
    id: "ELAPSED",
    params: [
      p("start"),
      p("end"),
      p("calendar", true),
      range("holidays", true),
      range("workdays", true),
      range("pauses", true),
    ],
    returns: { en: "hours", zh: "小时数" },
    description: {
      en: "Business hours between two date-times.",
      zh: "两个日期时间之间的工作小时数。",
    },
    example: {
      formula: '=SLA.ELAPSED(A2, B2, "周一至周五 9:00-18:00")',
      en: { formula: '=SLA.ELAPSED(A2, B2, "Mon-Fri 09:00-18:00")' },
    },
  },
  {
    id: "STATUS",
    params: [
      p("start"),
      p("limit"),
      p("end", true),
      p("as_of", true),
      p("calendar", true),
      range("holidays", true),
      range("workdays", true),
      range("pauses", true),
      p("warning", true),
    ],
    returns: { en: "Met, Breached, At risk, Open or Paused", zh: "达标、超时、预警、处理中或挂起" },
    description: {
      en: "Where a ticket stands against its time limit, in the language of its calendar or limit; time on hold does not count.",
      zh: "工单相对处理时限的状态（语言随服务时间或时限的书写语言）；挂起时间不计时。",
    },
    example: {
      formula: '=SLA.STATUS(A2, "2小时", B2, NOW(), "周一至周五 9:00-18:00", "CN")',
      en: { formula: '=SLA.STATUS(A2, "2 hours", B2, NOW(), "Mon-Fri 09:00-18:00", "CN")' },
    },
  },
  {
    id: "USED",
    params: [
      p("start"),
      p("limit"),
      p("end", true),
      p("as_of", true),
      p("calendar", true),
      range("holidays", true),
      range("workdays", true),
      range("pauses", true),
    ],
    returns: { en: "share of the limit", zh: "已用时限比例" },
    description: {
      en: "The share of a ticket's time limit used so far, or by its end; time on hold does not count.",
      zh: "工单已用处理时限的比例（截至结束时间或统计时点）；挂起时间不计入。",
    },
    example: {
      formula: '=SLA.USED(A2, "2小时", B2, NOW(), "周一至周五 9:00-18:00", "CN")',
      en: { formula: '=SLA.USED(A2, "2 hours", B2, NOW(), "Mon-Fri 09:00-18:00", "CN")' },
    },
  },
];

/** "SLA.SCORE(actual, standard, [rule], [full_marks])", the way Excel's own help writes syntax. */
export function syntaxOf(fn: FunctionDoc): string {
  const args = fn.params.map((a) => (a.optional ? `[${a.name}]` : a.name)).join(", ");
  return `${NAMESPACE}.${fn.id}(${args})`;
}

/** The example in the pane's language: English quoted texts for the English pane where there are some. */
export function exampleFormula(fn: FunctionDoc, lang: Language): string {
  return lang === "en" && fn.example.en ? fn.example.en.formula : fn.example.formula;
}

/** What exampleFormula(fn, lang) shows in the cell, when that does not depend on the sheet. */
export function exampleResult(fn: FunctionDoc, lang: Language): string | undefined {
  return lang === "en" && fn.example.en ? fn.example.en.result : fn.example.result?.[lang];
}
