/**
 * A fake Excel for Office.js code, built on office-addin-mock and made strict like Excel:
 * - reading a property that was not loaded, or before context.sync(), throws (the mock itself
 *   returns the string "Error, property was not loaded" instead — see TOOLCHAIN.md);
 * - reading a property the fake does not model throws too, so nothing passes by accident;
 * - collections load "items/prop,…" and their items expose only the loaded props, as they were
 *   when the load's turn came in the batch; objects load "a,b" the same way;
 * - writes, adds, method calls and loads are queued and applied at context.sync(), in order. When
 *   one fails (a name taken, a bad size, a formula Excel refuses…), the steps before it stay
 *   applied, the rest are dropped, and the sync rejects with an OfficeExtension.Error-like error
 *   (code, message, debugInfo) — as Excel does: "If there was an error, [traceMessages] contains all
 *   trace messages that were executed before the error occurred" (Office.js reference,
 *   OfficeExtension.Error). Loads queued before the failing step are delivered, later ones are not
 *   (office.js processes the results that came back before returning the error:
 *   ClientRequestContext.processRequestExecutorResponseMessage): reading those throws;
 * - an object got by name (getItem) is looked up when the first step using it runs: missing, that
 *   step fails with ItemNotFound; from then on it stays bound to what it found. getItemOrNullObject
 *   gives a null object instead: isNullObject is known at the next sync without a load; writes and
 *   methods on it, and on everything reached through it, do nothing (Microsoft's own samples delete
 *   "if it exists" with worksheets.getItemOrNullObject("Sample").delete()), and its loads leave
 *   properties null (office.js reads a null object's properties without throwing);
 * - everything lands in a FakeWorkbook (cells, tables, names, charts, formats…) through Excel's input
 *   model (excelInput.ts), Excel's name rules and limits, and Excel's formula check (formulaCheck.ts);
 * - tables and defined names share one namespace, as in Excel;
 * - context.sync() is counted, and Excel.run's closing sync of work left queued is counted too;
 * - a test can act as a co-author between syncs (beforeSync).
 *
 * Values a range loads are what Excel reports: numbers (dates are serials), strings, booleans,
 * error values as "#N/A"…, "" for an empty cell, "General" as the number format of an unformatted
 * one, the address sheet-qualified ("Sheet1!A1:C3", "'Monthly Score'!A1"). The fake does not
 * calculate: a formula cell shows the value a test gave it (`sheet.cell("B5").computed = 94.8`, as if
 * Excel had calculated), else "" — never a made-up number.
 *
 * Other choices, each explained where it is made: Range.select on a sheet that is not active
 * selects nothing (activate first); rows.add inserts (cells below shift down) and new rows take the
 * formats of the row above (FakeWorkbook.addTableRows); a hidden sheet cannot be activated and the
 * last visible sheet cannot be hidden or deleted (InvalidOperation); chart names may repeat.
 *
 * A member the fake does not model throws at once (or, when only the step's turn tells, at the sync
 * as a plain Error "The fake's limit: …"): that is the fake's limit, not Excel's behaviour.
 */
import { OfficeMockObject } from "office-addin-mock";
import { typeInto, type Scalar } from "./excelInput";
import {
  areaAddress,
  cellsOf,
  columnLetters,
  fakesLimit,
  FakeSheet,
  FakeWorkbook,
  nameReference,
  nameTypeAndValue,
  parseArea,
  Refusal,
  refuse,
  sheetPrefix,
  validName,
  type FakeCell,
  type FakeChart,
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

type OnSet = (path: string, value: unknown) => void;

type Data = Record<string, unknown>;

/** What a proxy stands for when a step's turn comes: the object, or null for a null object. */
type Find<T> = () => T | null;

/** A range: the sheet and the A1 address it covers when a step's turn comes. */
interface At {
  sheet: FakeSheet;
  address: string;
}

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
  sheets?: { name: string; cells?: Record<string, Scalar>; visibility?: "Visible" | "Hidden" }[];
  tables?: FakeTable[];
  names?: FakeName[];
}

const proxies = new WeakMap<object, object>();
const strictProxies = new WeakSet<object>();

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
      // The mock's own load is never delivered (the fake delivers loads itself): a load the fake
      // does not give an object is not modelled.
      if (prop === "load" && !Object.prototype.hasOwnProperty.call(t, "load"))
        throw new Error(`${where} is not part of the fake's object model`);
      if (v === NOT_LOADED || v === NOT_SYNCED) throw new PropertyNotLoadedError(`${where}: ${v}`);
      if (v === undefined) throw new Error(`${where} is not part of the fake's object model`);
      if (typeof v === "function") return (...args: unknown[]) => v.apply(t, args);
      if (typeof v === "object" && v !== null && strictProxies.has(v)) return v;
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
  strictProxies.add(proxy);
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

/**
 * An object got by name: looked up when the first step using it runs, then bound to what it found
 * for as long as that lives (a later object of the same name is another one). Missing, getItem fails
 * that step with ItemNotFound, getItemOrNullObject is a null object.
 */
class Ref<T> {
  private state?: { bound: T | null };
  constructor(
    private readonly what: string,
    private readonly lookup: () => T | undefined,
    private readonly alive: (t: T) => boolean,
    private readonly orNull: boolean,
  ) {}

  readonly get: Find<T> = () => {
    if (!this.state) {
      const found = this.lookup();
      if (found === undefined && !this.orNull) refuse("ItemNotFound", `There is no ${this.what}`);
      this.state = { bound: found ?? null };
    }
    const { bound } = this.state;
    if (bound !== null && !this.alive(bound)) refuse("ItemNotFound", `${this.what} no longer exists`);
    return bound;
  };
}

function check2D(value: unknown, cells: string[][], what: string): (Scalar | null)[][] {
  const ok =
    Array.isArray(value) &&
    value.length === cells.length &&
    value.every((row, i) => Array.isArray(row) && row.length === cells[i].length);
  if (!ok)
    refuse("InvalidArgument", `${what} must be ${cells.length}×${cells[0].length}, got ${JSON.stringify(value)}`);
  return value as (Scalar | null)[][];
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

/** Excel.PaperType, as PageLayout.paperSize takes it. */
const PAPER_SIZES = new Set(
  (
    "Letter LetterSmall Tabloid Ledger Legal Statement Executive A3 A4 A4Small A5 B4 B5 Folio Quatro " +
    "Paper10x14 Paper11x17 Note Envelope9 Envelope10 Envelope11 Envelope12 Envelope14 Csheet Dsheet Esheet " +
    "EnvelopeDL EnvelopeC5 EnvelopeC3 EnvelopeC4 EnvelopeC6 EnvelopeC65 EnvelopeB4 EnvelopeB5 EnvelopeB6 " +
    "EnvelopeItaly EnvelopeMonarch EnvelopePersonal FanfoldUS FanfoldStdGerman FanfoldLegalGerman"
  ).split(" "),
);

/**
 * PageLayout.zoom (PageLayoutZoomOptions): a scale, which "can be between 10 and 400", or pages to
 * fit wide and tall (0: as many as needed). Anything else is refused.
 */
function checkZoom(value: unknown): void {
  const z = value as { scale?: unknown; horizontalFitToPages?: unknown; verticalFitToPages?: unknown };
  const keys = typeof value === "object" && value !== null ? Object.keys(value) : [];
  const known = ["scale", "horizontalFitToPages", "verticalFitToPages"];
  if (keys.length === 0 || keys.some((k) => !known.includes(k)))
    refuse(
      "InvalidArgument",
      `zoom takes { scale } or { horizontalFitToPages, verticalFitToPages }, got ${JSON.stringify(value)}`,
    );
  if (z.scale !== undefined && (typeof z.scale !== "number" || z.scale < 10 || z.scale > 400))
    refuse("InvalidArgument", `a print scale is between 10 and 400, got ${String(z.scale)}`);
  for (const k of ["horizontalFitToPages", "verticalFitToPages"] as const) {
    const n = z[k];
    if (n !== undefined && (typeof n !== "number" || !Number.isInteger(n) || n < 0))
      refuse("InvalidArgument", `${k} is a whole number of pages, got ${String(n)}`);
  }
}

/** The chart types the fake draws (Excel.ChartType has many more: those are the fake's limit). */
const CHART_TYPES = new Set(["Line", "LineMarkers", "ColumnClustered", "BarClustered", "Pie"]);
const LEGEND_POSITIONS = new Set(["Top", "Bottom", "Left", "Right", "Corner"]);

/** What Range.values shows for a cell: a formula's computed value only when a test gave it. */
function shownValue(c: FakeCell | undefined): Scalar {
  if (!c || c.kind === undefined) return "";
  if (c.kind === "formula") return c.computed ?? "";
  return c.value ?? "";
}

const isScalar = (v: unknown): v is Scalar => ["string", "number", "boolean"].includes(typeof v);

const dataRows = (t: FakeTable) => {
  const a = parseArea(t.address);
  return a.r2 - a.r1;
};

/**
 * A session on a fake workbook: a new one made from `initial`, or `shared`, another session's
 * workbook — a second co-author working on the same file (syncs are counted over the workbook).
 */
/** A StrictExcel as the ExcelRun the actions take (Excel.run's shape). */
export const runOf =
  (excel: StrictExcel) =>
  <T>(batch: (c: Excel.RequestContext) => Promise<T>): Promise<T> =>
    excel.run(batch);

export function createStrictExcel(
  initial: InitialWorkbook = { sheets: [{ name: "Sheet1" }] },
  shared?: FakeWorkbook,
): StrictExcel {
  const wb = shared ?? new FakeWorkbook();
  for (const s of shared ? [] : (initial.sheets ?? [])) {
    const sheet = new FakeSheet(s.name);
    for (const [address, value] of Object.entries(s.cells ?? {})) typeInto(sheet.cell(address), value);
    if (s.visibility) sheet.visibility = s.visibility;
    wb.sheets.push(sheet);
  }
  if (!shared) {
    wb.tables.push(...(initial.tables ?? []).map((t) => ({ ...t, columns: t.columns ?? headersOf(wb, t) })));
    wb.names.push(...(initial.names ?? []));
  }

  const mock = (data: Data): OfficeMockObject => new OfficeMockObject(data);

  // --- the batch: steps queued by writes, adds, methods and loads, applied at sync

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
    // Excel answers asynchronously.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }

  /**
   * Gives a mock object load("a,b") / load(["a", "b"]) of these properties: not loaded until the
   * load's turn comes at a sync, then what `read` finds then (null from a null object). A load
   * dropped with a failed step stays unloaded (reading it throws); loading again keeps showing the
   * old value until the next sync delivers, as office.js proxies do.
   */
  function loadable(m: object, where: string, known: readonly string[], read: (keys: string[]) => Data | null): void {
    const raw = m as Data;
    Object.assign(m, {
      load(arg: unknown) {
        const list = typeof arg === "string" ? arg.split(",") : Array.isArray(arg) ? arg : null;
        if (!list) return fakesLimit(`${where}.load takes "a,b" or ["a","b"], got ${JSON.stringify(arg)}`);
        const keys = list.map((k) => String(k).trim()).filter((k) => k !== "");
        for (const k of keys)
          if (!known.includes(k)) fakesLimit(`${where}.load("${k}") (it loads ${known.join(", ")})`);
        for (const k of keys) if (raw[k] === NOT_LOADED) raw[k] = NOT_SYNCED;
        enqueue(`${where}.load`, () => {
          const got = read(keys);
          for (const k of keys) raw[k] = got === null ? null : (got[k] ?? null);
        });
        return proxies.get(m);
      },
    });
  }

  /** A getItemOrNullObject proxy's isNullObject, known at the sync without a load. */
  function nullFlag(m: object, where: string, find: Find<unknown>): void {
    const raw = m as Data;
    raw.isNullObject = NOT_SYNCED;
    enqueue(where, () => void (raw.isNullObject = find() === null));
  }

  // --- ranges and conditional formats

  /** Range proxies → where they are, for methods that take a Range (tables.add, charts.add…). */
  const ranges = new WeakMap<object, { locate: Find<At>; label: string }>();

  const rangeOf = (arg: unknown) => (typeof arg === "object" && arg !== null ? ranges.get(arg) : undefined);

  function conditionalFormat(locate: Find<At>, label: string, type: unknown): object {
    if (type !== "Custom") throw new Error(`The fake models custom conditional formats only, got ${String(type)}`);
    const record: FakeSheet["conditionalFormats"][number] = { address: "", type };
    let added = false;
    enqueue(`${label}.conditionalFormats.add`, () => {
      const at = locate();
      if (!at) return;
      record.address = at.address;
      at.sheet.conditionalFormats.push(record);
      added = true;
    });
    const m = mock({
      custom: { rule: { formula: undefined }, format: { fill: { color: undefined }, font: { color: undefined } } },
    });
    return strict(m, `ConditionalFormat(${label})`, (path, value) => {
      const set: Record<string, () => void> = {
        "custom.rule.formula": () => (record.formula = String(value)),
        "custom.format.fill.color": () => (record.fill = String(value)),
        "custom.format.font.color": () => (record.font = String(value)),
      };
      if (!set[path]) throw new Error(`Unexpected write ${path} on a conditional format`);
      enqueue(`ConditionalFormat(${label}).${path}`, () => void (added && set[path]()));
    });
  }

  /** Range.columnHidden: hides (or shows) every column of the range. */
  function hideColumns(sheet: FakeSheet, c1: number, c2: number, value: unknown): void {
    if (typeof value !== "boolean") refuse("InvalidArgument", `columnHidden takes true or false, got ${String(value)}`);
    for (let c = c1; c <= c2; c++)
      if (value) sheet.hiddenColumns.add(columnLetters(c));
      else sheet.hiddenColumns.delete(columnLetters(c));
  }

  /**
   * Checks a range write the fake models, at once; returns what applying it does to the range found
   * at the step's turn. A null in a values, formulas or numberFormat array leaves that cell as it is.
   */
  function rangeWrite(path: string, value: unknown, fixed?: string): (at: At) => void {
    const whole = fixed === undefined ? null : /^([A-Z]+):([A-Z]+)$/.exec(fixed);
    if (whole) {
      if (path === "columnHidden")
        return (at) => hideColumns(at.sheet, parseArea(`${whole[1]}1`).c1, parseArea(`${whole[2]}1`).c1, value);
      if (path !== "format.columnWidth") throw new Error(`Unexpected write ${path} on whole columns ${fixed}`);
      if (whole[1] !== whole[2]) throw new Error("The fake sets one column's width at a time");
      return (at) => void at.sheet.columnWidths.set(whole[1], value as number);
    }
    const each = (
      at: At,
      f: (c: ReturnType<FakeSheet["cell"]>, v: Scalar, a: string) => void,
      grid?: (Scalar | null)[][],
    ) =>
      cellsOf(at.address).forEach((row, i) =>
        row.forEach((a, j) => {
          const v = grid ? grid[i][j] : (value as Scalar);
          if (v !== null) f(at.sheet.cell(a), v, a);
        }),
      );
    const typed = (what: string) => (at: At) => {
      const grid = check2D(value, cellsOf(at.address), what);
      // Excel refuses a formula it cannot enter: the cell keeps what it had.
      each(
        at,
        (c, v, a) => {
          if (!isScalar(v))
            refuse("InvalidArgument", `${what} takes numbers, strings and booleans, got ${JSON.stringify(v)}`);
          const entered = { numberFormat: c.numberFormat } as ReturnType<FakeSheet["cell"]>;
          typeInto(entered, v);
          if (entered.kind === "formula") {
            try {
              checkFormula(entered.formula!, wb, at.sheet.name, a);
            } catch (e) {
              refuse("InvalidArgument", `Excel refuses the formula in ${at.sheet.name}!${a}: ${(e as Error).message}`);
            }
          }
          typeInto(c, v);
        },
        grid,
      );
    };
    switch (path) {
      case "numberFormat":
        return (at) =>
          each(at, (c, v) => (c.numberFormat = String(v)), check2D(value, cellsOf(at.address), "numberFormat"));
      case "values":
      case "formulas":
        // A formula given to a text-formatted cell stays text, as when it is typed.
        return typed(path);
      case "columnHidden":
        return (at) => {
          const a = parseArea(at.address);
          hideColumns(at.sheet, a.c1, a.c2, value);
        };
      case "format.fill.color":
        return (at) => each(at, (c, v) => (c.fill = String(v)));
      case "format.font.bold":
        return (at) => each(at, (c, v) => (c.bold = Boolean(v)));
      case "format.font.italic":
        return (at) => each(at, (c, v) => (c.italic = Boolean(v)));
      case "format.font.size":
        return (at) => each(at, (c, v) => (c.size = Number(v)));
      case "format.font.color":
        return (at) => each(at, (c, v) => (c.color = String(v)));
      case "format.wrapText":
        return (at) => each(at, (c, v) => (c.wrap = Boolean(v)));
      case "dataValidation.rule":
        return (at) => (
          checkValidation(path, value),
          void at.sheet.validations.push({ address: at.address, rule: value })
        );
      case "dataValidation.prompt":
        return (at) => (
          checkValidation(path, value),
          void at.sheet.prompts.push({ address: at.address, prompt: value })
        );
      default:
        throw new Error(`Unexpected write ${path} on range ${fixed ?? "(a table's range)"}`);
    }
  }

  /** What a range loads, as Excel reports it when the load's turn comes. */
  function readRange(at: At): Data {
    if (/^[A-Z]+:[A-Z]+$/.test(at.address)) fakesLimit(`loading whole columns (${at.address})`);
    const a = parseArea(at.address);
    const grid = cellsOf(at.address).map((row) => row.map((x) => at.sheet.cells.get(x)));
    return {
      values: grid.map((row) => row.map(shownValue)),
      formulas: grid.map((row) => row.map((c) => (c?.kind === "formula" ? c.formula! : shownValue(c)))),
      numberFormat: grid.map((row) => row.map((c) => c?.numberFormat ?? "General")),
      address: `${sheetPrefix(at.sheet.name)}!${areaAddress(a)}`,
      rowCount: a.r2 - a.r1 + 1,
      columnCount: a.c2 - a.c1 + 1,
      rowIndex: a.r1 - 1,
      columnIndex: a.c1 - 1,
    };
  }

  /**
   * A Range: `locate` finds its sheet and address at each step's turn (a table's range follows the
   * table); `fixed` is its address when known at once (worksheet.getRange), checked at once.
   */
  function range(locate: Find<At>, label: string, fixed?: string, orNull = false): object {
    if (fixed !== undefined && !/^([A-Z]+):([A-Z]+)$/.test(fixed)) cellsOf(fixed); // refuses anything but A1 addresses on the sheet
    const m = mock({
      ...(orNull ? { isNullObject: undefined } : {}),
      address: undefined,
      values: undefined,
      formulas: undefined,
      numberFormat: undefined,
      text: undefined,
      rowCount: undefined,
      columnCount: undefined,
      rowIndex: undefined,
      columnIndex: undefined,
      columnHidden: undefined,
      format: {
        columnWidth: undefined,
        wrapText: undefined,
        fill: { color: undefined },
        font: { bold: undefined, italic: undefined, size: undefined, color: undefined },
      },
      dataValidation: { rule: undefined, prompt: undefined },
      conditionalFormats: { add: (type: unknown) => conditionalFormat(locate, label, type) },
      // Range.select "selects the specified range in the Excel UI". Selecting on a sheet that is not
      // the active one does not select anything here: Excel on some builds ignores it
      // (OfficeDev/office-js#5118), so code must activate the sheet first (in the same batch is enough).
      select: () =>
        enqueue(`Range(${label}).select`, () => {
          const at = locate();
          if (at && wb.activeSheet() === at.sheet)
            wb.selected = { sheet: at.sheet.name, address: areaAddress(parseArea(at.address)) };
        }),
    });
    const proxy = strict(m, `Range(${label})`, (path, value) => {
      const apply = rangeWrite(path, value, fixed);
      enqueue(`Range(${label}).${path}`, () => {
        const at = locate();
        if (!at) return;
        at.sheet.writes.push(`${path} ${at.address}`);
        apply(at);
      });
    });
    loadable(
      m,
      `Range(${label})`,
      ["values", "formulas", "numberFormat", "address", "rowCount", "columnCount", "rowIndex", "columnIndex"],
      () => {
        const at = locate();
        return at && readRange(at);
      },
    );
    ranges.set(proxy, { locate, label });
    if (orNull) nullFlag(m, `${label}.isNullObject`, locate);
    return proxy;
  }

  // --- tables and their rows

  /** The table's whole range, header row or data body, where the table is when the step's turn comes. */
  const tablePart =
    (find: Find<FakeTable>, part: "all" | "header" | "body"): Find<At> =>
    () => {
      const t = find();
      if (!t) return null;
      const a = parseArea(t.address);
      const area = part === "all" ? a : part === "header" ? { ...a, r2: a.r1 } : { ...a, r1: a.r1 + 1 };
      if (area.r1 > area.r2) fakesLimit(`${t.name} has no data rows`);
      return { sheet: wb.sheet(t.sheet), address: areaAddress(area) };
    };

  /**
   * TableRowCollection.add(index, values): `values` (rows × the table's columns) enter as through
   * Range.values (formulas checked — the whole add is refused if one is, before anything moves); the
   * sheet changes as FakeWorkbook.addTableRows says. Returns the data index of the first new row.
   */
  function rowsAdded(t: FakeTable, index: unknown, values: unknown): number {
    const sheet = wb.sheet(t.sheet);
    const a = parseArea(t.address);
    const width = a.c2 - a.c1 + 1;
    const count = a.r2 - a.r1;
    if (count < 1) fakesLimit(`adding rows to ${t.name}, which has no data row`);
    // "If null or -1, the addition happens at the end." (TableRowCollection.add)
    const at = index === null || index === undefined || index === -1 ? count : (index as number);
    if (!Number.isInteger(at) || at < 0 || at > count)
      refuse("InvalidArgument", `rows.add at ${String(index)}: ${t.name} has ${count} data rows`);
    const rows = (values ?? [Array<null>(width).fill(null)]) as unknown[][];
    if (!Array.isArray(rows) || rows.length === 0 || !rows.every((r) => Array.isArray(r) && r.length === width))
      refuse(
        "InvalidArgument",
        `rows.add values must be n×${width} (the columns of ${t.name}), got ${JSON.stringify(values)}`,
      );
    const from = a.r1 + 1 + (at === 0 ? 0 : at - 1); // the data row whose formats the new rows take
    rows.forEach((row) =>
      row.forEach((v, j) => {
        if (v === null) return;
        if (!isScalar(v))
          refuse("InvalidArgument", `rows.add takes numbers, strings and booleans, got ${JSON.stringify(v)}`);
        const probe = `${columnLetters(a.c1 + j)}${from}`;
        const entered: FakeCell = { numberFormat: sheet.cells.get(probe)?.numberFormat };
        typeInto(entered, v as Scalar);
        if (entered.kind !== "formula") return;
        try {
          checkFormula(entered.formula!, wb, sheet.name, probe);
        } catch (e) {
          refuse(
            "InvalidArgument",
            `Excel refuses the formula ${entered.formula} in ${t.name}: ${(e as Error).message}`,
          );
        }
      }),
    );
    wb.addTableRows(t, at, rows.length);
    const top = a.r1 + 1 + at;
    rows.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v !== null) typeInto(sheet.cell(`${columnLetters(a.c1 + j)}${top + i}`), v as Scalar);
      }),
    );
    sheet.writes.push(`rows.add ${t.name} ${areaAddress({ ...a, r1: top, r2: top + rows.length - 1 })}`);
    return at;
  }

  /**
   * A TableRow: "represents the physical location of the table row, but not the data" (Office.js
   * reference): the data row at its index when each step's turn comes; past the table's last row,
   * ItemNotFound.
   */
  function tableRow(find: Find<{ table: FakeTable; index: number }>, label: string): object {
    const located: Find<{ table: FakeTable; index: number }> = () => {
      const r = find();
      if (r && (!Number.isInteger(r.index) || r.index < 0 || r.index >= dataRows(r.table)))
        refuse("ItemNotFound", `${r.table.name} has no data row ${r.index} (it has ${dataRows(r.table)})`);
      return r;
    };
    const m = mock({
      delete: () =>
        enqueue(`${label}.delete`, () => {
          const r = located();
          if (!r) return;
          wb.deleteTableRow(r.table, r.index);
          wb.sheet(r.table.sheet).writes.push(`rows.delete ${r.table.name} ${r.index}`);
        }),
      getRange: () =>
        range(() => {
          const r = located();
          if (!r) return null;
          const a = parseArea(r.table.address);
          const row = a.r1 + 1 + r.index;
          return { sheet: wb.sheet(r.table.sheet), address: areaAddress({ ...a, r1: row, r2: row }) };
        }, `${label}.getRange()`),
    });
    return strict(m, label, null);
  }

  function tableRows(find: Find<FakeTable>, label: string): object {
    const where = `${label}.rows`;
    const m = mock({
      count: undefined,
      add: (index?: unknown, values?: unknown, alwaysInsert?: unknown) => {
        if (index !== undefined && index !== null && typeof index !== "number")
          fakesLimit(`rows.add takes a number or null as its index, got ${JSON.stringify(index)}`);
        if (values !== undefined && !Array.isArray(values)) fakesLimit("rows.add takes its values as a 2-D array");
        if (alwaysInsert === false) fakesLimit("rows.add(…, alwaysInsert: false)");
        let first: number | null | undefined;
        enqueue(`${where}.add`, () => {
          const t = find();
          first = t && rowsAdded(t, index, values);
        });
        return tableRow(() => {
          if (first === undefined) refuse("ItemNotFound", `The rows added to ${label} never landed`);
          const t = find();
          return first === null || !t ? null : { table: t, index: first as number };
        }, `${where}.add()`);
      },
      getItemAt: (index: number) =>
        tableRow(() => {
          const t = find();
          return t && { table: t, index };
        }, `${where}.getItemAt(${index})`),
    });
    const proxy = strict(m, where, null);
    loadable(m, where, ["count"], () => {
      const t = find();
      return t && { count: dataRows(t) };
    });
    return proxy;
  }

  /** A Table proxy (from tables.add, getItem or getItemOrNullObject). */
  function tableProxy(find: Find<FakeTable>, label: string, orNull = false): object {
    const data: Data = {
      name: undefined,
      style: undefined,
      getRange: () => range(tablePart(find, "all"), `${label}.getRange()`),
      getHeaderRowRange: () => range(tablePart(find, "header"), `${label}.getHeaderRowRange()`),
      getDataBodyRange: () => range(tablePart(find, "body"), `${label}.getDataBodyRange()`),
    };
    if (orNull) data.isNullObject = undefined;
    const m = mock(data);
    const proxy = strict(m, label, (path, value) => {
      if (path === "name")
        enqueue(`${label}.name`, () => {
          const t = find();
          if (!t) return;
          const name = String(value);
          if (!validName(name)) refuse("InvalidArgument", `${name} is not a valid table name`);
          if (wb.nameTaken(name) && wb.table(name) !== t)
            refuse("ItemAlreadyExists", `${name} is already a table or defined name`);
          wb.renameTable(t, name);
        });
      else if (path === "style")
        enqueue(`${label}.style`, () => {
          const t = find();
          if (t) t.style = String(value);
        });
      else throw new Error(`Unexpected write ${path} on a table`);
    });
    Object.assign(m, {
      worksheet: worksheet(() => {
        const t = find();
        return t && wb.sheet(t.sheet);
      }, `${label}.worksheet`),
      rows: tableRows(find, label),
    });
    loadable(m, label, ["name", "style"], () => {
      const t = find();
      return t && { name: t.name, style: t.style };
    });
    if (orNull) nullFlag(m, `tables.getItemOrNullObject(${label})`, find);
    return proxy;
  }

  function table(sheetFind: Find<FakeSheet>, sheetLabel: string, rangeArg: unknown, hasHeaders: unknown): object {
    const source = rangeOf(rangeArg);
    if (!source)
      throw new Error(
        "tables.add takes a Range of the same sheet (an address string would be read on the active sheet)",
      );
    if (hasHeaders !== true) throw new Error("The fake expects tables with headers");
    const shown = source.label.replace(/^.*!/, "");
    const record: FakeTable = { name: "", sheet: "", address: "" };
    let made: boolean | undefined; // false: asked of a null object
    enqueue(`${sheetLabel}.tables.add(${shown})`, () => {
      const sheet = sheetFind();
      if (!sheet) return void (made = false);
      const at = source.locate();
      if (!at || at.sheet !== sheet) throw new Error("The fake's limit: tables.add takes a Range of the same sheet");
      // Excel gives a table at least one data row; how it makes one under a header-only range is not modelled.
      if (parseArea(at.address).r1 === parseArea(at.address).r2)
        fakesLimit(`a table over a header row only (${at.address})`);
      Object.assign(record, { sheet: sheet.name, address: at.address });
      record.columns = headersOf(wb, record);
      if (record.columns.some((h) => h === "") || new Set(record.columns).size !== record.columns.length)
        throw new Error(
          `Header cells of ${at.address} must be distinct texts before the table is made: ${JSON.stringify(record.columns)}`,
        );
      // Excel names a new table Table1, Table2…, skipping names already taken.
      for (let n = 1; !record.name; n++) if (!wb.nameTaken(`Table${n}`)) record.name = `Table${n}`;
      wb.tables.push(record);
      sheet.writes.push(`table ${at.address}`);
      made = true;
    });
    return tableProxy(() => {
      if (made === false) return null;
      if (!wb.tables.includes(record)) refuse("ItemNotFound", `The table made at ${shown} does not exist`);
      return record;
    }, `Table(${shown})`);
  }

  // --- charts

  function chart(
    sheetFind: Find<FakeSheet>,
    sheetLabel: string,
    type: unknown,
    sourceData: unknown,
    seriesBy: unknown,
  ): object {
    if (typeof type !== "string" || !CHART_TYPES.has(type))
      fakesLimit(`charts of type ${String(type)} (it draws ${[...CHART_TYPES].join(", ")})`);
    const source = rangeOf(sourceData);
    if (!source) return fakesLimit("charts.add takes a Range as its source data");
    const record: FakeChart = { type: type as string, source: { sheet: "", address: "" }, seriesBy: "Auto", name: "" };
    let home: FakeSheet | null | undefined;
    enqueue(`${sheetLabel}.charts.add(${String(type)})`, () => {
      const sheet = sheetFind();
      if (!sheet) return void (home = null);
      const at = source.locate();
      if (!at) refuse("InvalidArgument", "The source data is a null object");
      const by = seriesBy ?? "Auto";
      if (!["Auto", "Columns", "Rows"].includes(by as string))
        refuse("InvalidArgument", `seriesBy is Auto, Columns or Rows, got ${String(by)}`);
      // A new chart is named "Chart n"; Excel does not keep chart names unique ("If there are
      // multiple charts with the same name, the first one will be returned": ChartCollection.getItem).
      Object.assign(record, {
        source: { sheet: at!.sheet.name, address: areaAddress(parseArea(at!.address)) },
        seriesBy: by,
        name: `Chart ${sheet.charts.length + 1}`,
      });
      sheet.charts.push(record);
      sheet.writes.push(`chart ${record.type} ${sheetPrefix(at!.sheet.name)}!${record.source.address}`);
      home = sheet;
    });
    const find: Find<FakeChart> = () => {
      if (home === null) return null;
      if (!home || !home.charts.includes(record) || !wb.sheets.includes(home))
        refuse("ItemNotFound", `The ${record.type} chart does not exist`);
      return record;
    };
    const label = `Chart(${sheetLabel}, ${String(type)})`;
    /** A cell of the chart's sheet for setPosition: an address, or a Range of that sheet. */
    const cellOf = (x: unknown): ((sheet: FakeSheet) => string) => {
      if (typeof x === "string")
        return () => {
          try {
            return areaAddress(parseArea(x.replace(/\$/g, "")));
          } catch {
            return refuse("InvalidArgument", `setPosition takes cells of the chart's sheet, got ${x}`);
          }
        };
      const r = rangeOf(x);
      if (!r) return fakesLimit("setPosition takes addresses or Ranges");
      return (sheet) => {
        const at = r.locate();
        if (!at || at.sheet !== sheet) refuse("InvalidArgument", "setPosition takes cells of the chart's sheet");
        return areaAddress(parseArea(at!.address));
      };
    };
    const m = mock({
      name: undefined,
      height: undefined,
      width: undefined,
      title: { text: undefined },
      legend: { position: undefined, visible: undefined },
      axes: {
        valueAxis: { minimum: undefined, maximum: undefined, title: { text: undefined } },
        categoryAxis: { title: { text: undefined } },
      },
      setPosition: (startCell: unknown, endCell?: unknown) => {
        const [start, end] = [cellOf(startCell), endCell === undefined ? undefined : cellOf(endCell)];
        enqueue(`${label}.setPosition`, () => {
          const c = find();
          if (c) c.position = { start: start(home!), ...(end ? { end: end(home!) } : {}) };
        });
      },
    });
    return strict(m, label, (path, value) => {
      const apply = chartWrite(path, value);
      enqueue(`${label}.${path}`, () => {
        const c = find();
        if (c) apply(c);
      });
    });
  }

  /** Checks a chart write the fake models, at once; returns what applying it does. */
  function chartWrite(path: string, value: unknown): (c: FakeChart) => void {
    const number = (min: number) => {
      if (typeof value !== "number" || !Number.isFinite(value) || value < min)
        refuse("InvalidArgument", `${path} takes a number, got ${String(value)}`);
      return value as number;
    };
    // A pie chart has no axes: Excel refuses to set them (the code it gives is not documented).
    const axis = (c: FakeChart) =>
      c.type === "Pie" ? refuse("InvalidArgument", `A Pie chart has no axes (${path})`) : (c.valueAxis ??= {});
    switch (path) {
      case "name":
        return (c) => void (c.name = String(value));
      case "title.text":
        return (c) => void (c.title = String(value));
      case "legend.position":
        return (c) => {
          if (!LEGEND_POSITIONS.has(value as string))
            refuse(
              "InvalidArgument",
              `A legend's position is Top, Bottom, Left, Right or Corner, got ${String(value)}`,
            );
          c.legend = { ...c.legend, position: value as string };
        };
      case "legend.visible":
        return (c) => {
          if (typeof value !== "boolean") refuse("InvalidArgument", `legend.visible takes true or false`);
          c.legend = { ...c.legend, visible: value as boolean };
        };
      case "height":
      case "width":
        return (c) => void (c[path] = number(0));
      case "axes.valueAxis.minimum":
        return (c) => void (axis(c).min = number(-Infinity));
      case "axes.valueAxis.maximum":
        return (c) => void (axis(c).max = number(-Infinity));
      case "axes.valueAxis.title.text":
        return (c) => void (axis(c).title = String(value));
      case "axes.categoryAxis.title.text":
        return (c) => {
          if (c.type === "Pie") refuse("InvalidArgument", `A Pie chart has no axes (${path})`);
          c.categoryTitle = String(value);
        };
      default:
        throw new Error(`Unexpected write ${path} on a chart`);
    }
  }

  // --- worksheets

  /** Checks a worksheet write the fake models, at once; returns what applying it does. */
  function sheetWrite(path: string, value: unknown): (s: FakeSheet) => void {
    const page = (set: (p: FakeSheet["page"]) => void) => (s: FakeSheet) => set(s.page);
    const margin = (side: "left" | "right" | "top" | "bottom") =>
      page((p) => {
        if (typeof value !== "number" || !Number.isFinite(value) || value < 0)
          refuse("InvalidArgument", `A margin is a number of points, got ${String(value)}`);
        p.margins = { ...p.margins, [side]: value };
      });
    const flag = (set: (p: FakeSheet["page"], v: boolean) => void) =>
      page((p) => {
        if (typeof value !== "boolean") refuse("InvalidArgument", `${path} takes true or false, got ${String(value)}`);
        set(p, value as boolean);
      });
    switch (path) {
      case "visibility":
        if (value === "VeryHidden") fakesLimit("very hidden sheets");
        return (s) => {
          if (value === "Visible") return void (s.visibility = "Visible");
          if (value !== "Hidden")
            refuse("InvalidArgument", `visibility is Visible, Hidden or VeryHidden, got ${String(value)}`);
          if (s.visibility === "Hidden") return;
          // As Excel says when one tries: "A workbook must contain at least one visible worksheet."
          if (!wb.sheets.some((x) => x !== s && x.visibility === "Visible"))
            refuse("InvalidOperation", "A workbook must contain at least one visible worksheet");
          wb.hideSheet(s);
        };
      case "pageLayout.orientation":
        return page((p) => {
          if (value !== "Portrait" && value !== "Landscape")
            refuse("InvalidArgument", `orientation is Portrait or Landscape, got ${String(value)}`);
          p.orientation = String(value);
        });
      case "pageLayout.zoom":
        return page((p) => (checkZoom(value), void (p.zoom = value)));
      case "pageLayout.paperSize":
        return page((p) => {
          if (!PAPER_SIZES.has(value as string))
            refuse("InvalidArgument", `${String(value)} is not an Excel.PaperType`);
          p.paperSize = String(value);
        });
      case "pageLayout.centerHorizontally":
        return flag((p, v) => (p.centerHorizontally = v));
      case "pageLayout.centerVertically":
        return flag((p, v) => (p.centerVertically = v));
      case "pageLayout.leftMargin":
        return margin("left");
      case "pageLayout.rightMargin":
        return margin("right");
      case "pageLayout.topMargin":
        return margin("top");
      case "pageLayout.bottomMargin":
        return margin("bottom");
      default:
        throw new Error(`Unexpected write ${path} on a worksheet`);
    }
  }

  /** PageLayout.setPrintArea(printArea: Range | string): A1 areas of the sheet ("A1:H40", or several with ","). */
  function setPrintArea(find: Find<FakeSheet>, label: string, area: unknown): void {
    if (typeof area === "string") {
      if (area.includes("!")) fakesLimit("a print area given with its sheet's name");
      return enqueue(`${label}.setPrintArea`, () => {
        const s = find();
        if (!s) return;
        try {
          s.page.printArea = area
            .split(",")
            .map((a) => areaAddress(parseArea(a.trim().replace(/\$/g, ""))))
            .join(",");
        } catch {
          refuse("InvalidArgument", `${area} is not a print area of ${s.name}`);
        }
      });
    }
    const r = rangeOf(area);
    if (!r) return void fakesLimit("setPrintArea takes an address or a Range");
    enqueue(`${label}.setPrintArea`, () => {
      const s = find();
      if (!s) return;
      const at = r.locate();
      if (!at || at.sheet !== s) refuse("InvalidArgument", `The print area of ${s.name} must be on ${s.name}`);
      s.page.printArea = areaAddress(parseArea(at!.address));
    });
  }

  /** A Worksheet proxy; `find` gives its sheet at each step's turn (null: a null object). */
  function worksheet(find: Find<FakeSheet>, label: string, orNull = false): object {
    const at =
      (address: string): Find<At> =>
      () => {
        const sheet = find();
        return sheet && { sheet, address };
      };
    const data: Data = {
      name: undefined,
      position: undefined,
      visibility: undefined,
      getRange: (address: string) => range(at(address), `${label}!${address}`, address),
      // Worksheet.getUsedRangeOrNullObject(valuesOnly?) (ExcelApi 1.4): "the smallest range that
      // encompasses any cells that have a value or formatting assigned to them"; with valuesOnly
      // only cells with a value (a formula counts); a blank sheet gives a null object.
      getUsedRangeOrNullObject: (valuesOnly?: unknown) =>
        range(
          () => {
            const sheet = find();
            const address = sheet && usedArea(sheet, valuesOnly === true);
            return sheet && address ? { sheet, address } : null;
          },
          `${label}.getUsedRangeOrNullObject(${valuesOnly === undefined ? "" : String(valuesOnly)})`,
          undefined,
          true,
        ),
      activate: () =>
        enqueue(`${label}.activate`, () => {
          const s = find();
          if (!s) return;
          // A hidden sheet cannot be the active one.
          if (s.visibility !== "Visible") refuse("InvalidOperation", `${s.name} is hidden: it cannot be activated`);
          wb.active = s.name;
          s.activated = true;
        }),
      delete: () =>
        enqueue(`${label}.delete`, () => {
          const s = find();
          if (!s) return;
          if (!wb.sheets.some((x) => x !== s && x.visibility === "Visible"))
            refuse("InvalidOperation", "A workbook must contain at least one visible worksheet");
          wb.deleteSheet(s.name);
          wb.writes.push(`worksheets.delete ${s.name}`);
        }),
      tables: { add: (r: unknown, h: unknown) => table(find, label, r, h) },
      charts: {
        add: (type: unknown, source: unknown, seriesBy?: unknown) => chart(find, label, type, source, seriesBy),
      },
      // PageBreakCollection.add(pageBreakRange: Range | string) (ExcelApi 1.9): the break comes
      // before the range's top row. The fake takes the address form only.
      horizontalPageBreaks: {
        add: (at: unknown) => {
          if (typeof at !== "string" || !/^[A-Z]+\d+$/.test(at))
            return void fakesLimit("horizontalPageBreaks.add takes one cell's address");
          const row = Number(/\d+$/.exec(at)![0]);
          enqueue(`${label}.horizontalPageBreaks.add(${at})`, () => {
            const s = find();
            if (s) s.page.breaksBefore = [...(s.page.breaksBefore ?? []), row];
          });
        },
      },
      // The break comes before the range's left column.
      verticalPageBreaks: {
        add: (at: unknown) => {
          if (typeof at !== "string" || !/^[A-Z]+\d+$/.test(at))
            return void fakesLimit("verticalPageBreaks.add takes one cell's address");
          const col = /^[A-Z]+/.exec(at)![0];
          enqueue(`${label}.verticalPageBreaks.add(${at})`, () => {
            const s = find();
            if (s) s.page.columnBreaksBefore = [...(s.page.columnBreaksBefore ?? []), col];
          });
        },
      },
      freezePanes: {
        freezeRows: (n: number) =>
          enqueue(`${label}.freezeRows`, () => {
            const s = find();
            if (!s) return;
            s.frozenRows = n;
            s.writes.push(`freezeRows ${n}`);
          }),
      },
      pageLayout: {
        orientation: undefined,
        zoom: undefined,
        paperSize: undefined,
        centerHorizontally: undefined,
        centerVertically: undefined,
        leftMargin: undefined,
        rightMargin: undefined,
        topMargin: undefined,
        bottomMargin: undefined,
        setPrintTitleRows: (rows: string) =>
          enqueue(`${label}.setPrintTitleRows`, () => {
            const s = find();
            if (s) s.page.titleRows = rows;
          }),
        setPrintArea: (area: unknown) => setPrintArea(find, label, area),
      },
    };
    if (orNull) data.isNullObject = undefined;
    const m = mock(data);
    const proxy = strict(m, `Worksheet(${label})`, (path, value) => {
      const apply = sheetWrite(path, value);
      enqueue(`${label}.${path}`, () => {
        const s = find();
        if (s) apply(s);
      });
    });
    loadable(m, `Worksheet(${label})`, ["name", "position", "visibility"], () => {
      const s = find();
      return s && { name: s.name, position: wb.sheets.indexOf(s), visibility: s.visibility };
    });
    if (orNull) nullFlag(m, `worksheets.getItemOrNullObject(${label})`, find);
    return proxy;
  }

  // --- defined names

  /** The cells a name refers to when a step's turn comes; null for a null name or (orNull) a name that is not a range. */
  function namedRange(find: Find<FakeName>, orNull: boolean): At | null {
    const record = find();
    if (!record) return null;
    const ref = nameReference(record.formula);
    const sheet = ref && wb.findSheet(ref.sheet);
    if (!ref || !sheet)
      return orNull ? null : refuse("InvalidArgument", `The name ${record.name} (${record.formula}) is not a range`);
    return { sheet, address: ref.address };
  }

  /** A defined name (from names.add, getItem or getItemOrNullObject). */
  function namedItem(find: Find<FakeName>, name: string, orNull = false): object {
    const data: Data = {
      name: undefined,
      type: undefined,
      value: undefined,
      comment: undefined,
      visible: undefined,
      formula: undefined,
      // "Throws an error if the named item's type is not a range" (NamedItem.getRange); the
      // OrNullObject variant gives a null object instead.
      getRange: () => range(() => namedRange(find, false), `NamedItem(${name}).getRange()`),
      getRangeOrNullObject: () =>
        range(() => namedRange(find, true), `NamedItem(${name}).getRangeOrNullObject()`, undefined, true),
      delete: () =>
        enqueue(`NamedItem(${name}).delete`, () => {
          const record = find();
          if (!record) return;
          wb.names.splice(wb.names.indexOf(record), 1);
          wb.writes.push(`names.delete ${record.name}`);
        }),
    };
    if (orNull) data.isNullObject = undefined;
    const m = mock(data);
    const proxy = strict(m, `NamedItem(${name})`, (path, value) => {
      if (path !== "visible" && path !== "formula") throw new Error(`Unexpected write ${path} on a name`);
      enqueue(`NamedItem(${name}).${path}`, () => {
        const record = find();
        if (!record) return;
        if (path === "visible") record.visible = Boolean(value);
        else {
          record.formula = String(value);
          delete record.value;
        }
        wb.writes.push(`name ${path} ${record.name}`);
      });
    });
    loadable(m, `NamedItem(${name})`, ["name", "type", "value", "comment", "visible", "formula"], (keys) => {
      const record = find();
      if (!record) return null;
      const typed = keys.includes("type") || keys.includes("value") ? nameTypeAndValue(record) : {};
      return {
        ...typed,
        name: record.name,
        comment: record.comment ?? "",
        visible: record.visible,
        formula: record.formula,
      };
    });
    if (orNull) nullFlag(m, `names.getItemOrNullObject(${name})`, find);
    return proxy;
  }

  // --- the workbook and its collections

  const sheetRef = (name: string, orNull: boolean) =>
    new Ref(
      `sheet ${name}`,
      () => wb.findSheet(name),
      (s) => wb.sheets.includes(s),
      orNull,
    ).get;
  const tableRef = (name: string, orNull: boolean) =>
    new Ref(
      `table ${name}`,
      () => wb.table(name),
      (t) => wb.tables.includes(t),
      orNull,
    ).get;
  const nameRef = (name: string, orNull: boolean) =>
    new Ref(
      `name ${name}`,
      () => wb.name(name),
      (n) => wb.names.includes(n),
      orNull,
    ).get;

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
          return worksheet(
            new Ref(
              `sheet ${name}`,
              () => sheet,
              (s) => wb.sheets.includes(s),
              false,
            ).get,
            name,
          );
        },
        getItem: (name: string) => worksheet(sheetRef(name, false), name),
        getItemOrNullObject: (name: string) => worksheet(sheetRef(name, true), name, true),
      },
      tables: {
        items: undefined,
        getItem: (name: string) => tableProxy(tableRef(name, false), `Table(${name})`),
        getItemOrNullObject: (name: string) => tableProxy(tableRef(name, true), `Table(${name})`, true),
      },
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
          return namedItem(
            new Ref(
              `name ${name}`,
              () => record,
              (n) => wb.names.includes(n),
              false,
            ).get,
            name,
          );
        },
        getItem: (name: string) => namedItem(nameRef(name, false), name),
        getItemOrNullObject: (name: string) => namedItem(nameRef(name, true), name, true),
      },
    },
  });

  // Collections load "items/…" (office-addin-mock cannot navigate into an array); the items are
  // a snapshot of the workbook when the load's turn comes, showing only the loaded properties.
  const raw = root as unknown as { workbook: Record<string, OfficeMockObject> };
  const collections: [string, () => Data[]][] = [
    ["worksheets", () => wb.sheets.map((s, position) => ({ name: s.name, position, visibility: s.visibility }))],
    ["tables", () => wb.tables.map((t) => ({ name: t.name, style: t.style }))],
    [
      "names",
      () =>
        wb.names.map((n) => ({
          name: n.name,
          ...nameTypeAndValue(n),
          formula: n.formula,
          comment: n.comment ?? "",
          visible: n.visible,
        })),
    ],
  ];
  for (const [key, snapshot] of collections) {
    const collection = raw.workbook[key] as unknown as Data;
    let props: string[] | null = null;
    const proxy = strict(collection as unknown as OfficeMockObject, `workbook.${key}`, null, "", () => props);
    Object.assign(collection, {
      load(arg: unknown) {
        if (typeof arg !== "string" || !/^\s*items\/\w+(\s*,\s*items\/\w+)*\s*$/.test(arg))
          throw new Error(`The fake loads collections as "items/prop,…"; got ${JSON.stringify(arg)}`);
        props = arg.split(",").map((s) => s.trim().slice("items/".length));
        if (collection.items === NOT_LOADED) collection.items = NOT_SYNCED;
        enqueue(`workbook.${key}.load`, () => void (collection.items = snapshot()));
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

/**
 * The used area of a sheet, or null when it is blank: cells holding a value or formula, and with
 * `valuesOnly` false also cells that only carry a format (the fake keeps formats on cells; column
 * widths and conditional formats, which the fake keeps elsewhere, do not widen it).
 */
function usedArea(sheet: FakeSheet, valuesOnly: boolean): string | null {
  let area: { c1: number; r1: number; c2: number; r2: number } | null = null;
  for (const [address, c] of sheet.cells) {
    const hasValue = c.kind === "formula" || (c.kind !== undefined && c.value !== undefined && c.value !== "");
    if (valuesOnly && !hasValue) continue;
    const { c1, r1 } = parseArea(address);
    area = area
      ? { c1: Math.min(area.c1, c1), r1: Math.min(area.r1, r1), c2: Math.max(area.c2, c1), r2: Math.max(area.r2, r1) }
      : { c1, r1, c2: c1, r2: r1 };
  }
  return area && areaAddress(area);
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
