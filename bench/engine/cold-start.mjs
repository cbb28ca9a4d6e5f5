// What `require("pulumi-anthropic")` adds to a program's start: node processes that require only
// @pulumi/pulumi against ones that require both, in turn (A B A B ...), from a project directory.
// Each is timed as a whole process, so Node's own start-up is in both sides and cancels out.
import { spawnSync } from "node:child_process";
import { median, summary } from "./stats.mjs";

function timed(cwd, script) {
  const started = performance.now();
  const result = spawnSync(process.execPath, ["-e", script], { cwd, stdio: ["ignore", "ignore", "pipe"] });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`node -e '${script}' failed: ${result.stderr}`);
  return ms;
}

export function coldStart(cwd, runs) {
  const base = 'require("@pulumi/pulumi")';
  const withPackage = 'require("@pulumi/pulumi"); require("pulumi-anthropic")';
  timed(cwd, base); // warm the page cache
  timed(cwd, withPackage);
  const a = [];
  const b = [];
  for (let i = 0; i < runs; i++) {
    a.push(timed(cwd, base));
    b.push(timed(cwd, withPackage));
  }
  return {
    runs,
    pulumiOnlyMs: summary(a),
    withPackageMs: summary(b),
    // Difference of the medians, and the median of the pairwise differences (robust to drift).
    addedMs: Math.round((median(b) - median(a)) * 10) / 10,
    addedPairwiseMedianMs: Math.round(median(b.map((v, i) => v - a[i])) * 10) / 10,
  };
}
