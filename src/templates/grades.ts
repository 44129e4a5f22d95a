/**
 * Colouring grades whatever the scale's labels are: two cells hold the best and the worst grade of
 * the agreement's scale (SLA.GRADE of a score above and below any threshold), and a grade equal to
 * one of them turns green or red. Conditional formats cannot call custom functions; cells can.
 */
import { GREEN, RED } from "./colors";
import { t } from "./text";
import type { ConditionalFormat, LabelledCell } from "./types";

// -(10^300), not -10^300: Excel's unary minus binds before ^, and (-10)^300 is positive.
// (Not 1E+300 either: HyperFormula, which checks these formulas in the tests, reads no exponents.)
export const GRADE_BOUNDS: readonly LabelledCell[] = [
  {
    key: "topGrade",
    label: t("最高等级", "Top grade"),
    format: "general",
    hidden: true,
    formula: "=SLA.GRADE(10^300,{name:gradeScale})",
  },
  {
    key: "lowGrade",
    label: t("最低等级", "Lowest grade"),
    format: "general",
    hidden: true,
    formula: "=SLA.GRADE(-(10^300),{name:gradeScale})",
  },
];

/** Green for the top grade, red for the lowest, on a labelled cell ({cell:KEY}) or a table column. */
export function gradeColours(target: { cell: string } | { column: string }): ConditionalFormat[] {
  const ref = "cell" in target ? `{cell:${target.cell}}` : `\${colLetter:${target.column}}{row}`;
  return [
    { ...target, formula: `=AND(${ref}<>"",${ref}={cell:topGrade})`, ...GREEN, note: t("最高等级", "Top grade") },
    { ...target, formula: `=AND(${ref}<>"",${ref}={cell:lowGrade})`, ...RED, note: t("最低等级", "Lowest grade") },
  ];
}
