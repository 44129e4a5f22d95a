/** One real rule from a public page, with the value a careful person computes by hand. */
export interface CorpusCase {
  /** URL and title of the page the rule comes from. */
  readonly source: string;
  readonly fn: "SCORE" | "CREDIT" | "GRADE" | "MET";
  /** The function's arguments as Excel would pass them: percentages as fractions (88% → 0.88), "" for an empty cell. */
  readonly args: readonly unknown[];
  /** The hand-worked result, or the Excel error a careful reader would expect. */
  readonly expected: number | string | boolean | { readonly error: "#VALUE!" | "#N/A" | "#NUM!" };
  /** How the expected value was worked out, or why the reading was chosen. */
  readonly note?: string;
}
