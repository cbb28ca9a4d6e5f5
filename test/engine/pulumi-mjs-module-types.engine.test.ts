import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { installPackageInto } from "../../scripts/install-package.cjs";
import { machineNetworkEnv } from "../../scripts/child-env.cjs";
import { useEmulator } from "../support/emulator";
import { toolPath } from "../support/pulumi-cli";

// scripts/pulumi.mjs (the stand-in for the Node.js language host) runs a program the way the host does
// whatever its package.json says: `"type": "commonjs"` (what `npm init -y` writes), `"type": "module"`,
// or no type. It is run directly here, whether or not the machine has the host, since that is what it is
// for on machines without one.

const repo = resolve(__dirname, "../..");
const emulator = useEmulator({ resetBeforeEach: false });
const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

const PROGRAM = `import * as pulumi from "@pulumi/pulumi";
import * as anthropic from "pulumi-anthropic";

const sandbox = new anthropic.Workspace("sandbox", { name: new pulumi.Config().require("workspaceName") });
export const workspaceId = sandbox.id;
export const organization = anthropic.getOrganizationOutput().name;
`;

function mjs(dir: string, env: NodeJS.ProcessEnv, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(repo, "scripts/pulumi.mjs"), ...args, "--non-interactive"], { cwd: dir, env });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("close", (code) => done({ code: code ?? 1, output }));
  });
}

describe.each([["commonjs"], ["module"], [undefined]])("scripts/pulumi.mjs with package.json type %s", (type) => {
  test("runs the program through up and destroy", { timeout: 240_000 }, async () => {
    const root = mkdtempSync(join(tmpdir(), "pulumi-mjs-"));
    roots.push(root);
    const dir = join(root, "project");
    mkdirSync(join(root, "backend"), { recursive: true });
    installPackageInto(dir);
    writeFileSync(join(dir, "Pulumi.yaml"), "name: module-type\nruntime: nodejs\n");
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "module-type", version: "1.0.0", main: "index.ts", ...(type ? { type } : {}) }));
    writeFileSync(join(dir, "index.ts"), PROGRAM);
    const env: NodeJS.ProcessEnv = {
      ...machineNetworkEnv(), PATH: toolPath(), HOME: process.env.HOME, NO_COLOR: "1",
      PULUMI_HOME: join(root, "home"), PULUMI_BACKEND_URL: `file://${join(root, "backend")}`, PULUMI_CONFIG_PASSPHRASE: "module-type",
      PULUMI_SKIP_UPDATE_CHECK: "true", PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
    };
    const ok = async (args: string[]) => {
      const result = await mjs(dir, env, args);
      if (result.code !== 0) throw new Error(`pulumi ${args.join(" ")} exited ${result.code}:\n${result.output}`);
      return result.output;
    };
    await ok(["stack", "init", "dev"]);
    await ok(["config", "set", "anthropic:baseUrl", emulator.url]);
    await ok(["config", "set", "--secret", "anthropic:adminKey", emulator.adminKey]);
    await ok(["config", "set", "workspaceName", `type ${type ?? "none"}`]);

    await ok(["up", "--yes"]);
    const outputs = JSON.parse(await ok(["stack", "output", "--json"])) as { workspaceId: string; organization: string };
    expect(outputs.workspaceId).toMatch(/^wrkspc_/);
    expect(outputs.organization.length).toBeGreaterThan(0);
    const live = (await emulator.control.state()).workspaces.find((w) => w.id === outputs.workspaceId);
    expect(live?.name).toBe(`type ${type ?? "none"}`);
    expect(await ok(["preview", "--expect-no-changes"])).toContain("unchanged");

    await ok(["destroy", "--yes"]);
    expect((await emulator.control.state()).workspaces.find((w) => w.id === outputs.workspaceId)?.archived_at).toBeTruthy();
  });
});
