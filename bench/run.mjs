#!/usr/bin/env node
// `npm run bench`: the per-operation figures (bench/resources.mjs), then the engine comparison against
// bare dynamic resources (bench/engine.mjs). `npm run bench -- --engine-only` or `-- --resources-only`
// runs one of them; every other argument goes to bench/engine.mjs (e.g. `-- --n 1000 --rounds 3`).
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "./engine/args.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const engineOnly = args.includes("--engine-only");
const resourcesOnly = args.includes("--resources-only");
const engineArgs = args.filter((arg) => arg !== "--engine-only" && arg !== "--resources-only");

// A typo in the engine's options fails now, not after the resource figures.
try {
  if (!resourcesOnly) parseArgs(engineArgs);
} catch (error) {
  console.error(error.message);
  process.exit(2);
}

function run(script, scriptArgs) {
  const { status, signal } = spawnSync(process.execPath, [join(here, script), ...scriptArgs], { stdio: "inherit" });
  if (status !== 0) process.exit(status ?? (signal ? 1 : 0));
}

if (!engineOnly) run("resources.mjs", []);
if (!resourcesOnly) run("engine.mjs", engineArgs);
