/**
 * Which Excels the add-in runs on, checked (issue 9, item 5): every Office.js member src/ uses, its
 * requirement set from @types/office-js's JSDoc, against the sets manifest.xml declares. A member above the
 * manifest's minimum must sit behind `Office.context.requirements.isSetSupported(set, version)` with a
 * fallback (test/apiSetsAnalyzer.ts says exactly what counts). Prints the declared minimum, the highest set
 * used and the guarded calls.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ts from "typescript";
import { parseXml, type XmlElement } from "../scripts/manifest-check";
import {
  compareVersions,
  findApiUses,
  judge,
  projectProgram,
  setText,
  type ApiSet,
  type ApiUse,
} from "./apiSetsAnalyzer";

const root = resolve(__dirname, "..");
const tsconfig = join(root, "tsconfig.json");

/** The <Set> elements of the manifest's <Requirements>. */
function manifestSets(xml: string): ApiSet[] {
  const sets: ApiSet[] = [];
  const visit = (el: XmlElement, inRequirements: boolean): void => {
    if (inRequirements && el.local === "Set")
      sets.push({ name: el.attrs["Name"] ?? "", version: el.attrs["MinVersion"] ?? "" });
    el.children.forEach((c) => visit(c, inRequirements || el.local === "Requirements"));
  };
  visit(parseXml(xml), false);
  return sets;
}

const rel = (file: string) => file.replace(`${root}/`, "");
const where = (u: ApiUse) => `${rel(u.file)}:${u.line}`;

describe("the sets manifest.xml declares", () => {
  const sets = manifestSets(readFileSync(join(root, "manifest.xml"), "utf8"));

  test("SharedRuntime 1.1 and an ExcelApi minimum", () => {
    expect(sets).toContainEqual({ name: "SharedRuntime", version: "1.1" });
    expect(sets.filter((s) => s.name === "ExcelApi")).toHaveLength(1);
  });
});

describe("every Excel API member src/ uses is within the manifest's minimum or guarded", () => {
  const declared = manifestSets(readFileSync(join(root, "manifest.xml"), "utf8"));
  const minimum = declared.find((s) => s.name === "ExcelApi")?.version ?? "1.1";
  let uses: ApiUse[] = [];

  beforeAll(() => {
    const config = ts.parseJsonConfigFileContent(ts.readConfigFile(tsconfig, ts.sys.readFile).config, ts.sys, root);
    const srcFiles = config.fileNames.filter((f) => f.startsWith(join(root, "src") + "/"));
    uses = findApiUses(projectProgram(tsconfig, srcFiles), (f) => f.startsWith(join(root, "src") + "/"));
  }, 120_000);

  test("the analysis sees the calls it must see (not passing by finding nothing)", () => {
    const members = new Set(uses.map((u) => u.member));
    for (const m of ["Excel.run", "Excel.Range.formulas", "Excel.Workbook.names", "Office.onReady"])
      expect(members).toContain(m);
    const formulas = uses.find((u) => u.member === "Excel.Range.formulas");
    expect(formulas?.sets).toEqual([{ name: "ExcelApi", version: "1.1" }]);
    // A property of an object literal typed by Office.js (the input prompt written in apply.ts).
    expect(uses.find((u) => u.member === "Excel.DataValidationPrompt.showPrompt")?.sets).toEqual([
      { name: "ExcelApi", version: "1.8" },
    ]);
    expect(uses.length).toBeGreaterThan(100);
  });

  test("no member above the minimum without an isSetSupported guard and a fallback", () => {
    const verdicts = judge(uses, declared);
    const excelSets = uses.flatMap((u) => u.sets).filter((s) => s.name === "ExcelApi");
    const highest = excelSets.reduce((a, s) => (compareVersions(s.version, a) > 0 ? s.version : a), "1.1");
    const highestUnguarded = uses
      .filter((u) => !u.guard)
      .flatMap((u) => u.sets)
      .filter((s) => s.name === "ExcelApi")
      .reduce((a, s) => (compareVersions(s.version, a) > 0 ? s.version : a), "1.1");
    const guarded = verdicts.filter((v) => v.above.length > 0 && v.problem === null);
    const perSet = new Map<string, Set<string>>();
    for (const u of uses)
      for (const s of u.sets)
        (perSet.get(setText(s)) ?? perSet.set(setText(s), new Set()).get(setText(s))!).add(u.member);
    const otherSets = [...perSet.keys()].filter((k) => !k.startsWith("ExcelApi "));
    console.log(
      [
        `Requirement sets (${uses.length} uses of ${new Set(uses.map((u) => u.member)).size} Office.js members in src/):`,
        `  declared in manifest.xml: ${declared.map(setText).join(", ")}`,
        `  declared ExcelApi minimum: ${minimum}`,
        `  highest ExcelApi set used: ${highest}; without a guard: ${highestUnguarded}`,
        `  members per ExcelApi set: ${[...perSet]
          .filter(([k]) => k.startsWith("ExcelApi "))
          .sort(([a], [b]) => compareVersions(a.slice(9), b.slice(9)))
          .map(([k, v]) => `${k.slice(9)}: ${v.size}`)
          .join(", ")}`,
        `  at the highest (${highest}): ${[...(perSet.get(`ExcelApi ${highest}`) ?? [])].sort().join(", ")}`,
        `  other sets used: ${otherSets.length ? otherSets.map((k) => `${k} (${[...perSet.get(k)!].join(", ")})`).join("; ") : "none"}`,
        `  guarded calls (above the minimum, behind isSetSupported with a fallback): ${
          guarded.length
            ? "\n" +
              guarded
                .map(
                  (v) =>
                    `    ${v.use.member} needs ${v.above.map(setText).join(" + ")} at ${where(v.use)}; guard line ${v.use.guard?.line} (${v.use.guard?.sets.map(setText).join(", ")}), fallback: ${v.use.guard?.fallback}`,
                )
                .join("\n")
            : "none"
        }`,
      ].join("\n"),
    );
    const problems = verdicts.filter((v) => v.problem).map((v) => `${where(v.use)}: ${v.problem}`);
    expect(problems).toEqual([]);
    // The minimum is a minimum: declaring more than the unguarded code needs would keep Excels out for nothing.
    expect(compareVersions(minimum, highestUnguarded)).toBeLessThanOrEqual(0);
  });
});

describe("the analysis itself, on code written to break it", () => {
  // One program over virtual files, with the project's options (so @types/office-js is what the real check reads).
  const fixtureDir = join(root, "test", "__apiSetsFixtures__");
  const files: Record<string, string> = {
    "unguarded.ts": `
export function print(sheet: Excel.Worksheet) {
  sheet.pageLayout.orientation = "Landscape";
}`,
    "guarded.ts": `
export function print(sheet: Excel.Worksheet) {
  if (Office.context.requirements.isSetSupported("ExcelApi", "1.9")) {
    sheet.pageLayout.zoom = { scale: 80 };
  } else {
    sheet.getRange("A1").format.columnWidth = 10;
  }
}`,
    "noFallback.ts": `
export function print(sheet: Excel.Worksheet) {
  if (Office.context.requirements.isSetSupported("ExcelApi", "1.9")) {
    sheet.horizontalPageBreaks.add("A10");
  }
}`,
    "tooLow.ts": `
export function print(sheet: Excel.Worksheet) {
  if (Office.context.requirements.isSetSupported("ExcelApi", "1.8")) sheet.pageLayout.setPrintArea("A1:B2");
  else return;
}`,
    "earlyReturn.ts": `
export async function print(run: typeof Excel.run): Promise<boolean> {
  if (!Office.context.requirements.isSetSupported("ExcelApi", "1.9")) return false;
  await run(async (context) => {
    context.workbook.worksheets.getActiveWorksheet().pageLayout.setPrintTitleRows("$1:$1");
    await context.sync();
  });
  return true;
}`,
    "constGuard.ts": `
const canPrint = Office.context.requirements.isSetSupported("ExcelApi", "1.9") && typeof Excel !== "undefined";
export function print(sheet: Excel.Worksheet) {
  return canPrint ? sheet.verticalPageBreaks.add("C1") : null;
}`,
    "load.ts": `
export async function read(context: Excel.RequestContext) {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load("name,showGridlines");
  await context.sync();
}`,
    "rows.ts": `
export function add(table: Excel.Table) {
  table.rows.add(undefined, [[1]]);
  table.rows.add(undefined, [[1]], true);
}`,
    "file.ts": `
export function copy(done: (r: Office.AsyncResult<Office.File>) => void) {
  Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize: 65536 }, done);
}
export function copyGuarded(done: (r: Office.AsyncResult<Office.File>) => void) {
  const req = Office.context.requirements;
  if (req.isSetSupported("File") && req.isSetSupported("CompressedFile") && req.isSetSupported("ExcelApi", "1.8")) {
    Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize: 65536 }, done);
    void Excel.createWorkbook("");
  } else {
    done({ status: Office.AsyncResultStatus.Failed } as Office.AsyncResult<Office.File>);
  }
}`,
  };
  let uses: ApiUse[] = [];
  const minimum: ApiSet[] = [
    { name: "SharedRuntime", version: "1.1" },
    { name: "ExcelApi", version: "1.7" },
  ];

  beforeAll(() => {
    const config = ts.parseJsonConfigFileContent(ts.readConfigFile(tsconfig, ts.sys.readFile).config, ts.sys, root);
    const options = { ...config.options, noEmit: true };
    const host = ts.createCompilerHost(options);
    const virtual = new Map(Object.entries(files).map(([name, text]) => [join(fixtureDir, name), text]));
    const { getSourceFile, fileExists, readFile } = host;
    host.fileExists = (f) => virtual.has(f) || fileExists.call(host, f);
    host.readFile = (f) => virtual.get(f) ?? readFile.call(host, f);
    host.getSourceFile = (f, lang, ...rest) =>
      virtual.has(f) ? ts.createSourceFile(f, virtual.get(f)!, lang, true) : getSourceFile.call(host, f, lang, ...rest);
    const program = ts.createProgram({ rootNames: [...virtual.keys()], options, host });
    const errors = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file && virtual.has(d.file.fileName))
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(errors).toEqual([]);
    uses = findApiUses(program, (f) => virtual.has(f));
  }, 120_000);

  const problemsIn = (file: string) =>
    judge(
      uses.filter((u) => u.file.endsWith(`/${file}`)),
      minimum,
    )
      .filter((v) => v.problem)
      .map((v) => v.problem);

  test("an unguarded member above the minimum fails, named with its set", () => {
    expect(problemsIn("unguarded.ts").sort()).toEqual([
      "Excel.PageLayout.orientation needs ExcelApi 1.9, above the manifest's minimum, without an isSetSupported guard and fallback",
      "Excel.Worksheet.pageLayout needs ExcelApi 1.9, above the manifest's minimum, without an isSetSupported guard and fallback",
    ]);
  });

  test("a guard with an else passes; the object literal's property is seen too", () => {
    expect(problemsIn("guarded.ts")).toEqual([]);
    const members = uses.filter((u) => u.file.endsWith("/guarded.ts")).map((u) => u.member);
    expect(members).toEqual(
      expect.arrayContaining(["Excel.PageLayoutZoomOptions.scale", "Excel.RangeFormat.columnWidth"]),
    );
  });

  test("a guard without a fallback fails", () => {
    expect(problemsIn("noFallback.ts").join("\n")).toMatch(
      /Excel\.Worksheet\.horizontalPageBreaks needs ExcelApi 1\.9/,
    );
  });

  test("a guard for a lower version fails", () => {
    expect(problemsIn("tooLow.ts").join("\n")).toMatch(
      /Excel\.PageLayout\.setPrintArea needs ExcelApi 1\.9, above the manifest's minimum, but its guard \(line 3\) checks only ExcelApi 1\.8/,
    );
  });

  test("an early return, a guarded Excel.run callback and a const guard pass", () => {
    expect(problemsIn("earlyReturn.ts")).toEqual([]);
    expect(uses.filter((u) => u.file.endsWith("/earlyReturn.ts")).map((u) => u.member)).toContain(
      "Excel.PageLayout.setPrintTitleRows",
    );
    expect(problemsIn("constGuard.ts")).toEqual([]);
  });

  test("names in a load() string are members too", () => {
    expect(problemsIn("load.ts")).toEqual([
      "Excel.Worksheet.showGridlines needs ExcelApi 1.8, above the manifest's minimum, without an isSetSupported guard and fallback",
    ]);
  });

  test("a set a parameter brings (rows.add's alwaysInsert: 1.15) counts only when the argument is passed", () => {
    const adds = uses.filter((u) => u.file.endsWith("/rows.ts") && u.member === "Excel.TableRowCollection.add");
    expect(adds.map((u) => u.sets.map(setText))).toEqual([["ExcelApi 1.1"], ["ExcelApi 1.15"]]);
  });

  test("Office common sets: getFileAsync(Compressed) needs File and CompressedFile; createWorkbook ExcelApi 1.8", () => {
    const file = uses.filter((u) => u.file.endsWith("/file.ts"));
    const getFile = file.filter((u) => u.member === "Office.Document.getFileAsync");
    expect(getFile.map((u) => u.sets.map(setText).sort())).toEqual([
      ["CompressedFile", "File"],
      ["CompressedFile", "File"],
    ]);
    expect(file.find((u) => u.member === "Excel.createWorkbook")?.sets).toEqual([{ name: "ExcelApi", version: "1.8" }]);
    const problems = problemsIn("file.ts");
    expect(problems).toEqual([
      "Office.Document.getFileAsync needs CompressedFile + File, above the manifest's minimum, without an isSetSupported guard and fallback",
    ]);
  });
});
