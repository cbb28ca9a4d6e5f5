import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { canaryAdminKey } from "../support/canary";
import { useEmulator } from "../support/emulator";
import { pulumiProject, useEmulatorConfig, type PulumiProject } from "../support/pulumi-cli";

// The real Pulumi CLI runs examples/quickstart against the emulator, step by step, as a user would.
const adminKey = canaryAdminKey("engine");
const emulator = useEmulator({ adminKey, resetBeforeEach: false });
let project: PulumiProject;
let auditLog: string;
let keyValue: string;

const writes = (byRoute: Record<string, number>) =>
  Object.entries(byRoute).filter(([route]) => !route.startsWith("GET ")).reduce((n, [, count]) => n + count, 0);

async function live() {
  const state = await emulator.control.state();
  const created = state.workspaces.filter((w) => w.id !== state.defaultWorkspaceId);
  return {
    state,
    activeWorkspaces: created.filter((w) => !w.archived_at),
    activeKeys: state.apiKeys.filter((k) => k.status === "active" || k.status === "inactive"),
    pendingInvites: state.invites.filter((i) => i.status === "pending"),
  };
}

beforeAll(async () => {
  await emulator.control.reset();
  await emulator.control.seedUsers([{ email: "alice@example.com", name: "Alice", role: "user" }]);
  project = await pulumiProject("quickstart");
  auditLog = join(project.dir, "audit.jsonl");
  await useEmulatorConfig(project, emulator);
  await project.ok(["config", "set", "anthropic:auditLog", auditLog]);
}, 600_000);

afterAll(() => {
  project?.dispose();
});

describe("pulumi up of examples/quickstart against the emulator", { timeout: 180_000 }, () => {
  test("up creates exactly the declared objects", async () => {
    await project.ok(["up", "--yes"]);
    const { state, activeWorkspaces, activeKeys, pendingInvites } = await live();
    expect(activeWorkspaces.map((w) => w.name)).toEqual(["Production"]);
    const prod = activeWorkspaces[0]!;
    const workspaceLimits = state.spendLimits.filter((s) => s.scope.type === "workspace");
    expect(workspaceLimits.map((s) => [s.amount, s.period, (s.scope as { workspace_id?: string }).workspace_id])).toEqual([
      ["500000", "monthly", prod.id],
    ]);
    const overrides = state.rateLimitOverrides.filter((o) => o.key.includes(prod.id));
    expect(overrides.length).toBeGreaterThan(0);
    for (const o of overrides) expect(o.limits).toEqual({ requests_per_minute: 1000 });
    expect(activeKeys.map((k) => [k.name, k.scope.workspace_id])).toEqual([["Customer Portal Service", prod.id]]);
    expect(pendingInvites.map((i) => [i.email, i.role])).toEqual([["bob@example.com", "user"]]);
    const alice = state.users.find((u) => u.email === "alice@example.com")!;
    expect(alice.role).toBe("developer");
    expect(state.members.filter((m) => m.workspace_id === prod.id).map((m) => [m.user_id, m.workspace_role])).toContainEqual([
      alice.id,
      "workspace_developer",
    ]);
  });

  test("the key is a secret: ciphertext in state, [secret] in outputs, and the admin key is nowhere", async () => {
    const printedSoFar = project.transcript();
    keyValue = (await project.ok(["stack", "output", "portalKey", "--show-secrets"])).trim();
    expect(printedSoFar).not.toContain(keyValue);
    expect(keyValue).toMatch(/^sk-ant-api03-/);
    expect((await project.ok(["stack", "output", "portalKey"])).trim()).toBe("[secret]");

    const state = project.stateFile();
    const portal = JSON.parse(state).checkpoint.latest.resources.find((r: { type: string }) => r.type.endsWith(":ApiKey"));
    expect(portal.outputs.key).toHaveProperty("ciphertext");
    expect(state).not.toContain(keyValue);
    expect(state).not.toContain(adminKey);
    // The provider closure stored with every resource holds no credential and no key.
    for (const resource of JSON.parse(state).checkpoint.latest.resources) {
      const closure = resource.inputs?.__provider;
      if (closure) {
        expect(closure).not.toContain(adminKey);
        expect(closure).not.toMatch(/sk-ant-/);
        // The package is installed as npm installs it, so each resource stores a reference, not code.
        if (resource.type.startsWith("pulumi-nodejs:dynamic/anthropic:")) {
          expect(closure).toMatch(/require\("pulumi-anthropic\/internal\/dynamic\/[a-z-]+"\)/);
          expect(Buffer.byteLength(closure)).toBeLessThanOrEqual(600);
        }
      }
    }
    expect(project.transcript()).not.toContain(adminKey);

    const audit = readFileSync(auditLog, "utf8");
    expect(audit.trim().split("\n").length).toBeGreaterThan(5);
    expect(audit).not.toContain(adminKey);
    expect(audit).not.toContain(keyValue);
  });

  test("preview --expect-no-changes passes and writes nothing", async () => {
    await emulator.control.resetRequests();
    await project.ok(["preview", "--expect-no-changes"]);
    expect(writes((await emulator.control.requests()).byRoute)).toBe(0);
  });

  test("a workspace rename updates in place", async () => {
    const before = (await live()).activeWorkspaces[0]!;
    project.edit('name: "Production"', 'name: "Production EU"');
    const output = await project.ok(["up", "--yes"]);
    expect(output).toMatch(/~\s+.*Workspace.*prod.*updated/);
    const after = (await live()).activeWorkspaces;
    expect(after.map((w) => [w.id, w.name])).toEqual([[before.id, "Production EU"]]);
  });

  test("moving the key to another workspace creates the new key before archiving the old one", async () => {
    const oldKeyId = (await project.ok(["stack", "output", "portalKeyId"])).trim();
    project.edit("const consoleKeyId =", 'const staging = new anthropic.Workspace("staging", { name: "Staging" });\nconst consoleKeyId =');
    project.edit("{ workspaceId: prod.id, name: \"Customer Portal Service\" }", "{ workspaceId: staging.id, name: \"Customer Portal Service\" }");
    await emulator.control.resetRequests();
    const output = await project.ok(["up", "--yes"]);
    expect(output).toMatch(/\+-\s+.*ApiKey.*portal.*replaced/);
    const { log } = await emulator.control.requests();
    const created = log.findIndex((r) => r.method === "POST" && r.route === "POST /v1/organizations/api_keys");
    const archived = log.findIndex((r) => r.route === "POST /v1/organizations/api_keys/{id}" && r.path.endsWith(oldKeyId));
    expect(created).toBeGreaterThanOrEqual(0);
    expect(archived).toBeGreaterThan(created);
    const { state, activeKeys } = await live();
    const staging = state.workspaces.find((w) => w.name === "Staging")!;
    expect(activeKeys.map((k) => k.scope.workspace_id)).toEqual([staging.id]);
    expect(state.apiKeys.find((k) => k.id === oldKeyId)?.status).toBe("archived");
  });

  test("an invite role change deletes the old invite, then creates the new one", async () => {
    project.edit('new anthropic.UserInvite("bob", { email: inviteEmail, role: "user" })', 'new anthropic.UserInvite("bob", { email: inviteEmail, role: "developer" })');
    await emulator.control.resetRequests();
    const output = await project.ok(["up", "--yes"]);
    expect(output).toMatch(/UserInvite.*bob.*replaced/);
    const { log } = await emulator.control.requests();
    const deleted = log.findIndex((r) => r.route === "DELETE /v1/organizations/invites/{id}");
    const created = log.findIndex((r) => r.route === "POST /v1/organizations/invites");
    expect(deleted).toBeGreaterThanOrEqual(0);
    expect(created).toBeGreaterThan(deleted);
    expect((await live()).pendingInvites.map((i) => [i.email, i.role])).toEqual([["bob@example.com", "developer"]]);
  });

  test("refresh drops a workspace archived and an invite deleted out of band; the next up recreates them", async () => {
    const currentKey = (await project.ok(["stack", "output", "portalKey", "--show-secrets"])).trim();
    const { state, pendingInvites } = await live();
    const prod = state.workspaces.find((w) => w.name === "Production EU")!;
    await emulator.control.patch(prod.id, { archived_at: new Date().toISOString() });
    await emulator.control.remove(pendingInvites[0]!.id);
    const refreshed = await project.ok(["refresh", "--yes"]);
    expect(refreshed).toMatch(/Workspace.*prod.*deleted/);
    expect(refreshed).toMatch(/UserInvite.*bob.*deleted/);
    const resources = JSON.parse(project.stateFile()).checkpoint.latest.resources as Array<{ urn: string }>;
    expect(resources.some((r) => r.urn.endsWith("::prod"))).toBe(false);
    expect(resources.some((r) => r.urn.endsWith("::bob"))).toBe(false);

    // refresh re-read the key, whose value only state knows: carried over, and still ciphertext only.
    expect(project.stateFile()).not.toContain(currentKey);
    expect((await project.ok(["stack", "output", "portalKey", "--show-secrets"])).trim()).toBe(currentKey);
    await project.ok(["up", "--yes"]);
    const after = await live();
    expect(after.activeWorkspaces.map((w) => w.name).sort()).toEqual(["Production EU", "Staging"]);
    expect(after.activeWorkspaces.find((w) => w.name === "Production EU")!.id).not.toBe(prod.id);
    expect(after.pendingInvites.map((i) => i.email)).toEqual(["bob@example.com"]);
    await project.ok(["preview", "--expect-no-changes"]);
  });

  test("destroy leaves no active object behind", async () => {
    await project.ok(["destroy", "--yes"]);
    const { state, activeWorkspaces, activeKeys, pendingInvites } = await live();
    expect(activeWorkspaces).toEqual([]);
    expect(activeKeys).toEqual([]);
    expect(pendingInvites).toEqual([]);
    // OrganizationMember's delete offboards the user.
    expect(state.users.find((u) => u.email === "alice@example.com")).toBeUndefined();
    expect(existsSync(auditLog)).toBe(true);
    expect(project.transcript()).not.toContain(adminKey);
  });
});
