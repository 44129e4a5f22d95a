/**
 * The monthly report (000 步骤7 服务月度报告; 003 (四) 报告撰写): for the month chosen at the top,
 * the score, grade, strongest and weakest indicators, problems and measures in one sentence built by
 * formulas in the workbook's language, and the data of four native charts: the total per month
 * against the grade lines, each indicator's score rate this month, the last three months' trend per
 * indicator, and the problem types of the improvement plan. Everything is read from the linked
 * tables; changing the month redraws it all.
 *
 * Its tables have structural rows (one per indicator, one per month shown, one per problem type)
 * written with or without examples: reportTemplate(indicators) makes the sheet for an agreement
 * with that many indicators.
 */
import { GREY } from "./colors";
import { PROBLEM_TYPES } from "./improvement";
import { t } from "./text";
import type { ConditionalFormat, Template } from "./types";

/** Months shown on the total chart, ending with the chosen one. */
export const REPORT_MONTHS = 6;

const M = (key: string) => `{link:SLA_Monthly:${key}}`;
const H = (key: string) => `{link:SLA_History:${key}}`;
const MONTH = "{cell:month}";
/**
 * A figure of the chosen month: `blank` while no month is chosen. Excel reads a blank criterion as
 * 0, other spreadsheets (LibreOffice, HyperFormula) refuse it: the guard keeps the sheet clean in all.
 */
const inMonth = (formula: string, blank = '""') => `=IF(${MONTH}="",${blank},${formula.replace(/^=/, "")})`;
/** A history figure of the chosen month; blank when the month has no row (yet). */
const ofMonth = (key: string) =>
  inMonth(`IF(COUNTIFS(${H("period")},${MONTH})=0,"",INDEX(${H(key)},MATCH(${MONTH},${H("period")},0)))`);
/**
 * An indicator's score rate in a month; #N/A (a gap in a line chart, not a drop to 0) when it has
 * none. Counted on the typed actual: COUNTIFS "<>" also counts a formula's "" as filled.
 */
const rateIn = (month: string, indicator = "[@{col:indicator}]") =>
  `=IF(${month}="",NA(),IF(COUNTIFS(${M("period")},${month},${M("indicator")},${indicator},${M("actual")},"<>")=0,NA(),SUMIFS(${M("rate")},${M("period")},${month},${M("indicator")},${indicator})))`;
/** The month `n` months before the chosen one; #N/A while no month is chosen (EDATE of a blank is #NUM!). */
const monthsBack = (n: string) => `IF(${MONTH}="",NA(),EDATE(${MONTH},-${n}))`;
const trendIn = (month: string) => rateIn(month, "[@{col:trendIndicator}]");
const IND = "{table}[{col:indicator}]";
/** The row's indicator's actual in the chosen month (one row per indicator per month: SUMIFS finds it). */
const ACTUAL = `SUMIFS(${M("actual")},${M("period")},${MONTH},${M("indicator")},[@{col:indicator}])`;
const RATE = "{table}[{col:rate}]";
/** The indicator with the highest or lowest score rate this month; blank until the month has a total. */
const extreme = (fn: "MAX" | "MIN") =>
  `=IF({cell:total}="","",IFERROR(INDEX(${IND},MATCH(${fn}(${RATE}),${RATE},0)),""))`;

/**
 * The form's values sit in column B, above the indicators table: narrow, so the table keeps its
 * shape; the summary's sentence runs on over the empty cells to its right, as text does in Excel.
 */
const FORM_WIDTH = 16;

/** The indicator of the row's number in the service standards, blank past the last. */
const nthIndicator = (no: string) =>
  `=IF([@{col:${no}}]>ROWS({link:SLA_Indicators:level2}),"",INDEX({link:SLA_Indicators:level2},[@{col:${no}}])&"")`;
/**
 * A history column in the row's month; #N/A (a gap in the chart) for a month without a total (its
 * total is a formula's "", which COUNTIFS "<>" would count, so the total itself is tested).
 */
const historyIn = (key: string) => {
  const row = `MATCH([@{col:period}],${H("period")},0)`;
  return `=IF(ISNUMBER(IFERROR(INDEX(${H("total")},${row}),"")),INDEX(${H(key)},${row}),NA())`;
};

const hideErrors = (column: string): ConditionalFormat => ({
  column,
  formula: `=ISNA(\${colLetter:${column}}{row})`,
  ...GREY,
  note: t("无数据的月份（图表中留空）", "A month without data (a gap in the chart)"),
});

export function reportTemplate(indicators: number): Template {
  const count = Math.max(1, indicators);
  return {
    id: "report",
    source: "000 步骤7, 003 (四)",
    title: t("服务月度报告", "Monthly service report"),
    description: t(
      "在上方选择月份：考核数据、问题与改进措施的小结，以及总分趋势、各指标得分率、近三月趋势与问题类型图表，全部自动更新。",
      "Choose the month above: the summary of scores, problems and measures, and the charts of the total, each indicator, the last three months and the problem types update by themselves.",
    ),
    contains: [
      t("月度小结（自动生成的文字）", "The month's summary, written by formulas"),
      t(
        "总分趋势与等级线、各指标得分率、近三月趋势、问题类型",
        "Total against grade lines, indicators, three-month trend, problem types",
      ),
    ],
    sheetName: t("月度报告", "Monthly Report"),
    parameters: ["penaltyMonths"],
    printScale: 70,
    blocks: [
      {
        kind: "form",
        heading: t("报告月份与小结", "Month and summary"),
        cells: [
          {
            key: "month",
            label: t("报告月份", "Month"),
            hint: t("该月第一天，例如 2024-06-01", "The month's first day, e.g. 2024-06-01"),
            format: "month",
            width: FORM_WIDTH,
            validation: { kind: "date" },
            example: "2024-06-01",
          },
          { key: "total", label: t("考核总分", "Total"), format: "number1", formula: ofMonth("total") },
          { key: "grade", label: t("等级", "Grade"), format: "general", formula: ofMonth("grade") },
          {
            key: "missed",
            label: t("未达标指标数", "Indicators missed"),
            format: "general",
            formula: ofMonth("missed"),
          },
          {
            key: "streak",
            label: t("连续低于违约线月数", "Months below line in a row"),
            format: "general",
            width: FORM_WIDTH,
            formula: ofMonth("streak"),
          },
          {
            key: "deduction",
            label: t("服务费扣减金额", "Fee reduction"),
            format: "currency",
            width: FORM_WIDTH,
            formula: ofMonth("deduction"),
          },
          { key: "strongest", label: t("优势指标", "Strongest indicator"), format: "general", formula: extreme("MAX") },
          { key: "weakest", label: t("短板指标", "Weakest indicator"), format: "general", formula: extreme("MIN") },
          {
            key: "measures",
            label: t("改进措施数", "Measures"),
            format: "general",
            width: FORM_WIDTH,
            formula: inMonth(`COUNTIFS({link:SLA_Plan:period},${MONTH})`),
          },
          {
            key: "summary",
            label: t("月度小结", "Summary"),
            format: "general",
            width: FORM_WIDTH,
            formula: t(
              `=IF({cell:total}="","本月尚无完整的考核数据。",YEAR(${MONTH})&"年"&MONTH(${MONTH})&"月考核总分"&TEXT({cell:total},"0.0")&"分，等级"&{cell:grade}&"。优势指标："&{cell:strongest}&"；短板指标："&{cell:weakest}&"。")`,
              `=IF({cell:total}="","This month's scores are not complete yet.","In "&YEAR(${MONTH})&"-"&RIGHT("0"&MONTH(${MONTH}),2)&" the total was "&TEXT({cell:total},"0.0")&", grade "&{cell:grade}&". Strongest: "&{cell:strongest}&"; weakest: "&{cell:weakest}&".")`,
            ),
          },
          {
            // The summary's second sentence on its own line: each runs on over the empty cells to its
            // right and stays within the printed width in both languages.
            key: "summaryProblems",
            label: t("问题与措施", "Problems and measures"),
            format: "general",
            width: FORM_WIDTH,
            formula: t(
              `=IF({cell:total}="","","未达标"&{cell:missed}&"项，改进措施"&{cell:measures}&"项。"&IF({cell:streak}>={name:penaltyMonths},"已连续"&{cell:streak}&"个月低于违约线，触发违约条款。",IF({cell:streak}>0,"已连续"&{cell:streak}&"个月低于违约线。","")))`,
              `=IF({cell:total}="","",{cell:missed}&" indicator(s) missed their standard; "&{cell:measures}&" measure(s) planned."&IF({cell:streak}>={name:penaltyMonths}," "&{cell:streak}&" months in a row below the line: the penalty applies.",IF({cell:streak}>0," "&{cell:streak}&" month(s) in a row below the line.","")))`,
            ),
          },
        ],
      },
      {
        kind: "table",
        heading: t("本月各指标", "Indicators this month"),
        tableName: "SLA_ReportIndicators",
        blankRows: count,
        rows: Array.from({ length: count }, (_, i) => ({ no: i + 1 })),
        columns: [
          { key: "no", header: t("序号", "No."), format: "integer", width: 5 },
          {
            key: "indicator",
            header: t("指标", "Indicator"),
            format: "general",
            width: 24,
            formula: nthIndicator("no"),
          },
          {
            key: "rate",
            header: t("本月得分率", "Score rate"),
            format: "percent",
            width: 11,
            formula: `=IFERROR(${rateIn(MONTH).slice(1)},"")`,
          },
          {
            key: "standard",
            header: t("标准值", "Standard"),
            format: "general",
            width: 10,
            formula:
              '=IF([@{col:indicator}]="","",INDEX({link:SLA_Indicators:target},MATCH([@{col:indicator}],{link:SLA_Indicators:level2},0))&"")',
          },
          {
            key: "actual",
            header: t("实际值", "Actual"),
            format: "general",
            width: 9,
            // As the monthly sheet shows it: a rate as a percentage (86%, 92.5%), a duration or points as a number.
            formula: inMonth(
              `IF(COUNTIFS(${M("period")},${MONTH},${M("indicator")},[@{col:indicator}],${M("actual")},"<>")=0,"",IF(ISNUMBER(SEARCH("%",SUBSTITUTE([@{col:standard}],"％","%"))),ROUND(${ACTUAL}*100,1)&"%",${ACTUAL}))`,
            ),
          },
          {
            key: "met",
            header: t("是否达标", "Met"),
            format: "general",
            width: 8,
            formula: `=IF([@{col:actual}]="","",IF(COUNTIFS(${M("period")},${MONTH},${M("indicator")},[@{col:indicator}],${M("met")},{no})>0,{no},{yes}))`,
          },
        ],
        side: [],
        examples: [],
      },
      {
        kind: "table",
        heading: t("近三月得分率", "Last three months"),
        tableName: "SLA_ReportTrend",
        blankRows: count,
        rows: Array.from({ length: count }, (_, i) => ({ trendNo: i + 1 })),
        columns: [
          { key: "trendNo", header: t("序号", "No."), format: "integer", width: 5 },
          {
            key: "trendIndicator",
            header: t("指标", "Indicator"),
            format: "general",
            width: 24,
            formula: nthIndicator("trendNo"),
          },
          {
            key: "before2",
            header: t("前两月", "2 months ago"),
            format: "percent",
            width: 13,
            formula: trendIn(monthsBack("2")),
          },
          {
            key: "before1",
            header: t("上月", "Last month"),
            format: "percent",
            width: 11,
            formula: trendIn(monthsBack("1")),
          },
          { key: "current", header: t("本月", "This month"), format: "percent", width: 11, formula: trendIn(MONTH) },
        ],
        side: [],
        examples: [],
      },
      {
        kind: "table",
        heading: t("总分趋势", "Totals"),
        tableName: "SLA_ReportTotals",
        chartDataOnly: true,
        blankRows: REPORT_MONTHS,
        rows: Array.from({ length: REPORT_MONTHS }, (_, i) => ({ back: REPORT_MONTHS - 1 - i })),
        columns: [
          { key: "back", header: t("往前月数", "Months back"), format: "integer", width: 12 },
          {
            key: "period",
            header: t("月份", "Month"),
            format: "month",
            width: 9,
            formula: `=${monthsBack("[@{col:back}]")}`,
          },
          {
            key: "total",
            header: t("总分", "Total"),
            format: "number1",
            width: 7,
            formula: historyIn("total"),
          },
          {
            key: "topLine",
            header: t("优秀线", "Top line"),
            format: "general",
            width: 9,
            formula: historyIn("topLine"),
          },
          {
            key: "passLine",
            header: t("合格线", "Pass line"),
            format: "general",
            width: 10,
            formula: historyIn("passLine"),
          },
        ],
        side: [],
        examples: [],
      },
      {
        kind: "table",
        heading: t("问题类型", "Problem types"),
        tableName: "SLA_ReportProblems",
        chartDataOnly: true,
        blankRows: PROBLEM_TYPES.length,
        rows: PROBLEM_TYPES.map((type) => ({ type })),
        columns: [
          { key: "type", header: t("问题类型", "Problem type"), format: "text", width: 22 },
          {
            key: "count",
            header: t("措施数", "Measures"),
            format: "integer",
            width: 9,
            formula: inMonth(
              `COUNTIFS({link:SLA_Plan:problemType},[@{col:type}],{link:SLA_Plan:period},${MONTH})`,
              "0",
            ),
          },
        ],
        side: [],
        examples: [],
      },
    ],
    charts: [
      {
        key: "totals",
        type: "LineMarkers",
        table: "SLA_ReportTotals",
        from: "period",
        to: "passLine",
        seriesBy: "Columns",
        title: t("月度总分与等级线", "Monthly total and grade lines"),
        min: 0,
        max: 100,
      },
      {
        key: "indicators",
        type: "BarClustered",
        table: "SLA_ReportIndicators",
        from: "indicator",
        to: "rate",
        seriesBy: "Columns",
        title: t("本月各指标得分率", "Score rate by indicator this month"),
        min: 0,
        max: 1,
      },
      {
        key: "trend",
        type: "LineMarkers",
        table: "SLA_ReportTrend",
        from: "trendIndicator",
        to: "current",
        seriesBy: "Rows",
        title: t("各指标近三月得分率", "Each indicator over the last three months"),
        min: 0,
        max: 1,
      },
      {
        key: "problems",
        type: "Pie",
        table: "SLA_ReportProblems",
        from: "type",
        to: "count",
        seriesBy: "Columns",
        title: t("本月改进措施的问题类型", "Problem types of this month's measures"),
      },
    ],
    conditionalFormats: ["before2", "before1", "current", "total", "topLine", "passLine"].map(hideErrors),
  };
}
