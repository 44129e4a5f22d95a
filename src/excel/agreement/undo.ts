/**
 * Undoing a write that Excel did not finish. Excel applies a batch in order and stops at the step
 * it refuses: what came before stays (a new sheet half-filled, names pointing at it). So every
 * sheet and name an action adds is marked as it is added — its name is loaded right after the add,
 * in the same batch — and after a failed sync only the marked ones, which are certainly ours, are
 * removed: a sheet or name a co-author made with the same name in the meantime (the reason our add
 * failed) is never touched. Names we repointed get their old formula back; rows we appended to a
 * table are deleted from the bottom up.
 */
import { ActionError } from "./errors";

interface Marked<T> {
  readonly item: T;
  readonly wanted: string;
}

export class UndoLog {
  private readonly sheets: Marked<Excel.Worksheet>[] = [];
  private readonly names: Marked<Excel.NamedItem>[] = [];
  private readonly repointed: { name: string; formula: string }[] = [];
  private readonly rows: { table: string; count: number; marker: Excel.TableRowCollection }[] = [];
  private readonly filled: { row: Excel.Range; sheet: string; addresses: string[] }[] = [];

  sheetAdded(sheet: Excel.Worksheet, wanted: string): void {
    sheet.load("name");
    this.sheets.push({ item: sheet, wanted });
  }

  nameAdded(item: Excel.NamedItem, wanted: string): void {
    item.load("name");
    this.names.push({ item, wanted });
  }

  nameRepointed(name: string, formula: string | undefined): void {
    if (formula !== undefined) this.repointed.push({ name, formula });
  }

  /**
   * `count` rows appended to a table; `rows` is loaded after the add, so its count (the table's
   * rows then, ours last) says where they are even when a co-author added rows since the read.
   */
  rowsAdded(table: string, rows: Excel.TableRowCollection, count: number): void {
    rows.load("count");
    this.rows.push({ table, count, marker: rows });
  }

  /**
   * Cells that were blank before the action typed into them (an empty row filled): blank again on
   * undo, when the write landed (`row`, the range written, is loaded right after it).
   */
  cellsFilled(row: Excel.Range, sheet: string, addresses: string[]): void {
    row.load("address");
    if (addresses.length) this.filled.push({ row, sheet, addresses });
  }

  /**
   * A property loaded right after a write, or null when the write never ran: Excel drops the load
   * with it, and reading an unloaded property throws.
   */
  private static loaded<T>(read: () => T): T | null {
    try {
      return read();
    } catch {
      return null;
    }
  }

  /** Removes what landed, in one more sync; throws the ActionError to show either way. */
  async rollBack(context: Excel.RequestContext, failure: unknown): Promise<never> {
    const detail = failure instanceof Error ? failure.message : String(failure);
    const left: string[] = [];
    const { workbook } = context;
    for (const r of this.repointed) workbook.names.getItem(r.name).formula = r.formula;
    for (const m of this.names) {
      const name = UndoLog.loaded(() => m.item.name);
      if (name !== null) workbook.names.getItem(name).delete();
    }
    for (const r of [...this.rows].reverse()) {
      const total = UndoLog.loaded(() => r.marker.count);
      // The rows landed when the load after them ran: they are the last `count`; delete them last first.
      if (total === null) continue;
      const table = workbook.tables.getItem(r.table);
      for (let i = total - 1; i >= total - r.count; i--) table.rows.getItemAt(i).delete();
    }
    for (const f of this.filled)
      if (UndoLog.loaded(() => f.row.address) !== null)
        for (const address of f.addresses) workbook.worksheets.getItem(f.sheet).getRange(address).values = [[""]];
    const sheets = this.sheets.flatMap((m) => {
      const name = UndoLog.loaded(() => m.item.name);
      return name === null ? [] : [name];
    });
    for (const name of sheets) workbook.worksheets.getItem(name).delete();
    try {
      await context.sync();
    } catch (e) {
      left.push(...sheets, ...this.names.map((m) => m.wanted));
      throw new ActionError("writeFailedNotUndone", {
        detail: `${detail} / ${e instanceof Error ? e.message : String(e)}`,
        left: left.join(", "),
      });
    }
    throw new ActionError("writeFailed", { detail });
  }
}

/** Runs the write sync; on failure rolls back and throws the user's message. */
export async function syncOrUndo(context: Excel.RequestContext, undo: UndoLog): Promise<void> {
  try {
    await context.sync();
  } catch (e) {
    if (e instanceof ActionError) throw e;
    await undo.rollBack(context, e);
  }
}
