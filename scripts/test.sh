#!/usr/bin/env bash
# Sets up and runs every check: build, type check and lint, our manifest checks, Microsoft's schemas (when ../shared is
# beside this checkout), and the jest tests. Prints jest's summary, then one closing line
# "jest: N passed, N failed[, N skipped]". Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n=== %s ===\n' "$*"; }

step "setup"
bash scripts/setup.sh

step "build (npm run build)"
npm run build --silent
# webpack leaves outputs whose bytes did not change with their old times; give the page this build's time
# so the end-to-end test sees dist/ as current and serves it instead of building its own copy.
touch dist/taskpane.html

step "types and lint (npm run lint: tsc --noEmit, ESLint with the Office add-in rules, Prettier)"
npm run lint --silent

step "manifest checks (npm run validate)"
npm run validate --silent -- --dist dist

xsd=../shared/manifest-xsd/validate.sh
if [ -f "$xsd" ]; then
  step "manifest schemas ($xsd)"
  bash "$xsd" manifest.xml
  bash "$xsd" dist/manifest.xml
else
  step "manifest schemas: skipped ($xsd not found)"
fi

step "tests (npm test)"
mkdir -p test-results
rm -f test-results/jest.json
set +e
npm test --silent -- --ci --json --outputFile=test-results/jest.json
rc=$?
set -e
if [ -f test-results/jest.json ]; then
  node -e '
    const r = require("./test-results/jest.json");
    const skipped = r.numPendingTests + r.numTodoTests;
    console.log(`jest: ${r.numPassedTests} passed, ${r.numFailedTests} failed` + (skipped ? `, ${skipped} skipped` : ""));
  '
else
  echo "jest: 0 passed, 1 failed (jest wrote no results)"
fi
# The end-to-end test (test/e2e) leaves pictures of the task pane here; README "Tests and screenshots" lists them.
shots=$(ls test-results/screenshots/*.png 2>/dev/null | wc -l)
[ "$shots" -gt 0 ] && echo "screenshots: test-results/screenshots/ ($shots files)"
exit $rc
