import Anthropic from "@anthropic-ai/sdk";
import { describe, expect, it } from "vitest";
import { useEmulator } from "../support/emulator";
import { eachConstruction } from "./sdk";

const emu = useEmulator({ seed: { organization: { name: "Conformance Org" } } });

eachConstruction(emu, (sdk, construction) => {
  describe("organization", () => {
    it("retrieves the organization", async () => {
      const org = await sdk().beta.organization.retrieve();
      const state = await emu.control.state();
      expect(org).toEqual({ id: state.organization.id, name: "Conformance Org", type: "organization" });
    });

    it("reports a wrong key as the SDK's AuthenticationError with the request id and the API's wording", async () => {
      const error = await sdk({ key: "sk-ant-admin01-wrong" }).beta.organization.retrieve().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Anthropic.AuthenticationError);
      expect((error as InstanceType<typeof Anthropic.AuthenticationError>).requestID).toMatch(/^req_/);
      expect((error as Error).message).toContain(construction === "bearer" ? "Invalid bearer token" : "invalid x-api-key");
      expect((error as Error).message).not.toContain("sk-ant-admin01-wrong");
    });
  });

  describe("users", () => {
    it("lists, filters by email, retrieves, updates the role of, and removes users", async () => {
      const client = sdk();
      const [ada, bob] = await emu.control.seedUsers([
        { email: "ada@example.com", name: "Ada", role: "developer" },
        { email: "bob@example.com", name: "Bob" },
      ]);

      const page = await client.beta.organization.users.list({ limit: 10 });
      expect(page.data.map((u) => u.email)).toEqual(["admin@example.com", "ada@example.com", "bob@example.com"]);
      expect(page.has_more).toBe(false);

      const filtered = await client.beta.organization.users.list({ email: "ada@example.com" });
      expect(filtered.data).toEqual([ada]);

      const fetched = await client.beta.organization.users.retrieve(ada.id);
      expect(fetched).toEqual({ id: ada.id, type: "user", email: "ada@example.com", name: "Ada", role: "developer", added_at: ada.added_at });
      expect(Number.isNaN(Date.parse(fetched.added_at))).toBe(false);

      const updated = await client.beta.organization.users.update(ada.id, { role: "billing" });
      expect(updated.role).toBe("billing");
      expect((await client.beta.organization.users.retrieve(ada.id)).role).toBe("billing");

      const removed = await client.beta.organization.users.remove(bob.id);
      expect(removed).toEqual({ id: bob.id, type: "user_deleted" });
      await expect(client.beta.organization.users.retrieve(bob.id)).rejects.toBeInstanceOf(Anthropic.NotFoundError);
    });

    it("rejects assigning a role the API does not allow with a BadRequestError", async () => {
      const [user] = await emu.control.seedUsers(1);
      const error = await sdk().beta.organization.users.update(user.id, { role: "admin" as "user" }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Anthropic.BadRequestError);
      expect((error as Error).message).toMatch(/admin role cannot be assigned/);
    });
  });
});
