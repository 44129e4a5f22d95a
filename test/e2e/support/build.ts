/**
 * What the browser test serves and injects: a private copy of the built task pane, and the fake
 * office.js bundled for the browser.
 *
 * The copy: other work in this checkout may rebuild dist/ while the test runs (webpack empties it
 * first), which would pull files from under the page. When dist/ is missing or older than the sources,
 * the test builds its own copy (so `npm test` alone still tests the current code) and leaves dist/ alone.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "esbuild";

export const ROOT = resolve(__dirname, "..", "..", "..");
const DIST = join(ROOT, "dist");
const NEEDED = ["taskpane.html", "taskpane.js", "functions.js"];
/** What the build depends on besides src/. */
const INPUTS = ["package-lock.json", "webpack.config.js", "tsconfig.json", "manifest.xml"];

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((t, name) => Math.max(t, newestMtime(join(path, name))), st.mtimeMs);
}

/**
 * Whether dist/ was built after the last change to its sources. The newest file of dist/, not each file:
 * webpack leaves a file it would write unchanged alone ("compared for emit"), so after a rebuild some
 * outputs keep their old times; but a rebuild after a change rewrites at least the output that changed.
 */
function distIsCurrent(): boolean {
  if (!NEEDED.every((f) => existsSync(join(DIST, f)))) return false;
  const built = newestMtime(DIST);
  const sources = Math.max(newestMtime(join(ROOT, "src")), ...INPUTS.map((f) => newestMtime(join(ROOT, f))));
  return built >= sources;
}

/** A folder holding the current build of the add-in; `how` says whether it was copied or built. */
export function preparePane(): { dir: string; how: string } {
  const dir = mkdtempSync(join(tmpdir(), "sla-e2e-pane-"));
  if (distIsCurrent()) {
    cpSync(DIST, dir, { recursive: true });
    return { dir, how: "copied from dist/" };
  }
  execFileSync(join(ROOT, "node_modules", ".bin", "webpack"), ["--mode", "production", "--output-path", dir], {
    cwd: ROOT,
    stdio: "pipe",
  });
  return { dir, how: "built (dist/ was missing or older than the sources)" };
}

/** test/e2e/fakeOffice/host.ts and the jest fake it uses, as one browser script. */
export async function bundleFakeOffice(): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, "test", "e2e", "fakeOffice", "host.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
    // office-addin-mock needs only office-addin-manifest's OfficeApp enum; the package itself drags in
    // Node-only dependencies. jest maps it to the same stub (jest.config.cjs).
    alias: { "office-addin-manifest": join(ROOT, "test", "stubs", "office-addin-manifest.ts") },
    logLevel: "silent",
  });
  return result.outputFiles[0].text;
}
