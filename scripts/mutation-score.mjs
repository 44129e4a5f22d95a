/**
 * Prints the mutation score per folder from Stryker's JSON report (npm run mutate writes it to
 * reports/mutation/mutation.json), against the targets the project holds itself to.
 *
 * Score = detected / (detected + undetected), where detected = killed + timed out and undetected =
 * survived + no coverage: the mutation-testing-elements definition Stryker itself uses. Mutants that
 * do not compile (refused by the TypeScript checker) count for nothing; mutants left out because
 * they are static (code run when a module loads; see stryker.config.mjs) are shown apart.
 */
import { readFileSync } from "node:fs";

const REPORT = process.argv[2] ?? "reports/mutation/mutation.json";
const TARGETS = { "src/engine": 85, "src/excel": 75 };
const DETECTED = new Set(["Killed", "Timeout"]);
const UNDETECTED = new Set(["Survived", "NoCoverage"]);

const report = JSON.parse(readFileSync(REPORT, "utf8"));

/** "src/engine/clauses/band.ts" → ["src", "src/engine", "src/engine/clauses"]. */
const foldersOf = (file) => {
  const parts = file.replace(/\\/g, "/").split("/").slice(0, -1);
  return parts.map((_, i) => parts.slice(0, i + 1).join("/"));
};

const tally = new Map();
for (const [file, { mutants }] of Object.entries(report.files)) {
  for (const folder of foldersOf(file)) {
    const t = tally.get(folder) ?? { detected: 0, undetected: 0, survived: 0, noCoverage: 0, ignored: 0 };
    for (const m of mutants) {
      if (DETECTED.has(m.status)) t.detected++;
      if (UNDETECTED.has(m.status)) t.undetected++;
      if (m.status === "Survived") t.survived++;
      if (m.status === "NoCoverage") t.noCoverage++;
      if (m.status === "Ignored") t.ignored++;
    }
    tally.set(folder, t);
  }
}

const score = (t) => (t.detected + t.undetected ? (100 * t.detected) / (t.detected + t.undetected) : NaN);
const rows = [...tally].filter(([folder]) => folder !== "src").sort(([a], [b]) => a.localeCompare(b));
const width = Math.max(...rows.map(([f]) => f.length));
console.log(`\nMutation score per folder (${REPORT})`);
console.log(`${"folder".padEnd(width)}  score   killed  survived  no cover  static  target`);
for (const [folder, t] of rows) {
  const target = TARGETS[folder];
  const s = score(t);
  const verdict = target === undefined ? "" : `${target}% ${s >= target ? "met" : "NOT MET"}`;
  console.log(
    `${folder.padEnd(width)}  ${s.toFixed(1).padStart(5)}%  ${String(t.detected).padStart(6)}  ${String(t.survived).padStart(8)}  ${String(t.noCoverage).padStart(8)}  ${String(t.ignored).padStart(6)}  ${verdict}`,
  );
}
