/**
 * The results feed of a linked agreement: one flat table, SLA_Feed, with one row per row of the
 * monthly data (one per indicator per month) and every figure a roll-up needs on that row: who
 * (agreement number, client, provider), when and what (month, indicator, weight, standard, actual,
 * score, met) and the month's outcome (weighted total, grade, fee deduction). It is what Power Query
 * or Power BI reads from a folder of agreements (powerquery/rollup.pq), so it holds no SLA.* call of
 * its own: every cell is a plain formula (INDEX, MATCH, COUNTIFS, ROW) over the other sheets, and
 * keeps its value in any spreadsheet and in the portable copy, where the SLA.* cells it reads
 * become native formulas or values.
 *
 * Row n reads row n of SLA_Monthly (the "Row" column, ROW() less the header's row: no typed
 * number to keep in step, and sorting the feed cannot mislink it); the month's outcome is looked
 * up in SLA_History by the row's month. The agreement's details are read from the agreement
 * sheet's form cells, whose addresses only set-up knows: feedTemplate(refs) writes them in.
 */
import { t } from "./text";
import type { Column, Template } from "./types";

export const FEED_TABLE = "SLA_Feed";

/** The agreement sheet's cells the feed names, as sheet-qualified absolute references ('Agreement'!$B$4). */
export interface AgreementRefs {
  readonly agreementNo: string;
  readonly client: string;
  readonly provider: string;
}

/** The agreement-form fields the feed repeats on every row, in order. */
export const FEED_AGREEMENT_KEYS = [
  "agreementNo",
  "client",
  "provider",
] as const satisfies readonly (keyof AgreementRefs)[];

const ROW = "[@{col:row}]";
const M = (key: string) => `{link:SLA_Monthly:${key}}`;
const H = (key: string) => `{link:SLA_History:${key}}`;
const PERIOD = "[@{col:period}]";

/** Row `ROW` of a monthly column; blank where the monthly cell is (INDEX alone gives 0). */
const monthly = (key: string) => `=IF(INDEX(${M(key)},${ROW})="","",INDEX(${M(key)},${ROW}))`;

/** The month's figure in the results history; blank while the row has no month or the history no row for it. */
const history = (key: string) =>
  `=IF(${PERIOD}="","",IF(COUNTIFS(${H("period")},${PERIOD})=0,"",INDEX(${H(key)},MATCH(${PERIOD},${H("period")},0))))`;

/** A form cell of the agreement sheet; blank when it is (a reference to an empty cell gives 0). */
const agreementCell = (ref: string | undefined) => (ref === undefined ? '=""' : `=IF(${ref}="","",${ref})`);

function columns(refs: AgreementRefs | null): Column[] {
  return [
    {
      key: "row",
      header: t("序号", "Row"),
      hint: t("该行取自“月度数据”表的第几行", "The row of the monthly scores this row shows"),
      format: "integer",
      width: 7,
      formula: `=ROW()-ROW(${FEED_TABLE}[#Headers])`,
    },
    {
      key: "agreementNo",
      header: t("协议编号", "Agreement number"),
      format: "general",
      width: 17,
      formula: agreementCell(refs?.agreementNo),
    },
    { key: "client", header: t("甲方", "Client"), format: "general", width: 18, formula: agreementCell(refs?.client) },
    {
      key: "provider",
      header: t("乙方", "Provider"),
      format: "general",
      width: 18,
      formula: agreementCell(refs?.provider),
    },
    { key: "period", header: t("考核月份", "Month"), format: "month", width: 10, formula: monthly("period") },
    {
      key: "indicator",
      header: t("考核指标", "Indicator"),
      format: "general",
      width: 22,
      formula: monthly("indicator"),
    },
    { key: "weight", header: t("权重", "Weight"), format: "percent", width: 8, formula: monthly("weight") },
    { key: "standard", header: t("标准值", "Standard"), format: "general", width: 11, formula: monthly("standard") },
    { key: "actual", header: t("实际值", "Actual"), format: "general", width: 9, formula: monthly("actual") },
    { key: "score", header: t("得分", "Score"), format: "general", width: 7, formula: monthly("score") },
    { key: "met", header: t("是否达标", "Met"), format: "general", width: 9, formula: monthly("met") },
    {
      key: "total",
      header: t("考核总分", "Weighted total"),
      hint: t("该月的考核总分（取自“考核结果”）", "The month's total (from the results history)"),
      format: "number1",
      width: 15,
      formula: history("total"),
    },
    { key: "grade", header: t("等级", "Grade"), format: "general", width: 9, formula: history("grade") },
    {
      key: "deduction",
      header: t("服务费扣减金额", "Fee deduction"),
      hint: t("该月的服务费扣减金额（取自“考核结果”）", "The month's fee reduction (from the results history)"),
      format: "currency",
      width: 15,
      formula: history("deduction"),
    },
  ];
}

/**
 * The feed sheet. `refs`: where the agreement sheet's number, client and provider are (null: not
 * known, the three columns stay blank); `rows`: how many rows, one per monthly row (at least one,
 * so the formulas show).
 */
export function feedTemplate(refs: AgreementRefs | null, rows = 1): Template {
  return {
    id: "feed",
    source: "000 表3–表4",
    title: t("结果汇总", "Results feed"),
    description: t(
      "每月每项指标一行，连同协议编号、双方、月度总分、等级与扣减：供 Power Query / Power BI 汇总多份协议；全部为普通公式，未安装加载项也能读取。",
      "One row per indicator per month with the agreement, the parties, the month's total, grade and deduction: for Power Query or Power BI to roll many agreements up. Plain formulas only, readable without the add-in.",
    ),
    contains: [
      t("协议编号、甲方、乙方", "Agreement number, client, provider"),
      t("月份、指标、权重、标准、实际值、得分、是否达标", "Month, indicator, weight, standard, actual, score, met"),
      t("月度总分、等级、服务费扣减", "The month's total, grade and fee deduction"),
    ],
    sheetName: t("结果汇总", "Results Feed"),
    parameters: [],
    blocks: [
      {
        kind: "table",
        tableName: FEED_TABLE,
        columns: columns(refs),
        side: [],
        examples: [],
        rows: Array.from({ length: Math.max(1, rows) }, () => ({})),
        blankRows: 0,
      },
    ],
    conditionalFormats: [],
  };
}

/** The feed as linked.ts lists it: its columns and headers (the references do not matter there). */
export const feed: Template = feedTemplate(null);
