import { describe, expect, it } from "vitest";
import { adminFetch, useEmulator } from "../support/emulator";

// What a workspace create/update checks about the two fields that name things beyond the workspace:
// `external_key_id` (one of the organization's external keys, with the same user profile) and
// `inference_data_privacy` (settable by an OAuth token, never by the admin key).
const emu = useEmulator();
const WORKSPACES = "/v1/organizations/workspaces";
const ARN = "arn:aws:kms:us-east-1:111122223333:key/abcd1234-5678-90ab-cdef-000011112222";

async function externalKey(): Promise<string> {
  const response = await adminFetch(emu, "POST", "/v1/organizations/external_keys", { body: { provider_config: { type: "aws", kms_arn: ARN } } });
  expect(response.status).toBe(200);
  return response.body.id;
}

/** As the person's OAuth token (org:admin), which needs the OAuth beta beside any other. */
const asOAuth = (betas: string[] = []) => ({
  "x-api-key": undefined, authorization: `Bearer ${emu.oauthToken}`, "anthropic-beta": ["oauth-2025-04-20", ...betas].join(","),
});

describe("external_key_id on a workspace", () => {
  it("must name an external key of the organization (external_key_not_found), on create and on update", async () => {
    const before = await emu.control.state();
    const created = await adminFetch(emu, "POST", WORKSPACES, { body: { name: "Sealed", external_key_id: "ekey_01nothere" } });
    expect(created.status).toBe(400);
    expect(created.body.error).toEqual({
      type: "invalid_request_error", details: { error_code: "external_key_not_found" },
      message: expect.stringMatching(/^external_key_id: .*'ekey_01nothere'/),
    });
    expect((await emu.control.state()).workspaces).toEqual(before.workspaces);

    const plain = (await adminFetch(emu, "POST", WORKSPACES, { body: { name: "Plain" } })).body;
    const updated = await adminFetch(emu, "POST", `${WORKSPACES}/${plain.id}`, { body: { name: "Renamed", external_key_id: "ekey_01nothere" } });
    expect([updated.status, updated.body.error.details]).toEqual([400, { error_code: "external_key_not_found" }]);
    expect((await adminFetch(emu, "GET", `${WORKSPACES}/${plain.id}`)).body).toMatchObject({ name: "Plain", external_key_id: null });

    const key = await externalKey();
    const attached = await adminFetch(emu, "POST", `${WORKSPACES}/${plain.id}`, { body: { external_key_id: key } });
    expect([attached.status, attached.body.external_key_id]).toEqual([200, key]);
    const sealed = await adminFetch(emu, "POST", WORKSPACES, { body: { name: "Sealed", external_key_id: key } });
    expect([sealed.status, sealed.body.external_key_id]).toEqual([200, key]);
  });

  it("refuses a key and a workspace with different user profiles (key_profile_mismatch)", async () => {
    const key = await externalKey();
    const mismatch = await adminFetch(emu, "POST", WORKSPACES, { body: { name: "Profiled", external_key_id: key, user_profile_id: "uprof_01a" } });
    expect([mismatch.status, mismatch.body.error.details]).toEqual([400, { error_code: "key_profile_mismatch" }]);
    expect(mismatch.body.error.message).toMatch(/^external_key_id: .*no user profile.*'uprof_01a'/);

    // A key bound to a user profile (made out of band: the emulator has no user profiles) fits only a
    // workspace with that profile.
    await emu.control.patch(key, { user_profile_id: "uprof_01a" });
    const plain = await adminFetch(emu, "POST", WORKSPACES, { body: { name: "Plain", external_key_id: key } });
    expect(plain.body.error?.details).toEqual({ error_code: "key_profile_mismatch" });
    const matching = await adminFetch(emu, "POST", WORKSPACES, { body: { name: "Profiled", external_key_id: key, user_profile_id: "uprof_01a" } });
    expect([matching.status, matching.body.external_key_id, matching.body.user_profile_id]).toEqual([200, key, "uprof_01a"]);
  });
});

describe("inference_data_privacy on a workspace", () => {
  const internal = { human_review: { type: "enabled" }, safeguards_storage: { type: "internal" }, transcripts_storage: { type: "internal" } };

  it("is refused to the admin key (403), whatever its value", async () => {
    for (const value of [internal, null]) {
      const response = await adminFetch(emu, "POST", WORKSPACES, {
        body: { name: "Private", inference_data_privacy: value }, headers: { "anthropic-beta": "efs-2026-10-01" },
      });
      expect([response.status, response.body.error.type]).toEqual([403, "permission_error"]);
      expect(response.body.error.message).toMatch(/Admin API key can't set inference_data_privacy/);
    }
  });

  it("is taken from an OAuth token with the efs beta, for the values an emulated organization offers", async () => {
    const noBeta = await adminFetch(emu, "POST", WORKSPACES, { body: { name: "Private", inference_data_privacy: internal }, headers: asOAuth() });
    expect([noBeta.status, noBeta.body.error.message]).toEqual([400, expect.stringContaining("efs-2026-10-01")]);

    const created = await adminFetch(emu, "POST", WORKSPACES, { body: { name: "Private", inference_data_privacy: internal }, headers: asOAuth(["efs-2026-10-01"]) });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    expect(created.body.name).toBe("Private");
    const updated = await adminFetch(emu, "POST", `${WORKSPACES}/${created.body.id}`, {
      body: { name: "Still private", inference_data_privacy: { human_review: { type: "enabled" } } }, headers: asOAuth(["efs-2026-10-01"]),
    });
    expect([updated.status, updated.body.name]).toEqual([200, "Still private"]);
  });

  it("refuses from an OAuth token what needs approval or External Storage, and a malformed value, changing nothing", async () => {
    const refused: Array<[unknown, string | undefined, RegExp]> = [
      [{ human_review: { type: "disabled" } }, "approval_required", /^inference_data_privacy\.human_review: /],
      [{ safeguards_storage: { type: "external", external_storage_id: "estrg_01x" } }, "external_storage_not_available", /^inference_data_privacy\.safeguards_storage: /],
      [{ transcripts_storage: { type: "external", external_storage_id: "estrg_01x" } }, "external_storage_not_available", /^inference_data_privacy\.transcripts_storage: /],
      [null, undefined, /^inference_data_privacy: /],
      [{ human_review: { type: "sometimes" } }, undefined, /^inference_data_privacy\.human_review\.type: /],
    ];
    const before = await emu.control.state();
    for (const [value, code, message] of refused) {
      const response = await adminFetch(emu, "POST", WORKSPACES, { body: { name: "Private", inference_data_privacy: value }, headers: asOAuth(["efs-2026-10-01"]) });
      expect(response.status, JSON.stringify(value)).toBe(400);
      expect(response.body.error.details?.error_code).toBe(code);
      expect(response.body.error.message).toMatch(message);
    }
    expect((await emu.control.state()).workspaces).toEqual(before.workspaces);
  });
});
