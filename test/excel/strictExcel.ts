/**
 * A fake Excel for Office.js code, built on office-addin-mock and made strict like Excel:
 * - reading a property that was not loaded, or before context.sync(), throws (the mock itself
 *   returns the string "Error, property was not loaded" instead — see TOOLCHAIN.md);
 * - reading a property the fake does not model throws too, so nothing passes by accident;
 * - collections load "items/prop,…" and their items expose only the loaded props, as they were
 *   when the load's turn came in the batch;
 * - writes, adds and loads are queued and applied at context.sync(), in order. When one fails
 *   (a name taken, a bad size, a formula Excel refuses…), the steps before it stay applied, the
 *   rest are dropped, and the sync rejects with an OfficeExtension.Error-like error (code, message,
 *   debugInfo) — as Excel does: "If there was an error, [traceMessages] contains all trace
 *   messages that were executed before the error occurred" (Office.js reference,
 *   OfficeExtension.Error);
 * - everything lands in a FakeWorkbook (cells, tables, names, formats…) through Excel's input model
 *   (excelInput.ts), Excel's name rules and limits, and Excel's formula check (formulaCheck.ts);
 * - tables and defined names share one namespace, as in Excel;
 * - context.sync() is counted, and Excel.run's closing sync of work left queued is counted too;
 * - a test can act as a co-author between syncs (beforeSync).
 * A write the fake does not model throws at once: that is the fake's limit, not Excel's behaviour.
 */
import { OfficeMockObject } from "office-addin-mock";
import { typeInto, type Scalar } from "./excelInput";
import {
  cellsOf,
  FakeSheet,
  FakeWorkbook,
  nameTypeAndValue,
  validName,
  type FakeName,
  type FakeTable,
} from "./fakeWorkbook";
import { checkFormula } from "./formulaCheck";

const NOT_LOADED = "Error, property was not loaded";
const NOT_SYNCED = "Error, context.sync() was not called";

/** Looked up on any object by await, jest or node's inspector; not Office.js reads. */
const INTROSPECTION = new Set([
  "then",
  "toJSON",
  "asymmetricMatch",
  "$$typeof",
  "nodeType",
  "constructor",
  "tagName",
  "inspect",
  "_isMockFunction",
]);

export class PropertyNotLoadedError extends Error {
  override name = "PropertyNotLoaded";
}

/**
 * What context.sync() rejects with when Excel refuses a step: OfficeExtension.Error has a code
 * ("InvalidArgument", "ItemAlreadyExists", "ItemNotFound"…), a message, and debugInfo.
 */
export class FakeOfficeError extends Error {
  override name = "RichApi.Error";
  readonly debugInfo: { code: string; message: string; errorLocation: string };
  constructor(
    readonly code: string,
    message: string,
    where: string,
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation: where };
  }
}

/** Thrown inside a queued step: Excel refuses it, with this code. */
class Refusal extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const refuse = (code: string, message: string): never => {
  throw new Refusal(code, message);
};

type OnSet = (path: string, value: unknown) => void;

type Data = Record<string, unknown>;

export interface StrictExcel {
  /** The request context to hand to code under test (as Excel.run would). */
  readonly context: Excel.RequestContext;
  /** What the fake workbook holds now. */
  readonly workbook: FakeWorkbook;
  /** Runs a batch against the context, as Excel.run does (work left queued at the end is synced). */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /**
   * Runs `change` on the workbook just before the steps of sync number `n` (1-based, counted over the
   * fake's life) are applied: what a co-author's edit arriving between two syncs looks like.
   */
  beforeSync(n: number, change: (workbook: FakeWorkbook) => void): void;
}

export interface InitialWorkbook {
  sheets?: { name: string; cells?: Record<string, Scalar> }[];
  tables?: FakeTable[];
  names?: FakeName[];
}

const proxies = new WeakMap<object, object>();
const rangeAddresses = new WeakMap<object, { sheet: FakeSheet; address: string }>();

/** Wraps a mock object so that reads are checked and writes go to `onSet` (or are refused). */
function strict<T extends object>(
  target: T,
  path: string,
  onSet: OnSet | null,
  prefix = "",
  itemProps: () => string[] | null = () => null,
): T {
  const cached = proxies.get(target);
  if (cached) return cached as T;
  const proxy = new Proxy(target, {
    get(t, prop) {
      const v = Reflect.get(t, prop);
      if (typeof prop === "symbol" || INTROSPECTION.has(prop)) return v;
      const where = `${path}.${prop}`;
      if (v === NOT_LOADED || v === NOT_SYNCED) throw new PropertyNotLoadedError(`${where}: ${v}`);
      if (v === undefined) throw new Error(`${where} is not part of the fake's object model`);
      if (typeof v === "function") return (...args: unknown[]) => v.apply(t, args);
      if (v instanceof OfficeMockObject) return strict(v, where, onSet, `${prefix}${prop}.`);
      if (prop === "items" && Array.isArray(v))
        return v.map((item: Data) => loadedOnly(item, itemProps() ?? [], where));
      return v;
    },
    set(_t, prop, value) {
      if (!onSet) throw new Error(`Unexpected write ${path}.${String(prop)}`);
      onSet(`${prefix}${String(prop)}`, value);
      return true;
    },
  });
  proxies.set(target, proxy);
  return proxy;
}

/** A collection item that shows only the properties loaded with "items/prop". */
function loadedOnly(item: Data, props: readonly string[], where: string): Data {
  return new Proxy(item, {
    get(o, prop) {
      if (typeof prop === "symbol" || INTROSPECTION.has(prop)) return Reflect.get(o, prop);
      if (!props.includes(prop))
        throw new PropertyNotLoadedError(
          `${where}[].${prop} was not loaded (loaded: ${props.join(", ") || "nothing"})`,
        );
      return o[prop];
    },
    set() {
      throw new Error(`Unexpected write to a loaded item of ${where}`);
    },
  });
}

function check2D(value: unknown, cells: string[][], what: string): Scalar[][] {
  const ok =
    Array.isArray(value) &&
    value.length === cells.length &&
    value.every((row, i) => Array.isArray(row) && row.length === cells[i].length);
  if (!ok)
    refuse("InvalidArgument", `${what} must be ${cells.length}×${cells[0].length}, got ${JSON.stringify(value)}`);
  return value as Scalar[][];
}

/** Excel's sheet name rules: 1–31 characters, none of [ ] : * ? / \, no quote at either end, not "History". */
function validSheetName(name: unknown): boolean {
  return (
    typeof name === "string" &&
    name.length > 0 &&
    name.length <= 31 &&
    !/[[\]:*?/\\]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toUpperCase() !== "HISTORY"
  );
}

/** Excel's limits on data validation: a typed list's source, and the input prompt's title and message. */
const LIMITS = { listSource: 255, promptTitle: 32, promptMessage: 255 } as const;

function checkValidation(path: string, value: unknown): void {
  if (path === "dataValidation.rule") {
    const source = (value as { list?: { source?: unknown } }).list?.source;
    if (typeof source === "string" && !source.startsWith("=") && source.length > LIMITS.listSource)
      refuse("InvalidArgument", `a list's source is at most ${LIMITS.listSource} characters (${source.length})`);
  } else {
    const { title = "", message = "" } = value as { title?: string; message?: string };
    if (title.length > LIMITS.promptTitle || message.length > LIMITS.promptMessage)
      refuse("InvalidArgument", `a prompt's title is at most 32 characters and its message 255`);
  }
}

export function createStrictExcel(initial: InitialWorkbook = { sheets: [{ name: "Sheet1" }] }): StrictExcel {
  const wb = new FakeWorkbook();
  for (const s of initial.sheets ?? []) {
    const sheet = new FakeSheet(s.name);
    for (const [address, value] of Object.entries(s.cells ?? {})) typeInto(sheet.cell(address), value);
    wb.sheets.push(sheet);
  }
  wb.tables.push(...(initial.tables ?? []).map((t) => ({ ...t, columns: t.columns ?? headersOf(wb, t) })));
  wb.names.push(...(initial.names ?? []));

  const mocks: OfficeMockObject[] = [];
  const mock = (data: Data): OfficeMockObject => {
    const m = new OfficeMockObject(data);
    mocks.push(m);
    return m;
  };

  // --- the batch: steps queued by writes, adds and loads, applied at sync

  const queue: { where: string; apply: () => void }[] = [];
  const enqueue = (where: string, apply: () => void) => void queue.push({ where, apply });
  const coAuthors = new Map<number, ((w: FakeWorkbook) => void)[]>();

  async function sync(): Promise<void> {
    wb.syncs++;
    for (const change of coAuthors.get(wb.syncs) ?? []) change(wb);
    const steps = queue.splice(0);
    for (const step of steps) {
      try {
        step.apply();
      } catch (e) {
        // Excel stops at the failing step: what came before it stays, the rest is dropped.
        if (e instanceof Refusal) throw new FakeOfficeError(e.code, e.message, step.where);
        throw e;
      }
    }
    for (const m of mocks) await OfficeMockObject.prototype.sync.call(m);
    // The mock hands loaded values to parents in promise callbacks it does not await: let them run.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }

  // --- ranges, conditional formats, tables, names, sheets: the objects writes go through

  function conditionalFormat(sheet: FakeSheet, address: string, type: unknown): object {
    if (type !== "Custom") throw new Error(`The fake models custom conditional formats only, got ${String(type)}`);
    const record: FakeSheet["conditionalFormats"][number] = { address, type };
    enqueue(`${sheet.name}!${address}.conditionalFormats.add`, () => sheet.conditionalFormats.push(record));
    const m = mock({
      custom: { rule: { formula: undefined }, format: { fill: { color: undefined }, font: { color: undefined } } },
    });
    return strict(m, `ConditionalFormat(${address})`, (path, value) => {
      const set: Record<string, () => void> = {
        "custom.rule.formula": () => (record.formula = String(value)),
        "custom.format.fill.color": () => (record.fill = String(value)),
        "custom.format.font.color": () => (record.font = String(value)),
      };
      if (!set[path]) throw new Error(`Unexpected write ${path} on a conditional format`);
      enqueue(`ConditionalFormat(${address}).${path}`, set[path]);
    });
  }

  /** Checks a range write the fake models, at once; returns what applying it does. */
  function rangeWrite(sheet: FakeSheet, address: string, path: string, value: unknown): () => void {
    const whole = /^([A-Z]+):([A-Z]+)$/.exec(address);
    if (whole) {
      if (path !== "format.columnWidth") throw new Error(`Unexpected write ${path} on whole columns ${address}`);
      if (whole[1] !== whole[2]) throw new Error("The fake sets one column's width at a time");
      return () => void sheet.columnWidths.set(whole[1], value as number);
    }
    const cells = cellsOf(address);
    const each = (f: (c: ReturnType<FakeSheet["cell"]>, v: Scalar, a: string) => void, grid?: Scalar[][]) =>
      cells.forEach((row, i) => row.forEach((a, j) => f(sheet.cell(a), grid ? grid[i][j] : (value as Scalar), a)));
    const typed = (what: string) => () =>
      each(
        (c, v, a) => {
          // Excel refuses a formula it cannot enter: the cell keeps what it had.
          const entered = { numberFormat: c.numberFormat } as ReturnType<FakeSheet["cell"]>;
          typeInto(entered, v);
          if (entered.kind === "formula") {
            try {
              checkFormula(entered.formula!, wb, sheet.name, a);
            } catch (e) {
              refuse("InvalidArgument", `Excel refuses the formula in ${sheet.name}!${a}: ${(e as Error).message}`);
            }
          }
          typeInto(c, v);
        },
        check2D(value, cells, what),
      );
    switch (path) {
      case "numberFormat":
        return () => each((c, v) => (c.numberFormat = String(v)), check2D(value, cells, "numberFormat"));
      case "values":
      case "formulas":
        // A formula given to a text-formatted cell stays text, as when it is typed.
        return typed(path);
      case "format.fill.color":
        return () => each((c, v) => (c.fill = String(v)));
      case "format.font.bold":
        return () => each((c, v) => (c.bold = Boolean(v)));
      case "format.font.italic":
        return () => each((c, v) => (c.italic = Boolean(v)));
      case "format.font.size":
        return () => each((c, v) => (c.size = Number(v)));
      case "format.font.color":
        return () => each((c, v) => (c.color = String(v)));
      case "format.wrapText":
        return () => each((c, v) => (c.wrap = Boolean(v)));
      case "dataValidation.rule":
        return () => (checkValidation(path, value), void sheet.validations.push({ address, rule: value }));
      case "dataValidation.prompt":
        return () => (checkValidation(path, value), void sheet.prompts.push({ address, prompt: value }));
      default:
        throw new Error(`Unexpected write ${path} on range ${address}`);
    }
  }

  function range(sheet: FakeSheet, address: string): object {
    if (!/^([A-Z]+):\1$/.test(address)) cellsOf(address); // refuses anything but A1 addresses on the sheet
    const m = mock({
      address: undefined,
      values: undefined,
      formulas: undefined,
      numberFormat: undefined,
      text: undefined,
      format: {
        columnWidth: undefined,
        wrapText: undefined,
        fill: { color: undefined },
        font: { bold: undefined, italic: undefined, size: undefined, color: undefined },
      },
      dataValidation: { rule: undefined, prompt: undefined },
      conditionalFormats: { add: (type: unknown) => conditionalFormat(sheet, address, type) },
    });
    const proxy = strict(m, `Range(${sheet.name}!${address})`, (path, value) => {
      const apply = rangeWrite(sheet, address, path, value);
      enqueue(`Range(${sheet.name}!${address}).${path}`, () => {
        sheet.writes.push(`${path} ${address}`);
        apply();
      });
    });
    rangeAddresses.set(proxy, { sheet, address });
    return proxy;
  }

  function table(sheet: FakeSheet, rangeArg: unknown, hasHeaders: unknown): object {
    const at = typeof rangeArg === "object" && rangeArg !== null ? rangeAddresses.get(rangeArg) : undefined;
    if (!at || at.sheet !== sheet)
      throw new Error(
        "tables.add takes a Range of the same sheet (an address string would be read on the active sheet)",
      );
    if (hasHeaders !== true) throw new Error("The fake expects tables with headers");
    const record: FakeTable = { name: "", sheet: sheet.name, address: at.address };
    enqueue(`${sheet.name}.tables.add(${at.address})`, () => {
      record.columns = headersOf(wb, record);
      if (record.columns.some((h) => h === "") || new Set(record.columns).size !== record.columns.length)
        throw new Error(
          `Header cells of ${at.address} must be distinct texts before the table is made: ${JSON.stringify(record.columns)}`,
        );
      // Excel names a new table Table1, Table2…, skipping names already taken.
      for (let n = 1; !record.name; n++) if (!wb.nameTaken(`Table${n}`)) record.name = `Table${n}`;
      wb.tables.push(record);
      sheet.writes.push(`table ${at.address}`);
    });
    const m = mock({ name: undefined, style: undefined });
    return strict(m, `Table(${at.address})`, (path, value) => {
      if (path === "name")
        enqueue(`Table(${at.address}).name`, () => {
          const name = String(value);
          if (!validName(name)) refuse("InvalidArgument", `${name} is not a valid table name`);
          if (wb.nameTaken(name) && wb.table(name) !== record)
            refuse("ItemAlreadyExists", `${name} is already a table or defined name`);
          record.name = name;
        });
      else if (path === "style") enqueue(`Table(${at.address}).style`, () => void (record.style = String(value)));
      else throw new Error(`Unexpected write ${path} on a table`);
    });
  }

  function worksheet(sheet: FakeSheet): object {
    const m = mock({
      name: undefined,
      position: undefined,
      getRange: (address: string) => range(sheet, address),
      activate: () => enqueue(`${sheet.name}.activate`, () => void (sheet.activated = true)),
      tables: { add: (r: unknown, h: unknown) => table(sheet, r, h) },
      freezePanes: {
        freezeRows: (n: number) =>
          enqueue(
            `${sheet.name}.freezeRows`,
            () => void ((sheet.frozenRows = n), sheet.writes.push(`freezeRows ${n}`)),
          ),
      },
      pageLayout: {
        orientation: undefined,
        zoom: undefined,
        setPrintTitleRows: (rows: string) =>
          enqueue(`${sheet.name}.setPrintTitleRows`, () => void (sheet.page.titleRows = rows)),
      },
    });
    return strict(m, `Worksheet(${sheet.name})`, (path, value) => {
      if (path === "pageLayout.orientation")
        enqueue(`${sheet.name}.${path}`, () => void (sheet.page.orientation = String(value)));
      else if (path === "pageLayout.zoom") enqueue(`${sheet.name}.${path}`, () => void (sheet.page.zoom = value));
      else throw new Error(`Unexpected write ${path} on a worksheet`);
    });
  }

  /**
   * A defined name, found when its turn comes in the batch. From getItemOrNullObject it also has
   * isNullObject, which Excel fills in at the next sync without a load; from getItem, using a name
   * that does not exist fails at the sync with ItemNotFound.
   */
  function namedItem(find: () => FakeName | undefined, name: string, orNull = false): object {
    const data: Data = {
      name: undefined,
      type: undefined,
      value: undefined,
      comment: undefined,
      visible: undefined,
      formula: undefined,
    };
    if (orNull) data.isNullObject = undefined;
    const m = mock(data);
    const setValue = (k: string, v: unknown) =>
      (m as unknown as { setValue(k: string, v: unknown): void }).setValue(k, v);
    const found = (): FakeName => find() ?? refuse("ItemNotFound", `There is no name ${name}`);
    // setValue (the mock's own) gives a property a value that is not loaded until load and sync.
    const loaded = (k: string, v: unknown) => (setValue(k, v), OfficeMockObject.prototype.load.call(m, k));
    if (orNull) {
      loaded("isNullObject", false);
      enqueue(`names.getItemOrNullObject(${name})`, () => loaded("isNullObject", !find()));
    }
    const proxy = strict(m, `NamedItem(${name})`, (path, value) => {
      if (path !== "visible" && path !== "formula") throw new Error(`Unexpected write ${path} on a name`);
      enqueue(`NamedItem(${name}).${path}`, () => {
        const record = found();
        if (path === "visible") record.visible = Boolean(value);
        else {
          record.formula = String(value);
          delete record.value;
        }
        wb.writes.push(`name ${path} ${record.name}`);
      });
    });
    Object.assign(m, {
      load(props: unknown) {
        const keys = String(props)
          .split(",")
          .map((p) => p.trim());
        for (const k of keys) loaded(k, null);
        enqueue(`NamedItem(${name}).load`, () => {
          const record = orNull ? find() : found();
          if (!record) return; // a null object: Excel leaves its properties unset
          const { type, value } = nameTypeAndValue(record);
          const all: Data = { name: record.name, type, value, comment: record.comment, visible: record.visible };
          for (const k of keys) loaded(k, k === "formula" ? record.formula : all[k]);
        });
        return proxy;
      },
    });
    return proxy;
  }

  // --- the workbook and its collections

  const root = mock({
    workbook: {
      worksheets: {
        items: undefined,
        add: (name: string) => {
          const sheet = new FakeSheet(name);
          enqueue(`worksheets.add(${name})`, () => {
            if (!validSheetName(name)) refuse("InvalidArgument", `${JSON.stringify(name)} is not a valid sheet name`);
            if (wb.sheets.some((s) => s.name.toUpperCase() === name.toUpperCase()))
              refuse("ItemAlreadyExists", `There is already a sheet named ${name}`);
            wb.sheets.push(sheet);
            wb.writes.push(`worksheets.add ${name}`);
          });
          return worksheet(sheet);
        },
      },
      tables: { items: undefined },
      names: {
        items: undefined,
        add: (name: string, reference: unknown, comment?: string) => {
          if (typeof reference !== "string" || !reference.startsWith("="))
            throw new Error("The fake takes names.add(name, formula string starting with =)");
          const record: FakeName = { name, formula: reference, comment, visible: true };
          enqueue(`names.add(${name})`, () => {
            if (!validName(name)) refuse("InvalidArgument", `${name} is not a valid name`);
            if (wb.nameTaken(name)) refuse("ItemAlreadyExists", `${name} is already a table or defined name`);
            wb.names.push(record);
            wb.writes.push(`names.add ${name}`);
          });
          return namedItem(() => (wb.names.includes(record) ? record : undefined), name);
        },
        getItem: (name: string) => namedItem(() => wb.name(name), name),
        getItemOrNullObject: (name: string) => namedItem(() => wb.name(name), name, true),
      },
    },
  });

  // Collections load "items/…" (office-addin-mock cannot navigate into an array); the items are
  // a snapshot of the workbook when the load's turn comes, showing only the loaded properties.
  const raw = root as unknown as { workbook: Record<string, OfficeMockObject> };
  const collections: [string, () => Data[]][] = [
    ["worksheets", () => wb.sheets.map((s) => ({ name: s.name }))],
    ["tables", () => wb.tables.map((t) => ({ name: t.name }))],
    [
      "names",
      () =>
        wb.names.map((n) => ({
          name: n.name,
          ...nameTypeAndValue(n),
          formula: n.formula,
          comment: n.comment,
          visible: n.visible,
        })),
    ],
  ];
  for (const [key, snapshot] of collections) {
    const collection = raw.workbook[key];
    let props: string[] | null = null;
    const proxy = strict(collection, `workbook.${key}`, null, "", () => props);
    Object.assign(collection, {
      load(arg: unknown) {
        if (typeof arg !== "string" || !/^\s*items\/\w+(\s*,\s*items\/\w+)*\s*$/.test(arg))
          throw new Error(`The fake loads collections as "items/prop,…"; got ${JSON.stringify(arg)}`);
        props = arg.split(",").map((s) => s.trim().slice("items/".length));
        // setValue is the mock's own (private) way to give a property a new value, not loaded until
        // load and sync: not loaded now, the workbook as it is when the load's turn comes at sync.
        const loadItems = (items: Data[]) => {
          (collection as unknown as { setValue(k: string, v: unknown): void }).setValue("items", items);
          OfficeMockObject.prototype.load.call(collection, "items");
        };
        loadItems([]);
        enqueue(`workbook.${key}.load`, () => loadItems(snapshot()));
        return proxy;
      },
    });
  }

  Object.assign(root, { sync });
  const context = strict(root, "context", null) as unknown as Excel.RequestContext;
  return {
    context,
    workbook: wb,
    async run(batch) {
      const result = await batch(context);
      // Excel.run syncs what the batch left queued before it resolves.
      if (queue.length > 0) await sync();
      return result;
    },
    beforeSync(n, change) {
      coAuthors.set(n, [...(coAuthors.get(n) ?? []), change]);
    },
  };
}

/** The header texts of a table's first row, as the cells hold them now. */
function headersOf(wb: FakeWorkbook, t: FakeTable): string[] {
  const sheet = wb.sheets.find((s) => s.name === t.sheet);
  const first = cellsOf(t.address)[0];
  return first.map((a) => {
    const v = sheet?.cells.get(a)?.value;
    return typeof v === "string" ? v : v === undefined ? "" : String(v);
  });
}
