#!/usr/bin/env bash
# Builds one of the Go tools that programs in languages other than TypeScript need, into the cache the
# Pulumi CLI's build uses (scripts/setup-pulumi.sh), once per version; prints the folder holding it on
# stdout, everything else on stderr. Nothing is built before a test or script first asks for it.
#
#   yaml-host      pulumi-language-yaml, the YAML language host (github.com/pulumi/pulumi-yaml), put
#                  beside the CLI (where the CLI looks first; from PATH it warns on every command)
#   sdkgen         tools/sdkgen: the Go and Python SDK generators of pkg/v3 (the CLI's gen-sdk needs a
#                  language host for each, which the Go module proxy does not serve)
#   sdkgen-dotnet  tools/sdkgen-dotnet: the .NET generator, which pkg/v3 dropped after v3.228.0
#
# Set-ups started together (parallel tests, two clones) build once: the others wait on a lock and find
# the first one's build.
set -euo pipefail

tool="${1:?usage: setup-go-tool.sh yaml-host|sdkgen|sdkgen-dotnet}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cache="${PULUMI_ANTHROPIC_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/pulumi-anthropic}"
log() { printf 'setup-go-tool: %s\n' "$*" >&2; }

# A source folder's identity: its checked-in files, so an edit to the generator builds it again.
sources_hash() { (cd "$repo/$1" && cat go.mod go.sum ./*.go | sha256sum | cut -c1-12); }

case "$tool" in
  yaml-host)
    version="$(node -p "require('$repo/package.json').config.pulumiYamlVersion")"
    dir="$cache/pulumi-language-yaml-v$version"
    executable=pulumi-language-yaml
    minutes="about 4 minutes on 2 cores"
    ;;
  sdkgen | sdkgen-dotnet)
    dir="$cache/$tool-$(sources_hash "tools/$tool")"
    executable="$tool"
    minutes="about 2 minutes on 2 cores"
    ;;
  *) log "unknown tool '$tool' (yaml-host, sdkgen or sdkgen-dotnet)"; exit 2 ;;
esac

built() { [ -x "$dir/$executable" ]; }

# The YAML host goes beside the CLI (scripts/setup-pulumi.sh), as env.sh puts the Node.js one; a copy
# renamed into place, so a CLI starting meanwhile never runs half a file.
finish() {
  if [ "$tool" = yaml-host ]; then
    local cli
    cli="$(bash "$repo/scripts/setup-pulumi.sh")"
    if ! cmp -s "$dir/$executable" "$cli/$executable"; then
      cp "$dir/$executable" "$cli/$executable.$$" && mv "$cli/$executable.$$" "$cli/$executable"
    fi
    dir="$cli"
  fi
  echo "$dir"
}
if built; then finish; exit 0; fi

mkdir -p "$cache"
exec 9>"$dir.lock"
flock 9
if built; then finish; exit 0; fi

command -v go >/dev/null || { log "Go is required to build $tool (none is on PATH)"; exit 1; }
export GOTOOLCHAIN=local
log "building $tool ($minutes, once)"
rm -rf "$dir.tmp" && mkdir -p "$dir.tmp"
case "$tool" in
  yaml-host)
    # `go install module@version` builds against the module's own pinned pkg/v3 (v3.206.0); it does not
    # compile against the CLI's v3.259.0. Its plugin loader starts executable provider plugins fine.
    GOBIN="$dir.tmp" nice -n 10 go install -ldflags "-s -w" "github.com/pulumi/pulumi-yaml/cmd/pulumi-language-yaml@v$version" ;;
  *)
    (cd "$repo/tools/$tool" && GOFLAGS=-mod=mod nice -n 10 go build -trimpath -ldflags "-s -w" -o "$dir.tmp/$executable" .) ;;
esac || { log "building $tool failed (see the Go output above)"; exit 1; }
rm -rf "$dir" && mv "$dir.tmp" "$dir"
log "built $tool into $dir"
finish
