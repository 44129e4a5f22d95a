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
  jest: { configFile: "jest.stryker.config.cjs", enableFindRelatedTests: false },
  checkers: ["typescript"],
  tsconfigFile: "tsconfig.json",
  coverageAnalysis: "perTest",
  incremental: true,
  incrementalFile: "reports/stryker-incremental.json",
  reporters: ["clear-text", "progress", "json", "html"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  thresholds: { high: 85, low: 75, break: null },
  concurrency: 2,
  timeoutMS: 20000,
  // The suites run through ts-jest without type checks (isolatedModules), so no "// @ts-nocheck" is needed; one test
  // compares a generated source file byte for byte.
  disableTypeChecks: false,
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
