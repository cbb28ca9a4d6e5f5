#!/usr/bin/env node
// `npm run pack:plugin`: writes pulumi-resource-anthropic-v<version>.tgz at the repository root, the
// plugin as `pulumi plugin install resource anthropic <version> --file <tarball>` installs it:
//
//   pulumi-resource-anthropic   the launcher (bin/pulumi-resource-anthropic, pointed at ./dist)
//   package.json  schema.json   what the plugin reads its version and schema from
//   dist/provider/              the built provider (no type declarations or source maps)
//   node_modules/               what the provider loads at run time: @pulumi/pulumi, undici, zod, jose
//                               and everything they depend on, as npm laid them out here
//
// The launcher runs it with the `node` on PATH (>= 22.19), so programs in any language need no Node.js
// language host. Prints the tarball's path and size. Run `npm run build` (or source scripts/env.sh) first.
import { execFileSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { runtimeClosure } from "./runtime-closure.mjs";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const manifest = JSON.parse(readFileSync(join(repo, "package.json"), "utf8"));
const tarball = join(repo, `pulumi-resource-anthropic-v${manifest.version}.tgz`);
const main = join(repo, "dist/provider/native/main.js");
if (!existsSync(main)) {
  console.error(`pack-plugin: ${relative(repo, main)} is missing: run \`npm run build\` first`);
  process.exit(1);
}

const stage = mkdtempSync(join(tmpdir(), "pulumi-resource-anthropic-"));
try {
  writeFileSync(join(stage, "pulumi-resource-anthropic"), launcherAtRoot());
  chmodSync(join(stage, "pulumi-resource-anthropic"), 0o755);
  for (const file of ["package.json", "schema.json", "LICENSE"]) cpSync(join(repo, file), join(stage, file));
  cpSync(join(repo, "dist/provider"), join(stage, "dist/provider"), {
    recursive: true,
    filter: (source) => !/\.d\.ts$|\.map$/.test(source),
  });
  const roots = [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})];
  for (const folder of runtimeClosure(repo, roots)) {
    cpSync(join(repo, folder), join(stage, folder), { recursive: true, filter: (source) => !source.startsWith(join(repo, folder, "node_modules")) });
  }
  // Written aside and renamed: a test running meanwhile installs the old tarball or the new, never half of one.
  execFileSync("tar", ["-czf", `${tarball}.${process.pid}`, "-C", stage, "."]);
  renameSync(`${tarball}.${process.pid}`, tarball);
} finally {
  rmSync(stage, { recursive: true, force: true });
}
console.log(`${relative(process.cwd(), tarball) || tarball} (${(statSync(tarball).size / 1e6).toFixed(1)} MB)`);

/**
 * bin/pulumi-resource-anthropic finds the build one folder up (bin/ beside dist/ in the package); in
 * the plugin folder the launcher sits at the root, beside dist/.
 */
function launcherAtRoot() {
  const launcher = readFileSync(join(repo, "bin/pulumi-resource-anthropic"), "utf8");
  const fromBin = '"$dir/../dist/';
  if (!launcher.includes(fromBin)) throw new Error(`pack-plugin: bin/pulumi-resource-anthropic no longer names ${fromBin}...: update launcherAtRoot()`);
  return launcher.split(fromBin).join('"$dir/dist/');
}
