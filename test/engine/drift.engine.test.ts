import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmulator, type RunningEmulator } from "../../emulator";
import { canaryAdminKey } from "../support/canary";
import { adminFetch } from "../support/emulator";
import { pulumiProject, useEmulatorConfig, type PulumiProject } from "../support/pulumi-cli";

// Findings 8, 10 and 11 of issue 15 through the real CLI: every update leaves a state that previews with
// no changes; a change outside Pulumi to a field the program leaves at its default is reported, and set
// back only when the program declares the field; a refresh never succeeds silently with old settings.
// The emulator keeps its organization in a file, so that it can restart with another admin key.
const stateDir = mkdtempSync(join(tmpdir(), "pulumi-anthropic-drift-"));
let emulator: RunningEmulator;
let project: PulumiProject;
let workspaceId: string;
let keyId: string;

const output = async (name: string) => (await project.ok(["stack", "output", name])).trim();
/** The outputs state records for the resource of logical name `name`. */
const recorded = (name: string) =>
  JSON.parse(project.stateFile()).checkpoint.latest.resources.find((r: { urn: string }) => r.urn.endsWith(`::${name}`)).outputs;
const liveKeyStatus = async () => (await adminFetch(emulator, "GET", `/v1/organizations/api_keys/${keyId}`)).body.status;

beforeAll(async () => {
  emulator = await startEmulator({ stateFile: join(stateDir, "organization.json") });
  project = await pulumiProject(join(__dirname, "projects/drift"));
  await useEmulatorConfig(project, emulator);
  await project.ok(["up", "--yes"]);
  workspaceId = await output("workspaceId");
  keyId = await output("keyId");
}, 600_000);

afterAll(async () => {
  project?.dispose();
  await emulator?.close();
  rmSync(stateDir, { recursive: true, force: true });
});

describe("every update leaves a state that previews with no changes", { timeout: 300_000 }, () => {
  test("a workspace with rate limits, renamed in the program: after up, preview --expect-no-changes passes", async () => {
    await project.ok(["preview", "--expect-no-changes"]);
    await project.ok(["config", "set", "workspaceName", "Production EU"]);
    await project.ok(["up", "--yes"]);
    expect(recorded("prod").rateLimits).toEqual({ requestsPerMinute: 1000, outputTokensPerMinute: 20000 });
    await project.ok(["preview", "--expect-no-changes"]);
  });

  test("renamed in the Console: refresh, then the restoring up, then preview --expect-no-changes passes", async () => {
    await emulator.control.patch(workspaceId, { name: "Renamed in Console" });
    await project.ok(["refresh", "--yes"]);
    await project.ok(["up", "--yes"]);
    expect((await emulator.control.state()).workspaces.find((w) => w.id === workspaceId)?.name).toBe("Production EU");
    await project.ok(["preview", "--expect-no-changes"]);
    await project.ok(["refresh", "--yes", "--expect-no-changes"]);
  });
});

describe("a key deactivated in the Console, status left at its default", { timeout: 300_000 }, () => {
  const warning = () => new RegExp(`ApiKey "portal" \\(${keyId}\\): status was changed outside Pulumi from "active" to "inactive"`);

  test("refresh records it and warns; preview warns too; up does not reactivate it", async () => {
    await adminFetch(emulator, "POST", `/v1/organizations/api_keys/${keyId}`, { body: { status: "inactive" } });
    const refresh = await project.ok(["refresh", "--yes"]);
    expect(refresh).toMatch(warning());
    expect(refresh).toContain('declare status: "active" to have `pulumi up` restore it');
    expect(recorded("portal").status).toBe("inactive");

    const preview = await project.ok(["preview", "--expect-no-changes"]);
    expect(preview).toMatch(warning());
    const up = await project.ok(["up", "--yes"]);
    expect(up).toMatch(warning());
    expect(await liveKeyStatus()).toBe("inactive");
  });

  test('with status: "active" declared, preview shows the change and up reactivates the key', async () => {
    await project.ok(["config", "set", "keyStatus", "active"]);
    const preview = await project.ok(["preview", "--diff"]);
    // The engine shows the input the program now declares; the update is what brings the key back.
    expect(preview).toMatch(/~ pulumi-nodejs:dynamic\/anthropic:ApiKey: \(update\)[\s\S]*\+ status\s*: "active"/);
    expect(preview).toContain("~ 1 to update");
    expect(preview).not.toMatch(warning());
    await project.ok(["up", "--yes"]);
    expect(await liveKeyStatus()).toBe("active");
    await project.ok(["preview", "--expect-no-changes"]);
  });
});

describe("refresh after the settings changed", { timeout: 300_000 }, () => {
  test("another baseUrl: refresh fails saying it uses the last up's settings and what to run, reading nothing", async () => {
    const other = await startEmulator({ port: 0 });
    try {
      await project.ok(["config", "set", "anthropic:baseUrl", other.url]);
      await emulator.control.resetRequests();
      const { code, output } = await project.run(["refresh", "--yes"]);
      expect(code).not.toBe(0);
      expect(output).toContain(`the stack config sets anthropic:baseUrl to ${other.url}, but this command was given the settings of the last \`pulumi up\` (${emulator.url})`);
      expect(output).toContain("run `pulumi refresh --run-program` (it uses the current ones) or `pulumi up` first");
      expect(output).not.toMatch(/^\s+at /m);
      expect((await emulator.control.requests()).total).toBe(0);
      expect((await other.control.requests()).total).toBe(0);
    } finally {
      await other.close();
      await project.ok(["config", "set", "anthropic:baseUrl", emulator.url]);
    }
    await project.ok(["refresh", "--yes", "--expect-no-changes"]);
  });

  test("a rotated admin key (the emulator restarted with a new one): refresh says why the 401, and --run-program works", async () => {
    const { url } = emulator;
    await emulator.close();
    const rotated = canaryAdminKey("rotated");
    emulator = await startEmulator({ port: Number(new URL(url).port), adminKey: rotated, stateFile: join(stateDir, "organization.json") });
    await project.ok(["config", "set", "--secret", "anthropic:adminKey", rotated]);
    const { code, output } = await project.run(["refresh", "--yes"]);
    expect(code).not.toBe(0);
    expect(output).toMatch(/401/);
    expect(output).toContain("`pulumi refresh` uses the settings recorded at the last `pulumi up`; if you changed them since, run `pulumi refresh --run-program`");
    expect(output).not.toContain(rotated);
    const runProgram = await project.ok(["refresh", "--run-program", "--yes"]);
    expect(runProgram).not.toMatch(/delete|deleted/);
    await project.ok(["up", "--yes"]);
    await project.ok(["refresh", "--yes", "--expect-no-changes"]);
  });
});
