import Anthropic from "@anthropic-ai/sdk";
import { describe, expect, it } from "vitest";
import { useEmulator } from "../support/emulator";
import { eachConstruction } from "./sdk";

describe("on a Claude Enterprise organization", () => {
  const emu = useEmulator({ organizationType: "enterprise" });

  eachConstruction(emu, (sdk) => {
    it("RBAC groups: create, retrieve, update, list, delete; members: add, list, remove", async () => {
      const groups = sdk().beta.organization.rbacGroups;
      const [alice] = await emu.control.seedUsers([{ email: "alice@example.com" }]);
      const group = await groups.create({ name: "Engineering" });
      expect(group).toMatchObject({ type: "rbac_group", name: "Engineering", role_ids: [], source_type: "direct" });
      expect(await groups.retrieve(group.id)).toEqual(group);
      const renamed = await groups.update(group.id, { name: "Platform" });
      expect(renamed.name).toBe("Platform");
      const listed: string[] = [];
      for await (const g of groups.list()) listed.push(g.id);
      expect(listed).toEqual([group.id]);

      const member = await groups.members.add(group.id, { user_id: alice!.id });
      expect(member).toMatchObject({ type: "rbac_group_member", rbac_group_id: group.id, user_id: alice!.id, email: "alice@example.com" });
      expect((await groups.members.list(group.id)).data).toEqual([member]);
      expect(await groups.members.remove(alice!.id, { rbac_group_id: group.id })).toEqual({
        type: "rbac_group_member_deleted", rbac_group_id: group.id, user_id: alice!.id,
      });
      expect(await groups.delete(group.id)).toEqual({ id: group.id, type: "rbac_group_deleted" });
      await expect(groups.retrieve(group.id)).rejects.toBeInstanceOf(Anthropic.NotFoundError);
    });

    it("RBAC roles: list, retrieve, and each role's permissions", async () => {
      const roles = sdk().beta.organization.rbacRoles;
      const all = [];
      for await (const role of roles.list({ limit: 1 })) all.push(role);
      expect(all.length).toBeGreaterThan(1);
      expect(await roles.retrieve(all[0]!.id)).toEqual(all[0]);
      const permissions = [];
      for await (const p of roles.permissions.list(all[0]!.id)) permissions.push(p);
      expect(permissions.length).toBeGreaterThan(0);
      expect(permissions[0]).toMatchObject({ type: "rbac_role_permission", action: expect.any(String), resource: { type: expect.any(String) } });
    });
  });
});

describe("on a Claude Console organization", () => {
  const emu = useEmulator();

  eachConstruction(emu, (sdk) => {
    it("RBAC groups and roles are refused as OrganizationTypeNotSupportedError", async () => {
      const client = sdk();
      const refused = await client.beta.organization.rbacGroups.list().catch((e: unknown) => e);
      // The SDK maps `400 organization_type_not_supported` to its OrganizationTypeNotSupportedError.
      expect(refused).toBeInstanceOf(Anthropic.BadRequestError);
      expect(refused).toMatchObject({ status: 400, errorCode: "organization_type_not_supported" });
      expect((refused as Error).constructor.name).toBe("OrganizationTypeNotSupportedError");
      await expect(client.beta.organization.rbacRoles.list()).rejects.toBeInstanceOf(Anthropic.BadRequestError);
    });
  });
});
