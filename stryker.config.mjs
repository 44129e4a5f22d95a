// @ts-check
/**
 * Mutation testing (npm run mutate): Stryker plants small bugs in src/engine and src/excel, one at a
 * time, and runs the tests that cover each; a mutant no test notices is a gap in the tests.
 * Incremental: results are kept in reports/stryker-incremental.json, so a rerun after a change only
 * tests the mutants in changed code or covered by changed tests.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  mutate: ["src/engine/**/*.ts", "src/excel/**/*.ts", "!src/**/*.d.ts"],
  testRunner: "jest",
  // Each mutant runs only the tests that cover it; a mutant in code that runs when a module loads
  // (a table of words, a constant) is "static": no test covers it alone, and it would need the whole
  // suite (about a minute) per mutant, thousands of minutes in all. Those are left out (ignoreStatic)
  // and counted apart by scripts/mutation-score.mjs; findRelatedTests keeps any other whole-suite
  // run to the test files that import the mutated file.
  jest: { configFile: "jest.stryker.config.cjs", enableFindRelatedTests: true },
  ignoreStatic: true,
  checkers: ["typescript"],
  tsconfigFile: "tsconfig.stryker.json",
  coverageAnalysis: "perTest",
  incremental: true,
  incrementalFile: "reports/stryker-incremental.json",
  reporters: ["clear-text", "progress", "json", "html"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  thresholds: { high: 85, low: 75, break: null },
  concurrency: 2,
  timeoutMS: 5000,
  // The suites run through ts-jest without type checks (isolatedModules), so no "// @ts-nocheck" is needed; one test
  // compares a generated source file byte for byte.
  disableTypeChecks: false,
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
