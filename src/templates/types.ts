/**
 * Templates as data. A template describes one worksheet: its texts in each language, and blocks
 * laid out by one writer (src/excel): key/value forms at the top (the agreement's details), then
 * Excel tables side by side, each with labelled cells beside it (totals, grades, a penalty check,
 * or inputs such as the priority time limits). Adding a template adds data, not code.
 *
 * Formulas are written in Excel's English syntax, with placeholders the writer resolves for the
 * chosen language and the workbook:
 *   [@{col:KEY}]        this row's cell of column KEY (a structured reference in Excel)
 *   {table}[{col:KEY}]  the whole data column KEY, in whichever table of the sheet holds it
 *   {name:KEY}          the defined name of agreement parameter KEY, e.g. SLA_GradeScale
 *   {cell:KEY}          the absolute address of labelled cell KEY on the same sheet, e.g. $J$5
 * Conditional formats cannot use structured references (Excel refuses them there), so they use
 *   {colLetter:KEY}{row} the column's letter and the first data row: "=${colLetter:met}{row}=FALSE"
 *   {link:TABLE:KEY}    column KEY of another sheet's table of the agreement (fixed names such as
 *                       SLA_Indicators), e.g. SLA_Indicators[目标值]: how the linked sheets read each other
 *   {yes} / {no}         the workbook language's words for a yes/no cell (是/否, Yes/No)
 * So "=SLA.WEIGHTED({table}[{col:score}],{table}[{col:weight}])" works in both languages, and the
 * same formulas can be turned into plain A1 references to check them with another formula engine.
 */

export type Lang = "zh" | "en";

export const LANGS: readonly Lang[] = ["zh", "en"];

/** A text in every language we ship. */
export type Texts = Readonly<Record<Lang, string>>;

/** A number written with its own format: a rate among durations in one column shows as 92%, not 0.92. */
export interface Formatted {
  readonly number: number;
  readonly format: ColumnFormat;
}

/** A value a template writes: the same in every language (a number, a code such as "P1"), or one per language. */
export type Value = string | number | Texts | Formatted;

export type ColumnFormat =
  | "text" // "@": whatever is typed stays text, even "=…", "-5 per 1% below" or "0138"
  | "general" // Excel's General: scores, TRUE/FALSE
  | "integer" // 0
  | "number1" // one decimal (0.0)
  | "number2" // two decimals
  | "percent" // 0%
  | "percent1" // 0.0%
  | "date" // yyyy-mm-dd
  | "month" // yyyy-mm: an assessment period, stored as the month's first day
  | "datetime" // yyyy-mm-dd hh:mm
  | "currency"; // #,##0.00

export type Validation =
  | { readonly kind: "list"; readonly options: readonly Texts[] }
  | { readonly kind: "decimal"; readonly min?: number; readonly max?: number }
  | { readonly kind: "whole"; readonly min?: number; readonly max?: number }
  | { readonly kind: "date" };

export interface Column {
  /** Stable id used by formulas ({col:KEY}) and example rows; never shown. Unique within the template. */
  readonly key: string;
  readonly header: Texts;
  /** A one-line hint shown as the header cell's input prompt. */
  readonly hint?: Texts;
  readonly format: ColumnFormat;
  /** Width in characters (Excel's column width unit). */
  readonly width: number;
  /** Long text that wraps within the width (columns of 28 characters and more always wrap). */
  readonly wrap?: boolean;
  /** A calculated column: the same formula in every row. Input columns have none. */
  readonly formula?: string;
  /** Input rules: a dropdown list (texts per language) or a number/date range. */
  readonly validation?: Validation;
}

/** A label and one cell: a form field, a total beside a table, an input beside a table. */
export interface LabelledCell {
  /** Stable id for {cell:KEY}; unique within the template. */
  readonly key: string;
  readonly label: Texts;
  readonly hint?: Texts;
  readonly format: ColumnFormat;
  /** Calculated cells have a formula (one per language where it writes words); the others are inputs. */
  readonly formula?: string | Texts;
  /** An input's example value, written when examples are asked for. */
  readonly example?: Value;
  readonly validation?: Validation;
  /** Width of the value's column in characters, when the default is too narrow. */
  readonly width?: number;
  /** A helper other cells' formats read (the grade-colour cells): kept beside a table in hidden columns. */
  readonly hidden?: boolean;
}

/**
 * The home of an agreement parameter: a labelled input cell that the parameter's defined name
 * points to, so editing the cell changes every formula that uses the name. Label, format and
 * default come from the parameter.
 */
export interface ParameterCell {
  readonly parameter: string;
}

export type FormCell = LabelledCell | ParameterCell;

/** Labelled cells one under the other, at the top of the sheet. */
export interface FormBlock {
  readonly kind: "form";
  readonly heading: Texts;
  readonly cells: readonly FormCell[];
}

/** One example row: values by column key. */
export type ExampleRow = Readonly<Record<string, Value>>;

/** One Excel table, with labelled cells beside it. */
export interface TableBlock {
  readonly kind: "table";
  readonly heading?: Texts;
  /** The table's base name in the workbook (ASCII, no spaces), e.g. "SLA_Tickets". */
  readonly tableName: string;
  readonly columns: readonly Column[];
  /** Cells beside the table: totals, grades, checks, or inputs the table's formulas use. */
  readonly side: readonly FormCell[];
  readonly examples: readonly ExampleRow[];
  /** Rows the sheet is made of, written with or without examples (one per indicator of a report); overrides examples. */
  readonly rows?: readonly ExampleRow[];
  /** The rows are a start the user edits and adds to (marked as input), not a report's fixed rows. */
  readonly rowsAreInput?: boolean;
  /**
   * Columns a printed page starts at, for a table too wide for one page at a readable scale (the
   * ticket log's clocks): each part prints on its own page.
   */
  readonly printBreaksBefore?: readonly string[];
  /** Only feeds a chart: laid out to the right of the printed tables and left out of the print area. */
  readonly chartDataOnly?: boolean;
  /** Empty rows to add when inserted without examples, so the formulas show. */
  readonly blankRows: number;
}

export type Block = FormBlock | TableBlock;

interface ConditionalFormatBase {
  /** TRUE for the cells to colour; written for the first cell of the range, relative references as Excel expects. */
  readonly formula: string;
  readonly fill: string; // "#F8D7DA"
  readonly font?: string; // "#842029"
  /** What it means, for the README and the task pane. */
  readonly note: Texts;
}

/** A conditional format on a table column's data, or on one labelled cell. */
export type ConditionalFormat =
  (ConditionalFormatBase & { readonly column: string }) | (ConditionalFormatBase & { readonly cell: string });

/** An agreement parameter, kept as a defined name so every sheet and co-author shares it. */
export interface Parameter {
  readonly key: string;
  /** The workbook name, e.g. "SLA_GradeScale". */
  readonly name: string;
  readonly label: Texts;
  readonly hint?: Texts;
  /** The seeds' default, per language where it is text. */
  readonly value: Readonly<Record<Lang, string | number>>;
  readonly format: ColumnFormat;
  readonly validation?: Validation;
}

/** A native Excel chart over a table's columns, placed below the sheet's tables. */
export interface ChartSpec {
  readonly key: string;
  readonly type: "Line" | "LineMarkers" | "ColumnClustered" | "BarClustered" | "Pie";
  /** The table (by its base name, on this sheet) and its first and last column keys: a contiguous block with its header row. */
  readonly table: string;
  readonly from: string;
  readonly to: string;
  /** Whether each column (Excel's default for tall data) or each row is a series. */
  readonly seriesBy: "Columns" | "Rows";
  readonly title: Texts;
  /** The value axis' bounds, e.g. 0–100 for scores. */
  readonly min?: number;
  readonly max?: number;
}

export interface Template {
  readonly id: string;
  readonly title: Texts;
  readonly description: Texts;
  /** What the sheet contains, a few short items for the gallery card. */
  readonly contains: readonly Texts[];
  /** Which seed document and table it follows, e.g. "000 表3". */
  readonly source: string;
  readonly sheetName: Texts;
  readonly blocks: readonly Block[];
  readonly conditionalFormats: readonly ConditionalFormat[];
  /** Native charts, two per row below the tables (the monthly report). */
  readonly charts?: readonly ChartSpec[];
  /** Print on A4 landscape at this scale (percent) rather than one page wide at whatever scale. */
  readonly printScale?: number;
  /** Keys of the agreement parameters the sheet uses ({name:KEY}) or is the home of. */
  readonly parameters: readonly string[];
}

export const isParameterCell = (cell: FormCell): cell is ParameterCell => "parameter" in cell;

export const isTable = (block: Block): block is TableBlock => block.kind === "table";
