/**
 * The jest fake Excel (test/excel/strictExcel.ts) made into what the task pane's Excel.run needs:
 * - every batch is recorded, with the syncs it made and how it ended, so a test can say "the insertion
 *   took at most 2 syncs" about that batch alone (the pane also reads and saves its language);
 * - workbook.getActiveCell(), which the strict fake does not model: a cell of an existing sheet whose
 *   formulas can be written and whose address and numberFormat must be loaded and synced before they
 *   are read, as in Excel. Writes go through the fake's input model, so a formula written to a Text
 *   cell stays text there too.
 * Used in the browser (bundled by esbuild into the fake office.js) and in jest.
 */
import { typeInto } from "../../excel/excelInput";
import type { FakeWorkbook } from "../../excel/fakeWorkbook";
import type { StrictExcel } from "../../excel/strictExcel";

export interface RunRecord {
  syncs: number;
  /** "running", then "ok" or the error's message. */
  state: string;
}

export interface ActiveCellAt {
  readonly sheet: string;
  /** "C3" */
  readonly address: string;
}

export interface RecordingExcel {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  readonly runs: RunRecord[];
  readonly workbook: FakeWorkbook;
}

/** Excel quotes a sheet name in an address when it is not a plain word: 'Monthly Score'!C3. */
const sheetPrefix = (name: string) => (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);

function activeCell(wb: FakeWorkbook, at: ActiveCellAt, afterSync: (f: () => void) => void): object {
  const sheet = wb.sheet(at.sheet);
  const loaded = new Set<string>();
  const need = (prop: string) => {
    if (!loaded.has(prop)) throw new Error(`PropertyNotLoaded: activeCell.${prop} (load it and sync first)`);
  };
  const cell = {
    set formulas(value: unknown) {
      const ok = Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) && value[0].length === 1;
      if (!ok) throw new Error(`InvalidArgument: formulas of one cell must be 1×1, got ${JSON.stringify(value)}`);
      sheet.writes.push(`formulas ${at.address}`);
      typeInto(sheet.cell(at.address), (value as string[][])[0][0]);
    },
    load(props: string) {
      const names = props.split(",").map((p) => p.trim());
      for (const p of names)
        if (p !== "address" && p !== "numberFormat") throw new Error(`The fake active cell cannot load ${p}`);
      afterSync(() => names.forEach((p) => loaded.add(p)));
      return proxy;
    },
    get address() {
      need("address");
      return `${sheetPrefix(sheet.name)}!${at.address}`;
    },
    get numberFormat() {
      need("numberFormat");
      return [[sheet.cells.get(at.address)?.numberFormat ?? "General"]];
    },
  };
  // Anything else the add-in reaches for is not modelled: say so instead of returning undefined.
  const proxy: object = new Proxy(cell, {
    get(target, prop) {
      if (typeof prop === "symbol" || prop === "then" || prop === "toJSON") return undefined;
      if (!(prop in target)) throw new Error(`activeCell.${prop} is not part of the fake's object model`);
      return Reflect.get(target, prop);
    },
    set(target, prop, value) {
      if (prop !== "formulas") throw new Error(`Unexpected write activeCell.${String(prop)}`);
      return Reflect.set(target, prop, value);
    },
  });
  return proxy;
}

export function recordingExcel(excel: StrictExcel, active: ActiveCellAt): RecordingExcel {
  const runs: RunRecord[] = [];
  return {
    runs,
    workbook: excel.workbook,
    async run(batch) {
      const record: RunRecord = { syncs: 0, state: "running" };
      runs.push(record);
      const afterSync: (() => void)[] = [];
      const base = excel.context;
      const workbook = new Proxy(base.workbook, {
        get(target, prop) {
          if (prop === "getActiveCell") return () => activeCell(excel.workbook, active, (f) => afterSync.push(f));
          return Reflect.get(target, prop);
        },
      });
      const context = new Proxy(base, {
        get(target, prop) {
          if (prop === "workbook") return workbook;
          if (prop === "sync")
            return async () => {
              record.syncs++;
              await base.sync();
              afterSync.splice(0).forEach((f) => f());
            };
          return Reflect.get(target, prop);
        },
      });
      try {
        const value = await batch(context);
        record.state = "ok";
        return value;
      } catch (error) {
        record.state = error instanceof Error ? error.message : String(error);
        throw error;
      }
    },
  };
}
