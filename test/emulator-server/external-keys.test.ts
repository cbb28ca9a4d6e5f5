import { describe, expect, it } from "vitest";
import { adminFetch, useEmulator } from "../support/emulator";

const emu = useEmulator();
const KEYS = "/v1/organizations/external_keys";
const ARN = "arn:aws:kms:us-east-1:111122223333:key/abcd1234-5678-90ab-cdef-000011112222";

async function createKey(body: object) {
  const response = await adminFetch(emu, "POST", KEYS, { body });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

describe("external keys", () => {
  it("creates an AWS config with the region derived from the ARN, unattached, and reads it back", async () => {
    const key = await createKey({ provider_config: { type: "aws", kms_arn: ARN }, display_name: "Prod CMK" });
    expect(key).toMatchObject({
      type: "external_key", geo: "us", display_name: "Prod CMK", user_profile_id: null,
      attachment: { type: "unattached" }, provider_config: { type: "aws", kms_arn: ARN, region: "us-east-1" },
    });
    expect(key.id).toMatch(/^ekey_/);
    expect((await adminFetch(emu, "GET", `${KEYS}/${key.id}`)).body).toEqual(key);
  });

  it("refuses malformed configs, a region that is not the ARN's, and unknown user profiles", async () => {
    for (const body of [
      { provider_config: { type: "aws", kms_arn: "alias/prod" } },
      { provider_config: { type: "aws", kms_arn: ARN, region: "eu-west-1" } },
      { provider_config: { type: "gcp", key_name: "my-key" } },
      { provider_config: { type: "azure", key_name: "k", tenant_id: "t", vault_uri: "http://v.vault.azure.net" } },
      { provider_config: { type: "oracle" } },
    ]) {
      const response = await adminFetch(emu, "POST", KEYS, { body });
      expect(response.status, JSON.stringify(body)).toBe(400);
    }
    const profile = await adminFetch(emu, "POST", KEYS, { body: { provider_config: { type: "aws", kms_arn: ARN }, user_profile_id: "uprof_1" } });
    expect(profile.status).toBe(400);
    expect(profile.body.error.details).toEqual({ error_code: "user_profile_not_found" });
  });

  it("lists newest first with page cursors", async () => {
    const ids = [];
    for (const n of [1, 2, 3]) ids.push((await createKey({ provider_config: { type: "gcp", key_name: `projects/p/locations/us/keyRings/r/cryptoKeys/k${n}` } })).id);
    const first = await adminFetch(emu, "GET", `${KEYS}?limit=2`);
    expect(first.body.data.map((k: { id: string }) => k.id)).toEqual([ids[2], ids[1]]);
    const second = await adminFetch(emu, "GET", `${KEYS}?limit=2&page=${first.body.next_page}`);
    expect(second.body.data.map((k: { id: string }) => k.id)).toEqual([ids[0]]);
    expect(second.body.next_page).toBeNull();
  });

  it("validates: success, or failure with the KMS's reason, both with 200", async () => {
    const good = await createKey({ provider_config: { type: "aws", kms_arn: ARN } });
    const bad = await createKey({ provider_config: { type: "gcp", key_name: "projects/p/locations/us/keyRings/r/cryptoKeys/denied" } });
    expect((await adminFetch(emu, "POST", `${KEYS}/${good.id}/validate`)).body).toEqual({ type: "external_key_validation", status: "success", error: null });
    const failed = await adminFetch(emu, "POST", `${KEYS}/${bad.id}/validate`);
    expect(failed.status).toBe(200);
    expect(failed.body).toMatchObject({ status: "failure", error: expect.stringContaining("denied") });
  });

  it("once a workspace (even archived) uses it: provider config fixed, delete refused; the name stays editable", async () => {
    const key = await createKey({ provider_config: { type: "aws", kms_arn: ARN } });
    const workspace = await adminFetch(emu, "POST", "/v1/organizations/workspaces", { body: { name: "Sealed", external_key_id: key.id } });
    await adminFetch(emu, "POST", `/v1/organizations/workspaces/${workspace.body.id}/archive`);
    expect((await adminFetch(emu, "GET", `${KEYS}/${key.id}`)).body.attachment).toEqual({ type: "attached" });

    const renamed = await adminFetch(emu, "POST", `${KEYS}/${key.id}`, { body: { display_name: "Renamed" } });
    expect(renamed.body.display_name).toBe("Renamed");
    const moved = await adminFetch(emu, "POST", `${KEYS}/${key.id}`, {
      body: { provider_config: { type: "aws", kms_arn: ARN.replace("abcd1234", "ffff1234") } },
    });
    expect(moved.status).toBe(400);
    const deleted = await adminFetch(emu, "DELETE", `${KEYS}/${key.id}`);
    expect(deleted.status).toBe(400);
    expect(deleted.body.error.message).toMatch(/attached to workspace .* cannot be deleted/);
  });

  it("an unattached config is reconfigured and deleted; a GCP key name never changes", async () => {
    const aws = await createKey({ provider_config: { type: "aws", kms_arn: ARN } });
    const azure = { type: "azure", key_name: "cmk", tenant_id: "tenant", vault_uri: "https://corp.vault.azure.net" };
    const switched = await adminFetch(emu, "POST", `${KEYS}/${aws.id}`, { body: { provider_config: azure } });
    expect(switched.body.provider_config).toEqual({ ...azure, client_id: null });
    expect((await adminFetch(emu, "DELETE", `${KEYS}/${aws.id}`)).body).toEqual({ id: aws.id, type: "external_key_deleted" });
    expect((await adminFetch(emu, "GET", `${KEYS}/${aws.id}`)).status).toBe(404);

    const gcp = await createKey({ provider_config: { type: "gcp", key_name: "projects/p/locations/us/keyRings/r/cryptoKeys/a" } });
    const renamedKey = await adminFetch(emu, "POST", `${KEYS}/${gcp.id}`, {
      body: { provider_config: { type: "gcp", key_name: "projects/p/locations/us/keyRings/r/cryptoKeys/b" } },
    });
    expect(renamedKey.status).toBe(400);
  });
});
