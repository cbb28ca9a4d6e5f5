#!/usr/bin/env node
// The main job: `pulumi up` of examples/quickstart against the bundled Admin API emulator, then the outputs
// (the key stays a secret), the emulator's request counts per route, a preview that must show no
// changes, and `pulumi destroy`. Everything runs in a throw-away backend and PULUMI_HOME.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { randomBytes } from "node:crypto";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const example = join(repo, "examples", "quickstart");
const { startEmulator } = createRequire(import.meta.url)(join(repo, "dist", "emulator", "index.js"));

const scratch = mkdtempSync(join(tmpdir(), "pulumi-anthropic-demo-"));
const env = {
  ...process.env,
  PULUMI_HOME: join(scratch, "home"),
  PULUMI_BACKEND_URL: `file://${scratch}`,
  PULUMI_CONFIG_PASSPHRASE: randomBytes(16).toString("hex"),
  PULUMI_SKIP_UPDATE_CHECK: "true",
  PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
};
delete env.ANTHROPIC_ADMIN_KEY; // the demo talks to the emulator only

function heading(text) {
  process.stdout.write(`\n=== ${text}\n`);
}

// With the Node.js language host beside the CLI (scripts/env.sh puts it there when the machine has a build
// of it), `pulumi` runs the program as on a user's machine; without it (or with
// PULUMI_ANTHROPIC_PROGRAMS=pulumi.mjs), scripts/pulumi.mjs serves it inline.
const { programRunner, pulumiCommandLine, pulumiOnPath } = createRequire(import.meta.url)("./program-runner.cjs");
const pulumiDir = pulumiOnPath();
if (!pulumiDir) throw new Error("no pulumi on PATH: run the demo with `npm run demo`, which sets it up");

/** Runs the Pulumi CLI in the example directory; async, because this process also serves the emulator. */
function pulumi(args, { quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const [command, argv] = pulumiCommandLine(pulumiDir, args);
    const child = spawn(command, argv, {
      cwd: example,
      env,
      stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    });
    let output = "";
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) return resolve(output);
      if (quiet) process.stderr.write(output);
      reject(new Error(`pulumi ${args[0]} failed (exit ${code})`));
    });
  });
}

const emulator = await startEmulator({ port: 0 });
let stackCreated = false;
try {
  heading(`Admin API emulator at ${emulator.url}`);
  process.stdout.write(programRunner(pulumiDir) === "language host" ? "Programs run by the Node.js language host, as on a user's machine.\n" : "Programs run by scripts/pulumi.mjs (no language host beside the Pulumi CLI, or PULUMI_ANTHROPIC_PROGRAMS=pulumi.mjs).\n");
  await emulator.control.seedUsers([{ email: "alice@example.com", name: "Alice", role: "user" }]);
  process.stdout.write("Seeded alice@example.com, the existing member the quickstart manages.\n");

  await pulumi(["stack", "init", "demo"], { quiet: true });
  stackCreated = true;
  // The admin key goes in as a secret; it never appears on a command line the demo prints.
  await pulumi(["config", "set", "--secret", "anthropic:adminKey", emulator.adminKey], { quiet: true });
  await pulumi(["config", "set", "anthropic:baseUrl", emulator.url], { quiet: true });

  heading("pulumi up");
  await pulumi(["up", "--yes", "--skip-preview"]);

  heading("pulumi stack output (the key is a secret output)");
  await pulumi(["stack", "output"]);

  heading("Admin API requests the emulator served, by route");
  const { total, byRoute } = await emulator.control.requests();
  for (const [route, count] of Object.entries(byRoute).sort()) process.stdout.write(`${String(count).padStart(5)}  ${route}\n`);
  process.stdout.write(`${String(total).padStart(5)}  total\n`);

  heading("pulumi preview --expect-no-changes");
  await emulator.control.resetRequests();
  await pulumi(["preview", "--expect-no-changes"]);
  const writes = (await emulator.control.requests()).log.filter((r) => r.method !== "GET").length;
  process.stdout.write(`Write requests during preview: ${writes}\n`);
  if (writes !== 0) throw new Error("preview wrote to the organization");

  heading("pulumi destroy");
  await pulumi(["destroy", "--yes", "--skip-preview"]);
  const state = await emulator.control.state();
  const active = [
    ...state.workspaces.filter((w) => w.id !== state.defaultWorkspaceId && !w.archived_at),
    ...state.apiKeys.filter((k) => k.status === "active"),
    ...state.invites.filter((i) => i.status === "pending"),
  ];
  process.stdout.write(`Active objects left behind: ${active.length}\n`);
  if (active.length !== 0) throw new Error("destroy left active objects behind");
  heading("Demo finished");
} finally {
  if (stackCreated) {
    try {
      await pulumi(["stack", "rm", "demo", "--yes", "--force"], { quiet: true });
    } catch {
      // the scratch backend is removed below either way
    }
  }
  await emulator.close();
  rmSync(scratch, { recursive: true, force: true });
}
