import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { useEmulator } from "../support/emulator";
import { pulumiProject, setConfig, useEmulatorConfig, type PulumiProject } from "../support/pulumi-cli";

// DeveloperAccess through the real Pulumi CLI against the emulator: invite, acceptance, a second up
// that completes onboarding, a role change, and offboarding by removing the component from the program.
const emulator = useEmulator({ resetBeforeEach: false });
const EMAIL = "alice@example.com";
let project: PulumiProject;
let auditLog: string;
let sharedWorkspaceId: string;
let platformId: string;
let aliceId: string;
let componentKeyId: string;

interface StateResource {
  urn: string;
  type: string;
  id?: string;
  parent?: string;
  outputs?: Record<string, any>;
}
const stateResources = (): StateResource[] => JSON.parse(project.stateFile()).checkpoint.latest.resources;
const byName = (name: string) => stateResources().find((r) => r.urn.endsWith(`::${name}`));
const outputs = async () => JSON.parse(await project.ok(["stack", "output", "--json"]));
const auditLines = () =>
  existsSync(auditLog)
    ? readFileSync(auditLog, "utf8").trim().split("\n").map((line) => JSON.parse(line) as { method: string; path: string; status: number })
    : [];

async function live() {
  const state = await emulator.control.state();
  // By id once known: the email changes outside Pulumi in one of the steps.
  const alice = state.users.find((u) => (aliceId ? u.id === aliceId : u.email === EMAIL));
  return {
    state,
    alice,
    invites: state.invites.filter((i) => i.email === EMAIL),
    memberships: state.members.filter((m) => alice && m.user_id === alice.id).map((m) => [m.workspace_id, m.workspace_role]),
  };
}

beforeAll(async () => {
  await emulator.control.reset();
  sharedWorkspaceId = (await emulator.control.seedWorkspace({ name: "Shared" })).id;
  project = await pulumiProject(join(__dirname, "projects/developer-access"));
  auditLog = join(project.dir, "audit.jsonl");
  await useEmulatorConfig(project, emulator);
  await setConfig(project, { sharedWorkspaceId, "anthropic:auditLog": auditLog });
}, 600_000);

afterAll(() => project?.dispose());

describe("DeveloperAccess through the engine", { timeout: 180_000 }, () => {
  test("the first up invites the person and declares nothing that needs them to have joined", async () => {
    await emulator.control.resetRequests();
    await project.ok(["up", "--yes"]);
    const { alice, invites, state } = await live();
    expect(alice).toBeUndefined();
    expect(invites.map((i) => [i.status, i.role])).toEqual([["pending", "developer"]]);
    const { byRoute } = await emulator.control.requests();
    expect(byRoute["POST /v1/organizations/invites"]).toBe(1);
    expect(byRoute["POST /v1/organizations/workspaces/{id}/members"]).toBeUndefined();
    expect(byRoute["POST /v1/organizations/api_keys"]).toBeUndefined();
    expect(state.apiKeys.filter((k) => k.status === "active")).toEqual([]);

    const out = await outputs();
    platformId = out.platformId;
    expect(out).toMatchObject({ status: "invited", inviteId: invites[0]!.id, workspaceMemberIds: [] });
    expect(out.userId).toBeUndefined();

    const component = byName("alice")!;
    expect(component.type).toBe("anthropic:index:DeveloperAccess");
    const children = stateResources().filter((r) => r.parent === component.urn);
    expect(children.map((r) => r.type)).toEqual(["pulumi-nodejs:dynamic/anthropic:UserInvite"]);
    expect(children[0]!.id).toBe(invites[0]!.id);
    await project.ok(["preview", "--expect-no-changes"]);
  });

  test("after the person accepts, preview plans the rest of onboarding", async () => {
    const inviteId = (await outputs()).inviteId;
    aliceId = (await emulator.control.acceptInvite(inviteId)).user.id;
    const preview = await project.ok(["preview"]);
    for (const child of ["alice-member", "alice-workspaces-0", `alice-${sharedWorkspaceId}`, "alice-key"]) {
      expect(preview).toMatch(new RegExp(`\\+\\s+.*${child}\\s+create`));
    }
    expect(preview).toContain("4 to create");
  });

  test("the next up adds the member, memberships and key; the key is a secret", async () => {
    await project.ok(["up", "--yes"]);
    const { alice, memberships, state } = await live();
    expect(alice?.role).toBe("developer");
    expect(memberships.sort()).toEqual(
      [[platformId, "workspace_developer"], [sharedWorkspaceId, "workspace_admin"]].sort(),
    );
    const keys = state.apiKeys.filter((k) => k.status === "active");
    expect(keys.map((k) => [k.name, k.scope.workspace_id])).toEqual([["alice service", platformId]]);
    componentKeyId = keys[0]!.id;

    const out = await outputs();
    expect(out).toMatchObject({ status: "active", userId: aliceId });
    expect(out.workspaceMemberIds.sort()).toEqual([`${platformId}/${aliceId}`, `${sharedWorkspaceId}/${aliceId}`].sort());
    expect(out.key).toBe("[secret]");
    const printedSoFar = project.transcript();
    const keyValue = (await project.ok(["stack", "output", "key", "--show-secrets"])).trim();
    expect(keyValue).toMatch(/^sk-ant-api03-/);

    const stateText = project.stateFile();
    expect(stateText).not.toContain(keyValue);
    expect(byName("alice")!.outputs!.key).toHaveProperty("ciphertext");
    expect(byName("alice-key")!.outputs!.key).toHaveProperty("ciphertext");
    expect(printedSoFar).not.toContain(keyValue);

    const component = byName("alice")!.urn;
    expect(["alice-invite", "alice-member", "alice-workspaces-0", `alice-${sharedWorkspaceId}`, "alice-key"].map((n) => byName(n)?.parent)).toEqual(
      Array(5).fill(component),
    );
    await project.ok(["preview", "--expect-no-changes"]);
  });

  test("a role change updates the member in place and leaves the accepted invite alone", async () => {
    const inviteId = (await outputs()).inviteId;
    project.edit('role: "developer"', 'role: "user"');
    await emulator.control.resetRequests();
    await project.ok(["up", "--yes"]);
    const { alice } = await live();
    expect(alice?.role).toBe("user");
    const { byRoute } = await emulator.control.requests();
    expect(byRoute["POST /v1/organizations/users/{id}"]).toBe(1);
    expect(byRoute["POST /v1/organizations/invites"]).toBeUndefined();
    expect(byRoute["DELETE /v1/organizations/invites/{id}"]).toBeUndefined();
    expect((await outputs()).inviteId).toBe(inviteId);
    await project.ok(["preview", "--expect-no-changes"]);
  });

  test("an email changed outside Pulumi (SSO domain migration) keeps the member, memberships and key", async () => {
    const before = await live();
    await emulator.control.patch(aliceId, { email: "alice@new.example.com" });
    // An argument changed in the same run: the component's memory must not depend on unchanged arguments.
    project.edit('role: "user"', 'role: "developer"');
    const preview = await project.ok(["preview", "--diff"]);
    expect(preview).not.toMatch(/to delete|to replace/);
    await emulator.control.resetRequests();
    const up = await project.ok(["up", "--yes"]);
    const warning = `no member has the email ${EMAIL} any more; user ${aliceId}, whom this component onboarded, now has the email alice@new.example.com`;
    expect(up.replace(/\s+/g, " ")).toContain(warning);
    expect(up).not.toMatch(/deleted|replaced/);
    const { byRoute } = await emulator.control.requests();
    const writes = Object.entries(byRoute).filter(([route]) => !route.startsWith("GET "));
    expect(writes).toEqual([["POST /v1/organizations/users/{id}", 1]]);

    const after = await live();
    expect(after.alice).toMatchObject({ id: aliceId, email: "alice@new.example.com", role: "developer" });
    expect(after.memberships.sort()).toEqual(before.memberships.sort());
    expect(after.state.apiKeys.find((k) => k.id === componentKeyId)?.status).toBe("active");
    expect((await outputs())).toMatchObject({ status: "active", userId: aliceId });
    expect(["alice-member", "alice-workspaces-0", `alice-${sharedWorkspaceId}`, "alice-key"].map((n) => byName(n)?.id)).toEqual([
      aliceId, `${platformId}/${aliceId}`, `${sharedWorkspaceId}/${aliceId}`, componentKeyId,
    ]);
    // Writing the new address into the program changes nothing either (the accepted invite ignores it).
    project.edit(`"${EMAIL}"`, '"alice@new.example.com"');
    await project.ok(["preview", "--expect-no-changes"]);
  });

  test("when the lookup fails, preview fails naming the component and the person", async () => {
    await emulator.control.fault({ route: "GET /v1/organizations/users", kind: "status", status: 403, times: 1 });
    const { code, output } = await project.run(["preview"]);
    await emulator.control.clearFaults();
    expect(code).not.toBe(0);
    expect(output).toContain(`DeveloperAccess "alice": could not check whether alice@new.example.com has joined: getUsers: listUsers failed: 403`);
  });

  test("removing the component offboards: memberships and keys go first, then the user", async () => {
    const own = await emulator.control.seedApiKey({ workspaceId: platformId, name: "alice laptop", createdByUserId: aliceId });
    const ownInactive = await emulator.control.seedApiKey({ workspaceId: sharedWorkspaceId, name: "alice old", createdByUserId: aliceId, status: "inactive" });
    const someoneElses = await emulator.control.seedApiKey({ workspaceId: platformId, name: "ops" });
    const program = readFileSync(join(project.dir, "index.ts"), "utf8");
    const block = program.slice(program.indexOf("// onboarding:begin"), program.indexOf("// onboarding:end") + "// onboarding:end".length);
    project.edit(block, "");
    const auditBefore = auditLines().length;
    // Slows the component key's delete (its read), not the member's: only the dependency keeps the order.
    await emulator.control.fault({ route: "GET /v1/organizations/api_keys/{id}", kind: "latency", latencyMs: 2000 });

    await project.ok(["up", "--yes"]);
    await emulator.control.clearFaults();
    const { alice, invites, state } = await live();
    expect(alice).toBeUndefined();
    expect(state.members.filter((m) => m.user_id === aliceId)).toEqual([]);
    const status = (id: string) => state.apiKeys.find((k) => k.id === id)?.status;
    expect([status(own.id), status(ownInactive.id), status(componentKeyId), status(someoneElses.id)]).toEqual(["archived", "archived", "archived", "active"]);
    // The workspaces stay; the accepted invite is history.
    expect(state.workspaces.filter((w) => [platformId, sharedWorkspaceId].includes(w.id)).map((w) => w.archived_at)).toEqual([null, null]);
    expect(invites.map((i) => i.status)).toEqual(["accepted"]);
    expect(stateResources().filter((r) => r.urn.includes("alice"))).toEqual([]);

    // Order of the calls this up made: the user is removed after their memberships and the component's key.
    const calls = auditLines().slice(auditBefore).map((r) => `${r.method} ${r.path}`);
    const userRemoved = calls.indexOf(`DELETE /v1/organizations/users/${aliceId}`);
    expect(userRemoved).toBeGreaterThan(-1);
    for (const before of [
      `DELETE /v1/organizations/workspaces/${platformId}/members/${aliceId}`,
      `DELETE /v1/organizations/workspaces/${sharedWorkspaceId}/members/${aliceId}`,
      `POST /v1/organizations/api_keys/${componentKeyId}`,
      `POST /v1/organizations/api_keys/${own.id}`,
    ]) {
      expect(calls.indexOf(before), before).toBeGreaterThan(-1);
      expect(calls.indexOf(before), before).toBeLessThan(userRemoved);
    }
    await project.ok(["preview", "--expect-no-changes"]);
  });
});
