import { describe, expect, test } from "vitest";
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pluginTarball } from "../support/native";

// The tarball `npm run pack:plugin` writes, as `pulumi plugin install resource anthropic <version> --file`
// unpacks it into a plugin folder: the launcher at the root, and everything the provider loads inside.
describe("the plugin tarball", { timeout: 180_000 }, () => {
  const tarball = pluginTarball();
  const entries = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8", maxBuffer: 64 << 20 }).split("\n");

  test("holds the launcher, the schema, the built provider and its runtime packages, and no development tool", () => {
    for (const entry of ["./pulumi-resource-anthropic", "./schema.json", "./package.json", "./dist/provider/native/main.js"]) expect(entries).toContain(entry);
    for (const name of ["@pulumi/pulumi", "@grpc/grpc-js", "undici", "zod", "jose", "google-protobuf"]) expect(entries).toContain(`./node_modules/${name}/package.json`);
    for (const name of ["typescript", "vitest", "@anthropic-ai/sdk", "ts-node"]) expect(entries).not.toContain(`./node_modules/${name}/package.json`);
    // The build without its type declarations and source maps, and without the emulator.
    expect(entries.filter((entry) => entry.startsWith("./dist/") && /\.d\.ts$|\.map$|^\.\/dist\/emulator\//.test(entry))).toEqual([]);
  });

  test("unpacked alone, its launcher starts the provider from the folder's own files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "plugin-tarball-"));
    try {
      execFileSync("tar", ["-xzf", tarball, "-C", dir]);
      const launcher = join(dir, "pulumi-resource-anthropic");
      expect(statSync(launcher).mode & 0o111).toBe(0o111);
      expect(readFileSync(launcher, "utf8")).toContain('"$dir/dist/provider/native/main.js"');
      // Nothing outside the folder to fall back on: a missing package fails the start.
      const out = await new Promise<string>((done) => {
        const child = spawn(launcher, ["127.0.0.1:1"], { cwd: dir, env: { PATH: `${join(process.execPath, "..")}:/usr/bin:/bin`, NODE_PATH: "" } });
        let text = "";
        const seen = (chunk: Buffer) => {
          text += chunk;
          if (/^\d+\s*$/m.test(text)) child.kill();
        };
        child.stdout.on("data", seen);
        child.stderr.on("data", seen);
        child.on("close", () => done(text));
      });
      expect(out).toMatch(/^\d+\s*$/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
