import { describe, expect, it } from "vitest";
import { InvalidRequestError, NotFoundError, collect } from "../../provider/client";
import { clientFor, rejectionOf } from "../support/admin-client";
import { useEmulator } from "../support/emulator";

const emulator = useEmulator();

async function workspaceAndUsers(n: number) {
  const ws = await emulator.control.seedWorkspace({ name: "Team" });
  const users = await emulator.control.seedUsers(Array.from({ length: n }, (_, i) => ({ email: `m${i}@example.com` })));
  return { ws, users };
}

describe("workspace members", () => {
  it("adds, gets, updates and removes a member", async () => {
    const { ws, users } = await workspaceAndUsers(1);
    const userId = users[0]!.id;
    const { client } = clientFor(emulator);
    const added = await client.addWorkspaceMember(ws.id, { user_id: userId, workspace_role: "workspace_developer" });
    expect(added).toEqual({ type: "workspace_member", workspace_id: ws.id, user_id: userId, workspace_role: "workspace_developer" });
    expect(await client.getWorkspaceMember(ws.id, userId)).toEqual(added);
    const updated = await client.updateWorkspaceMember(ws.id, userId, { workspace_role: "workspace_admin" });
    expect(updated.workspace_role).toBe("workspace_admin");
    expect(await client.removeWorkspaceMember(ws.id, userId)).toEqual({
      type: "workspace_member_deleted",
      workspace_id: ws.id,
      user_id: userId,
    });
    expect(await rejectionOf(client.getWorkspaceMember(ws.id, userId))).toBeInstanceOf(NotFoundError);
  });

  it("lists a workspace's members across pages", async () => {
    const { ws, users } = await workspaceAndUsers(5);
    const { client } = clientFor(emulator);
    for (const u of users) await client.addWorkspaceMember(ws.id, { user_id: u.id, workspace_role: "workspace_user" });
    await emulator.control.resetRequests();
    const listed = await collect(client.listWorkspaceMembers(ws.id, { limit: 2 }));
    expect(listed.map((m) => m.user_id)).toEqual(users.map((u) => u.id).sort());
    expect((await emulator.control.requests()).byRoute["GET /v1/organizations/workspaces/{id}/members"]).toBe(3);
  });

  it("does not resend an add the server refused, and reports it", async () => {
    const { ws, users } = await workspaceAndUsers(1);
    const { client } = clientFor(emulator);
    await client.addWorkspaceMember(ws.id, { user_id: users[0]!.id, workspace_role: "workspace_user" });
    await emulator.control.resetRequests();
    const err = await rejectionOf(client.addWorkspaceMember(ws.id, { user_id: users[0]!.id, workspace_role: "workspace_user" }));
    expect(err).toBeInstanceOf(InvalidRequestError);
    expect(err.serverMessage).toBe(`User '${users[0]!.id}' is already a member of workspace '${ws.id}'.`);
    expect((await emulator.control.requests()).total).toBe(1);
  });

  it("reports updating or removing a non-member as NotFoundError", async () => {
    const { ws, users } = await workspaceAndUsers(1);
    const { client } = clientFor(emulator);
    const update = await rejectionOf(client.updateWorkspaceMember(ws.id, users[0]!.id, { workspace_role: "workspace_admin" }));
    expect(update).toBeInstanceOf(NotFoundError);
    expect(update.operation).toBe("updateWorkspaceMember");
    const err = await rejectionOf(client.removeWorkspaceMember(ws.id, users[0]!.id));
    expect(err).toBeInstanceOf(NotFoundError);
    expect(err.status).toBe(404);
  });

  it("refuses workspace_billing on add before sending", async () => {
    const { ws, users } = await workspaceAndUsers(1);
    const { client } = clientFor(emulator);
    await emulator.control.resetRequests();
    const err = await rejectionOf(client.addWorkspaceMember(ws.id, { user_id: users[0]!.id, workspace_role: "workspace_billing" as never }));
    expect(err.message).toMatch(/^addWorkspaceMember was not sent: invalid request: workspace_role:/);
    expect((await emulator.control.requests()).total).toBe(0);
  });
});
