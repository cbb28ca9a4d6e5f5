import { describe, expect, it } from "vitest";
import { useEmulator } from "../support/emulator";
import { eachConstruction } from "./sdk";

const emu = useEmulator();

eachConstruction(emu, (sdk) => {
  describe("organization webhook endpoints", () => {
    it("create (secret once), retrieve, update, list, regenerate and delete", async () => {
      const webhooks = sdk().beta.organization.webhooks;
      const created = await webhooks.create({
        url: "https://example.com/anthropic-webhooks",
        enabled_events: ["user_profile.enforcement_action_opened", "user_profile.enforcement_action_resolved"],
        name: "trust-and-safety",
      });
      expect(created.signing_secret).toMatch(/^whsec_/);
      expect(created).toMatchObject({ name: "trust-and-safety", description: "", state: "enabled", disabled_reason: "" });

      const { signing_secret: secret, ...endpoint } = created;
      const fetched = await webhooks.retrieve(created.id);
      expect(fetched).toEqual(endpoint);
      expect(fetched).not.toHaveProperty("signing_secret");

      const updated = await webhooks.update(created.id, { state: "disabled", enabled_events: ["external_key.failed"], description: "pager" });
      expect(updated).toMatchObject({ id: created.id, state: "disabled", enabled_events: ["external_key.failed"], description: "pager", name: "trust-and-safety" });

      const second = await webhooks.create({ url: "https://example.com/second", enabled_events: ["external_storage.failed"] });
      const newestFirst = [];
      for await (const e of webhooks.list({ limit: 1 })) newestFirst.push(e.id);
      expect(newestFirst).toEqual([second.id, created.id]);
      const oldestFirst = [];
      for await (const e of webhooks.list({ limit: 1, order: "asc" })) oldestFirst.push(e.id);
      expect(oldestFirst).toEqual([created.id, second.id]);

      const regenerated = await webhooks.regenerateSigningSecret(created.id);
      expect(regenerated.signing_secret).toMatch(/^whsec_/);
      expect(regenerated.signing_secret).not.toBe(secret);

      expect(await webhooks.delete(created.id)).toEqual({ id: created.id, type: "webhook_endpoint_deleted" });
      await expect(webhooks.retrieve(created.id)).rejects.toMatchObject({ status: 404 });
    });

    it("answers 404 to a request that drops the beta header", async () => {
      const client = sdk();
      // The SDK always adds the header; overriding it with another beta shows the API's answer without it.
      await expect(client.beta.organization.webhooks.list({}, { headers: { "anthropic-beta": "other-2025-01-01" } })).rejects.toMatchObject({ status: 404 });
    });
  });
});
