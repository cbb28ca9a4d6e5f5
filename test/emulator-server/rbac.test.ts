import { describe, expect, it } from "vitest";
import { adminFetch, useEmulator } from "../support/emulator";

const GROUPS = "/v1/organizations/rbac_groups";
const ROLES = "/v1/organizations/rbac_roles";

describe("RBAC on a Claude Enterprise organization", () => {
  const emu = useEmulator({ organizationType: "enterprise" });

  it("creates, renames, lists and deletes groups", async () => {
    const created = await adminFetch(emu, "POST", GROUPS, { body: { name: "Engineering" } });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ type: "rbac_group", name: "Engineering", role_ids: [], source_type: "direct" });
    expect(created.body.id).toMatch(/^rbac_group_/);
    const id = created.body.id;

    const renamed = await adminFetch(emu, "POST", `${GROUPS}/${id}`, { body: { name: "Platform" } });
    expect(renamed.body.name).toBe("Platform");
    expect((await adminFetch(emu, "POST", `${GROUPS}/${id}`, { body: { name: "" } })).status).toBe(400);
    expect((await adminFetch(emu, "GET", GROUPS)).body).toEqual({ data: [renamed.body], next_page: null });

    expect((await adminFetch(emu, "DELETE", `${GROUPS}/${id}`)).body).toEqual({ id, type: "rbac_group_deleted" });
    const missing = await adminFetch(emu, "GET", `${GROUPS}/${id}`);
    expect(missing.status).toBe(404);
  });

  it("adds members once, lists them, removes them; a removed user is no one's member", async () => {
    const [alice, bob] = await emu.control.seedUsers([{ email: "alice@example.com" }, { email: "bob@example.com" }]);
    const group = (await adminFetch(emu, "POST", GROUPS, { body: { name: "Eng" } })).body;
    const added = await adminFetch(emu, "POST", `${GROUPS}/${group.id}/members`, { body: { user_id: alice!.id } });
    expect(added.body).toMatchObject({ type: "rbac_group_member", rbac_group_id: group.id, user_id: alice!.id, email: "alice@example.com" });
    expect((await adminFetch(emu, "POST", `${GROUPS}/${group.id}/members`, { body: { user_id: alice!.id } })).status).toBe(400);
    expect((await adminFetch(emu, "POST", `${GROUPS}/${group.id}/members`, { body: { user_id: "user_nobody" } })).status).toBe(404);
    await adminFetch(emu, "POST", `${GROUPS}/${group.id}/members`, { body: { user_id: bob!.id } });

    const listed = await adminFetch(emu, "GET", `${GROUPS}/${group.id}/members?limit=1`);
    expect(listed.body.data.map((m: { user_id: string }) => m.user_id)).toEqual([alice!.id]);
    expect(listed.body.next_page).toEqual(expect.any(String));

    const removed = await adminFetch(emu, "DELETE", `${GROUPS}/${group.id}/members/${alice!.id}`);
    expect(removed.body).toEqual({ type: "rbac_group_member_deleted", rbac_group_id: group.id, user_id: alice!.id });
    expect((await adminFetch(emu, "DELETE", `${GROUPS}/${group.id}/members/${alice!.id}`)).status).toBe(404);

    await adminFetch(emu, "DELETE", `/v1/organizations/users/${bob!.id}`);
    expect((await adminFetch(emu, "GET", `${GROUPS}/${group.id}/members`)).body.data).toEqual([]);
  });

  it("lists built-in roles and each role's permissions", async () => {
    const roles = (await adminFetch(emu, "GET", ROLES)).body.data;
    expect(roles.length).toBeGreaterThan(0);
    for (const role of roles) expect(role).toMatchObject({ type: "rbac_role", source: { type: "built_in" } });
    const role = (await adminFetch(emu, "GET", `${ROLES}/${roles[0].id}`)).body;
    expect(role).toEqual(roles[0]);
    const permissions = (await adminFetch(emu, "GET", `${ROLES}/${role.id}/permissions`)).body.data;
    expect(permissions.length).toBeGreaterThan(0);
    for (const p of permissions) expect(p).toMatchObject({ type: "rbac_role_permission", action: expect.any(String), resource: { type: expect.any(String) } });
    expect((await adminFetch(emu, "GET", `${ROLES}/rbac_role_missing/permissions`)).status).toBe(404);
  });
});

describe("RBAC on a Claude Console organization", () => {
  const emu = useEmulator();

  it("refuses every RBAC route with organization_type_not_supported", async () => {
    for (const [method, path, body] of [
      ["GET", GROUPS], ["POST", GROUPS, { name: "Eng" }], ["GET", `${GROUPS}/rbac_group_x`], ["DELETE", `${GROUPS}/rbac_group_x`],
      ["GET", `${GROUPS}/rbac_group_x/members`], ["POST", `${GROUPS}/rbac_group_x/members`, { user_id: "user_x" }],
      ["DELETE", `${GROUPS}/rbac_group_x/members/user_x`], ["GET", ROLES], ["GET", `${ROLES}/r/permissions`],
    ] as Array<[string, string, object?]>) {
      const response = await adminFetch(emu, method, path, { body });
      expect(response.status, `${method} ${path}`).toBe(400);
      expect(response.body.error).toMatchObject({ type: "invalid_request_error", details: { error_code: "organization_type_not_supported" } });
      expect(response.body.error.message).toMatch(/Claude Enterprise/);
    }
  });
});
