/**
 * Drift tests between src/functions/functions.ts (what Excel registers), src/taskpane/functionList.ts
 * (what the task pane documents) and src/functions/functions.zh-cn.texts.json (the Chinese metadata),
 * plus checks of the built bundle: functions.js registers every function on load, with no UI at all, and
 * the functions.json it ships declares each parameter as the TypeScript signature does, ranges as matrices.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import vm from "node:vm";
import { FUNCTIONS, syntaxOf, type FunctionDoc } from "../src/taskpane/functionList";
import { localizeMetadata, type FunctionsJson } from "../scripts/zh-cn-metadata";
import { checkExcelArgs, generatedMetadata, shapeOf, shapesOf } from "./functions/excelArgs";
import { readSignatures } from "./functions/signatures";

const root = resolve(__dirname, "..");
const functionsTs = join(root, "src", "functions", "functions.ts");
const texts = JSON.parse(readFileSync(join(root, "src", "functions", "functions.zh-cn.texts.json"), "utf8")) as Record<
  string,
  { description: string; parameters: Record<string, string>; pending?: boolean }
>;
const textEntries = Object.entries(texts).filter(([id]) => !id.startsWith("$"));

let metadata: FunctionsJson;
let associate: Array<{ id: string; functionName: string; sourceFileName: string }>;

beforeAll(async () => {
  // Throws on the generator's errors (its CLI exits 0 even on errors).
  ({ metadata, associate } = await generatedMetadata(functionsTs));
}, 60_000);

const byId = (id: string) => metadata.functions.find((f) => f.id === id);
/** Name, optional flag, type and dimensionality (defaults filled in), as Excel sees each parameter. */
const paramsOf = (id: string) => (byId(id)?.parameters ?? []).map(shapeOf);

describe("functions.ts and the task pane's function list agree", () => {
  test("functions.ts defines the functions the brief lists", () => {
    const ids = metadata.functions.map((f) => f.id);
    expect(ids).toEqual(
      expect.arrayContaining(["SCORE", "GRADE", "WEIGHTED", "MET", "ATTAINMENT", "STREAK", "EXPLAIN"]),
    );
  });

  test("every function in functions.ts is in functionList.ts with the same parameters: names, optional, type, range or not", () => {
    for (const fn of metadata.functions) {
      const doc = FUNCTIONS.find((d) => d.id === fn.id);
      expect({ id: fn.id, listed: doc !== undefined }).toEqual({ id: fn.id, listed: true });
      expect({ id: fn.id, params: doc?.params }).toEqual({ id: fn.id, params: paramsOf(fn.id) });
    }
  });

  test("every listed function that is not planned is in functions.ts", () => {
    const missing = FUNCTIONS.filter((d) => !d.planned && !byId(d.id)).map((d) => d.id);
    expect(missing).toEqual([]);
  });

  test("no function is both planned and in functions.ts (drop the planned flag when it arrives)", () => {
    // The pane shows a planned function as "coming soon" and offers no button to write it: wrong once Excel
    // has it. Remove "planned: true" in functionList.ts and "pending" in the zh-CN texts.
    const arrived = FUNCTIONS.filter((d) => d.planned && byId(d.id)).map((d) => d.id);
    expect(arrived).toEqual([]);
  });

  test("syntax reads as Excel shows it", () => {
    const score = FUNCTIONS.find((d) => d.id === "SCORE") as FunctionDoc;
    expect(syntaxOf(score)).toBe("SLA.SCORE(actual, standard, [rule], [full_marks])");
  });

  test("every example calls its own function in the SLA namespace", () => {
    for (const d of FUNCTIONS) expect(d.example.formula.startsWith(`=SLA.${d.id}(`)).toBe(true);
  });
});

describe("Chinese metadata texts", () => {
  test("every function and parameter in functions.ts has a Chinese text, and no text is stray", () => {
    const result = localizeMetadata(metadata, texts);
    expect(result.errors).toEqual([]);
  });

  test("the texts cover exactly the functions in functionList.ts, parameter for parameter", () => {
    expect(textEntries.map(([id]) => id).sort()).toEqual(FUNCTIONS.map((d) => d.id).sort());
    for (const d of FUNCTIONS) {
      const entry = texts[d.id]!;
      expect({ id: d.id, params: Object.keys(entry.parameters) }).toEqual({
        id: d.id,
        params: d.params.map((p) => p.name),
      });
      expect({ id: d.id, pending: entry.pending === true }).toEqual({ id: d.id, pending: d.planned === true });
    }
  });

  test("every text is Chinese", () => {
    const han = /[\u4e00-\u9fff]/;
    for (const [id, entry] of textEntries) {
      expect({ id, description: han.test(entry.description) }).toEqual({ id, description: true });
      for (const [name, text] of Object.entries(entry.parameters)) {
        expect({ id, name, chinese: han.test(text) }).toEqual({ id, name, chinese: true });
      }
    }
  });

  test("only descriptions change: ids, names, types and optional flags stay as in functions.json", () => {
    const zh = localizeMetadata(metadata, texts).metadata!;
    const strip = (m: FunctionsJson) =>
      JSON.parse(JSON.stringify(m, (key, value: unknown) => (key === "description" ? undefined : value))) as unknown;
    expect(strip(zh)).toEqual(strip(metadata));
    expect(zh.functions.map((f) => f.name)).toEqual(metadata.functions.map((f) => f.name));
    for (const f of zh.functions) expect(f.description).toBe(texts[f.id]!.description);
  });

  describe("the localizer reports", () => {
    const meta: FunctionsJson = {
      functions: [{ id: "A", name: "A", description: "a", parameters: [{ name: "x" }, { name: "y" }] }],
    };
    test.each<[string, unknown, RegExp]>([
      ["a function without texts", {}, /A: no Chinese texts/],
      [
        "a parameter without text",
        { A: { description: "甲", parameters: { x: "乙" } } },
        /A: parameter "y" has no Chinese text/,
      ],
      [
        "a text for a parameter that does not exist",
        { A: { description: "甲", parameters: { x: "乙", y: "丙", z: "丁" } } },
        /parameter "z", which A does not have/,
      ],
      [
        "a text for a function that does not exist",
        { A: { description: "甲", parameters: { x: "乙", y: "丙" } }, B: { description: "丁", parameters: {} } },
        /B: has Chinese texts but no such function/,
      ],
      [
        "an empty description",
        { A: { description: " ", parameters: { x: "乙", y: "丙" } } },
        /A: no Chinese description/,
      ],
    ])("%s", (_name, t, expected) => {
      const r = localizeMetadata(meta, t);
      expect(r.metadata).toBeNull();
      expect(r.errors.join("\n")).toMatch(expected);
    });

    test("nothing for a pending function that is not there yet", () => {
      const r = localizeMetadata(meta, {
        A: { description: "甲", parameters: { x: "乙", y: "丙" } },
        B: { pending: true, description: "丁", parameters: {} },
      });
      expect(r.errors).toEqual([]);
      expect(r.metadata?.functions[0]?.parameters?.map((p) => p.description)).toEqual(["乙", "丙"]);
    });
  });
});

describe("the functions bundle registers every function by itself", () => {
  // One build for the tests below: functions.js and the functions.json the metadata plugin emits next to it.
  let outDir: string;
  let built: FunctionsJson;
  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), "sla-functions-"));
    await buildFunctionsBundle(outDir);
    const file = join(outDir, "functions.json");
    if (!existsSync(file)) throw new Error(`the build wrote no functions.json into ${outDir}`);
    built = JSON.parse(readFileSync(file, "utf8")) as FunctionsJson;
  }, 120_000);
  afterAll(() => {
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  test("custom-functions-metadata associates each function id in functions.ts", () => {
    expect(associate.map((a) => a.id).sort()).toEqual(metadata.functions.map((f) => f.id).sort());
    for (const a of associate) expect(resolve(a.sourceFileName)).toBe(functionsTs);
  });

  test("the built functions.js, loaded with no task pane and no Office, associates every id and computes the examples", () => {
    const code = readFileSync(join(outDir, "functions.js"), "utf8");
    const registered = new Map<string, (...args: unknown[]) => unknown>();
    class FakeError extends Error {
      constructor(
        readonly code: string,
        message?: string,
      ) {
        super(message);
      }
    }
    const sandbox = {
      CustomFunctions: {
        associate: (id: string, fn: (...args: unknown[]) => unknown) => registered.set(id, fn),
        Error: FakeError,
        ErrorCode: {
          invalidValue: "#VALUE!",
          notAvailable: "#N/A",
          invalidNumber: "#NUM!",
          divisionByZero: "#DIV/0!",
        },
      },
      console,
    };
    vm.runInNewContext(code, sandbox, { filename: "functions.js" });
    expect([...registered.keys()].sort()).toEqual(built.functions.map((f) => f.id).sort());

    // The task pane promises these results. Excel passes 88% as 0.88, {a;b} as [[a],[b]], text given to a
    // range parameter (GRADE's scale) as [[text]], omitted arguments as null; checkExcelArgs holds each call
    // to that, against the functions.json of this build.
    const examples: Record<string, unknown[]> = {
      SCORE: [0.88, "≥90%", "达标100分，每低于1%扣5分", null],
      GRADE: [94.8, [["优秀≥90;合格≥80;不合格"]]],
      WEIGHTED: [
        [[90], [100], [96]],
        [[0.4], [0.3], [0.3]],
      ],
      MET: [0.87, "≥85%"],
      STREAK: [[[85], [78], [76], [79]], null],
      RULE: ["≥90%", "每低于1%扣5分，最多扣30分，低于80%不得分", null],
      CREDIT: [0.96, "≥99%", "每低1%扣减当月服务费1.5%"],
    };
    const shapes = shapesOf(built);
    const shown = (v: unknown) =>
      typeof v === "boolean"
        ? String(v).toUpperCase()
        : typeof v === "number"
          ? String(Number(v.toPrecision(12)))
          : String(v);
    for (const [id, args] of Object.entries(examples)) {
      const doc = FUNCTIONS.find((d) => d.id === id)!;
      const fn = registered.get(id)!;
      checkExcelArgs(id, shapes.get(id)!, args);
      expect({ id, result: shown(fn(...args)) }).toEqual({ id, result: doc.example.result?.en });
    }

    // The ticket clock, whose examples read cells: a P1 ticket logged Mon 2024-05-06 10:00, 2 hours, on hold
    // 10:30–14:00 (a two-column range), closed 15:30, is due 15:30: Met, with all of its limit used.
    const ticket = [45418 + 10 / 24, "2小时"];
    const clock = ["周一至周五 9:00-18:00", null, null, [[45418 + 10.5 / 24, 45418 + 14 / 24]]];
    const clockCalls: Record<string, [unknown[], string]> = {
      DUE: [[ticket[0], ticket[1], ...clock], String(45418 + 15.5 / 24)],
      ELAPSED: [[ticket[0], 45418 + 15.5 / 24, ...clock], "2"],
      STATUS: [[...ticket, 45418 + 15.5 / 24, null, ...clock, null], "达标"],
      USED: [[...ticket, 45418 + 15.5 / 24, null, ...clock], "1"],
    };
    for (const [id, [args, result]] of Object.entries(clockCalls)) {
      checkExcelArgs(id, shapes.get(id)!, args);
      expect({ id, result: String(registered.get(id)!(...args)) }).toEqual({ id, result });
    }
  });

  test("the built functions.json declares every parameter as the TypeScript signature in functions.ts does", () => {
    // The signatures read with the TypeScript compiler, not with custom-functions-metadata: T[][] is a range
    // (matrix), anything else one value; number, string and boolean are themselves, any and unions are "any".
    const signatures = readSignatures(functionsTs);
    expect(signatures.map((s) => s.id).sort()).toEqual(built.functions.map((f) => f.id).sort());
    const shapes = shapesOf(built);
    for (const { id, params } of signatures) expect({ id, params: shapes.get(id) }).toEqual({ id, params });
  });

  test("every parameter that takes a range by its meaning is a matrix in the built functions.json, and only those", () => {
    // Columns of scores, weights and values, a grade scale's two columns, lists of holiday and make-up dates
    // (and, when they come, a column of pauses or of months). Declared as single values, Excel would call the
    // function once per cell of the range and spill, instead of passing the range.
    const RANGES = new Set(["scores", "weights", "values", "scale", "holidays", "workdays", "pauses", "months"]);
    const params = built.functions.flatMap((f) => (f.parameters ?? []).map((p) => ({ id: f.id, ...shapeOf(p) })));
    const matrices = params.filter((p) => p.dimensionality === "matrix").map((p) => `${p.id}.${p.name}`);
    const byMeaning = params.filter((p) => RANGES.has(p.name)).map((p) => `${p.id}.${p.name}`);
    expect(matrices).toEqual(byMeaning);
    // The functions this rule is about today, so that a rename cannot empty it unnoticed.
    expect(byMeaning).toEqual(
      expect.arrayContaining([
        "WEIGHTED.scores",
        "WEIGHTED.weights",
        "ATTAINMENT.values",
        "STREAK.values",
        "GRADE.scale",
        "DUE.holidays",
        "DUE.workdays",
        "ELAPSED.holidays",
        "ELAPSED.workdays",
        "DUE.pauses",
        "ELAPSED.pauses",
        "STATUS.holidays",
        "STATUS.workdays",
        "STATUS.pauses",
        "USED.holidays",
        "USED.workdays",
        "USED.pauses",
      ]),
    );
  });
});

/** Builds only the functions entry with the real webpack config (so the metadata plugin's associate calls are in). */
async function buildFunctionsBundle(outDir: string): Promise<void> {
  const webpack = require("webpack") as typeof import("webpack");

  const makeConfig = require("../webpack.config.js") as (
    env: object,
    argv: object,
  ) => Promise<import("webpack").Configuration>;
  const config = await makeConfig({}, { mode: "production" });
  const entry = config.entry as Record<string, string>;
  const keep = ["CustomFunctionsMetadataPlugin", "ZhCnMetadataPlugin"];
  const stats = await new Promise<import("webpack").Stats>((resolveStats, reject) => {
    webpack(
      {
        ...config,
        context: root,
        entry: { functions: entry["functions"]! },
        output: { ...config.output, path: outDir, clean: false },
        devtool: false,
        optimization: { minimize: false },
        plugins: (config.plugins ?? []).filter((p) => p && keep.includes(p.constructor.name)),
      },
      (err, s) => (err || !s ? reject(err ?? new Error("no stats")) : resolveStats(s)),
    );
  });
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
}
