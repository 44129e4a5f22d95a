/**
 * Where everything goes on the sheet. Title and description on rows 1–2; forms from row 4, one
 * under the other; then the tables side by side, so each can grow downwards without running into
 * another; each table's labelled cells in two columns to its right. Pure arithmetic, no Office.
 */
import { parameter } from "../templates/parameters";
import {
  isParameterCell,
  type Column,
  type FormBlock,
  type FormCell,
  type LabelledCell,
  type Parameter,
  type TableBlock,
  type Template,
} from "../templates/types";

export const TITLE_ROW = 1;
export const DESCRIPTION_ROW = 2;
const FIRST_BLOCK_ROW = 4;

/** Widths in characters of the label and value columns of forms and of the cells beside tables. */
const FORM_WIDTHS = { label: 26, value: 44 };
const SIDE_WIDTHS = { label: 24, value: 16 };

/** A labelled cell where it lands; a parameter's home carries its parameter. */
export interface PlacedCell {
  readonly cell: LabelledCell;
  readonly parameter?: Parameter;
  readonly row: number;
  readonly labelCol: number;
  readonly valueCol: number;
}

export interface PlacedColumn {
  readonly column: Column;
  readonly col: number;
}

export interface PlacedTable {
  readonly block: TableBlock;
  readonly name: string;
  readonly headingRow: number | null;
  readonly headerRow: number;
  /** First and last data row (the table's body). */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstCol: number;
  readonly lastCol: number;
  readonly columns: readonly PlacedColumn[];
  readonly side: readonly PlacedCell[];
}

export interface PlacedForm {
  readonly block: FormBlock;
  readonly headingRow: number;
  readonly cells: readonly PlacedCell[];
}

export interface Layout {
  readonly forms: readonly PlacedForm[];
  readonly tables: readonly PlacedTable[];
  /** Column index → width in characters (the widest use wins). */
  readonly widths: ReadonlyMap<number, number>;
  /** Columns of helper cells, hidden from view (the grade-colour cells). */
  readonly hidden: readonly number[];
  /** The tables' header row, frozen and repeated on printed pages; null without tables. */
  readonly headerRow: number | null;
}

const isHelper = (c: FormCell): boolean => !isParameterCell(c) && c.hidden === true;

/** A parameter's home shows the parameter's own label, hint, format and validation. */
function labelled(cell: FormCell): { cell: LabelledCell; parameter?: Parameter } {
  if (!isParameterCell(cell)) return { cell };
  const p = parameter(cell.parameter);
  const { key, label, hint, format, validation } = p;
  return { cell: { key, label, hint, format, validation }, parameter: p };
}

/**
 * @param bodyRows how many data rows each table gets
 * @param tableNames the workbook name of each table, in block order
 */
export function layOut(
  template: Template,
  bodyRows: (block: TableBlock) => number,
  tableNames: readonly string[],
): Layout {
  const widths = new Map<number, number>();
  const hidden: number[] = [];
  const widen = (col: number, chars: number) => widths.set(col, Math.max(widths.get(col) ?? 0, chars));

  let row = FIRST_BLOCK_ROW;
  const forms: PlacedForm[] = [];
  for (const block of template.blocks) {
    if (block.kind !== "form") continue;
    const headingRow = row;
    const cells = block.cells.map((c, i) => ({ ...labelled(c), row: headingRow + 1 + i, labelCol: 0, valueCol: 1 }));
    cells.forEach((c) => widen(1, c.cell.width ?? FORM_WIDTHS.value));
    widen(0, FORM_WIDTHS.label);
    forms.push({ block, headingRow, cells });
    row = headingRow + block.cells.length + 2;
  }

  const tableBlocks = template.blocks.filter((b): b is TableBlock => b.kind === "table");
  const headingRow = tableBlocks.some((b) => b.heading) ? row : null;
  const headerRow = headingRow === null ? row : row + 1;
  let col = 0;
  const tables = tableBlocks.map((block, i): PlacedTable => {
    const firstCol = col;
    const lastCol = col + block.columns.length - 1;
    const columns = block.columns.map((column, j) => ({ column, col: firstCol + j }));
    columns.forEach((c) => widen(c.col, c.column.width));
    // Helper cells (hidden: true) get their own two columns after the visible ones, hidden from view.
    const visible = block.side.filter((c) => !isHelper(c));
    const helpers = block.side.filter(isHelper);
    const place = (cells: readonly FormCell[], labelCol: number) =>
      cells.map((c, j) => ({ ...labelled(c), row: headerRow + j, labelCol, valueCol: labelCol + 1 }));
    const helperCol = visible.length ? lastCol + 5 : lastCol + 2;
    const side = [...place(visible, lastCol + 2), ...place(helpers, helperCol)];
    side.forEach((c) => {
      widen(c.labelCol, SIDE_WIDTHS.label);
      widen(c.valueCol, c.cell.width ?? SIDE_WIDTHS.value);
    });
    if (helpers.length) hidden.push(helperCol, helperCol + 1);
    const sideEnd = helpers.length ? helperCol + 1 : visible.length ? lastCol + 3 : lastCol;
    col = sideEnd + 2;
    return {
      block,
      name: tableNames[i],
      headingRow,
      headerRow,
      firstRow: headerRow + 1,
      lastRow: headerRow + Math.max(1, bodyRows(block)),
      firstCol,
      lastCol,
      columns,
      side,
    };
  });

  return { forms, tables, widths, hidden, headerRow: tables.length ? headerRow : null };
}
