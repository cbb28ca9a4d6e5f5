import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { EmulatorControl } from "../../emulator";
import type { EmulatorHandle } from "../support/emulator";
import { compiledEmulatorCli } from "../support/emulator-cli";
import { buildGovernedOrganization, governedView, HEADER_VALUE } from "./governed-organization";

// `--state-file`: a restarted CLI serves the organization a stack made, governance and integrations
// included, and the file never holds a secret the API showed once. The bin as shipped (compiled to
// CommonJS, run by node), in its own output folder so this file and cli.test.ts can run side by side.

const ROOT = join(__dirname, "..", "..");
let CLI: string;
const ADMIN_KEY = ["sk-ant-admin01", "state", "file", "test"].join("-");
let child: ChildProcess | undefined;
let dir: string;

beforeAll(async () => {
  CLI = await compiledEmulatorCli("emulator-state-file-test");
  dir = mkdtempSync(join(tmpdir(), "emulator-state-file-"));
});

afterEach(() => {
  if (child?.exitCode === null) child.kill("SIGKILL");
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts the CLI; resolves once it has printed its URL and the OAuth token, or rejects with what it printed. */
async function start(args: string[]): Promise<EmulatorHandle & { output: string }> {
  child = spawn(process.execPath, [CLI, "--port", "0", "--admin-key", ADMIN_KEY, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const deadline = Date.now() + 10_000;
  while (!/anthropic:authToken .*\n/.test(output)) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`CLI did not start: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  const url = /listening on (http:\/\/127\.0\.0\.1:\d+)\n/.exec(output)![1]!;
  const oauthToken = /anthropic:authToken (\S+)\n/.exec(output)![1]!;
  return { url, adminKey: ADMIN_KEY, oauthToken, control: new EmulatorControl(url), output };
}

async function stop(): Promise<void> {
  child!.kill("SIGTERM");
  await once(child!, "exit");
}

describe("pulumi-anthropic-emulator --state-file", () => {
  it("keeps external keys, compliance, RBAC groups and roles, webhooks, telemetry destinations and sign-outs across a restart", async () => {
    const state = join(dir, "governed.json");
    const first = await start(["--empty", "--organization-type", "enterprise", "--state-file", state]);
    const built = await buildGovernedOrganization(first);
    const expected = await governedView(first);
    await stop();

    const text = readFileSync(state, "utf8");
    for (const secret of [...built.signingSecrets, HEADER_VALUE, ADMIN_KEY, first.oauthToken]) expect(text).not.toContain(secret);
    expect(text).toContain(built.externalKeyId);

    // No --organization-type: the file's kind wins over the default (console).
    const second = await start(["--state-file", state]);
    expect(second.output).toContain(`restored from ${state}`);
    expect(await governedView(second)).toEqual(expected);
  });

  it("refuses to start from a file that is not a saved state, naming the field", async () => {
    const state = join(dir, "bad.json");
    const old = JSON.parse(readFileSync(join(ROOT, "test", "engine", "fixtures", "state-v0.1.0", "emulator-state.json"), "utf8"));
    writeFileSync(state, JSON.stringify({ ...old, organizationType: "startup" }));
    await expect(start(["--state-file", state])).rejects.toThrow(/--state-file .*organizationType: /);
  });
});
