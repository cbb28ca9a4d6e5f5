#!/usr/bin/env bash
# `npm run demo`: sets up a fresh machine (Node 24, dependencies, build, Pulumi CLI), then runs
# examples/quickstart against the bundled emulator with a throw-away backend.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$(dirname "${BASH_SOURCE[0]}")/.."
exec node scripts/demo.mjs "$@"
