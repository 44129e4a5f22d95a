/** A1 addresses: column letters, cells, ranges, absolute references and quoted sheet names. */

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Column index (0-based) and row (1-based, as Excel counts) → "B5". */
export const cellAddress = (col: number, row: number): string => `${columnLetter(col)}${row}`;

const CELL = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/;

/** "J5" or "$J$5" → 0-based column and 1-based row, within Excel's grid; null for anything else. */
export function cellPosition(text: string): { col: number; row: number } | null {
  const m = CELL.exec(text);
  if (!m) return null;
  const col = [...m[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const row = Number(m[2]);
  return col < 16384 && row >= 1 && row <= 1048576 ? { col, row } : null;
}

/** "B5:D9" for the rectangle between two cells; one cell stays "B5". */
export function rangeAddress(col1: number, row1: number, col2: number, row2: number): string {
  const a = cellAddress(col1, row1);
  const b = cellAddress(col2, row2);
  return a === b ? a : `${a}:${b}`;
}

/** "$B$5". */
export const absoluteCell = (col: number, row: number): string => `$${columnLetter(col)}$${row}`;

/** A sheet name as formulas need it: always quoted, quotes doubled ('It''s'!A1). */
export const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;
