/**
 * `npm run bench`: every speed and size figure of the project, printed.
 * The benchmarks are bundled with esbuild first, as webpack bundles the add-in, so that calls
 * between engine modules are direct calls and not the getters a module loader adds per import.
 */
import { build } from "esbuild";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

// Inside node_modules so that the bundle's external packages resolve from the project.
const outfile = resolve("node_modules/.cache/sla-bench/bench.mjs");
async function main() {
  await build({
    entryPoints: ["bench/run.ts"],
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    outfile,
    logLevel: "warning",
  });
  await import(pathToFileURL(outfile).href);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
