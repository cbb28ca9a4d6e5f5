import Anthropic from "@anthropic-ai/sdk";
import { describe, expect, it } from "vitest";
import { useEmulator } from "../support/emulator";
import { eachConstruction } from "./sdk";

const emu = useEmulator();
const ARN = "arn:aws:kms:us-east-1:111122223333:key/abcd1234-5678-90ab-cdef-000011112222";

eachConstruction(emu, (sdk) => {
  describe("external keys", () => {
    it("create, retrieve, update, list (auto-paging), validate and delete", async () => {
      const keys = sdk().beta.organization.externalKeys;
      const created = await keys.create({ provider_config: { type: "aws", kms_arn: ARN }, display_name: "Prod" });
      expect(created).toMatchObject({
        type: "external_key", attachment: { type: "unattached" }, geo: "us", display_name: "Prod",
        provider_config: { type: "aws", kms_arn: ARN, region: "us-east-1" }, user_profile_id: null,
      });
      expect(await keys.retrieve(created.id)).toEqual(created);

      const updated = await keys.update(created.id, { display_name: "Production" });
      expect(updated.display_name).toBe("Production");

      const gcp = await keys.create({ provider_config: { type: "gcp", key_name: "projects/p/locations/us/keyRings/r/cryptoKeys/k" } });
      const seen: string[] = [];
      for await (const key of keys.list({ limit: 1 })) seen.push(key.id);
      expect(seen).toEqual([gcp.id, created.id]);

      expect(await keys.validate(created.id)).toEqual({ type: "external_key_validation", status: "success", error: null });
      expect(await keys.delete(gcp.id)).toEqual({ id: gcp.id, type: "external_key_deleted" });
      await expect(keys.retrieve(gcp.id)).rejects.toBeInstanceOf(Anthropic.NotFoundError);
    });

    it("a key a workspace uses cannot be deleted: the SDK raises BadRequestError", async () => {
      const client = sdk();
      const key = await client.beta.organization.externalKeys.create({ provider_config: { type: "aws", kms_arn: ARN } });
      await client.beta.organization.workspaces.create({ name: "Sealed", external_key_id: key.id });
      expect((await client.beta.organization.externalKeys.retrieve(key.id)).attachment).toEqual({ type: "attached" });
      await expect(client.beta.organization.externalKeys.delete(key.id)).rejects.toBeInstanceOf(Anthropic.BadRequestError);
    });
  });

  describe("compliance settings", () => {
    it("retrieve and update, in the object form and the string shorthand", async () => {
      const settings = sdk().beta.organization.complianceSettings;
      expect(await settings.retrieve()).toEqual({ type: "compliance_settings", state: { type: "disabled" } });
      expect(await settings.update({ state: { type: "enabled" } })).toEqual({ type: "compliance_settings", state: { type: "enabled" } });
      // The SDK types only the object form; the API also takes the string, and answers the object form.
      expect((await settings.update({ state: "disabled" as never })).state).toEqual({ type: "disabled" });
      expect((await settings.retrieve()).state).toEqual({ type: "disabled" });
    });
  });
});
