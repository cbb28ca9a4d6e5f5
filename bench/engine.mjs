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
//   engine.providerCpu per operation and arm: CPU ms of the provider processes from when they serve the
//                      engine (node and @pulumi/pulumi loaded) to their end, summed per command; what the
//                      package's code costs beside the host's, apart from the engine's and the other
//                      processes' time (it still spreads by about 150 ms between rounds on a busy machine)
//   engine.goals       each figure next to the target the issue set for it
//   engine.bySize      per operation, the ratio at each N side by side (default N=20 and N=200)
// Both arms run alike: same CLI path, node_modules layout (the package installed as npm installs it, see
// engine/install.mjs), stack config, PULUMI_NODEJS_TRANSPILE_ONLY, and each round alternates which arm
// goes first. Usage: node bench/engine.mjs [--n 20,200] [--rounds 5] (see --help). Run after a build.
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
    node: process.version, nodeModules: layout, env: options.env, sizes: options.sizes, rounds: options.rounds, transpileOnly: true,
  });
  progress(`programs run through ${toolchain.mode === "language-host" ? `the language host (${toolchain.host})` : "scripts/pulumi.mjs"}; temp ${root}`);

  // One project per arm and size; each round runs every size, both arms alternating which goes first.
  const bySize = {};
  for (const n of options.sizes) {
    bySize[n] = { projects: {}, seconds: {}, requestsByRound: {} };
    for (const [name, arm] of Object.entries(arms)) {
      const project = createProject({
        repo, root, name: `${name}-${n}`, program: arm.program(n), toolchain, layout, extraEnv: options.env,
      });
      await project.init();
      // The same stack config in both arms (the bare program ignores it), so config handling costs alike.
      await project.ok(["config", "set", "--secret", "anthropic:adminKey", emulator.adminKey]);
      await project.ok(["config", "set", "anthropic:baseUrl", emulator.url]);
      bySize[n].projects[name] = project;
    }
    for (const [op] of OPERATIONS) {
      bySize[n].seconds[op] = Object.fromEntries(Object.keys(arms).map((name) => [name, []]));
      bySize[n].providerCpu ??= {};
      bySize[n].providerCpu[op] = Object.fromEntries(Object.keys(arms).map((name) => [name, []]));
      bySize[n].requestsByRound[op] = [];
    }
  }

  for (let roundIndex = 0; roundIndex < options.rounds; roundIndex++) {
    const order = roundIndex % 2 === 0 ? Object.keys(arms) : Object.keys(arms).reverse();
    for (const n of options.sizes) {
      const { projects, seconds, requestsByRound } = bySize[n];
      for (const [op, args] of OPERATIONS) {
        for (const name of order) {
          if (name === "package") await emulator.control.resetRequests();
          projects[name].takeProviderCpu();
          const result = await projects[name].ok(args);
          seconds[op][name].push(result.seconds);
          const cpu = projects[name].takeProviderCpu();
          bySize[n].providerCpu[op][name].push({ ms: cpu.reduce((sum, ms) => sum + ms, 0), processes: cpu.length });
          if (name === "package") requestsByRound[op].push(await emulator.control.requests());
          progress(`round ${roundIndex + 1}/${options.rounds} n=${n} ${op} ${name} ${result.seconds.toFixed(2)} s`);
        }
        if (op === "up" && roundIndex === 0) {
          Object.assign(bySize[n], await checkpointFigures(projects, n));
          print({ figure: "engine.state", n, ...bySize[n].state });
        }
      }
      // Every size and round starts from the same organization (destroy archived, not deleted, the workspaces).
      await emulator.control.reset();
    }
  }

  for (const n of options.sizes) {
    const { seconds, requestsByRound } = bySize[n];
    for (const [op] of OPERATIONS) {
      const reports = requestsByRound[op];
      const counts = reports.map((report) => report.total);
      print({
        figure: "engine.requests", op, arm: "package", n, total: reports[0].total,
        perResource: round(reports[0].total / n, 2), sameEveryRound: counts.every((c) => c === counts[0]),
        totalsByRound: counts, byRoute: reports[0].byRoute,
      });
    }
    bySize[n].operations = {};
    for (const [op] of OPERATIONS) {
      const { package: pkg, bare } = seconds[op];
      bySize[n].operations[op] = {
        figure: "engine.operation", op, n, rounds: options.rounds, unit: "s",
        package: summary(pkg), bare: summary(bare),
        ratio: round(median(pkg) / median(bare)),
        // Per round, package over bare run back to back: steadier than the ratio of medians on a busy machine.
        pairRatio: summary(pkg.map((value, i) => value / bare[i])),
      };
      print(bySize[n].operations[op]);
    }
    for (const [op] of OPERATIONS) {
      const { package: pkg, bare } = bySize[n].providerCpu[op];
      print({
        figure: "engine.providerCpu", op, n, rounds: options.rounds, unit: "ms",
        processes: { package: pkg[0].processes, bare: bare[0].processes },
        package: summary(pkg.map((r) => r.ms)), bare: summary(bare.map((r) => r.ms)),
        // Per round, back to back: what the package's provider processes spent beyond the bare ones.
        addedMs: summary(pkg.map((r, i) => r.ms - bare[i].ms)),
      });
    }
  }
  // The sizes side by side: what a fixed cost per provider process does to a small stack and a large one.
  for (const [op] of OPERATIONS) {
    const at = (pick) => Object.fromEntries(options.sizes.map((n) => [n, pick(bySize[n].operations[op])]));
    print({ figure: "engine.bySize", op, ratio: at((o) => o.ratio), worstPairRatio: at((o) => o.pairRatio.max) });
  }

  progress(`cold start: ${options.coldRuns} runs per side`);
  const first = options.sizes[0];
  const cold = coldStart(bySize[first].projects.package.dir, options.coldRuns);
  print({ figure: "engine.coldStart", ...cold });
  const firstCalls = {};
  for (const mode of ["implementation", "serialized"]) {
    progress(`first call (${mode}): ${options.firstCallRuns} fresh processes`);
    firstCalls[mode] = await firstCall({
      cwd: bySize[first].projects.package.dir, emulator, runs: options.firstCallRuns, mode,
      providerFile: bySize[first].providerFiles.package,
    });
    print({ figure: "engine.firstCall", ...firstCalls[mode] });
  }
  print({ figure: "engine.goals", goals: goals({ bySize, cold, first: firstCalls }) });
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
async function checkpointFigures(projects, n) {
  const figures = {};
  const providerFiles = {};
  for (const [name, arm] of Object.entries(arms)) {
    const exported = await projects[name].ok(["stack", "export"]);
    const deployment = JSON.parse(exported.stdout);
    providerFiles[name] = join(root, `${name}-${n}-provider.js`);
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
  return { state: figures, providerFiles };
}
