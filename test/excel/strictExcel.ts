/**
 * A fake Excel for Office.js code, built on office-addin-mock and made strict like Excel:
 * - reading a property that was not loaded, or before context.sync(), throws (the mock itself
 *   returns the string "Error, property was not loaded" instead — see TOOLCHAIN.md);
 * - reading a property the fake does not model throws too, so nothing passes by accident;
 * - collections load "items/prop,…" and their items expose only the loaded props;
 * - every write goes to a FakeWorkbook (cells, tables, names, formats…), through Excel's input
 *   model (fakeWorkbook.ts); a write the fake does not expect throws;
 * - 2-D writes must match the range's size, names and sheet names must be free, as in Excel;
 * - context.sync() is counted.
 */
import { OfficeMockObject } from "office-addin-mock";
import {
  cellsOf,
  FakeSheet,
  FakeWorkbook,
  nameTypeAndValue,
  typeInto,
  type FakeName,
  type FakeTable,
  type Scalar,
} from "./fakeWorkbook";

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

type OnSet = (path: string, value: unknown) => void;

type Data = Record<string, unknown>;

export interface StrictExcel {
  /** The request context to hand to code under test (as Excel.run would). */
  readonly context: Excel.RequestContext;
  /** What the fake workbook holds now. */
  readonly workbook: FakeWorkbook;
  /** Runs a batch against the context, as Excel.run does. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
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
    throw new Error(
      `InvalidArgument: ${what} must be ${cells.length}×${cells[0].length}, got ${JSON.stringify(value)}`,
    );
  return value as Scalar[][];
}

const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/;

export function createStrictExcel(initial: InitialWorkbook = { sheets: [{ name: "Sheet1" }] }): StrictExcel {
  const wb = new FakeWorkbook();
  for (const s of initial.sheets ?? []) {
    const sheet = new FakeSheet(s.name);
    for (const [address, value] of Object.entries(s.cells ?? {})) typeInto(sheet.cell(address), value);
    wb.sheets.push(sheet);
  }
  wb.tables.push(...(initial.tables ?? []));
  wb.names.push(...(initial.names ?? []));

  const mocks: OfficeMockObject[] = [];
  const mock = (data: Data): OfficeMockObject => {
    const m = new OfficeMockObject(data);
    mocks.push(m);
    return m;
  };

  // --- ranges, conditional formats, tables, names, sheets: the objects writes go through

  function conditionalFormat(sheet: FakeSheet, address: string, type: unknown): object {
    if (type !== "Custom") throw new Error(`The fake models custom conditional formats only, got ${String(type)}`);
    const record: FakeSheet["conditionalFormats"][number] = { address, type };
    sheet.conditionalFormats.push(record);
    const m = mock({
      custom: { rule: { formula: undefined }, format: { fill: { color: undefined }, font: { color: undefined } } },
    });
    return strict(m, `ConditionalFormat(${address})`, (path, value) => {
      if (path === "custom.rule.formula") record.formula = String(value);
      else if (path === "custom.format.fill.color") record.fill = String(value);
      else if (path === "custom.format.font.color") record.font = String(value);
      else throw new Error(`Unexpected write ${path} on a conditional format`);
    });
  }

  function writeRange(sheet: FakeSheet, address: string, path: string, value: unknown): void {
    sheet.writes.push(`${path} ${address}`);
    const whole = /^([A-Z]+):([A-Z]+)$/.exec(address);
    if (whole) {
      if (path !== "format.columnWidth") throw new Error(`Unexpected write ${path} on whole columns ${address}`);
      if (whole[1] !== whole[2]) throw new Error("The fake sets one column's width at a time");
      sheet.columnWidths.set(whole[1], value as number);
      return;
    }
    const cells = cellsOf(address);
    const each = (f: (c: ReturnType<FakeSheet["cell"]>, v: Scalar) => void, grid?: Scalar[][]) =>
      cells.forEach((row, i) => row.forEach((a, j) => f(sheet.cell(a), grid ? grid[i][j] : (value as Scalar))));
    switch (path) {
      case "numberFormat":
        return each((c, v) => (c.numberFormat = String(v)), check2D(value, cells, "numberFormat"));
      case "values":
        return each((c, v) => typeInto(c, v), check2D(value, cells, "values"));
      case "formulas":
        // A formula given to a text-formatted cell stays text, as when it is typed.
        return each((c, v) => typeInto(c, v), check2D(value, cells, "formulas"));
      case "format.fill.color":
        return each((c, v) => (c.fill = String(v)));
      case "format.font.bold":
        return each((c, v) => (c.bold = Boolean(v)));
      case "format.font.italic":
        return each((c, v) => (c.italic = Boolean(v)));
      case "format.font.size":
        return each((c, v) => (c.size = Number(v)));
      case "format.font.color":
        return each((c, v) => (c.color = String(v)));
      case "format.wrapText":
        return each((c, v) => (c.wrap = Boolean(v)));
      case "dataValidation.rule":
        sheet.validations.push({ address, rule: value });
        return;
      case "dataValidation.prompt":
        sheet.prompts.push({ address, prompt: value });
        return;
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
    const proxy = strict(m, `Range(${sheet.name}!${address})`, (path, value) =>
      writeRange(sheet, address, path, value),
    );
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
    const cells = cellsOf(at.address);
    const headers = cells[0].map((a) => sheet.cells.get(a)?.value);
    if (headers.some((h) => typeof h !== "string" || h === "") || new Set(headers).size !== headers.length)
      throw new Error(
        `Header cells of ${at.address} must be distinct texts before the table is made: ${JSON.stringify(headers)}`,
      );
    const record: FakeTable = { name: `Table${wb.tables.length + 1}`, sheet: sheet.name, address: at.address };
    wb.tables.push(record);
    sheet.writes.push(`table ${at.address}`);
    const m = mock({ name: undefined, style: undefined });
    return strict(m, `Table(${at.address})`, (path, value) => {
      if (path === "name") {
        if (wb.nameTaken(String(value))) throw new Error(`ItemAlreadyExists: ${String(value)}`);
        record.name = String(value);
      } else if (path === "style") record.style = String(value);
      else throw new Error(`Unexpected write ${path} on a table`);
    });
  }

  function worksheet(sheet: FakeSheet): object {
    const m = mock({
      name: undefined,
      position: undefined,
      getRange: (address: string) => range(sheet, address),
      activate: () => void (sheet.activated = true),
      tables: { add: (r: unknown, h: unknown) => table(sheet, r, h) },
      freezePanes: { freezeRows: (n: number) => void ((sheet.frozenRows = n), sheet.writes.push(`freezeRows ${n}`)) },
      pageLayout: {
        orientation: undefined,
        zoom: undefined,
        setPrintTitleRows: (rows: string) => void (sheet.page.titleRows = rows),
      },
    });
    return strict(m, `Worksheet(${sheet.name})`, (path, value) => {
      if (path === "pageLayout.orientation") sheet.page.orientation = String(value);
      else if (path === "pageLayout.zoom") sheet.page.zoom = value;
      else throw new Error(`Unexpected write ${path} on a worksheet`);
    });
  }

  /** A defined name; from getItemOrNullObject it also has isNullObject, which Excel fills in at the next sync without a load. */
  function namedItem(record: FakeName | undefined, name: string, orNull = false): object {
    const data: Data = {
      name: undefined,
      type: undefined,
      value: undefined,
      comment: undefined,
      visible: undefined,
      formula: record?.formula,
    };
    if (orNull) data.isNullObject = !record;
    const m = mock(data);
    if (orNull) m.load("isNullObject");
    return strict(m, `NamedItem(${name})`, (path, value) => {
      if (!record) throw new Error(`ItemNotFound: ${name} is a null object`);
      if (path === "visible") record.visible = Boolean(value);
      else if (path === "formula") record.formula = String(value);
      else throw new Error(`Unexpected write ${path} on a name`);
    });
  }

  // --- the workbook and its collections

  const root = mock({
    workbook: {
      worksheets: {
        items: undefined,
        add: (name: string) => {
          if (typeof name !== "string" || name.length === 0 || name.length > 31 || SHEET_NAME_FORBIDDEN.test(name))
            throw new Error(`InvalidArgument: sheet name ${JSON.stringify(name)}`);
          if (wb.sheets.some((s) => s.name.toUpperCase() === name.toUpperCase()))
            throw new Error(`ItemAlreadyExists: sheet ${name}`);
          const sheet = new FakeSheet(name);
          wb.sheets.push(sheet);
          return worksheet(sheet);
        },
      },
      tables: { items: undefined },
      names: {
        items: undefined,
        add: (name: string, reference: unknown, comment?: string) => {
          if (typeof reference !== "string") throw new Error("The fake takes names.add(name, formula string)");
          if (wb.nameTaken(name)) throw new Error(`ItemAlreadyExists: name ${name}`);
          const record: FakeName = { name, formula: reference, comment, visible: true };
          wb.names.push(record);
          return namedItem(record, name);
        },
        getItem: (name: string) => {
          const record = wb.name(name);
          if (!record) throw new Error(`ItemNotFound: name ${name}`);
          return namedItem(record, name);
        },
        getItemOrNullObject: (name: string) => namedItem(wb.name(name), name, true),
      },
    },
  });

  // Collections load "items/…" (office-addin-mock cannot navigate into an array); the items are
  // a snapshot of the workbook at load time, showing only the loaded properties.
  const raw = root as unknown as { workbook: Record<string, OfficeMockObject> };
  const collections: [string, () => Data[]][] = [
    ["worksheets", () => wb.sheets.map((s) => ({ name: s.name }))],
    ["tables", () => wb.tables.map((t) => ({ name: t.name }))],
    [
      "names",
      () =>
        wb.names.map((n) => ({ name: n.name, ...nameTypeAndValue(n.formula), comment: n.comment, visible: n.visible })),
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
        // setValue is the mock's own (private) way to give a property a new not-yet-loaded value.
        (collection as unknown as { setValue(k: string, v: unknown): void }).setValue("items", snapshot());
        OfficeMockObject.prototype.load.call(collection, "items");
        return proxy;
      },
    });
  }

  Object.assign(root, {
    async sync() {
      wb.syncs++;
      for (const m of mocks) await OfficeMockObject.prototype.sync.call(m);
      // The mock hands loaded values to parents in promise callbacks it does not await: let them run.
      await new Promise((resolve) => setImmediate(resolve));
    },
  });
  const context = strict(root, "context", null) as unknown as Excel.RequestContext;
  return {
    context,
    workbook: wb,
    run: (batch) => batch(context),
  };
}
