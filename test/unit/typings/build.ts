// The build the typings test packs: rebuilt first when a source is newer than it (as scripts/env.sh
// does before every test run), so the test never checks the typings of an older build.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const repo = join(__dirname, "../../..");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

export function buildIfStale(): void {
  const built = join(repo, "dist/provider/index.js");
  const sources = Math.max(newestSource(join(repo, "provider")), newestSource(join(repo, "emulator")));
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  execFileSync(process.execPath, [join(repo, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.json"], { cwd: repo, stdio: "pipe" });
}
