// Which way the benchmark runs the Pulumi CLI, and a bin folder that holds exactly what it needs.
//
// Users run `pulumi up` in a project directory: the CLI starts the Node.js language host, which runs the
// program, and the engine starts the dynamic-provider launcher. Both plugins are looked for next to the
// `pulumi` binary, so all three are linked into one temporary bin folder put first on PATH. Where the
// language host is missing, programs run through scripts/pulumi.mjs (the inline-program wrapper) instead.
import { execFileSync } from "node:child_process";
import { accessSync, constants, copyFileSync, existsSync, linkSync, mkdirSync } from "node:fs";
import { delimiter, dirname, join } from "node:path";

const HOST = "pulumi-language-nodejs";
const LAUNCHER = "pulumi-resource-pulumi-nodejs";

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function linkOrCopy(from, to) {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to, constants.COPYFILE_FICLONE);
  }
}

/** The language host on PATH, else the build the machines keep beside the project root (see TOOLCHAIN.md). */
export function findLanguageHost(repo) {
  const candidates = [
    ...(process.env.PATH ?? "").split(delimiter).filter(Boolean).map((dir) => join(dir, HOST)),
    join(repo, "..", "shared", "tools", HOST),
    join("/work/shared/tools", HOST),
  ];
  return candidates.find(executable);
}

/**
 * Puts pulumi, the dynamic-provider launcher and (unless `forceWrapper`) the language host into
 * `<root>/bin`. Returns how commands are run: `spawnArgs(args)` gives [file, argv] for `pulumi <args>`.
 */
export function prepareToolchain(repo, root, { forceWrapper = false } = {}) {
  const pulumiDir = execFileSync("bash", [join(repo, "scripts/setup-pulumi.sh")], { encoding: "utf8" }).trim();
  const bin = join(root, "bin");
  mkdirSync(bin, { recursive: true });
  // A hard link (else a copy), not a symlink: the CLI looks for plugins beside its resolved path, and
  // one found elsewhere on PATH makes it print a warning into every command's output.
  linkOrCopy(join(pulumiDir, "pulumi"), join(bin, "pulumi"));
  const launcher = join(repo, "node_modules/@pulumi/pulumi", LAUNCHER);
  if (!existsSync(launcher)) throw new Error(`${launcher} is missing: run npm ci`);
  linkOrCopy(launcher, join(bin, LAUNCHER));
  const host = forceWrapper ? undefined : findLanguageHost(repo);
  if (host) linkOrCopy(host, join(bin, HOST));
  const version = execFileSync(join(bin, "pulumi"), ["version"], { encoding: "utf8" }).trim();
  // The node that runs this script runs the programs and the dynamic provider too (Node >= 22).
  const path = [bin, dirname(process.execPath), process.env.PATH].join(delimiter);
  const wrapper = join(repo, "scripts/pulumi.mjs");
  return {
    mode: host ? "language-host" : "inline-wrapper",
    host,
    pulumiVersion: version,
    path,
    spawnArgs: (args) => (host ? [join(bin, "pulumi"), args] : [process.execPath, [wrapper, ...args]]),
  };
}
