import { spawn } from "node:child_process";
import { join } from "node:path";
import { expect, test } from "vitest";
import { toolPath } from "../support/pulumi-cli";

// The main job, exactly as `npm run demo` runs it once set up.
test("the demo runs the quickstart end to end and keeps every secret out of its output", { timeout: 300_000 }, async () => {
  const repo = join(__dirname, "../..");
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, [join(repo, "scripts/demo.mjs")], {
      cwd: repo,
      env: { ...process.env, PATH: toolPath(), NO_COLOR: "1" },
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("close", (code) => resolve({ code, output }));
  });
  expect(code, output).toBe(0);
  expect(output).toMatch(/\+ 6 created/);
  expect(output).toMatch(/portalKey\s+\[secret\]/);
  expect(output).toMatch(/\d+\s+POST \/v1\/organizations\/workspaces\n/);
  expect(output).toContain("Write requests during preview: 0");
  expect(output).toMatch(/- 6 deleted/);
  expect(output).toContain("Active objects left behind: 0");
  expect(output).not.toMatch(/sk-ant-(admin|api)\d\d-/);
});
