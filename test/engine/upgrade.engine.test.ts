import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { EmulatorState } from "../../emulator";
import { useEmulator } from "../support/emulator";
import { pulumiProjectFromSaved, type PulumiProject } from "../support/pulumi-cli";

// A stack made by pulumi-anthropic 0.1.0 (fixtures/state-v0.1.0, see make-fixture.mjs there), managed by
// the code of this checkout. Every resource's state holds a serialized provider that loads
// `pulumi-anthropic/internal/dynamic` by name, and inputs and outputs in the shape 0.1.0 wrote: both are a
// contract with every stack ever made. An upgrade alone must change nothing.
const fixture = join(__dirname, "fixtures/state-v0.1.0");
const manifest = JSON.parse(readFileSync(join(fixture, "manifest.json"), "utf8")) as {
  packageVersion: string; stack: string; adminKey: string; passphrase: string;
  placeholders: { emulatorUrl: string; projectDir: string };
};
const emulator = useEmulator({ adminKey: manifest.adminKey, resetBeforeEach: false });
let project: PulumiProject;

interface StateResource {
  urn: string;
  type: string;
  id?: string;
  inputs?: Record<string, unknown>;
  outputs?: Record<string, unknown>;
}

const DAY = 24 * 3_600_000;
const DYNAMIC_METHODS = ["configure", "check", "diff", "create", "read", "update", "delete"];
const fixtureStack = () => JSON.parse(readFileSync(join(fixture, "stack.json"), "utf8"));
const fixtureResources = (): StateResource[] => fixtureStack().deployment.resources;
const dynamicResources = () => fixtureResources().filter((r) => r.type.startsWith("pulumi-nodejs:dynamic/"));
const byName = (name: string) => dynamicResources().find((r) => r.urn.endsWith(`::${name}`))!;
const stateResources = (): StateResource[] => JSON.parse(project.stateFile()).checkpoint.latest?.resources ?? [];

const fill = (text: string, dir: string) =>
  text.split(manifest.placeholders.emulatorUrl).join(emulator.url).split(manifest.placeholders.projectDir).join(dir);

const writes = (byRoute: Record<string, number>) =>
  Object.entries(byRoute).filter(([route]) => !route.startsWith("GET ")).map(([route]) => route);

/** The saved organization, served again. Its invite would expire 21 days after the fixture was made. */
function savedOrganization(): EmulatorState {
  const state = JSON.parse(readFileSync(join(fixture, "emulator-state.json"), "utf8")) as EmulatorState;
  for (const invite of state.invites) {
    if (invite.status === "pending") invite.expires_at = new Date(Date.now() + 7 * DAY).toISOString();
  }
  return state;
}

beforeAll(async () => {
  await emulator.control.restore(savedOrganization());
  project = await pulumiProjectFromSaved(fixture, {
    files: ["Pulumi.yaml", `Pulumi.${manifest.stack}.yaml`, "index.ts", "package.json"],
    stack: manifest.stack,
    passphrase: manifest.passphrase,
    substitutions: (dir) => ({ [manifest.placeholders.emulatorUrl]: emulator.url, [manifest.placeholders.projectDir]: dir }),
  });
  const exported = join(project.dir, "..", "v0.1.0-stack.json");
  writeFileSync(exported, fill(readFileSync(join(fixture, "stack.json"), "utf8"), project.dir));
  await project.ok(["stack", "import", "--file", exported]);
}, 600_000);

afterAll(() => {
  project?.dispose();
});

describe(`a stack made by pulumi-anthropic ${manifest.packageVersion}, under the current code`, { timeout: 180_000 }, () => {
  test("the fixture is what 0.1.0 wrote: five resources, the key as ciphertext, the endpoint in the default provider", () => {
    expect(dynamicResources().map((r) => r.urn.split("::").at(-1)).sort()).toEqual(["alice", "alice-prod", "bob", "portal", "prod"]);
    expect(byName("portal").outputs?.key).toHaveProperty("ciphertext");
    // The endpoint is recorded once, in the default provider's inputs (the stack config at the last up).
    const provider = fixtureResources().find((r) => r.type === "pulumi:providers:pulumi-nodejs")!;
    expect(provider.inputs?.["anthropic:baseUrl"]).toBe(manifest.placeholders.emulatorUrl);
    expect(provider.inputs?.["anthropic:adminKey"]).toHaveProperty("ciphertext");
    expect(JSON.stringify(fixtureStack())).not.toContain(manifest.adminKey);
    expect(stateResources().map((r) => r.urn)).toEqual(fixtureResources().map((r) => r.urn));
    // `stack init` kept the saved config file: its salt is the one the state's secrets were encrypted under.
    const config = `Pulumi.${manifest.stack}.yaml`;
    expect(readFileSync(join(project.dir, config), "utf8")).toBe(fill(readFileSync(join(fixture, config), "utf8"), project.dir));
  });

  test("every stored __provider loads the current implementation through pulumi-anthropic/internal/dynamic", async () => {
    const requireFromProject = createRequire(join(project.dir, "package.json"));
    for (const resource of dynamicResources()) {
      const closure = resource.inputs?.__provider as string;
      expect(resource.outputs?.__provider).toBe(closure);
      const required: string[] = [];
      const module = { exports: {} as { handler?: () => Record<string, (...args: unknown[]) => Promise<unknown>> } };
      // As Pulumi's dynamic-provider host evaluates it: CommonJS, `require` resolving from the project.
      new Function("exports", "require", "module", closure)(module.exports, (id: string) => {
        required.push(id);
        return requireFromProject(id);
      }, module);
      const provider = module.exports.handler!();
      expect(Object.keys(provider).sort()).toEqual([...DYNAMIC_METHODS].sort());
      await provider.configure({
        config: { get: (key: string) => ({ "anthropic:adminKey": manifest.adminKey, "anthropic:baseUrl": emulator.url })[key] },
      });
      const { __provider: _closure, ...inputs } = resource.inputs!;
      const checked = (await provider.check({}, inputs)) as { failures?: unknown[] };
      expect([resource.urn, checked.failures ?? []]).toEqual([resource.urn, []]);
      expect([...new Set(required)]).toEqual(["pulumi-anthropic/internal/dynamic"]);
      expect(requireFromProject.resolve("pulumi-anthropic/internal/dynamic")).toContain(join("dist", "provider", "dynamic"));
    }
  });

  test("refresh succeeds, drops nothing and writes nothing", async () => {
    await emulator.control.resetRequests();
    const result = await project.run(["refresh", "--yes"]);
    expect(result.code, result.output).toBe(0);
    expect(result.output).not.toMatch(/\bdeleted\b/);
    expect(stateResources().map((r) => [r.urn, r.id]).sort()).toEqual(fixtureResources().map((r) => [r.urn, r.id]).sort());
    const { byRoute } = await emulator.control.requests();
    expect(writes(byRoute)).toEqual([]);
    // The engine ran the stored providers: each resource was read through the current code.
    for (const route of [
      "GET /v1/organizations/workspaces/{id}", "GET /v1/organizations/api_keys/{id}", "GET /v1/organizations/invites/{id}",
      "GET /v1/organizations/users/{id}", "GET /v1/organizations/workspaces/{id}/members/{user_id}",
    ]) expect(byRoute[route] ?? 0, route).toBeGreaterThan(0);
  });

  test("preview --expect-no-changes passes: the upgrade alone shows no diff", async () => {
    await emulator.control.resetRequests();
    const result = await project.run(["preview", "--expect-no-changes", "--diff"]);
    expect(result.code, result.output).toBe(0);
    expect(writes((await emulator.control.requests()).byRoute)).toEqual([]);
  });

  test("an update renames the workspace in place, and nothing else reaches the emulator", async () => {
    const prod = byName("prod");
    const before = await emulator.control.state();
    project.edit('name: "Production"', 'name: "Production (upgraded)"');
    await emulator.control.resetRequests();
    const output = await project.ok(["up", "--yes"]);
    expect(output).toMatch(/~\s+.*Workspace.*prod.*updated/);
    const after = await emulator.control.state();
    const expected = structuredClone(before);
    expected.workspaces.find((w) => w.id === prod.id)!.name = "Production (upgraded)";
    expect(after).toEqual(expected);
    expect(writes((await emulator.control.requests()).byRoute)).toEqual(["POST /v1/organizations/workspaces/{id}"]);
    expect((await project.ok(["stack", "output", "workspaceId"])).trim()).toBe(prod.id);
  });

  test("destroy removes what the stack made: workspace archived, key revoked, invite withdrawn, member offboarded", async () => {
    const before = await emulator.control.state();
    await project.ok(["destroy", "--yes"]);
    const state = await emulator.control.state();
    const prod = state.workspaces.find((w) => w.id === byName("prod").id)!;
    expect(prod.archived_at).not.toBeNull();
    expect(state.workspaces.filter((w) => w.id !== state.defaultWorkspaceId && !w.archived_at)).toEqual([]);
    expect(state.apiKeys.find((k) => k.id === byName("portal").id)?.status).toBe("archived");
    expect(state.apiKeys.filter((k) => k.status === "active" || k.status === "inactive")).toEqual([]);
    expect(state.invites.find((i) => i.id === byName("bob").id)?.status).toBe("deleted");
    expect(state.users.find((u) => u.id === byName("alice").id)).toBeUndefined();
    expect(state.members).toEqual([]);
    // What the stack did not make stays: the admin, the default workspace.
    expect(state.users.map((u) => u.id)).toEqual([before.adminUserId]);
    expect(state.workspaces.find((w) => w.id === before.defaultWorkspaceId)?.archived_at).toBeNull();
    expect(stateResources().filter((r) => r.type.startsWith("pulumi-nodejs:dynamic/"))).toEqual([]);
  });

  test("no command printed the admin key, and the current code wrote the audit log the old config names", () => {
    expect(project.transcript()).not.toContain(manifest.adminKey);
    const audit = join(project.dir, "audit.jsonl");
    expect(existsSync(audit)).toBe(true);
    expect(readFileSync(audit, "utf8")).not.toContain(manifest.adminKey);
  });
});
