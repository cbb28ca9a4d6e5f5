import { describe, expect, test } from "vitest";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// bin/pulumi-resource-anthropic, as the engine starts it: with the Node.js on PATH. Too old or missing,
// it says what it needs and stops; new enough, it serves and prints its port (what the engine reads).
const launcher = join(__dirname, "../../bin/pulumi-resource-anthropic");

/** A PATH whose first node is `node`, then the shell's tools. */
function pathWith(node: string): { path: string; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "launcher-path-"));
  symlinkSync(node, join(dir, "node"));
  return { path: `${dir}:/usr/bin:/bin`, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

function run(path: string, until: (out: string) => boolean): Promise<{ code: number | null; out: string }> {
  return new Promise((done) => {
    const child = spawn(launcher, ["127.0.0.1:1"], { env: { PATH: path } });
    let out = "";
    const seen = (chunk: Buffer) => {
      out += chunk;
      if (until(out)) child.kill();
    };
    child.stdout.on("data", seen);
    child.stderr.on("data", seen);
    child.on("close", (code) => done({ code, out }));
  });
}

describe("the plugin's launcher", { timeout: 30_000 }, () => {
  test("with Node 22.19 or newer on PATH it serves, printing the port it listens on", async () => {
    const { path, dispose } = pathWith(process.execPath);
    const { out } = await run(path, (text) => /^\d+\s*$/m.test(text));
    dispose();
    expect(out).toMatch(/^\d+\s*$/m);
  });

  test("with an older Node it says which it needs and which it found, and fails", async () => {
    const old = ["/usr/bin/node", "/bin/node"].find((candidate) => candidate !== process.execPath);
    const { path, dispose } = pathWith(old!);
    const { code, out } = await run(path, () => false);
    dispose();
    expect(code).toBe(1);
    expect(out).toMatch(/needs Node\.js 22\.19 or newer, but 'node' on PATH is v20\.\d+\.\d+/);
  });

  test("with no node at all it says so", async () => {
    // Not even the shell's tools: the machine's /usr/bin and /bin hold a node.
    const { code, out } = await run(mkdtempSync(join(tmpdir(), "launcher-empty-")), () => false);
    expect(code).toBe(1);
    expect(out).toMatch(/no 'node' on PATH; install Node\.js 22\.19 or newer/);
  });
});
