// The project's node_modules, laid out one of two ways:
//  - "installed" (default): as `npm install pulumi-anthropic` leaves it in a user's project: real folders
//    (hard links to the repository's installed files, so no copy) with the package itself a copy of its
//    published `files`. Pulumi's closure serializer writes a module found under node_modules as a
//    require() of it, and anything else (such as a link to a checkout) by value, so only this layout
//    stores in each resource what users' stacks store.
//  - "linked": a symlink to the repository's node_modules, where pulumi-anthropic links to the checkout.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { join } from "node:path";

export function layNodeModules(repo, dir, layout) {
  const modules = join(dir, "node_modules");
  if (layout === "linked") return symlinkSync(join(repo, "node_modules"), modules);
  try {
    execFileSync("cp", ["-al", join(repo, "node_modules"), modules], { stdio: "pipe" });
  } catch {
    // Another filesystem than the checkout's: hard links cannot cross it.
    rmSync(modules, { recursive: true, force: true });
    execFileSync("cp", ["-a", join(repo, "node_modules"), modules], { stdio: "pipe" });
  }
  const installed = join(modules, "pulumi-anthropic");
  rmSync(installed, { recursive: true, force: true });
  mkdirSync(installed);
  const manifest = JSON.parse(readFileSync(join(repo, "package.json"), "utf8"));
  cpSync(join(repo, "package.json"), join(installed, "package.json"));
  for (const part of manifest.files ?? ["dist"]) {
    if (existsSync(join(repo, part))) cpSync(join(repo, part), join(installed, part), { recursive: true });
  }
}
