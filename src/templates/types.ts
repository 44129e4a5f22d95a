/**
 * Templates as data. A template describes one worksheet: its texts in each language, one Excel
 * table (columns, formulas, formats, validation, conditional formats, example rows), summary
 * cells beside the table, and the agreement parameters (defined names) its formulas use.
 * One writer in src/excel turns any template into a sheet; adding a template adds data, not code.
 *
 * Formulas are written in Excel's English syntax, with placeholders the writer resolves for the
 * chosen language and the workbook:
 *   {col:KEY}      the localized header of column KEY, for structured references:
 *                  "=SLA.SCORE([@{col:actual}],[@{col:standard}],[@{col:rule}])"
 *   {table}        the table's name in the workbook (unique; e.g. "SLA_Scoring" or "SLA_Scoring2")
 *   {name:KEY}     the defined name of agreement parameter KEY, e.g. {name:gradeScale} → SLA_GradeScale
 *   {cell:KEY}     the address of summary cell KEY on the same sheet (absolute, e.g. $J$3)
 * So "=SLA.WEIGHTED({table}[{col:score}],{table}[{col:weight}])" works in both languages.
 */

export type Lang = "zh" | "en";

/** A text in every language we ship. */
export type Texts = Readonly<Record<Lang, string>>;

export type ColumnFormat =
  | "text"
  | "integer"
  | "number1" // one decimal (0.0)
  | "number2" // two decimals
  | "percent" // 0%
  | "percent1" // 0.0%
  | "date" // yyyy-mm-dd
  | "datetime" // yyyy-mm-dd hh:mm
  | "currency"; // #,##0.00

export interface Column {
  /** Stable id used by formulas ({col:KEY}) and example rows; never shown. */
  readonly key: string;
  readonly header: Texts;
  /** A one-line hint shown as the header cell's data-validation prompt. */
  readonly hint?: Texts;
  readonly format: ColumnFormat;
  /** Width in characters (Excel's column width unit, roughly). */
  readonly width: number;
  /** A calculated column: the same formula in every row. Input columns have none. */
  readonly formula?: string;
  /** Input rules: a dropdown list (texts per language) or a number/date range. */
  readonly validation?: Validation;
}

export type Validation =
  | { readonly kind: "list"; readonly options: readonly Texts[] }
  | { readonly kind: "decimal"; readonly min?: number; readonly max?: number }
  | { readonly kind: "whole"; readonly min?: number; readonly max?: number }
  | { readonly kind: "date" };

/** A conditional format on one column's data: fill (and font) when a formula is TRUE for the row. */
export interface ConditionalFormat {
  readonly column: string;
  /** Written for the first data row, relative references as Excel expects (placeholders allowed; {row} = first data row number, {colLetter:KEY} = the column's letter). */
  readonly formula: string;
  readonly fill: string; // "#F8D7DA"
  readonly font?: string; // "#842029"
  readonly note: Texts; // what it means, for the README and the task pane
}

/** A labelled cell beside the table: a total, a grade, a penalty check. */
export interface SummaryCell {
  readonly key: string;
  readonly label: Texts;
  readonly formula: string;
  readonly format: ColumnFormat;
}

/** An agreement parameter, kept as a defined name so every sheet and co-author shares it. */
export interface Parameter {
  readonly key: string;
  /** The workbook name, e.g. "SLA_GradeScale". */
  readonly name: string;
  readonly label: Texts;
  /** The seeds' default, per language where it is text. */
  readonly value: Readonly<Record<Lang, string | number>>;
  readonly format: ColumnFormat;
}

/** One example row: values by column key; text values may differ by language. */
export type ExampleRow = Readonly<Record<string, string | number | Texts>>;

export interface Template {
  readonly id: string;
  readonly title: Texts;
  readonly description: Texts;
  /** What the sheet contains, a few short items for the gallery card. */
  readonly contains: readonly Texts[];
  /** Which seed document and table it follows, e.g. "000 表3". */
  readonly source: string;
  readonly sheetName: Texts;
  /** The table's base name in the workbook (ASCII, no spaces), e.g. "SLA_Scoring". */
  readonly tableName: string;
  readonly columns: readonly Column[];
  readonly summary: readonly SummaryCell[];
  readonly conditionalFormats: readonly ConditionalFormat[];
  /** Keys of the agreement parameters the formulas use ({name:KEY}). */
  readonly parameters: readonly string[];
  readonly examples: readonly ExampleRow[];
  /** Empty rows to add when inserted without examples, so the formulas show. */
  readonly blankRows: number;
}
