// `dir/node_modules` as `npm install pulumi-anthropic` leaves it in a user's project: real folders (hard
// links to the repository's installed files, so it costs no copy; a copy where hard links cannot reach),
// with the package itself a copy of its published `files`. Pulumi's closure serializer writes a module
// found under node_modules as a require() of it, and anything else (the repository's own link to its
// checkout) by value, so only programs run from this layout store in each resource what users' stacks
// store. Used by the engine tests and the benchmark.
"use strict";
const { execFileSync } = require("node:child_process");
const { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } = require("node:fs");
const { join } = require("node:path");

const repo = join(__dirname, "..");

exports.installPackageInto = function installPackageInto(dir) {
  const modules = join(dir, "node_modules");
  mkdirSync(dir, { recursive: true });
  try {
    execFileSync("cp", ["-al", join(repo, "node_modules"), modules], { stdio: "pipe" });
  } catch {
    rmSync(modules, { recursive: true, force: true });
    execFileSync("cp", ["-a", join(repo, "node_modules"), modules], { stdio: "pipe" });
  }
  const installed = join(modules, "pulumi-anthropic");
  rmSync(installed, { recursive: true, force: true });
  mkdirSync(installed);
  const manifest = JSON.parse(readFileSync(join(repo, "package.json"), "utf8"));
  cpSync(join(repo, "package.json"), join(installed, "package.json"));
  for (const part of manifest.files) {
    if (existsSync(join(repo, part))) cpSync(join(repo, part), join(installed, part), { recursive: true });
  }
  // npm links each bin into node_modules/.bin and makes it executable when it installs a package. The
  // repository's own install may lack the link (npm ci skips it while dist/ is not built yet), and a fresh
  // build (tsc) writes the file 0644.
  for (const [name, target] of Object.entries(manifest.bin ?? {})) {
    chmodSync(join(installed, target), 0o755);
    const link = join(modules, ".bin", name);
    rmSync(link, { force: true });
    mkdirSync(join(modules, ".bin"), { recursive: true });
    symlinkSync(join("..", "pulumi-anthropic", target), link);
  }
};
