// Builds dist/functions.zh-cn.json, the Chinese custom-functions metadata that the manifest's
// <bt:Override Locale="zh-CN"> points at. custom-functions-metadata only writes English (from JSDoc), so
// this takes its functions.json and swaps in the Chinese descriptions from
// src/functions/functions.zh-cn.texts.json. Function ids and names stay English: a formula saved as
// =SLA.SCORE(...) must keep working whatever language the next person's Excel speaks.
//
// CommonJS (not TypeScript) because webpack.config.js loads it directly; types for the tests are in
// zh-cn-metadata.d.ts beside it.
"use strict";

const fs = require("node:fs");
const path = require("node:path");

/**
 * Checks the texts against the metadata and returns the localized metadata.
 * Every function and parameter must have a non-empty Chinese text, and every text must name something
 * that exists, except functions marked "pending": true (announced, not yet written), which may be absent.
 * @param {{functions: Array<{id: string, name: string, description?: string, parameters?: Array<{name: string, description?: string}>}>}} metadata
 * @param {unknown} texts parsed functions.zh-cn.texts.json
 * @returns {{metadata: object | null, errors: string[], warnings: string[]}}
 */
function localizeMetadata(metadata, texts) {
  const errors = [];
  const warnings = [];
  if (!metadata || !Array.isArray(metadata.functions)) {
    return {
      metadata: null,
      errors: ['functions.json has no "functions" array'],
      warnings,
    };
  }
  if (!texts || typeof texts !== "object" || Array.isArray(texts)) {
    return {
      metadata: null,
      errors: ["the texts file must be a JSON object keyed by function id"],
      warnings,
    };
  }

  // Keys starting with "$" are notes for people ("$comment"), not functions.
  const entries = Object.entries(texts).filter(([id]) => !id.startsWith("$"));
  const byId = new Map();
  for (const [id, entry] of entries) {
    if (!entry || typeof entry !== "object" || Array.isArray(entry)) {
      errors.push(
        `${id}: expected {"description": "...", "parameters": {...}}`,
      );
      continue;
    }
    for (const key of Object.keys(entry)) {
      if (!["description", "parameters", "pending"].includes(key))
        errors.push(`${id}: unknown key "${key}"`);
    }
    if (entry.pending !== undefined && typeof entry.pending !== "boolean")
      errors.push(`${id}: "pending" must be true or false`);
    if (
      entry.parameters !== undefined &&
      (typeof entry.parameters !== "object" || Array.isArray(entry.parameters))
    ) {
      errors.push(
        `${id}: "parameters" must be an object keyed by parameter name`,
      );
      continue;
    }
    byId.set(id, entry);
  }

  const known = new Set(metadata.functions.map((f) => f.id));
  for (const [id, entry] of byId) {
    if (!known.has(id) && !entry.pending) {
      errors.push(
        `${id}: has Chinese texts but no such function in functions.json (mark it "pending": true if it is still to come)`,
      );
    }
  }

  const localized = JSON.parse(JSON.stringify(metadata));
  for (const fn of localized.functions) {
    const entry = byId.get(fn.id);
    if (!entry) {
      errors.push(
        `${fn.id}: no Chinese texts (add "${fn.id}" to the texts file)`,
      );
      continue;
    }
    if (entry.pending) {
      warnings.push(
        `${fn.id}: now exists in functions.json; remove "pending": true from its texts`,
      );
    }
    if (
      typeof entry.description !== "string" ||
      entry.description.trim() === ""
    ) {
      errors.push(`${fn.id}: no Chinese description`);
    } else {
      fn.description = entry.description;
    }
    const paramTexts = entry.parameters ?? {};
    const paramNames = new Set((fn.parameters ?? []).map((p) => p.name));
    for (const p of fn.parameters ?? []) {
      const text = paramTexts[p.name];
      if (typeof text !== "string" || text.trim() === "") {
        errors.push(`${fn.id}: parameter "${p.name}" has no Chinese text`);
      } else {
        p.description = text;
      }
    }
    for (const name of Object.keys(paramTexts)) {
      if (!paramNames.has(name))
        errors.push(
          `${fn.id}: Chinese text for parameter "${name}", which ${fn.id} does not have`,
        );
    }
  }

  return { metadata: errors.length === 0 ? localized : null, errors, warnings };
}

/**
 * Webpack plugin: after CustomFunctionsMetadataPlugin has put `source` (functions.json) into the
 * compilation, emit `output` (functions.zh-cn.json). Fails the compilation on any missing or stray text.
 */
class ZhCnMetadataPlugin {
  /** @param {{textsFile: string, source?: string, output?: string}} options */
  constructor(options) {
    this.textsFile = path.resolve(options.textsFile);
    this.source = options.source ?? "functions.json";
    this.output = options.output ?? "functions.zh-cn.json";
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    const name = "ZhCnMetadataPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      // Rebuild in watch mode (dev server) when the translations change.
      compilation.fileDependencies.add(this.textsFile);
      compilation.hooks.processAssets.tap(
        { name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const fail = (msg) =>
            compilation.errors.push(new WebpackError(`zh-CN metadata: ${msg}`));
          const asset = compilation.getAsset(this.source);
          if (!asset) {
            // CustomFunctionsMetadataPlugin reports its own errors and then emits nothing; say why ours is missing too.
            fail(
              `${this.source} was not generated, so ${this.output} cannot be built`,
            );
            return;
          }
          let metadata;
          let texts;
          try {
            metadata = JSON.parse(asset.source.source().toString());
          } catch (e) {
            fail(`${this.source} is not JSON: ${e.message}`);
            return;
          }
          try {
            texts = JSON.parse(fs.readFileSync(this.textsFile, "utf8"));
          } catch (e) {
            fail(
              `cannot read ${path.relative(process.cwd(), this.textsFile)}: ${e.message}`,
            );
            return;
          }
          const result = localizeMetadata(metadata, texts);
          const where = path.relative(process.cwd(), this.textsFile);
          for (const w of result.warnings)
            compilation.warnings.push(
              new WebpackError(`zh-CN metadata (${where}): ${w}`),
            );
          if (result.errors.length > 0) {
            fail(
              `${where} does not match ${this.source} (${result.errors.length} problem(s)):\n` +
                result.errors.map((e) => `  - ${e}`).join("\n"),
            );
            return;
          }
          compilation.emitAsset(
            this.output,
            new sources.RawSource(
              JSON.stringify(result.metadata, null, 4) + "\n",
            ),
          );
        },
      );
    });
  }
}

module.exports = { localizeMetadata, ZhCnMetadataPlugin };
