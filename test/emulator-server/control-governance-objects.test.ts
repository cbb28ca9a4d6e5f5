import { describe, expect, it } from "vitest";
import { adminFetch, useEmulator } from "../support/emulator";

// The control surface's out-of-band `patch`/`remove` reach the objects added with governance and
// integrations, so a test can make drift without the SDK: external keys, RBAC groups and their members,
// webhook endpoints, telemetry destinations.
const emu = useEmulator({ organizationType: "enterprise" });
const ARN = "arn:aws:kms:us-east-1:111122223333:key/abcd1234-5678-90ab-cdef-000011112222";
const WEBHOOKS = { "anthropic-beta": "webhooks-2026-10-07" };
const TELEMETRY = { "anthropic-beta": "telemetry-destinations-2026-08-11" };
const DESTINATIONS = "/v1/organizations/telemetry_destinations";

async function created(method: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await adminFetch(emu, method, path, { body, headers });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

describe("out-of-band changes to governance and integration objects", () => {
  it("external keys (ekey_): patch shows through the API, derived fields stay derived, remove answers 404", async () => {
    const key = await created("POST", "/v1/organizations/external_keys", { provider_config: { type: "aws", kms_arn: ARN } });
    await emu.control.patch(key.id, { display_name: "Renamed in the Console" });
    expect((await adminFetch(emu, "GET", `/v1/organizations/external_keys/${key.id}`)).body).toMatchObject({
      display_name: "Renamed in the Console", attachment: { type: "unattached" },
    });
    await expect(emu.control.patch(key.id, { attachment: { type: "attached" } })).rejects.toThrow(/attachment/);
    await expect(emu.control.patch(key.id, { id: "ekey_other" })).rejects.toThrow(/id: cannot be changed/);
    await emu.control.remove(key.id);
    expect((await adminFetch(emu, "GET", `/v1/organizations/external_keys/${key.id}`)).status).toBe(404);
  });

  it("RBAC groups (rbac_group_) and their members (rbac_group_.../user_...)", async () => {
    const [alice] = await emu.control.seedUsers([{ email: "alice@example.com" }]);
    const group = await created("POST", "/v1/organizations/rbac_groups", { name: "Eng" });
    await created("POST", `/v1/organizations/rbac_groups/${group.id}/members`, { user_id: alice!.id });
    const role = (await adminFetch(emu, "GET", "/v1/organizations/rbac_roles")).body.data[0].id;

    // Provisioned by the identity provider, with a role: only out of band.
    await emu.control.patch(group.id, { source_type: "scim", role_ids: [role] });
    expect((await adminFetch(emu, "GET", `/v1/organizations/rbac_groups/${group.id}`)).body).toMatchObject({ source_type: "scim", role_ids: [role] });
    expect((await adminFetch(emu, "POST", `/v1/organizations/rbac_groups/${group.id}`, { body: { name: "x" } })).status).toBe(400);

    const memberId = `${group.id}/${alice!.id}`;
    await emu.control.patch(memberId, { email: "alice@corp.example" });
    await expect(emu.control.patch(memberId, { rbac_group_id: "rbac_group_other" })).rejects.toThrow(/rbac_group_id: cannot be changed/);
    const members = async () => (await adminFetch(emu, "GET", `/v1/organizations/rbac_groups/${group.id}/members`)).body.data;
    expect(await members()).toEqual([expect.objectContaining({ user_id: alice!.id, email: "alice@corp.example" })]);
    await emu.control.remove(memberId);
    expect(await members()).toEqual([]);

    await emu.control.patch(group.id, { source_type: "direct" });
    await created("POST", `/v1/organizations/rbac_groups/${group.id}/members`, { user_id: alice!.id });
    await emu.control.remove(group.id);
    expect((await adminFetch(emu, "GET", `/v1/organizations/rbac_groups/${group.id}`)).status).toBe(404);
    // Its memberships went with it, as the API's own delete takes them.
    expect((await emu.control.state()).governance?.rbacGroupMembers).toEqual([]);
  });

  it("webhook endpoints (whep_): e.g. disabled by Anthropic with a reason, then removed", async () => {
    const hook = await created("POST", "/v1/organizations/webhooks", { url: "https://example.com/hooks", enabled_events: ["external_key.failed"] }, WEBHOOKS);
    expect(hook.id).toMatch(/^whep_/);
    await emu.control.patch(hook.id, { state: "disabled", disabled_reason: "sustained_failure" });
    const read = await adminFetch(emu, "GET", `/v1/organizations/webhooks/${hook.id}`, { headers: WEBHOOKS });
    expect(read.body).toMatchObject({ state: "disabled", disabled_reason: "sustained_failure" });
    expect(read.body.signing_secret).toBeUndefined();
    await expect(emu.control.patch(hook.id, { signing_secret: "whsec_x" })).rejects.toThrow(/signing_secret/);
    await emu.control.remove(hook.id);
    expect((await adminFetch(emu, "GET", `/v1/organizations/webhooks/${hook.id}`, { headers: WEBHOOKS })).status).toBe(404);
  });

  it("telemetry destinations (tdst_): state and workspaces out of band; header names only through the API", async () => {
    const [one, two] = [await emu.control.seedWorkspace({ name: "One" }), await emu.control.seedWorkspace({ name: "Two" })];
    const destination = await created("POST", DESTINATIONS, {
      endpoint_url: "https://otel.example.com", workspaces: { type: "include", workspace_ids: [one.id, two.id] }, headers: { authorization: "Bearer t" },
    }, TELEMETRY);
    const list = async () => (await adminFetch(emu, "GET", `${DESTINATIONS}/${destination.id}/workspaces`, { headers: TELEMETRY })).body.data
      .map((e: { workspace_id: string }) => e.workspace_id);

    await emu.control.patch(destination.id, { state: { type: "disabled", reason: { type: "sustained_failure" } } });
    expect((await adminFetch(emu, "GET", `${DESTINATIONS}/${destination.id}`, { headers: TELEMETRY })).body.state)
      .toEqual({ type: "disabled", reason: { type: "sustained_failure" } });
    await expect(emu.control.patch(destination.id, { header_names: ["x-other"] })).rejects.toThrow(/header_names: cannot be changed/);

    // A workspace removed out of band leaves the list; a change of the kind of list empties it.
    await emu.control.remove(two.id);
    expect(await list()).toEqual([one.id]);
    await emu.control.patch(destination.id, { workspaces: { type: "all" } });
    expect((await emu.control.state()).integrations?.telemetryDestinations[0]?.workspaces).toEqual([]);

    await emu.control.remove(destination.id);
    expect((await adminFetch(emu, "GET", `${DESTINATIONS}/${destination.id}`, { headers: TELEMETRY })).status).toBe(404);
  });
});
