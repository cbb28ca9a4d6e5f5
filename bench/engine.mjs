#!/usr/bin/env node
// The package's resources against the floor, through the real Pulumi CLI: N Workspaces ("package") and
// N bare dynamic resources whose provider only returns an id ("bare"), each in a temporary project of
// its own, against the bundled emulator. Prints JSON lines on stdout (progress goes to stderr):
//   engine.toolchain   which way the CLI ran programs (language host, or scripts/pulumi.mjs)
//   engine.coldStart   what require("pulumi-anthropic") adds to require("@pulumi/pulumi"), in ms
//   engine.firstCall   provider first call to the first HTTP request, in ms, with a breakdown
//   engine.state       checkpoint bytes per resource, __provider length, whole checkpoint (after an up)
//   engine.requests    Admin API requests per operation of the package arm, per route
//   engine.operation   per operation and arm: min/median/max seconds and the package/bare ratio
//   engine.goals       each figure next to the target the issue set for it
// Both arms run alike: same CLI path, node_modules layout (the package installed as npm installs it, see
// engine/install.mjs), stack config, PULUMI_NODEJS_TRANSPILE_ONLY, and each round alternates which arm
// goes first. Usage: node bench/engine.mjs [--n 200] [--rounds 5] (see --help). Run after a build.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "./engine/args.mjs";
import { resourceStateFigures } from "./engine/checkpoint.mjs";
import { coldStart } from "./engine/cold-start.mjs";
import { firstCall } from "./engine/first-call.mjs";
import { goals } from "./engine/goals.mjs";
import { arms } from "./engine/programs.mjs";
import { createProject } from "./engine/project.mjs";
import { median, round, summary } from "./engine/stats.mjs";
import { prepareToolchain } from "./engine/toolchain.mjs";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(repo, "package.json"));
const { startEmulator } = require(join(repo, "dist/emulator/index.js"));

let options;
try {
  options = parseArgs(process.argv.slice(2));
} catch (error) {
  console.error(error.message);
  process.exit(2);
}
const print = (figure) => console.log(JSON.stringify(figure));
const progress = (text) => process.stderr.write(`[engine] ${text}\n`);

const OPERATIONS = [
  ["up", ["up", "--yes"]],
  ["preview", ["preview", "--expect-no-changes"]],
  ["refresh", ["refresh", "--yes"]],
  ["destroy", ["destroy", "--yes"]],
];

const layout = options.linked ? "linked" : "installed";
const root = mkdtempSync(join(tmpdir(), "pulumi-anthropic-bench-"));
const emulator = await startEmulator({ port: 0 });
// Ctrl-C reaches the pulumi commands too; leave no temporary projects behind.
process.once("SIGINT", () => {
  if (!options.keep) rmSync(root, { recursive: true, force: true });
  process.exit(130);
});
try {
  const toolchain = prepareToolchain(repo, root, { forceWrapper: options.wrapper });
  print({
    figure: "engine.toolchain", path: toolchain.mode, languageHost: toolchain.host ?? null, pulumi: toolchain.pulumiVersion,
    node: process.version, nodeModules: layout, env: options.env, n: options.n, rounds: options.rounds, transpileOnly: true,
  });
  progress(`programs run through ${toolchain.mode === "language-host" ? `the language host (${toolchain.host})` : "scripts/pulumi.mjs"}; temp ${root}`);

  const projects = {};
  for (const [name, arm] of Object.entries(arms)) {
    const project = createProject({ repo, root, name, program: arm.program(options.n), toolchain, layout, extraEnv: options.env });
    await project.init();
    // The same stack config in both arms (the bare program ignores it), so config handling costs alike.
    await project.ok(["config", "set", "--secret", "anthropic:adminKey", emulator.adminKey]);
    await project.ok(["config", "set", "anthropic:baseUrl", emulator.url]);
    projects[name] = project;
  }

  const seconds = Object.fromEntries(OPERATIONS.map(([op]) => [op, { package: [], bare: [] }]));
  const requestsByRound = Object.fromEntries(OPERATIONS.map(([op]) => [op, []]));
  let state;
  let providerFiles;
  for (let roundIndex = 0; roundIndex < options.rounds; roundIndex++) {
    const order = roundIndex % 2 === 0 ? ["package", "bare"] : ["bare", "package"];
    for (const [op, args] of OPERATIONS) {
      for (const name of order) {
        if (name === "package") await emulator.control.resetRequests();
        const result = await projects[name].ok(args);
        seconds[op][name].push(result.seconds);
        if (name === "package") requestsByRound[op].push(await emulator.control.requests());
        progress(`round ${roundIndex + 1}/${options.rounds} ${op} ${name} ${result.seconds.toFixed(2)} s`);
      }
      if (op === "up" && roundIndex === 0) {
        ({ figures: state, providerFiles } = await checkpointFigures(projects));
        print({ figure: "engine.state", n: options.n, ...state });
      }
    }
    // Every round starts from the same organization (destroy archived, not deleted, the workspaces).
    await emulator.control.reset();
  }

  for (const [op] of OPERATIONS) {
    const reports = requestsByRound[op];
    const counts = reports.map((report) => report.total);
    print({
      figure: "engine.requests", op, arm: "package", n: options.n, total: reports[0].total,
      perResource: round(reports[0].total / options.n, 2), sameEveryRound: counts.every((c) => c === counts[0]),
      totalsByRound: counts, byRoute: reports[0].byRoute,
    });
  }
  const operations = {};
  for (const [op] of OPERATIONS) {
    const { package: pkg, bare } = seconds[op];
    operations[op] = {
      figure: "engine.operation", op, n: options.n, rounds: options.rounds, unit: "s",
      package: summary(pkg), bare: summary(bare),
      ratio: round(median(pkg) / median(bare)),
      // Per round, package over bare run back to back: steadier than the ratio of medians on a busy machine.
      pairRatio: summary(pkg.map((value, i) => value / bare[i])),
    };
    print(operations[op]);
  }

  progress(`cold start: ${options.coldRuns} runs per side`);
  const cold = coldStart(projects.package.dir, options.coldRuns);
  print({ figure: "engine.coldStart", ...cold });
  const first = {};
  for (const mode of ["implementation", "serialized"]) {
    progress(`first call (${mode}): ${options.firstCallRuns} fresh processes`);
    first[mode] = await firstCall({
      cwd: projects.package.dir, emulator, runs: options.firstCallRuns, mode, providerFile: providerFiles.package,
    });
    print({ figure: "engine.firstCall", ...first[mode] });
  }
  print({ figure: "engine.goals", n: options.n, goals: goals({ operations, state, cold, first }) });
} finally {
  await emulator.close();
  if (options.keep) progress(`kept ${root}`);
  else rmSync(root, { recursive: true, force: true });
}

/**
 * After an up: one resource of each arm in the exported checkpoint, and the whole checkpoint's size.
 * Each arm's `__provider` text is saved to a file for the first-call figure, which evaluates it as the
 * provider host does.
 */
async function checkpointFigures(projects) {
  const figures = {};
  const providerFiles = {};
  for (const [name, arm] of Object.entries(arms)) {
    const exported = await projects[name].ok(["stack", "export"]);
    const deployment = JSON.parse(exported.stdout);
    providerFiles[name] = join(root, `${name}-provider.js`);
    writeFileSync(providerFiles[name], deployment.deployment.resources.find((r) => r.type === arm.type).inputs.__provider);
    figures[name] = {
      ...resourceStateFigures(deployment, arm.type),
      checkpointExportBytes: Buffer.byteLength(exported.stdout),
      checkpointFileBytes: projects[name].stateFile().length,
    };
  }
  figures.ratio = {
    resourceBytes: round(figures.package.oneResourceBytes / figures.bare.oneResourceBytes),
    checkpointBytes: round(figures.package.checkpointFileBytes / figures.bare.checkpointFileBytes),
  };
  return { figures, providerFiles };
}
