import { expect } from "vitest";
import { adminFetch, type EmulatorHandle } from "../support/emulator";

// A Claude Enterprise organization holding one or more of every object the governance and integration
// endpoints can list, and the API's whole view of it; state-restore tests compare the view before a
// save and after a restore.

export const BETAS = {
  webhooks: "webhooks-2026-10-07",
  telemetry: "telemetry-destinations-2026-08-11",
  signOut: "admin-user-sign-out-2026-10-08",
};
const ALL_BETAS = { "anthropic-beta": Object.values(BETAS).join(",") };
const ARN = "arn:aws:kms:us-east-1:111122223333:key/abcd1234-5678-90ab-cdef-000011112222";
const GCP_KEY = "projects/p/locations/us/keyRings/r/cryptoKeys/k";
/** A telemetry header value: write-only, so it must never be in a snapshot or a state file. */
export const HEADER_VALUE = "Bearer tok-7d1e93c4-never-saved";

export interface GovernedOrganization {
  /** Every signing secret the API showed (create, then regenerate): none may be saved. */
  signingSecrets: string[];
  sealedWorkspaceId: string;
  externalKeyId: string;
  groupId: string;
  memberId: string;
}

async function ok(emu: EmulatorHandle, method: string, path: string, body?: unknown) {
  const response = await adminFetch(emu, method, path, { body, headers: ALL_BETAS });
  expect(response.status, `${method} ${path}: ${JSON.stringify(response.body)}`).toBe(200);
  return response.body;
}

export async function buildGovernedOrganization(emu: EmulatorHandle): Promise<GovernedOrganization> {
  const [alice, bob] = await emu.control.seedUsers([{ email: "alice@example.com" }, { email: "bob@example.com" }]);
  const key = await ok(emu, "POST", "/v1/organizations/external_keys", { provider_config: { type: "aws", kms_arn: ARN }, display_name: "Prod CMK" });
  await ok(emu, "POST", "/v1/organizations/external_keys", { provider_config: { type: "gcp", key_name: GCP_KEY } });
  const sealed = await ok(emu, "POST", "/v1/organizations/workspaces", { name: "Sealed", external_key_id: key.id });
  const plain = await ok(emu, "POST", "/v1/organizations/workspaces", { name: "Plain" });
  await ok(emu, "POST", "/v1/organizations/compliance_settings", { state: { type: "enabled" } });

  const group = await ok(emu, "POST", "/v1/organizations/rbac_groups", { name: "Engineering" });
  await ok(emu, "POST", "/v1/organizations/rbac_groups", { name: "Ops" });
  for (const user of [alice!, bob!]) await ok(emu, "POST", `/v1/organizations/rbac_groups/${group.id}/members`, { user_id: user.id });
  // Roles are attached in the admin settings, not through the API: a stack that reads them holds their ids.
  const roles = await ok(emu, "GET", "/v1/organizations/rbac_roles");
  await emu.control.patch(group.id, { role_ids: [roles.data[0].id] });

  const hook = await ok(emu, "POST", "/v1/organizations/webhooks", { url: "https://example.com/hooks", enabled_events: ["external_key.failed"], name: "alerts" });
  const regenerated = await ok(emu, "POST", `/v1/organizations/webhooks/${hook.id}/regenerate_signing_secret`);
  await ok(emu, "POST", "/v1/organizations/telemetry_destinations", {
    endpoint_url: "https://otel.example.com/v1", display_name: "Collector", headers: { authorization: HEADER_VALUE, "x-team": "core" },
    workspaces: { type: "include", workspace_ids: [sealed.id, plain.id] },
  });
  const everywhere = await ok(emu, "POST", "/v1/organizations/telemetry_destinations", { endpoint_url: "https://traces.example.com", workspaces: { type: "all" } });
  await ok(emu, "POST", `/v1/organizations/telemetry_destinations/${everywhere.id}`, { state: { type: "disabled" } });

  await ok(emu, "POST", `/v1/organizations/users/${bob!.id}/sign_out`);
  return {
    signingSecrets: [hook.signing_secret, regenerated.signing_secret], sealedWorkspaceId: sealed.id,
    externalKeyId: key.id, groupId: group.id, memberId: alice!.id,
  };
}

/** Everything the API (and the control surface's sign-out record) answers about these objects. */
export async function governedView(emu: EmulatorHandle) {
  const view: Record<string, unknown> = {};
  const read = async (path: string) => {
    const response = await adminFetch(emu, "GET", path, { headers: ALL_BETAS });
    view[path] = { status: response.status, body: response.body };
    return response.body;
  };
  await read("/v1/organizations/me");
  await read("/v1/organizations/users?limit=1000");
  await read("/v1/organizations/workspaces?limit=1000&include_archived=true");
  await read("/v1/organizations/external_keys?limit=1000");
  await read("/v1/organizations/compliance_settings");
  for (const group of (await read("/v1/organizations/rbac_groups?limit=1000")).data ?? []) {
    await read(`/v1/organizations/rbac_groups/${group.id}/members?limit=1000`);
  }
  for (const role of (await read("/v1/organizations/rbac_roles?limit=1000")).data ?? []) {
    await read(`/v1/organizations/rbac_roles/${role.id}/permissions?limit=1000`);
  }
  await read("/v1/organizations/webhooks?limit=1000");
  for (const destination of (await read("/v1/organizations/telemetry_destinations?limit=1000")).data ?? []) {
    await read(`/v1/organizations/telemetry_destinations/${destination.id}/workspaces?limit=1000`);
  }
  view.signOuts = await emu.control.signOuts();
  view.organizationType = ((await (await fetch(`${emu.url}/_emulator/`)).json()) as { organizationType: string }).organizationType;
  return view;
}
