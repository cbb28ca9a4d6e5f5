import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { canaryAdminKey } from "../support/canary";
import { adminFetch, useEmulator, type EmulatorHandle } from "../support/emulator";
import { useNativePlugin } from "../support/native-plugin";
import { pulumiProject, useEmulatorConfig, type PulumiProject } from "../support/pulumi-cli";

// The native plugin (pulumi-resource-anthropic) through the real CLI: the default provider and three
// explicit ones (two of the default provider's organization, one of another), `pulumi import` and the
// import option, a member moved between explicit providers of one organization and renamed without an
// alias under one (the engine runs one plugin process per provider instance), secrets only as ciphertext.
const one = useEmulator({ resetBeforeEach: false, adminKey: canaryAdminKey("native1"), seed: { organization: { name: "One" } } });
const two = useEmulator({ resetBeforeEach: false, adminKey: canaryAdminKey("native2"), seed: { organization: { name: "Two" } } });
let project: PulumiProject;
let erinId: string;

const output = async (name: string) => JSON.parse(await project.ok(["stack", "output", name, "--json"]));
const state = () => JSON.parse(project.stateFile()).checkpoint.latest.resources as Array<{ urn: string; inputs?: object; outputs?: object }>;
const resource = (name: string) => state().find((r) => r.urn.endsWith(`::${name}`));
const activeWorkspaces = async (emulator: EmulatorHandle) => {
  const live = await emulator.control.state();
  return live.workspaces.filter((w) => !w.archived_at && w.id !== live.defaultWorkspaceId).map((w) => w.name).sort();
};
const isMember = async (workspaceId: string) => (await adminFetch(one, "GET", `/v1/organizations/workspaces/${workspaceId}/members/${erinId}`)).status === 200;
const writes = async (emulator: EmulatorHandle) =>
  (await emulator.control.requests()).log.filter((r) => r.method !== "GET").map((r) => `${r.method} ${r.route}`);

beforeAll(async () => {
  await one.control.reset();
  await two.control.reset();
  [{ id: erinId }] = await one.control.seedUsers([{ email: "erin@example.com", name: "Erin", role: "developer" }]);
  project = await pulumiProject(join(__dirname, "projects/native"));
  await useNativePlugin(project);
  await useEmulatorConfig(project, one);
  await project.ok(["config", "set", "--secret", "orgOneKey", one.adminKey]);
  await project.ok(["config", "set", "orgOneUrl", one.url]);
  await project.ok(["config", "set", "--secret", "orgTwoKey", two.adminKey]);
  await project.ok(["config", "set", "orgTwoUrl", two.url]);
  await project.ok(["config", "set", "erinId", erinId]);
}, 600_000);

afterAll(() => project?.dispose());

describe("the native provider with explicit providers", { timeout: 300_000 }, () => {
  test("up creates each resource in its provider's organization; preview, refresh and preview again change nothing", async () => {
    const up = await project.ok(["up", "--yes"]);
    expect(up).toMatch(/\+ 8 created/);
    expect(await activeWorkspaces(one)).toEqual(["Production"]);
    expect(await activeWorkspaces(two)).toEqual(["sandbox"]);
    expect(await output("sandboxNames")).toEqual(["sandbox"]);
    expect(await isMember(await output("prodId"))).toBe(true);
    expect(resource("portal")).toMatchObject({ urn: expect.stringContaining("anthropic:index:ApiKey") });
    await project.ok(["preview", "--expect-no-changes"]);
    await project.ok(["refresh", "--yes"]);
    await project.ok(["preview", "--expect-no-changes"]);
  });

  test("secrets are ciphertext in state and appear in no command's output", async () => {
    const stateText = project.stateFile();
    const printed = project.transcript();
    // Asked for on purpose, after the transcript so far was taken: the key's value itself.
    const key = JSON.parse(await project.ok(["stack", "output", "portalKey", "--show-secrets", "--json"]));
    expect(key).toMatch(/^sk-ant-api03-/);
    for (const secret of [one.adminKey, two.adminKey, key]) {
      expect(stateText).not.toContain(secret);
      expect(printed).not.toContain(secret);
    }
    const outputs = resource("portal")!.outputs as Record<string, unknown>;
    expect(outputs.key).toMatchObject({ ciphertext: expect.any(String) });
    expect(await output("portalKey")).toBe("[secret]");
  });

  test("pulumi import records the live inputs, writes nothing, and the code it prints previews with no changes", async () => {
    const made = await adminFetch(one, "POST", "/v1/organizations/workspaces", { body: { name: "Made In Console" } });
    await one.control.resetRequests();
    const out = join(project.dir, "imported.ts");
    await project.ok(["import", "anthropic:index:Workspace", "imported", made.body.id, "--yes", "--out", out]);
    expect(await writes(one)).toEqual([]);
    // The workspace's live settings, as the emulator made them with its defaults, not only its name.
    const live = { allowedInferenceGeos: "unrestricted", defaultInferenceGeo: "global", displayColor: made.body.display_color, name: "Made In Console", tags: {}, workspaceGeo: "us" };
    const printed = readFileSync(out, "utf8");
    expect(printed).toMatch(/new anthropic\.Workspace\("imported", \{[\s\S]*?\n\}, \{\s*protect: true,?\s*\}\)/);
    expect(printed).toContain("tags: {},");
    for (const [field, value] of Object.entries(live)) if (typeof value === "string") expect(printed).toContain(`${field}: "${value}"`);
    expect(resource("imported")!.inputs).toEqual(live);
    await project.ok(["config", "set", "importedInputs", JSON.stringify(live)]);
    await project.ok(["preview", "--expect-no-changes"]);
  });

  test("the import option under an explicit provider adopts the object in that provider's organization", async () => {
    const made = await adminFetch(two, "POST", "/v1/organizations/workspaces", { body: { name: "Two Console" } });
    await two.control.resetRequests();
    await project.ok(["config", "set", "importOptionId", made.body.id]);
    await project.ok(["config", "set", "importOptionName", "Two Console"]);
    const up = await project.ok(["up", "--yes"]);
    expect(up).toMatch(/Workspace adopted imported/);
    expect(await writes(two)).toEqual([]);
    await project.ok(["preview", "--expect-no-changes"]);
  });

  test("a member moved to another explicit provider of the same organization stays a member, replacing nothing", async () => {
    const prodId = await output("prodId");
    await project.ok(["config", "set", "memberProvider", "alsoOne"]);
    const up = await project.ok(["up", "--yes"]);
    // The new provider's DiffConfig asks for no replacement: the member stays, now under also-one.
    expect(up).not.toMatch(/replaced|deleted|created/);
    expect(await isMember(prodId)).toBe(true);
    expect((resource("erin") as { provider?: string }).provider).toMatch(/::also-one::/);
    await project.ok(["preview", "--expect-no-changes"]);
  });

  test("renamed without an alias and moved back in one up: the delete, in the other provider's process, keeps the member", async () => {
    const prodId = await output("prodId");
    await project.ok(["config", "set", "memberName", "erin-renamed"]);
    await project.ok(["config", "set", "memberProvider", "one"]);
    const up = await project.ok(["up", "--yes"]);
    // Created under `one` (taking the membership over), the old erin deleted under `also-one`: two plugin processes.
    expect(up).toMatch(/WorkspaceMember erin-renamed created/);
    expect(up).toMatch(/WorkspaceMember erin deleted/);
    expect(up).toMatch(/was not removed: another resource of this stack now manages it/);
    expect(await isMember(prodId)).toBe(true);
    expect(resource("erin")).toBeUndefined();
    await project.ok(["preview", "--expect-no-changes"]);
  });

  test("a rename without an alias under one explicit provider keeps the member", async () => {
    const prodId = await output("prodId");
    await project.ok(["config", "set", "memberName", "erin-again"]);
    const up = await project.ok(["up", "--yes"]);
    expect(up).toMatch(/was not removed: another resource of this stack now manages it/);
    expect(await isMember(prodId)).toBe(true);
    expect(resource("erin-renamed")).toBeUndefined();
    await project.ok(["preview", "--expect-no-changes"]);
  });

  test("destroy removes what the stack manages in both organizations", async () => {
    const prodId = await output("prodId");
    await project.ok(["state", "unprotect", "--all", "--yes"]);
    await project.ok(["destroy", "--yes"]);
    expect(await activeWorkspaces(one)).toEqual([]);
    expect(await activeWorkspaces(two)).toEqual([]);
    expect(await isMember(prodId)).toBe(false);
    for (const secret of [one.adminKey, two.adminKey]) expect(project.transcript()).not.toContain(secret);
  });
});
