import Anthropic from "@anthropic-ai/sdk";
import { describe, expect, it } from "vitest";
import { useEmulator } from "../support/emulator";
import { eachConstruction } from "./sdk";

// The Enterprise-only routes through the official SDK, against an emulated Claude Enterprise organization
// (and the refusal a Console one gives), with both constructions.

const enterprise = useEmulator({ organizationType: "enterprise" });
const consoleOrg = useEmulator();

eachConstruction(enterprise, (sdk) => {
  describe("effective spend limits", () => {
    it("lists each member's limit per period with its source, through spendLimits.effective.list", async () => {
      const client = sdk();
      const [ada] = await enterprise.control.seedUsers([{ email: "ada@example.com", name: "Ada" }]);
      const own = await client.beta.organization.spendLimits.set({ amount: "2500", scope: { type: "user", user_id: ada.id }, period: "daily" });
      expect(own).toMatchObject({ type: "spend_limit", amount: "2500", period: "daily", scope: { type: "user", user_id: ada.id } });

      const rows = [];
      for await (const row of client.beta.organization.spendLimits.effective.list({ user_ids: [ada.id] })) rows.push(row);
      expect(rows.map((r) => [r.period, r.amount, r.source.type, r.spend_limit_id === own.id])).toEqual([
        ["daily", "2500", "user", true],
        ["monthly", "50000", "organization", false],
      ]);
      expect(rows[0].actor).toEqual({ type: "user_actor", user_id: ada.id, email_address: "ada@example.com", name: "Ada", deleted: false });

      const weekly = await client.beta.organization.spendLimits.effective.list({ period: ["weekly"] });
      expect(weekly.data).toEqual([]);
    });
  });

  describe("user sign-out", () => {
    it("signs a member out with users.signOut (the SDK sends the beta header) and keeps them", async () => {
      const client = sdk();
      const [user] = await enterprise.control.seedUsers([{ email: "leaver@example.com" }]);
      expect(await client.beta.organization.users.signOut(user.id)).toEqual(user);
      expect((await enterprise.control.signOuts()).map((s) => s.user_id)).toEqual([user.id]);
      expect(await client.beta.organization.users.retrieve(user.id)).toEqual(user);
    });

    it("maps the refusals to the SDK's typed errors", async () => {
      const client = sdk();
      const { adminUserId } = await enterprise.control.state();
      const primary = await client.beta.organization.users.signOut(adminUserId).catch((e: unknown) => e);
      expect(primary).toBeInstanceOf(Anthropic.BadRequestError);
      expect((primary as InstanceType<typeof Anthropic.BadRequestError>).errorCode).toBe("cannot_sign_out_primary_owner");
      const [owner] = await enterprise.control.seedUsers([{ email: "owner@example.com", role: "owner" }]);
      const refused = await client.beta.organization.users.signOut(owner.id).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(Anthropic.PermissionDeniedError);
      expect((refused as InstanceType<typeof Anthropic.PermissionDeniedError>).errorCode).toBe("cannot_sign_out_owner");
    });
  });

  describe("the managed role", () => {
    it("is accepted for invites and role changes", async () => {
      const client = sdk();
      expect((await client.beta.organization.invites.create({ email: "m@example.com", role: "managed" })).role).toBe("managed");
      const [user] = await enterprise.control.seedUsers([{ email: "u@example.com" }]);
      expect((await client.beta.organization.users.update(user.id, { role: "managed" })).role).toBe("managed");
      const developer = await client.beta.organization.users.update(user.id, { role: "developer" }).catch((e: unknown) => e);
      expect(developer).toBeInstanceOf(Anthropic.BadRequestError);
    });
  });
});

eachConstruction(consoleOrg, (sdk) => {
  describe("Enterprise-only features on a Console organization", () => {
    it("answers effective spend limits with the SDK's OrganizationTypeNotSupportedError", async () => {
      const error = await sdk().beta.organization.spendLimits.effective.list().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Anthropic.BadRequestError);
      expect((error as InstanceType<typeof Anthropic.BadRequestError>).errorCode).toBe("organization_type_not_supported");
    });

    it("answers sign-out with organization_not_enrolled_in_beta, and the managed role as not supported", async () => {
      const client = sdk();
      const [user] = await consoleOrg.control.seedUsers(1);
      const signOut = await client.beta.organization.users.signOut(user.id).catch((e: unknown) => e);
      expect((signOut as InstanceType<typeof Anthropic.BadRequestError>).errorCode).toBe("organization_not_enrolled_in_beta");
      const managed = await client.beta.organization.users.update(user.id, { role: "managed" }).catch((e: unknown) => e);
      expect((managed as InstanceType<typeof Anthropic.BadRequestError>).errorCode).toBe("organization_type_not_supported");
    });
  });
});
