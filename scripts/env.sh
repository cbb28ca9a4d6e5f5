# Sourced by the test and demo scripts: puts Node >= 22, the project's dependencies and the
# Pulumi CLI on PATH, installing whatever is missing. Idempotent.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PATH="$(bash "$repo/scripts/setup-node.sh"):$PATH"
export PATH
cd "$repo"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-fund --no-audit
fi
[ -f dist/provider/index.js ] && [ -z "$(find provider emulator -newer dist/provider/index.js -name '*.ts' -print -quit)" ] \
  || npx tsc -p tsconfig.json
# The package depends on itself (devDependency "file:."), so programs here (examples, engine tests) and
# the dynamic provider load it by name from node_modules, as a user's project does.
pulumi_bin="$(bash "$repo/scripts/setup-pulumi.sh")"
# The dynamic-provider launcher ships inside @pulumi/pulumi; the engine looks for it next to itself.
launcher="$repo/node_modules/@pulumi/pulumi/pulumi-resource-pulumi-nodejs"
cmp -s "$launcher" "$pulumi_bin/pulumi-resource-pulumi-nodejs" || cp "$launcher" "$pulumi_bin/"
PATH="$pulumi_bin:$PATH"
export PATH
export PULUMI_SKIP_UPDATE_CHECK=true PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION=true
