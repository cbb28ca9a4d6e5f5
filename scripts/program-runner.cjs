// Who runs a Pulumi program when `pulumi up` (or preview, ...) runs in a project directory here: the
// Node.js language host, as on every user's machine, when a build of it sits beside the CLI (scripts/env.sh
// puts it there when the machine has one); else scripts/pulumi.mjs, which serves the program to the CLI
// itself. PULUMI_ANTHROPIC_PROGRAMS=pulumi.mjs forces the second where both exist, so that a machine with
// the host can still prove the path that a fresh clone takes (`CI=true npm test` does, see scripts/test.sh);
// PULUMI_ANTHROPIC_PROGRAMS=host insists on the host. Used by the engine tests and the demo.
// `node scripts/program-runner.cjs` prints the runner for the `pulumi` on PATH.
"use strict";
const { existsSync } = require("node:fs");
const { join } = require("node:path");

const VARIABLE = "PULUMI_ANTHROPIC_PROGRAMS";
const HOST = "language host";
const SCRIPT = "scripts/pulumi.mjs";

/** "language host" or "scripts/pulumi.mjs", for the CLI in `pulumiBin` (a folder). */
function programRunner(pulumiBin, env = process.env) {
  const hostBeside = existsSync(join(pulumiBin, "pulumi-language-nodejs"));
  const wanted = env[VARIABLE];
  if (wanted === undefined || wanted === "") return hostBeside ? HOST : SCRIPT;
  if (wanted === "pulumi.mjs") return SCRIPT;
  if (wanted === "host" && hostBeside) return HOST;
  if (wanted === "host") throw new Error(`${VARIABLE}=host, but there is no pulumi-language-nodejs beside the CLI in ${pulumiBin}`);
  throw new Error(`${VARIABLE}='${wanted}': give pulumi.mjs or host, or leave it unset (the host when present)`);
}

/** The command line that runs `pulumi <args>` (non-interactive) in a project directory. */
function pulumiCommandLine(pulumiBin, args, env = process.env) {
  const argv = [...args, "--non-interactive"];
  return programRunner(pulumiBin, env) === HOST
    ? [join(pulumiBin, "pulumi"), argv]
    : [process.execPath, [join(__dirname, "pulumi.mjs"), ...argv]];
}

/** The folder of the first `pulumi` on PATH, or undefined. */
function pulumiOnPath(env = process.env) {
  return (env.PATH ?? "").split(":").find((dir) => dir && existsSync(join(dir, "pulumi")));
}

module.exports = { programRunner, pulumiCommandLine, pulumiOnPath, PROGRAM_RUNNER_VARIABLE: VARIABLE };

if (require.main === module) {
  const bin = pulumiOnPath();
  if (!bin) {
    process.stderr.write("program-runner: no pulumi on PATH (source scripts/env.sh first)\n");
    process.exit(1);
  }
  process.stdout.write(`${programRunner(bin)}\n`);
}
