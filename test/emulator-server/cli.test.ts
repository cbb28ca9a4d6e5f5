import { execFile, spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { compiledEmulatorCli } from "../support/emulator-cli";

// The bin as shipped: emulator/cli.ts compiled to CommonJS with the project's compiler settings, run by node.

let CLI: string;
let child: ChildProcess | undefined;

beforeAll(async () => {
  CLI = await compiledEmulatorCli("emulator-cli-test");
});

afterEach(() => {
  if (child?.exitCode === null) child.kill("SIGKILL");
});

async function start(args: string[]): Promise<{ url: string; output: () => string }> {
  child = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const deadline = Date.now() + 10_000;
  while (!/anthropic:adminKey .*\n/.test(output)) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`CLI did not start: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  const url = /Anthropic Admin API emulator listening on (http:\/\/127\.0\.0\.1:\d+)\n/.exec(output)?.[1];
  if (!url) throw new Error(`no URL in: ${output}`);
  return { url, output: () => output };
}

describe("pulumi-anthropic-emulator", () => {
  it("starts with --port 0 and --admin-key, serves the API with that key, never echoes it, and stops on SIGTERM", async () => {
    const adminKey = "sk-ant-admin01-cli-test-key";
    const { url, output } = await start(["--port", "0", "--admin-key", adminKey]);
    const me = await fetch(`${url}/v1/organizations/me`, { headers: { "x-api-key": adminKey, "anthropic-version": "2023-06-01" } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { type: string }).type).toBe("organization");
    const denied = await fetch(`${url}/v1/organizations/me`, { headers: { "x-api-key": "other", "anthropic-version": "2023-06-01" } });
    expect(denied.status).toBe(401);
    expect(output()).not.toContain(adminKey);

    child!.kill("SIGTERM");
    const [code] = await once(child!, "exit");
    expect(code).toBe(0);
  });

  it("prints the key it generates when none is given", async () => {
    const { url, output } = await start(["--port", "0"]);
    const key = /pulumi config set --secret anthropic:adminKey (sk-ant-admin01-\S+)\n/.exec(output())?.[1];
    expect(output()).toContain(`pulumi config set anthropic:baseUrl ${url}\n`);
    expect(key).toBeDefined();
    const me = await fetch(`${url}/v1/organizations/me`, { headers: { "x-api-key": key!, "anthropic-version": "2023-06-01" } });
    expect(me.status).toBe(200);
  });

  it("--organization-type enterprise emulates a Claude Enterprise organization; Console is the default", async () => {
    const kindOf = async (url: string) => ((await (await fetch(`${url}/_emulator/`)).json()) as { organizationType: string }).organizationType;
    const enterprise = await start(["--port", "0", "--organization-type", "enterprise", "--admin-key", "sk-ant-admin01-cli-kind"]);
    expect(await kindOf(enterprise.url)).toBe("enterprise");
    const effective = await fetch(`${enterprise.url}/v1/organizations/spend_limits/effective`, {
      headers: { authorization: "Bearer sk-ant-admin01-cli-kind", "anthropic-version": "2023-06-01" },
    });
    expect(effective.status).toBe(200);
    child!.kill("SIGTERM");
    await once(child!, "exit");
    expect(await kindOf((await start(["--port", "0"])).url)).toBe("console");
  });

  it("refuses a port that is not a number, and an organization type it does not know, naming the option", async () => {
    for (const [args, option] of [[["--port", "eighty"], "--port"], [["--organization-type", "team"], "--organization-type: 'team'"]] as const) {
      child = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "pipe", "pipe"] });
      let stderr = "";
      child.stderr!.on("data", (chunk) => (stderr += chunk));
      const [code] = await once(child, "exit");
      expect(code).toBe(1);
      expect(stderr).toContain(option);
    }
  });

  it("--help lists every option with its default, and the control surface", async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [CLI, "--help"]);
    for (const text of ["--port N", "(default 8787)", "--host ADDR", "--admin-key KEY", "--seed FILE", "--empty", "--state-file FILE", "/_emulator/", "demo organization", "alice@example.com"]) {
      expect(stdout).toContain(text);
    }
  });

  it("answers the control-surface URL it prints with the index of its routes", async () => {
    const { url, output } = await start(["--port", "0"]);
    expect(output()).toContain(`Control surface: ${url}/_emulator/`);
    const index = (await (await fetch(`${url}/_emulator/`)).json()) as { controlSurface: Array<{ method: string; path: string; what: string }> };
    expect(index.controlSurface).toContainEqual(expect.objectContaining({ method: "POST", path: "/_emulator/invites/{id}/accept" }));
    expect(index.controlSurface.every((r) => r.what.length > 0)).toBe(true);
  });

  it("starts with the demo organization (alice@example.com a member), --empty starts bare, --seed replaces the demo", async () => {
    const adminKey = ["sk-ant-admin01", "cli", "demo", "test"].join("-");
    const headers = { "x-api-key": adminKey, "anthropic-version": "2023-06-01" };
    const members = async (url: string) =>
      ((await (await fetch(`${url}/v1/organizations/users?limit=100`, { headers })).json()) as { data: Array<{ email: string; role: string }> }).data
        .filter((u) => u.role !== "admin").map((u) => u.email).sort();
    const workspaces = async (url: string) =>
      ((await (await fetch(`${url}/v1/organizations/workspaces`, { headers })).json()) as { data: Array<{ name: string }> }).data.map((w) => w.name);

    const demo = await start(["--port", "0", "--admin-key", adminKey]);
    expect(await members(demo.url)).toEqual(["alice@example.com", "carol@example.com"]);
    expect(await workspaces(demo.url)).toEqual(["Sandbox"]);
    expect(demo.output()).toContain("Organization: the demo organization");
    expect(demo.output()).toContain(`workspaces "Sandbox"; 6 weeks of usage in "Sandbox"`);
    child!.kill("SIGTERM");
    await once(child!, "exit");

    const empty = await start(["--port", "0", "--admin-key", adminKey, "--empty"]);
    expect(await members(empty.url)).toEqual([]);
    expect(await workspaces(empty.url)).toEqual([]);
    child!.kill("SIGTERM");
    await once(child!, "exit");

    const dir = mkdtempSync(join(tmpdir(), "emulator-cli-"));
    try {
      const seed = join(dir, "seed.json");
      writeFileSync(seed, JSON.stringify({ users: [{ email: "dana@example.com" }] }));
      const seeded = await start(["--port", "0", "--admin-key", adminKey, "--seed", seed]);
      expect(await members(seeded.url)).toEqual(["dana@example.com"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses --seed with --empty, and a seed file that does not match the format, naming the field", async () => {
    const dir = mkdtempSync(join(tmpdir(), "emulator-cli-"));
    const exitOf = async (args: string[]) => {
      child = spawn(process.execPath, [CLI, "--port", "0", ...args], { stdio: ["ignore", "pipe", "pipe"] });
      let stderr = "";
      child.stderr!.on("data", (chunk) => (stderr += chunk));
      const [code] = await once(child, "exit");
      return { code, stderr };
    };
    try {
      const seed = join(dir, "seed.json");
      writeFileSync(seed, JSON.stringify({ users: [{ email: "not an email" }] }));
      expect(await exitOf(["--seed", seed, "--empty"])).toEqual({ code: 1, stderr: expect.stringContaining("--seed and --empty") });
      expect(await exitOf(["--seed", seed])).toEqual({ code: 1, stderr: expect.stringContaining("users.0.email") });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("keeps no admin key in the state file: a restart without --admin-key prints a new key, and the old one is refused", async () => {
    const dir = mkdtempSync(join(tmpdir(), "emulator-cli-"));
    try {
      const state = join(dir, "state.json");
      const keyOf = (output: string) => /pulumi config set --secret anthropic:adminKey (sk-ant-admin01-\S+)\n/.exec(output)![1]!;
      const tokenOf = (output: string) => /pulumi config set --secret anthropic:authToken (\S+)\n/.exec(output)![1]!;
      const status = async (url: string, key: string) =>
        (await fetch(`${url}/v1/organizations/me`, { headers: { "x-api-key": key, "anthropic-version": "2023-06-01" } })).status;
      const first = await start(["--port", "0", "--state-file", state]);
      const [firstKey, firstToken] = [keyOf(first.output()), tokenOf(first.output())];
      expect(await status(first.url, firstKey)).toBe(200);
      child!.kill("SIGTERM");
      await once(child!, "exit");
      expect(readFileSync(state, "utf8")).not.toContain(firstKey);

      const second = await start(["--port", "0", "--state-file", state]);
      expect(second.output()).toContain(`restored from ${state}`);
      const secondKey = keyOf(second.output());
      expect(secondKey).not.toBe(firstKey);
      expect(tokenOf(second.output())).not.toBe(firstToken);
      expect(await status(second.url, firstKey)).toBe(401);
      expect(await status(second.url, secondKey)).toBe(200);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("starts from a seed file, and keeps the organization in a state file across a restart", async () => {
    const dir = mkdtempSync(join(tmpdir(), "emulator-cli-"));
    try {
      const seed = join(dir, "seed.json");
      const state = join(dir, "state.json");
      writeFileSync(seed, JSON.stringify({ users: [{ email: "alice@example.com", name: "Alice" }], workspaces: [{ name: "Seeded" }] }));
      const adminKey = ["sk-ant-admin01", "cli", "state", "test"].join("-");
      const headers = { "x-api-key": adminKey, "anthropic-version": "2023-06-01", "content-type": "application/json" };
      const first = await start(["--port", "0", "--admin-key", adminKey, "--seed", seed, "--state-file", state]);
      const created = await fetch(`${first.url}/v1/organizations/workspaces`, { method: "POST", headers, body: JSON.stringify({ name: "Made by a stack" }) });
      const workspace = (await created.json()) as { id: string };
      child!.kill("SIGTERM");
      await once(child!, "exit");
      expect(readFileSync(state, "utf8")).toContain(workspace.id);

      const second = await start(["--port", "0", "--admin-key", adminKey, "--state-file", state]);
      const users = (await (await fetch(`${second.url}/v1/organizations/users?email=alice@example.com`, { headers })).json()) as { data: unknown[] };
      expect(users.data).toHaveLength(1);
      const again = await fetch(`${second.url}/v1/organizations/workspaces/${workspace.id}`, { headers });
      expect(((await again.json()) as { name: string }).name).toBe("Made by a stack");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
