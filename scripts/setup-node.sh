#!/usr/bin/env bash
# Prints a bin folder holding Node >= 22. Our machines ship Node 20; the npm registry's `node`
# package carries the Node 24 binary itself, so no download outside the registry is needed.
set -euo pipefail

prefix="${PULUMI_ANTHROPIC_NODE_PREFIX:-$HOME/.local/node24}"
major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if command -v node >/dev/null && [ "$(major node)" -ge 22 ]; then
  dirname "$(command -v node)"
  exit 0
fi
if [ -x "$prefix/bin/node" ] && [ "$(major "$prefix/bin/node")" -ge 22 ]; then
  echo "$prefix/bin"
  exit 0
fi
command -v npm >/dev/null || { echo "setup-node: npm is needed to fetch Node 24 (none on PATH)" >&2; exit 1; }
echo "setup-node: installing Node 24 from the npm registry into $prefix" >&2
if ! npm install -g --prefix "$prefix" --no-fund --no-audit node@24 >&2; then
  echo "setup-node: could not install node@24 from the npm registry" >&2
  exit 1
fi
if [ "$(major "$prefix/bin/node")" -lt 22 ]; then
  echo "setup-node: $prefix/bin/node is not Node >= 22 after install" >&2
  exit 1
fi
echo "$prefix/bin"
