/**
 * Jest for mutation testing (npm run mutate): the unit suites that exercise src/engine and src/excel.
 * Left out: the end-to-end test (Chromium), the bundle and metadata builds (webpack, minutes each), the
 * README and manifest checks; none of them can tell a mutant in the engine or the Office code apart.
 * Also left out: the native formulas' LibreOffice differential (seconds of soffice per run, and it covers
 * nearly every engine file); native.test.ts checks the same formulas in HyperFormula, in process.
 */
const base = require("./jest.config.cjs");

// A few hundred random cases per property test (test/engine/helpers.ts propertyRuns), not 100,000:
// each mutant reruns the tests that cover it.
process.env.SLA_PROPERTY_RUNS_CAP ??= "300";

module.exports = {
  ...base,
  // src is a root too: jest's findRelatedTests (which Stryker uses) only follows imports into files
  // its module map holds; without src, no test is "related" to a mutated source file.
  roots: [
    "<rootDir>/src",
    "<rootDir>/test/engine",
    "<rootDir>/test/excel",
    "<rootDir>/test/functions",
    "<rootDir>/test/templates",
    "<rootDir>/test/corpus",
  ],
  testPathIgnorePatterns: ["/node_modules/", "nativeLibreOffice\\.test\\.ts$"],
  // ts-jest type-checks each file by default; the TypeScript checker already refuses mutants that do not compile.
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", isolatedModules: true }] },
};
