import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const repo = resolve(__dirname, "../..");

/**
 * `dir/node_modules` as `npm install pulumi-anthropic` lays it out in a user's project: real folders
 * (hard links to the repository's installed files, so it costs no copy), with the package itself as a
 * copy of its `files` (package.json and dist/). The repository's own node_modules links the package to
 * the checkout, a path outside node_modules, which Pulumi's closure serializer treats as local code;
 * programs run from a layout like this store what users' programs store.
 */
export function installPackageInto(dir: string): void {
  const modules = join(dir, "node_modules");
  mkdirSync(dir, { recursive: true });
  execFileSync("cp", ["-al", join(repo, "node_modules"), modules]);
  const installed = join(modules, "pulumi-anthropic");
  rmSync(installed, { recursive: true, force: true });
  mkdirSync(installed);
  cpSync(join(repo, "package.json"), join(installed, "package.json"));
  for (const part of ["dist/provider", "dist/emulator"]) cpSync(join(repo, part), join(installed, part), { recursive: true });
  writeFileSync(join(installed, ".installed-by-tests"), "a copy of the built package, as npm installs it\n");
}
