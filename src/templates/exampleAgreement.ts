/**
 * The seeds' example agreement over four months (March–June 2024), the one data set every sheet of
 * the linked workbook shows: the indicators and targets of 003 表1 with its rules, actuals chosen so
 * that March is excellent, April and May fall below the penalty line (80) and June makes it three
 * months in a row, so the streak, the improvement plan, the fee clause and the penalty all show.
 *
 * Worked by hand (score ÷ full marks × weight × 100, summed):
 *                     weight  March          April          May            June
 * 首次响应时长 ≤1.5小时  25%   1.2h → 4/5 = 20  2.5h → 2/5 = 10  1.4h → 4/5 = 20  2.5h → 2/5 = 10
 * 电话接通率 ≥95%        15%   96% → 10/10 = 15 91% → 8/10 = 12  84% → 0/10 = 0   86% → 6/10 = 9
 * 问题分类准确率 ≥90%     10%   92% → 100 = 10   88% → 90 = 9     91% → 100 = 10   89% → 95 = 9.5
 * 问题解决率 ≥85%        20%   87% → 100 = 20   82% → 91 = 18.2  84% → 97 = 19.4  86% → 100 = 20
 * 客户满意度 ≥4.5分       20%   4.6 → 100 = 20   4.6 → 100 = 20   4.5 → 100 = 20   4.5 → 100 = 20
 * 服务规范性 ≥95%        10%   93% → 96 = 9.6   90% → 90 = 9     96% → 100 = 10   95% → 100 = 10
 * total                        94.6 优秀         78.2 不合格       79.4 不合格       78.5 不合格
 * missed standards              1               5                2                3
 * (satisfaction has no rule: met scores full marks, missed scores 0.)
 */
import type { ExampleRow, Value } from "./types";

/** The first day of each example month, as the sheets hold it. */
export const EXAMPLE_MONTHS = ["2024-03-01", "2024-04-01", "2024-05-01", "2024-06-01"] as const;

/** Actuals by indicator (in 003 表1's order), one per example month. */
export const EXAMPLE_ACTUALS: readonly (readonly number[])[] = [
  [1.2, 2.5, 1.4, 2.5],
  [0.96, 0.91, 0.84, 0.86],
  [0.92, 0.88, 0.91, 0.89],
  [0.87, 0.82, 0.84, 0.86],
  [4.6, 4.6, 4.5, 4.5],
  [0.93, 0.9, 0.96, 0.95],
];

/** Indicators whose standard is a rate: their actuals are written as percentages (92%, not 0.92). */
const RATES = new Set([1, 2, 3, 5]);

/** One monthly row per indicator per month, month by month. */
export function exampleMonthlyRows(indicators: readonly Value[]): ExampleRow[] {
  return EXAMPLE_MONTHS.flatMap((period, m) =>
    indicators.map((indicator, i) => {
      const n = EXAMPLE_ACTUALS[i][m];
      return { period, indicator, actual: RATES.has(i) ? { number: n, format: "percent" as const } : n };
    }),
  );
}
