#!/usr/bin/env node
// `npm run bench`: the per-operation figures (bench/resources.mjs), then the engine comparison against
// bare dynamic resources (bench/engine.mjs), then the native provider (bench/native.mjs). `npm run bench --
// --engine-only`, `-- --resources-only` or `-- --native-only` runs one of them; every other argument goes to
// that one's script (bench/engine.mjs by default, e.g. `-- --n 1000 --rounds 3`).
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "./engine/args.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const engineOnly = args.includes("--engine-only");
const resourcesOnly = args.includes("--resources-only");
// The native provider against the dynamic path (bench/native.mjs): after the rest, or alone with its own --n/--rounds.
const nativeOnly = args.includes("--native-only");
const engineArgs = args.filter((arg) => arg !== "--engine-only" && arg !== "--resources-only");
if (nativeOnly) {
  run("native.mjs", args.filter((arg) => arg !== "--native-only"));
  process.exit(0);
}

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
if (!engineOnly && !resourcesOnly) run("native.mjs", []);
