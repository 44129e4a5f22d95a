/**
 * Calling the custom-function wrappers only with arguments Excel could pass them.
 *
 * What a wrapper receives depends on functions.json, not on its TypeScript types: a parameter declared as a
 * matrix receives a range as rows of cells (and a single value as [[value]]); a scalar parameter receives one
 * value, and a range given to it makes Excel call the function once per cell. Every declared parameter is
 * passed, an omitted optional one as null. A test that hands a wrapper a bare string for a matrix parameter, a
 * 1-D array, or a range for a scalar tests a call Excel never makes, and would pass while Excel fails. So the
 * tests call the wrappers through `excelCalls`, which checks every argument against the metadata that
 * custom-functions-metadata generates from functions.ts (the same generator the build runs) before the call.
 */
import { resolve } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import type { FunctionsJson, FunctionParameter } from "../../scripts/zh-cn-metadata";
import type { ParamType } from "../../src/taskpane/functionList";

export const FUNCTIONS_TS = resolve(__dirname, "..", "..", "src", "functions", "functions.ts");

export type { ParamType };

/** One parameter as Excel sees it. */
export interface ParamShape {
  readonly name: string;
  readonly optional: boolean;
  readonly type: ParamType;
  readonly dimensionality: "scalar" | "matrix";
}

/**
 * A parameter of functions.json with the defaults filled in (the generator leaves out "dimensionality" for a
 * scalar and "optional" for a required parameter; Office documents "any" and "scalar" as the defaults).
 */
export function shapeOf(p: FunctionParameter): ParamShape {
  const type = (p["type"] as string | undefined) ?? "any";
  if (!["any", "number", "string", "boolean"].includes(type)) throw new Error(`${p.name}: unexpected type ${type}`);
  if (p["repeating"] === true) throw new Error(`${p.name}: repeating parameters are not handled here yet`);
  return {
    name: p.name,
    optional: p["optional"] === true,
    type: type as ParamType,
    dimensionality: p["dimensionality"] === "matrix" ? "matrix" : "scalar",
  };
}

/** Each function id's parameters, as Excel sees them. */
export function shapesOf(metadata: FunctionsJson): Map<string, ParamShape[]> {
  return new Map(metadata.functions.map((f) => [f.id, (f.parameters ?? []).map(shapeOf)]));
}

/** The metadata custom-functions-metadata generates from functions.ts, and which exported function has which id. */
export async function generatedMetadata(functionsTs = FUNCTIONS_TS): Promise<{
  metadata: FunctionsJson;
  associate: Array<{ id: string; functionName: string; sourceFileName: string }>;
}> {
  const result = await generateCustomFunctionsMetadata(functionsTs, false);
  // Its CLI exits 0 even on errors, so look at them here.
  if (result.errors.length > 0) throw new Error(`custom-functions-metadata: ${result.errors.join("\n")}`);
  return { metadata: JSON.parse(result.metadataJson) as FunctionsJson, associate: result.associate };
}

const isCell = (v: unknown) =>
  v === null || typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v));

/** A cell value Excel could pass for a parameter of this type (an empty cell may come as null, 0 or ""). */
function fitsType(type: ParamType, v: unknown): boolean {
  if (!isCell(v)) return false;
  if (type === "any" || v === null) return true;
  return typeof v === type;
}

/** Why Excel could never pass `arg` for this parameter, or null when it could. */
export function excelArgProblem(p: ParamShape, arg: unknown): string | null {
  if (arg === undefined) return `${p.name}: undefined; Excel passes every declared parameter, an omitted one as null`;
  if (p.dimensionality === "scalar") {
    if (Array.isArray(arg))
      return `${p.name} is a single value (scalar) in functions.json, but gets an array: given a range, Excel would call the function once per cell instead`;
    if (!fitsType(p.type, arg)) return `${p.name} is declared ${p.type}, Excel would not pass ${JSON.stringify(arg)}`;
    return null;
  }
  if (arg === null) return p.optional ? null : `${p.name} is required; Excel passes an empty range as rows of cells`;
  if (!Array.isArray(arg))
    return `${p.name} is a range (matrix) in functions.json: Excel passes ${JSON.stringify(arg)} as [[${JSON.stringify(arg)}]]`;
  const rows: unknown[] = arg;
  if (rows.length === 0 || !rows.every((r) => Array.isArray(r) && r.length > 0))
    return `${p.name} is a range: Excel passes rows of cells, at least one row of at least one cell, not ${JSON.stringify(arg)}`;
  const width = (rows[0] as unknown[]).length;
  for (const row of rows as unknown[][]) {
    if (row.length !== width) return `${p.name}: rows of different lengths; a range is a rectangle`;
    for (const cell of row)
      if (!fitsType(p.type, cell))
        return `${p.name}: the cell ${JSON.stringify(cell)} is not a cell value of type ${p.type}`;
  }
  return null;
}

/** Throws unless Excel could call function `id` with exactly these arguments. */
export function checkExcelArgs(id: string, params: readonly ParamShape[], args: readonly unknown[]): void {
  const problems: string[] = [];
  if (args.length !== params.length)
    problems.push(
      `${args.length} arguments for ${params.length} parameters (${params.map((p) => p.name).join(", ")}); Excel passes all of them, omitted ones as null`,
    );
  params.forEach((p, i) => {
    if (i < args.length) {
      const problem = excelArgProblem(p, args[i]);
      if (problem) problems.push(problem);
    }
  });
  if (problems.length > 0) throw new Error(`SLA.${id}: not a call Excel can make:\n  ${problems.join("\n  ")}`);
}

type Wrapper = (...args: never[]) => unknown;

/** The wrappers, each taking the arguments as Excel passes them (checked) and returning what the wrapper returns. */
export type ExcelCalls<T> = {
  [K in keyof T as T[K] extends Wrapper ? K : never]: T[K] extends (...args: never[]) => infer R
    ? (...args: unknown[]) => R
    : never;
};

/**
 * `wrappers` (the module functions.ts) with every call checked against the metadata. A wrapper that the
 * metadata does not declare cannot be called: Excel would not know it.
 */
export function excelCalls<T extends object>(
  wrappers: T,
  metadata: FunctionsJson,
  associate: ReadonlyArray<{ id: string; functionName: string }>,
): ExcelCalls<T> {
  const shapes = shapesOf(metadata);
  const calls: Record<string, (...args: unknown[]) => unknown> = {};
  for (const { id, functionName } of associate) {
    const fn = (wrappers as Record<string, unknown>)[functionName];
    if (typeof fn !== "function") throw new Error(`${id}: functions.ts exports no function ${functionName}`);
    const params = shapes.get(id);
    if (!params) throw new Error(`${id}: associated but not in functions.json`);
    calls[functionName] = (...args: unknown[]) => {
      checkExcelArgs(id, params, args);
      return (fn as (...a: unknown[]) => unknown)(...args);
    };
  }
  return calls as ExcelCalls<T>;
}
