import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { join } from "node:path";
import { adminFetch, useEmulator } from "../support/emulator";
import { pulumiProject, useEmulatorConfig, type PulumiProject } from "../support/pulumi-cli";

// Finding 8 of the trust issue: against api.anthropic.com keys can only be adopted, so an adopted key
// takes its value as a secret input, checked against the key's hint, and `key` carries it on.
const emulator = useEmulator({ resetBeforeEach: false });
let project: PulumiProject;
let keyId: string;
let secret: string;
let other: string;

beforeAll(async () => {
  await emulator.control.reset();
  const workspace = await emulator.control.seedWorkspace({ name: "Portal" });
  const mint = async (name: string) =>
    (await adminFetch(emulator, "POST", "/v1/organizations/api_keys", { body: { name, workspace_id: workspace.id } })).body;
  // "Made in the Console": the person copies the value into a secret store once.
  const made = await mint("Console key");
  keyId = made.id;
  secret = made.key;
  other = (await mint("another key")).key;
  project = await pulumiProject(join(__dirname, "projects/console-key"));
  await useEmulatorConfig(project, emulator);
  await project.ok(["config", "set", "consoleKeyId", keyId]);
}, 600_000);

afterAll(() => project?.dispose());

describe("an adopted Console key with its value", { timeout: 180_000 }, () => {
  test("a value that is not this key's fails the preview naming `key`, never echoing the value, with no write", async () => {
    await project.ok(["config", "set", "--secret", "consoleKeyValue", other]);
    await emulator.control.resetRequests();
    const { code, output } = await project.run(["preview"]);
    expect(code).not.toBe(0);
    expect(output).toMatch(/ApiKey resource 'portal'.*key/);
    expect(output).toMatch(/does not match API key apikey_/);
    expect(output).not.toContain(other);
    const byRoute = (await emulator.control.requests()).byRoute;
    expect(Object.keys(byRoute).filter((route) => !route.startsWith("GET "))).toEqual([]);
  });

  test("the right value is carried by `key` as a secret: ciphertext in state, before and after refresh", async () => {
    await project.ok(["config", "set", "--secret", "consoleKeyValue", secret]);
    await project.ok(["up", "--yes"]);
    expect(project.transcript()).not.toContain(secret);
    expect((await project.ok(["stack", "output", "keyValue", "--show-secrets"])).trim()).toBe(secret);
    const shown = project.transcript().length;
    expect((await project.ok(["stack", "output", "keyValue"])).trim()).toBe("[secret]");
    // Adopted without a name: the key keeps the one it was given in the Console.
    expect((await project.ok(["stack", "output", "keyName"])).trim()).toBe("Console key");
    expect(project.stateFile()).not.toContain(secret);
    await project.ok(["refresh", "--yes"]);
    expect(project.stateFile()).not.toContain(secret);
    await project.ok(["preview", "--expect-no-changes"]);
    expect(project.transcript().slice(shown)).not.toContain(secret);
  });

  test("destroy leaves the Console key working", async () => {
    await project.ok(["destroy", "--yes"]);
    const live = await adminFetch(emulator, "GET", `/v1/organizations/api_keys/${keyId}`);
    expect(live.body.status).toBe("active");
  });
});
