#!/usr/bin/env bash
# `npm test`: sets up a fresh machine (Node 24, dependencies, build, Pulumi CLI) and runs every suite.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
exec npx vitest run "$@"
