import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, expect, test } from "vitest";

// The dynamic provider's process turns on Node's module compile cache (provider/dynamic/compile-cache.ts);
// a program's does not. Fresh Node processes that load the built package by name, as the provider host and
// a program do, report module.getCompileCacheDir() (undefined while the cache is off).
const repo = resolve(__dirname, "../..");
const cacheDir = mkdtempSync(join(tmpdir(), "pulumi-anthropic-compile-cache-"));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

function cacheDirAfter(script: string, env: Record<string, string> = {}): string {
  // NODE_COMPILE_CACHE would turn the cache on in every process; TMPDIR moves the default directory.
  const base: NodeJS.ProcessEnv = { ...process.env, TMPDIR: cacheDir };
  delete base.NODE_COMPILE_CACHE;
  delete base.NODE_DISABLE_COMPILE_CACHE;
  return execFileSync(process.execPath, ["-e", `${script}; console.log(String(require("node:module").getCompileCacheDir()))`], {
    cwd: repo, env: { ...base, ...env }, encoding: "utf8", timeout: 20_000,
  }).trim();
}

test("the provider's entry turns the compile cache on, and later modules are cached in it", () => {
  const dir = cacheDirAfter(`require("pulumi-anthropic/internal/dynamic"); require("zod")`);
  expect(dir).toContain(cacheDir);
  expect(readdirSync(dir).length).toBeGreaterThan(0);
});

test("NODE_DISABLE_COMPILE_CACHE=1 keeps it off", () => {
  expect(cacheDirAfter(`require("pulumi-anthropic/internal/dynamic")`, { NODE_DISABLE_COMPILE_CACHE: "1" })).toBe("undefined");
});

test("a program that imports the package leaves it off", () => {
  expect(cacheDirAfter(`require("pulumi-anthropic")`)).toBe("undefined");
});
