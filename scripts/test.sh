#!/usr/bin/env bash
# `npm test`: sets up a fresh machine (Node 24, dependencies, build, Pulumi CLI) and runs every suite:
# unit, emulator, conformance, resources, mocks and engine. Extra arguments go to vitest.
# With CI=true, when the engine tests ran their programs through the Node.js language host, the engine
# tests run once more through scripts/pulumi.mjs, the path of a clone with no language host beside it
# (PULUMI_ANTHROPIC_PROGRAMS=pulumi.mjs, see scripts/program-runner.cjs), so both paths stay green.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$(dirname "${BASH_SOURCE[0]}")/.."
reports="$(mktemp -d -t vitest-reports.XXXXXX)"
trap 'rm -rf "$reports"' EXIT
status=0
# Tests and examples are type-checked too (the build covers only provider/ and emulator/).
npx tsc -p tsconfig.check.json || status=$?
passes=("$reports/all.json")
npx vitest run --reporter=default --reporter=json --outputFile.json="${passes[0]}" "$@" || status=$?
if [ "${CI:-}" = true ] && [ "$(node scripts/program-runner.cjs)" = "language host" ]; then
  echo "engine tests again, with programs run by scripts/pulumi.mjs (as on a machine without the language host)"
  # test/engine/, or what the extra arguments selected (the whole selection: vitest ORs its filters).
  [ "$#" -gt 0 ] || set -- test/engine/
  passes+=("$reports/engine-pulumi-mjs.json")
  PULUMI_ANTHROPIC_PROGRAMS=pulumi.mjs npx vitest run --passWithNoTests \
    --reporter=default --reporter=json --outputFile.json="${passes[1]}" "$@" || status=$?
fi
# One plain closing line that any CI reads: "N passed, N failed, N skipped", over every pass.
node -e '
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for (const file of process.argv.slice(1)) {
    const r = JSON.parse(require("fs").readFileSync(file, "utf8")); // a pass that wrote no report throws: 1 failed
    // A file that fails outside any test (a beforeAll, an import) fails no test of its own: count it too.
    const fileErrors = r.testResults.filter((f) => f.status === "failed" && !f.assertionResults.some((a) => a.status === "failed")).length;
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests + fileErrors;
    totals.skipped += r.numPendingTests + r.numTodoTests;
  }
  console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
' "${passes[@]}" || echo "0 passed, 1 failed"
exit "$status"
