import { beforeAll, beforeEach, describe, expect, test } from "vitest";
import type * as pulumi from "@pulumi/pulumi";
import { useEmulator } from "../support/emulator";
import { configuredProvider, newDeployment, requestsByRoute } from "../support/provider";

const emulator = useEmulator();
let members: Required<pulumi.dynamic.ResourceProvider>;
let orgMembers: Required<pulumi.dynamic.ResourceProvider>;
let workspaceId: string;
let user: { id: string; email: string };
beforeAll(async () => {
  members = await configuredProvider("WorkspaceMember", emulator);
  orgMembers = await configuredProvider("OrganizationMember", emulator);
});
beforeEach(async () => {
  workspaceId = (await emulator.control.seedWorkspace({ name: "Team" })).id;
  [user] = await emulator.control.seedUsers([{ email: "dev@example.com", name: "Dev", role: "user" }]);
  await emulator.control.resetRequests();
});

describe("WorkspaceMember", () => {
  test("create, read, role update in place, delete; id is workspace/user", async () => {
    const inputs = { workspaceId, userId: user!.id, role: "workspace_developer" };
    const { id, outs } = await members.create(inputs);
    expect(id).toBe(`${workspaceId}/${user!.id}`);
    expect(await requestsByRoute(emulator)).toEqual({ "POST /v1/organizations/workspaces/{id}/members": 1 });

    await emulator.control.resetRequests();
    expect((await members.read(id, outs)).inputs).toEqual(inputs);
    expect(await requestsByRoute(emulator)).toEqual({ "GET /v1/organizations/workspaces/{id}/members/{user_id}": 1 });

    const { outs: after } = await members.update(id, outs, { ...inputs, role: "workspace_admin" });
    expect(after.role).toBe("workspace_admin");
    const live = (await emulator.control.state()).members.find((m) => m.user_id === user!.id && m.workspace_id === workspaceId);
    expect(live?.workspace_role).toBe("workspace_admin");

    await members.delete(id, after);
    expect((await members.read(id, after)).id).toBe("");
    await expect(members.delete(id, after)).resolves.toBeUndefined();
  });

  test("an out-of-band role change is drift", async () => {
    const { id, outs } = await members.create({ workspaceId, userId: user!.id, role: "workspace_user" });
    await emulator.control.patch(id, { workspace_role: "workspace_admin" });
    expect((await members.read(id, outs)).inputs?.role).toBe("workspace_admin");
  });
});

describe("OrganizationMember", () => {
  test("adopts by email, changes the role in place, reads drift", async () => {
    // As the engine does: create receives the inputs check() normalised.
    const checked = await orgMembers.check({}, { email: " DEV@example.com", role: "developer" });
    expect(checked.failures).toEqual([]);
    const { id, outs } = await orgMembers.create(checked.inputs);
    expect(id).toBe(user!.id);
    // The email as written (trimmed): the live one differs only in case, which is no difference.
    expect(outs).toMatchObject({ userId: user!.id, email: "DEV@example.com", role: "developer" });
    expect((await emulator.control.state()).users.find((u) => u.id === id)?.role).toBe("developer");

    await emulator.control.patch(id, { role: "billing" });
    const read = await orgMembers.read(id, outs);
    // Only what the program set comes back as inputs, with live values.
    expect(read.inputs).toEqual({ role: "billing", email: "DEV@example.com" });
    const { outs: after } = await orgMembers.update(id, read.props, { email: "dev@example.com", role: "user" });
    expect(after.role).toBe("user");
  });

  test("adopting a user who has not joined says to invite them", async () => {
    await expect(orgMembers.create({ email: "nobody@example.com", role: "user" })).rejects.toThrow(/email: no user .* UserInvite/);
  });

  test("delete revokes the keys the user created, then removes the user", async () => {
    const mine = await emulator.control.seedApiKey({ workspaceId, name: "mine", createdByUserId: user!.id });
    const someoneElses = await emulator.control.seedApiKey({ workspaceId, name: "theirs" });
    const { id, outs } = await orgMembers.create({ userId: user!.id, role: "user" });
    newDeployment();
    await orgMembers.delete(id, outs);
    const state = await emulator.control.state();
    expect(state.users.find((u) => u.id === id)).toBeUndefined();
    expect(state.apiKeys.find((k) => k.id === mine.id)?.status).toBe("archived");
    expect(state.apiKeys.find((k) => k.id === someoneElses.id)?.status).toBe("active");
    expect((await orgMembers.read(id, outs)).id).toBe("");
    await expect(orgMembers.delete(id, outs)).resolves.toBeUndefined();
  });

  test("revokeKeysOnDelete: false keeps the keys", async () => {
    const mine = await emulator.control.seedApiKey({ workspaceId, name: "mine", createdByUserId: user!.id });
    const { id, outs } = await orgMembers.create({ userId: user!.id, role: "user", revokeKeysOnDelete: false });
    newDeployment();
    await orgMembers.delete(id, outs);
    expect((await emulator.control.state()).apiKeys.find((k) => k.id === mine.id)?.status).toBe("active");
  });
});
