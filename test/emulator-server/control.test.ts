import { describe, expect, it } from "vitest";
import { adminFetch, useEmulator } from "../support/emulator";

const emu = useEmulator();

describe("out-of-band changes", () => {
  it("patch edits any object with raw wire fields, as the API then reports it", async () => {
    const workspace = await emu.control.seedWorkspace({ name: "Before" });
    const patched = await emu.control.patch<{ name: string }>(workspace.id, { name: "After", tags: { drift: "yes" } });
    expect(patched.name).toBe("After");
    const fetched = await adminFetch(emu, "GET", `/v1/organizations/workspaces/${workspace.id}`);
    expect(fetched.body).toMatchObject({ name: "After", tags: { drift: "yes" } });
  });

  it("patch refuses shapes the real API could not produce, and changes nothing then", async () => {
    const [user] = await emu.control.seedUsers(1);
    const before = await emu.control.state();
    await expect(emu.control.patch(user.id, { role: "emperor" })).rejects.toThrow(/role/);
    await expect(emu.control.patch(user.id, { id: "user_other" })).rejects.toThrow(/id: cannot be changed/);
    await expect(emu.control.patch(user.id, { nickname: "x" })).rejects.toThrow(/nickname/);
    await expect(emu.control.patch("user_missing", { name: "x" })).rejects.toThrow(/404/);
    expect(await emu.control.state()).toEqual(before);
  });

  it("patch and remove address workspace members as `wrkspc_.../user_...`", async () => {
    const workspace = await emu.control.seedWorkspace({ name: "Team" });
    const [user] = await emu.control.seedUsers(1);
    await adminFetch(emu, "POST", `/v1/organizations/workspaces/${workspace.id}/members`, { body: { user_id: user.id, workspace_role: "workspace_user" } });
    await emu.control.patch(`${workspace.id}/${user.id}`, { workspace_role: "workspace_admin" });
    const member = await adminFetch(emu, "GET", `/v1/organizations/workspaces/${workspace.id}/members/${user.id}`);
    expect(member.body.workspace_role).toBe("workspace_admin");
    await emu.control.remove(`${workspace.id}/${user.id}`);
    expect((await adminFetch(emu, "GET", `/v1/organizations/workspaces/${workspace.id}/members/${user.id}`)).status).toBe(404);
  });

  it("remove deletes an object so the API answers 404, and a removed user's memberships go with it", async () => {
    const workspace = await emu.control.seedWorkspace({ name: "Team" });
    const [user] = await emu.control.seedUsers(1);
    await adminFetch(emu, "POST", `/v1/organizations/workspaces/${workspace.id}/members`, { body: { user_id: user.id, workspace_role: "workspace_user" } });
    const key = await emu.control.seedApiKey({ workspaceId: workspace.id, name: "k" });
    await emu.control.remove(user.id);
    await emu.control.remove(key.id);
    expect((await adminFetch(emu, "GET", `/v1/organizations/users/${user.id}`)).status).toBe(404);
    expect((await adminFetch(emu, "GET", `/v1/organizations/api_keys/${key.id}`)).status).toBe(404);
    expect((await emu.control.state()).members).toEqual([]);
  });

  it("seedApiKey makes a Console key attributed to its creator, without revealing a secret", async () => {
    const workspace = await emu.control.seedWorkspace({ name: "Console" });
    const [creator] = await emu.control.seedUsers(1);
    const key = await emu.control.seedApiKey({ workspaceId: workspace.id, name: "made in console", createdByUserId: creator.id });
    expect(key).not.toHaveProperty("key");
    expect(key.created_by).toEqual({ id: creator.id, type: "user" });
    expect(key.scope).toEqual({ type: "workspace", workspace_id: workspace.id });
  });

  it("reset returns to the starting organization: admin user, default workspace, usage-tier limit", async () => {
    await emu.control.seedUsers(5);
    await emu.control.seedWorkspace({ name: "Temp" });
    await emu.control.reset();
    const state = await emu.control.state();
    expect(state.users.map((u) => u.role)).toEqual(["admin"]);
    expect(state.workspaces.map((w) => [w.id, w.name])).toEqual([[state.defaultWorkspaceId, "Default"]]);
    expect(state.spendLimits.map((l) => l.scope.type)).toEqual(["usage_tier"]);
  });

  it("serves the control surface without an admin key, but never counts it", async () => {
    const response = await fetch(`${emu.url}/_emulator/state`);
    expect(response.status).toBe(200);
    expect(response.headers.get("request-id")).toMatch(/^req_/);
    expect((await emu.control.requests()).total).toBe(0);
  });
});

describe("api key lifecycle", () => {
  it("filters by status and reads keys past their expiry as expired", async () => {
    const workspace = await emu.control.seedWorkspace({ name: "Keys" });
    const key = await emu.control.seedApiKey({ workspaceId: workspace.id, name: "short-lived" });
    await emu.control.patch(key.id, { expires_at: new Date(Date.now() - 1000).toISOString() });
    const expired = await adminFetch(emu, "GET", "/v1/organizations/api_keys?status=expired");
    expect(expired.body.data.map((k: { id: string }) => k.id)).toEqual([key.id]);
    const reactivate = await adminFetch(emu, "POST", `/v1/organizations/api_keys/${key.id}`, { body: { status: "active" } });
    expect(reactivate.status).toBe(400);
  });
});
