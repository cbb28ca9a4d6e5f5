#!/usr/bin/env bash
# `npm test`: sets up a fresh machine (Node 24, dependencies, build, Pulumi CLI) and runs every suite:
# unit, emulator, conformance, resources, mocks and engine. Extra arguments go to vitest.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$(dirname "${BASH_SOURCE[0]}")/.."
report="$(mktemp -t vitest-report.XXXXXX.json)"
trap 'rm -f "$report"' EXIT
status=0
# Tests and examples are type-checked too (the build covers only provider/ and emulator/).
npx tsc -p tsconfig.check.json || status=$?
npx vitest run --reporter=default --reporter=json --outputFile.json="$report" "$@" || status=$?
# One plain closing line that any CI reads: "N passed, N failed, N skipped".
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  // A file that fails outside any test (a beforeAll, an import) fails no test of its own: count it too.
  const fileErrors = r.testResults.filter((f) => f.status === "failed" && !f.assertionResults.some((a) => a.status === "failed")).length;
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests + fileErrors} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
' "$report" || echo "0 passed, 1 failed"
exit "$status"
