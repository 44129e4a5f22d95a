/**
 * A fake office.js for the end-to-end test: the browser gets this script instead of Microsoft's
 * (page.route in the test), bundled by esbuild. It defines what the add-in uses of Office —
 * Office.onReady, Office.context.displayLanguage, Office.HostType, CustomFunctions.associate,
 * Excel.run — over the strict fake workbook of the jest tests, and exposes what happened as
 * window.__slaFake.snapshot() for the test to read.
 *
 * Configured before the page loads through window.__slaFakeConfig (page.addInitScript).
 */
import { typeInto } from "../../excel/fakeWorkbook";
import { createStrictExcel } from "../../excel/strictExcel";
import { recordingExcel, type RunRecord } from "./recording";
import type { FakeConfig, WorkbookSnapshot } from "./types";

// The strict fake lets the mock's promise callbacks run with setImmediate after each sync (Node's); a
// macrotask does the same in a browser.
const g = globalThis as unknown as Record<string, unknown>;
if (typeof g.setImmediate !== "function") g.setImmediate = (f: () => void) => setTimeout(f, 0);

const config: FakeConfig = (g.__slaFakeConfig as FakeConfig | undefined) ?? {};
const activeSheet = "Sheet1";
const activeAddress = config.activeCell ?? "C3";
const strict = createStrictExcel({ sheets: [{ name: activeSheet }] });
if (config.activeCellFormat)
  strict.workbook.sheet(activeSheet).cell(activeAddress).numberFormat = config.activeCellFormat;
const excel = recordingExcel(strict, { sheet: activeSheet, address: activeAddress });
const associated: string[] = [];

class CustomFunctionsError extends Error {
  constructor(
    public code: string,
    message?: string,
  ) {
    super(message);
  }
}

g.CustomFunctions = {
  associate: (id: string) => void associated.push(id),
  Error: CustomFunctionsError,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
  },
};

const info = { host: "Excel", platform: "OfficeOnline" };
g.Office = {
  HostType: {
    Excel: "Excel",
    Word: "Word",
    PowerPoint: "PowerPoint",
    Outlook: "Outlook",
    OneNote: "OneNote",
    Project: "Project",
    Access: "Access",
  },
  context: {
    displayLanguage: config.displayLanguage ?? "en-US",
    // As Office answers: the set at the version asked (1.1 when none) or a later one.
    requirements: {
      isSetSupported(name: string, version = "1.1") {
        const wanted = version.split(".").map(Number);
        return (config.sets ?? ["ExcelApi 1.9", "SharedRuntime 1.1"]).some((entry) => {
          const [n, v] = entry.split(" ");
          const have = v.split(".").map(Number);
          return n === name && (have[0] > wanted[0] || (have[0] === wanted[0] && (have[1] ?? 0) >= (wanted[1] ?? 0)));
        });
      },
    },
  },
  onReady(callback?: (i: typeof info) => void) {
    // Office answers asynchronously, after the page's scripts have run.
    return new Promise((resolve) => setTimeout(() => resolve(info), 10)).then((i) => {
      callback?.(info);
      return i;
    });
  },
};

g.Excel = { run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => excel.run(batch) };

function snapshot(): WorkbookSnapshot {
  const wb = strict.workbook;
  return {
    sheets: wb.sheets.map((s) => ({
      name: s.name,
      activated: s.activated,
      cells: Object.fromEntries(s.cells),
      writes: [...s.writes],
      validations: s.validations.map((v) => v.address),
      conditionalFormats: s.conditionalFormats.map((c) => ({ ...c })),
      frozenRows: s.frozenRows,
      charts: s.charts.map((c) => ({ ...c })),
    })),
    tables: wb.tables.map((t) => ({ ...t })),
    names: wb.names.map((n) => ({ ...n })),
    runs: excel.runs.map((r: RunRecord) => ({ ...r })),
    associated: [...associated],
    ...(wb.selected ? { selected: { ...wb.selected } } : {}),
  };
}

/** What a user typing a value into a cell does (Excel's input model): the test's way of entering actuals. */
function type(sheet: string, address: string, value: string | number): void {
  typeInto(strict.workbook.sheet(sheet).cell(address), value);
}

/** What a user deleting a sheet does (Excel turns every reference to it into #REF!). */
function deleteSheet(name: string): void {
  strict.workbook.deleteSheet(name);
}

g.__slaFake = { snapshot, type, deleteSheet };
