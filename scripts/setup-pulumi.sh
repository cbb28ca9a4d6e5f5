#!/usr/bin/env bash
# Builds the Pulumi CLI from Go modules (no Pulumi binary can be downloaded on our machines) into a
# cache outside the clone, so fresh clones and CI reuse it. Prints the bin folder on stdout; everything
# else goes to stderr.
#
# The Node.js language host (module .../sdk/nodejs/cmd/pulumi-language-nodejs/v3) is not served by the
# Go module proxy we reach (403 for every version), so programs run through the Automation API's inline
# mode, which needs no language host.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
version="${PULUMI_VERSION:-$(node -p "require('$here/../package.json').config.pulumiVersion" 2>/dev/null || echo 3.259.0)}"
cache="${PULUMI_ANTHROPIC_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/pulumi-anthropic}"
bin="$cache/pulumi-v$version/bin"

log() { printf 'setup-pulumi: %s\n' "$*" >&2; }

built() { [ -x "$bin/pulumi" ] && [ "$("$bin/pulumi" version 2>/dev/null)" = "v$version" ]; }

if built; then
  echo "$bin"
  exit 0
fi

# Set-ups started together (two clones, or tests that each source env.sh) build once: the others wait
# for the first and find its build, instead of competing for the cores and the same folder.
mkdir -p "$cache"
if command -v flock >/dev/null; then
  exec 9>"$cache/pulumi-v$version.lock"
  flock 9
  if built; then
    echo "$bin"
    exit 0
  fi
fi

command -v go >/dev/null || { log "Go is required to build the Pulumi CLI (none is on PATH)"; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
log "building Pulumi CLI v$version from Go modules (about 7 minutes on 2 cores, once)"
cat > go.mod <<GOMOD
module pulumi-anthropic-toolchain

go 1.24

require (
	github.com/pulumi/pulumi/pkg/v3 v$version
	github.com/pulumi/pulumi/sdk/v3 v$version
)

replace github.com/atotto/clipboard => github.com/tgummerer/clipboard v0.0.0-20241001131231-d02d263e614e
GOMOD
cat > tools.go <<'GO'
//go:build tools

package tools

import (
	_ "github.com/pulumi/pulumi/pkg/v3/cmd/pulumi"
)
GO
export GOFLAGS=-mod=mod GOTOOLCHAIN=local
if ! go mod tidy -e >"$work/tidy.log" 2>&1; then
  cat "$work/tidy.log" >&2
  log "could not resolve the Pulumi Go modules at v$version from the Go module proxy"
  exit 1
fi
mkdir -p "$bin.tmp"
ldflags="-s -w -X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version=v$version"
if ! CGO_ENABLED=0 go build -trimpath -tags osusergo,grpcnotrace -ldflags "$ldflags" \
  -o "$bin.tmp/pulumi" github.com/pulumi/pulumi/pkg/v3/cmd/pulumi; then
  log "building the Pulumi CLI v$version failed (see the Go output above)"
  exit 1
fi
rm -rf "$bin" && mv "$bin.tmp" "$bin"
log "built $("$bin/pulumi" version) into $bin"
echo "$bin"
