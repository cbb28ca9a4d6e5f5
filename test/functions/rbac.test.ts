import { beforeAll, describe, expect, it } from "vitest";
import * as pulumi from "@pulumi/pulumi";
import { getRbacGroups, getRbacGroupsOutput, getRbacRoles, getRbacRolesOutput, InvalidArgumentsError } from "../../provider/functions";
import { adminFetch, useEmulator } from "../support/emulator";
import { outputValue } from "../support/mocks";
import { routeCounts, useEmulatorEnvironment } from "./environment";

const GROUPS = "/v1/organizations/rbac_groups";

describe("on a Claude Enterprise organization", () => {
  const emulator = useEmulator({ organizationType: "enterprise" });
  useEmulatorEnvironment(emulator);

  beforeAll(async () => {
    await pulumi.runtime.setMocks({ newResource: (args) => ({ id: `${args.name}-id`, state: args.inputs }), call: () => ({}) }, "project", "stack", false);
  });

  it("getRbacRoles lists every role with what it grants, camelCase; without permissions it is one request", async () => {
    const { roles } = await getRbacRoles();
    expect(roles.length).toBeGreaterThan(0);
    const member = roles.find((r) => r.displayName === "Member")!;
    expect(member).toMatchObject({ id: expect.stringMatching(/^rbac_role_/), source: "built_in", createdAt: expect.any(String) });
    const state = await emulator.control.state();
    expect(member.permissions).toEqual([
      { action: "chat", resourceType: "organization", resource: { organizationId: state.organization.id } },
      { action: "claude_code", resourceType: "organization", resource: { organizationId: state.organization.id } },
    ]);

    await emulator.control.resetRequests();
    const bare = await getRbacRoles({ includePermissions: false });
    expect(bare.roles.every((r) => r.permissions.length === 0)).toBe(true);
    expect(await routeCounts(emulator)).toEqual({ "GET /v1/organizations/rbac_roles": 1 });
  });

  it("getRbacGroups lists groups, and their members when asked", async () => {
    const [alice] = await emulator.control.seedUsers([{ email: "alice@example.com" }]);
    const eng = (await adminFetch(emulator, "POST", GROUPS, { body: { name: "Engineering" } })).body;
    await adminFetch(emulator, "POST", GROUPS, { body: { name: "Finance" } });
    await adminFetch(emulator, "POST", `${GROUPS}/${eng.id}/members`, { body: { user_id: alice!.id } });

    const { groups } = await getRbacGroups();
    expect(groups.map((g) => g.name)).toEqual(["Engineering", "Finance"]);
    expect(groups[0]).toEqual({
      id: eng.id, name: "Engineering", roleIds: [], sourceType: "direct", createdAt: eng.created_at, updatedAt: eng.updated_at,
    });
    const withMembers = await getRbacGroups({ includeMembers: true });
    expect(withMembers.groups[0]!.members).toEqual([{ userId: alice!.id, email: "alice@example.com", addedAt: expect.any(String) }]);
    expect(withMembers.groups[1]!.members).toEqual([]);
  });

  it("the Output forms take Inputs and resolve to the plain forms' values", async () => {
    await adminFetch(emulator, "POST", GROUPS, { body: { name: "Ops" } });
    const groups = await outputValue(getRbacGroupsOutput({ includeMembers: pulumi.output(false) }));
    expect(groups).toEqual(await getRbacGroups());
    const roles = await outputValue(getRbacRolesOutput({ includePermissions: pulumi.output(false) }));
    expect(roles).toEqual(await getRbacRoles({ includePermissions: false }));
  });

  it("bad arguments are refused before any request", async () => {
    await emulator.control.resetRequests();
    const err = await getRbacGroups({ includeMembers: "yes" as never }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidArgumentsError);
    expect((err as Error).message).toMatch(/getRbacGroups was not called: invalid arguments: includeMembers: must be true or false/);
    await expect(getRbacRoles({ permissions: true } as never)).rejects.toThrow(/permissions/);
    expect((await emulator.control.requests()).total).toBe(0);
  });
});

describe("on a Claude Console organization", () => {
  const emulator = useEmulator();
  useEmulatorEnvironment(emulator);

  it("the API's organization-type error reaches the caller, naming the function", async () => {
    await expect(getRbacGroups()).rejects.toThrow(/getRbacGroups: listRbacGroups failed: .*Claude Enterprise/);
  });
});
