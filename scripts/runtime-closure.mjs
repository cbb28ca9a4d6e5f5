// The installed packages a set of packages needs at run time: each package's folder under
// `<repo>/node_modules` (hoisted or nested, as npm laid them out), following `dependencies`,
// `optionalDependencies` and required `peerDependencies` (not the optional ones: @pulumi/pulumi's
// typescript and ts-node serve programs, not providers), the way Node resolves a
// require() from inside each package. Used to ship the plugin with exactly what it loads.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";

/** Folders (relative to `repo`, e.g. `node_modules/@pulumi/pulumi`) of `roots` and all they depend on. */
export function runtimeClosure(repo, roots) {
  const found = new Set();
  const visit = (name, from, optional) => {
    const folder = resolvePackage(repo, name, from);
    if (!folder) {
      if (optional) return;
      throw new Error(`runtime-closure: ${name} (needed by ${relative(repo, from) || "the package"}) is not installed`);
    }
    const key = relative(repo, folder);
    if (found.has(key)) return;
    found.add(key);
    const manifest = JSON.parse(readFileSync(join(folder, "package.json"), "utf8"));
    for (const dependency of Object.keys(manifest.dependencies ?? {})) visit(dependency, folder, false);
    for (const dependency of Object.keys(manifest.optionalDependencies ?? {})) visit(dependency, folder, true);
    for (const dependency of Object.keys(manifest.peerDependencies ?? {})) {
      if (!manifest.peerDependenciesMeta?.[dependency]?.optional) visit(dependency, folder, false);
    }
  };
  for (const root of roots) visit(root, repo, false);
  return [...found].sort();
}

/** Where require(name) from a file in `from` finds the package: the nearest node_modules/name up to the repo. */
function resolvePackage(repo, name, from) {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return candidate;
    if (dir === repo || dirname(dir) === dir) return undefined;
  }
}
