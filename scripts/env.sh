# Puts Node >= 22, the project's dependencies, the build and the Pulumi CLI in place, installing
# whatever is missing, and exports PATH and the offline Pulumi settings. Idempotent. Sourced by the
# test and demo scripts, and safe to source in an interactive shell: it changes neither the shell's
# options nor its directory, and a failure returns instead of exiting.
pulumi_anthropic_env() {
  local repo node_bin pulumi_bin launcher host
  repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)" || return 1
  node_bin="$(bash "$repo/scripts/setup-node.sh")" || return 1
  export PATH="$node_bin:$PATH"
  (
    cd "$repo" || exit 1
    if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
      npm ci --no-fund --no-audit || exit 1
    fi
    if [ ! -f dist/provider/index.js ] || [ -n "$(find provider emulator -newer dist/provider/index.js -name '*.ts' -print -quit)" ]; then
      npx tsc -p tsconfig.json || exit 1
    fi
  ) || return 1
  pulumi_bin="$(bash "$repo/scripts/setup-pulumi.sh")" || return 1
  # The dynamic-provider launcher ships inside @pulumi/pulumi; the engine looks for it next to itself.
  launcher="$repo/node_modules/@pulumi/pulumi/pulumi-resource-pulumi-nodejs"
  cmp -s "$launcher" "$pulumi_bin/pulumi-resource-pulumi-nodejs" || cp "$launcher" "$pulumi_bin/" || return 1
  # The Node.js language host cannot be built here; where a build of it sits beside the checkout (as on
  # our machines and CI), next to the CLI it runs programs exactly as on a user's machine.
  host="$repo/../shared/tools/pulumi-language-nodejs"
  if [ -x "$host" ] && ! cmp -s "$host" "$pulumi_bin/pulumi-language-nodejs"; then
    cp "$host" "$pulumi_bin/pulumi-language-nodejs" || return 1
  fi
  export PATH="$pulumi_bin:$PATH"
  export PULUMI_SKIP_UPDATE_CHECK=true PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION=true
}
pulumi_anthropic_env
