import { describe, expect, it } from "vitest";
import { adminFetch, useEmulator } from "../support/emulator";
import { eachConstruction } from "./sdk";

const emu = useEmulator();

eachConstruction(emu, (sdk) => {
  describe("API keys", () => {
    it("lists with filters, retrieves and updates keys", async () => {
      const apiKeys = sdk().beta.organization.apiKeys;
      const alpha = await emu.control.seedWorkspace({ name: "Alpha" });
      const beta = await emu.control.seedWorkspace({ name: "Beta" });
      const [creator] = await emu.control.seedUsers(1);
      const a1 = await emu.control.seedApiKey({ workspaceId: alpha.id, name: "a1", createdByUserId: creator.id });
      const a2 = await emu.control.seedApiKey({ workspaceId: alpha.id, name: "a2", status: "inactive" });
      const b1 = await emu.control.seedApiKey({ workspaceId: beta.id, name: "b1" });

      expect((await apiKeys.list()).data.map((k) => k.id)).toEqual([a1.id, a2.id, b1.id]);
      expect((await apiKeys.list({ workspace_id: alpha.id })).data.map((k) => k.id)).toEqual([a1.id, a2.id]);
      expect((await apiKeys.list({ status: "inactive" })).data.map((k) => k.id)).toEqual([a2.id]);
      expect((await apiKeys.list({ created_by_user_id: creator.id })).data.map((k) => k.id)).toEqual([a1.id]);

      const fetched = await apiKeys.retrieve(a1.id);
      expect(fetched).toEqual(a1);
      expect(fetched).toMatchObject({
        type: "api_key", name: "a1", status: "active", expires_at: null, principal: null,
        created_by: { id: creator.id, type: "user" }, scope: { type: "workspace", workspace_id: alpha.id },
      });
      expect(fetched.partial_key_hint).toMatch(/^sk-ant-api03-.{3}\.\.\..{4}$/);
      expect(fetched).not.toHaveProperty("key");

      const renamed = await apiKeys.update(a1.id, { name: "a1-renamed", status: "inactive" });
      expect(renamed).toMatchObject({ id: a1.id, name: "a1-renamed", status: "inactive" });
      expect((await apiKeys.retrieve(a1.id)).name).toBe("a1-renamed");
      expect((await apiKeys.update(a1.id, { status: "archived" })).status).toBe("archived");
    });

    it("the creation extension returns the key once; reads never do", async () => {
      // Not in the SDK (the real API has no key creation), so this one goes over plain HTTP.
      const workspace = await emu.control.seedWorkspace({ name: "Minted" });
      const created = await adminFetch(emu, "POST", "/v1/organizations/api_keys", {
        body: { name: "service", workspace_id: workspace.id, expires_at: "2099-01-01T00:00:00Z" },
      });
      expect(created.status).toBe(200);
      expect(created.body.key).toMatch(/^sk-ant-api03-[A-Za-z0-9_-]{90,}$/);
      expect(created.body.partial_key_hint).toBe(`${created.body.key.slice(0, 16)}...${created.body.key.slice(-4)}`);
      expect(created.body.expires_at).toBe("2099-01-01T00:00:00.000Z");

      const fetched = await sdk().beta.organization.apiKeys.retrieve(created.body.id);
      const { key, ...withoutKey } = created.body;
      expect(fetched).toEqual(withoutKey);
      expect(JSON.stringify(await emu.control.state())).not.toContain(key);
    });
  });
});
