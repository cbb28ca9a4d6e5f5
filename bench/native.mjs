#!/usr/bin/env node
// The native provider against the dynamic path and the floor, in one run through the real CLI: N
// Workspaces through the generated Node.js SDK and the plugin ("native"), N dynamic Workspaces
// ("package") and N bare dynamic resources ("bare", see engine/programs.mjs), against the emulator.
// Prints JSON lines on stdout (progress on stderr):
//   native.operation   per operation: min/median/max seconds per arm, native/bare and native/package
//   native.state       checkpoint bytes per resource of each arm
//   native.coldStart   the plugin process, exec to listening (the port on stdout), in ms
//   native.goals       the targets next to the figures
// Usage: node bench/native.mjs [--n 200] [--rounds 3]. Run after a build (`npm run bench -- --native-only`).
import { execFileSync, spawn } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { resourceStateFigures } from "./engine/checkpoint.mjs";
import { arms as dynamicArms } from "./engine/programs.mjs";
import { createProject } from "./engine/project.mjs";
import { median, round, summary } from "./engine/stats.mjs";
import { prepareToolchain } from "./engine/toolchain.mjs";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const { startEmulator } = createRequire(join(repo, "package.json"))(join(repo, "dist/emulator/index.js"));
const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} takes a positive whole number`);
  return value;
};
const n = option("n", 200);
const rounds = option("rounds", 3);
const print = (figure) => console.log(JSON.stringify(figure));
const progress = (text) => process.stderr.write(`[native] ${text}\n`);

const arms = {
  native: {
    type: "anthropic:index:Workspace",
    program: (count) => `import * as anthropic from "@pulumi-anthropic/anthropic";

for (let i = 0; i < ${count}; i++) {
  new anthropic.Workspace(\`n\${i}\`, { name: \`n\${i}\` });
}
`,
  },
  package: dynamicArms.package,
  bare: dynamicArms.bare,
};
const OPERATIONS = [["up", ["up", "--yes"]], ["preview", ["preview", "--expect-no-changes"]], ["refresh", ["refresh", "--yes"]], ["destroy", ["destroy", "--yes"]]];

const root = mkdtempSync(join(tmpdir(), "pulumi-anthropic-bench-native-"));
const emulator = await startEmulator({ port: 0 });
try {
  const toolchain = prepareToolchain(repo, root);
  progress(`generating the Node.js SDK; temp ${root}`);
  execFileSync(process.execPath, [join(repo, "scripts/gen-sdk.mjs"), "--out", join(root, "sdk"), "nodejs"], { stdio: ["ignore", "ignore", "inherit"] });
  const projects = {};
  for (const [name, arm] of Object.entries(arms)) {
    const project = createProject({ repo, root, name, program: arm.program(n), toolchain, layout: "installed" });
    if (name === "native") {
      cpSync(join(root, "sdk/nodejs/bin"), join(project.dir, "node_modules/@pulumi-anthropic/anthropic"), { recursive: true });
      appendFileSync(join(project.dir, "Pulumi.yaml"), `plugins:\n  providers:\n    - name: anthropic\n      path: ${join(repo, "bin")}\n`);
    }
    await project.init();
    await project.ok(["config", "set", "--secret", "anthropic:adminKey", emulator.adminKey]);
    await project.ok(["config", "set", "anthropic:baseUrl", emulator.url]);
    projects[name] = project;
  }

  const seconds = Object.fromEntries(OPERATIONS.map(([op]) => [op, { native: [], package: [], bare: [] }]));
  const state = {};
  const names = Object.keys(arms);
  for (let r = 0; r < rounds; r++) {
    // Each round starts with another arm, so that none always runs first on a cold cache.
    const order = names.map((_, i) => names[(i + r) % names.length]);
    for (const [op, args] of OPERATIONS) {
      for (const name of order) {
        const result = await projects[name].ok(args);
        seconds[op][name].push(result.seconds);
        progress(`round ${r + 1}/${rounds} ${op} ${name} ${result.seconds.toFixed(2)} s`);
        if (op === "up" && r === 0) {
          const figures = resourceStateFigures(JSON.parse((await projects[name].ok(["stack", "export"])).stdout), arms[name].type);
          state[name] = { oneResourceBytes: figures.oneResourceBytes, medianResourceBytes: figures.medianResourceBytes, checkpointFileBytes: projects[name].stateFile().length };
        }
      }
    }
    await emulator.control.reset();
  }

  const operations = {};
  for (const [op] of OPERATIONS) {
    const { native, package: pkg, bare } = seconds[op];
    operations[op] = {
      figure: "native.operation", op, n, rounds, unit: "s",
      native: summary(native), package: summary(pkg), bare: summary(bare),
      nativeOverBare: round(median(native) / median(bare)), nativeOverPackage: round(median(native) / median(pkg)),
    };
    print(operations[op]);
  }
  print({ figure: "native.state", n, ...state });
  const cold = await pluginColdStart(5);
  print({ figure: "native.coldStart", runs: 5, ms: summary(cold) });
  const goal = (op) => ({ nativeOverBare: operations[op].nativeOverBare, target: 1.0, met: operations[op].nativeOverBare <= 1.0 && operations[op].nativeOverPackage <= 1.0 });
  print({
    figure: "native.goals", n,
    up: goal("up"), preview: goal("preview"), refresh: goal("refresh"),
    stateSmallest: state.native.medianResourceBytes < Math.min(state.package.medianResourceBytes, state.bare.medianResourceBytes),
  });
} finally {
  await emulator.close();
  rmSync(root, { recursive: true, force: true });
}

/** Milliseconds from starting bin/pulumi-resource-anthropic to the port it prints once listening. */
async function pluginColdStart(runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    // An engine address that answers nothing: the provider listens and prints its port first.
    const child = spawn(join(repo, "bin/pulumi-resource-anthropic"), ["127.0.0.1:9"], { stdio: ["ignore", "pipe", "ignore"] });
    await new Promise((resolve, reject) => {
      child.stdout.once("data", resolve);
      child.once("exit", (code) => reject(new Error(`the plugin exited ${code} before listening`)));
    });
    times.push(performance.now() - started);
    child.kill();
  }
  return times;
}
