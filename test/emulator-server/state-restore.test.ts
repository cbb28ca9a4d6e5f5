import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type EmulatorState, type RunningEmulator } from "../../emulator";
import { adminFetch, useEmulator, type EmulatorHandle } from "../support/emulator";
import { buildGovernedOrganization, governedView, HEADER_VALUE, type GovernedOrganization } from "./governed-organization";

// PUT /_emulator/state takes back exactly what GET /_emulator/state gave: a saved organization is served
// again by another emulator (another process, another admin key), with the same ids.
const source = useEmulator({ resetBeforeEach: false });
let target: RunningEmulator;
let keySecret: string;
let workspaceId: string;

const BETAS = { "anthropic-beta": "analytics-usage-cost-2026-08-24,spend-limit-reads-2026-09-26" };
const HOUR = 3_600_000;

/** Everything the Admin API answers about the organization, as a list of [path, status, body]. */
async function apiView(emulator: EmulatorHandle) {
  const window = Math.floor(Date.now() / HOUR) * HOUR - 2 * HOUR;
  const usage = `starting_at=${new Date(window - 3 * HOUR).toISOString()}&ending_at=${new Date(window).toISOString()}&group_by[]=workspace_id`;
  const paths = [
    "/v1/organizations/me",
    "/v1/organizations/users?limit=1000",
    "/v1/organizations/invites?limit=1000",
    "/v1/organizations/workspaces?limit=1000&include_archived=true",
    `/v1/organizations/workspaces/${workspaceId}/members?limit=1000`,
    "/v1/organizations/api_keys?limit=1000",
    "/v1/organizations/spend_limits?limit=1000",
    "/v1/organizations/rate_limits?limit=1000",
    `/v1/organizations/workspaces/${workspaceId}/rate_limits?include_inherited=true`,
    `/v1/organizations/analytics/usage?${usage}`,
  ];
  const view: Array<[string, number, unknown]> = [];
  for (const path of paths) {
    const { status, body } = await adminFetch(emulator, "GET", path, { headers: BETAS });
    // Per response, not per object: the time the report was made.
    if (body && typeof body === "object") delete body.data_refreshed_at;
    view.push([path, status, body]);
  }
  return view;
}

async function putState(body: unknown) {
  const response = await fetch(`${target.url}/_emulator/state`, {
    method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { error?: { type: string; message: string } } };
}

beforeAll(async () => {
  await source.control.reset();
  const [alice, bob] = await source.control.seedUsers([{ email: "alice@example.com", name: "Alice" }, { email: "bob@example.com" }]);
  const created = await adminFetch(source, "POST", "/v1/organizations/workspaces", { body: { name: "Production", tags: { team: "core" } } });
  workspaceId = created.body.id;
  await adminFetch(source, "POST", "/v1/organizations/spend_limits", {
    body: { amount: "250000", period: "monthly", scope: { type: "workspace", workspace_id: workspaceId } },
  });
  const rateLimits = await adminFetch(source, "GET", `/v1/organizations/workspaces/${workspaceId}/rate_limits?include_inherited=true`);
  await adminFetch(source, "POST", `/v1/organizations/workspaces/${workspaceId}/rate_limits/${rateLimits.body.data[0].rate_limit_id}`, {
    body: { limits: [{ type: "requests_per_minute", value: 321 }] },
  });
  await adminFetch(source, "POST", `/v1/organizations/workspaces/${workspaceId}/members`, {
    body: { user_id: alice!.id, workspace_role: "workspace_developer" },
  });
  const key = await adminFetch(source, "POST", "/v1/organizations/api_keys", { body: { name: "portal", workspace_id: workspaceId } });
  keySecret = key.body.key;
  await source.control.seedApiKey({ workspaceId, name: "from the console", createdByUserId: bob!.id, status: "inactive" });
  await adminFetch(source, "POST", "/v1/organizations/invites", { body: { email: "carol@example.com", role: "developer" } });
  const archived = await adminFetch(source, "POST", "/v1/organizations/workspaces", { body: { name: "Old" } });
  await adminFetch(source, "POST", `/v1/organizations/workspaces/${archived.body.id}/archive`);
  await source.control.seedUsage({ seed: 3 });
  target = await startEmulator();
});

afterAll(async () => {
  await target?.close();
});

describe("PUT /_emulator/state", () => {
  it("serves a saved organization again: the API answers the same objects, ids included", async () => {
    const saved: EmulatorState = JSON.parse(JSON.stringify(await source.control.state()));
    expect(saved.rateLimits.length).toBeGreaterThan(0);
    expect(saved.rateLimitOverrides.map((o) => o.limits)).toEqual([{ requests_per_minute: 321 }]);
    const expected = await apiView(source);
    expect(expected.filter(([, status]) => status !== 200)).toEqual([]);

    expect(await apiView(target)).not.toEqual(expected);
    const restored = await target.control.restore(saved);
    expect(restored).toEqual(saved);
    expect(await target.control.state()).toEqual(saved);
    expect(await apiView(target)).toEqual(expected);
  });

  it("never holds a key's secret, and refuses a snapshot that carries one", async () => {
    const saved = await source.control.state();
    expect(JSON.stringify(saved)).not.toContain(keySecret);
    expect(JSON.stringify(await target.control.state())).not.toContain(keySecret);
    const withSecret = { ...saved, apiKeys: saved.apiKeys.map((k) => ({ ...k, key: keySecret })) };
    const response = await putState(withSecret);
    expect(response.status).toBe(400);
    expect(response.body.error?.message).toMatch(/^apiKeys\.0: .*key/);
    expect(response.body.error?.message).not.toContain(keySecret);
  });

  it("rejects a bad snapshot with 400 naming the field, and changes nothing", async () => {
    const saved = await source.control.state();
    const before = await target.control.state();
    const bad: Array<[unknown, RegExp]> = [
      [{ ...saved, users: [{ ...saved.users[0], role: "emperor" }] }, /^users\.0\.role: /],
      [{ ...saved, workspaces: [...saved.workspaces, saved.workspaces[0]] }, /^workspaces\.\d+: duplicate/],
      [{ ...saved, rateLimits: [] }, /^rateLimitOverrides\.0\.key: /],
      [{ ...saved, usage: { generators: [], records: [{ at: "yesterday" }] } }, /^usage\.records\.0\.at: /],
      [{ ...saved, nickname: "x" }, /nickname/],
      [(({ members: _members, ...rest }) => rest)(saved), /^members: /],
    ];
    for (const [body, message] of bad) {
      const response = await putState(body);
      expect([response.status, response.body.error?.type]).toEqual([400, "invalid_request_error"]);
      expect(response.body.error?.message).toMatch(message);
    }
    expect(await target.control.state()).toEqual(before);
  });

  it("takes new objects after a restore, listed after the restored ones", async () => {
    await target.control.restore(await source.control.state());
    const created = await adminFetch(target, "POST", "/v1/organizations/workspaces", { body: { name: "After restore" } });
    const listed = await adminFetch(target, "GET", "/v1/organizations/workspaces?limit=1000");
    expect(listed.body.data.at(-1).id).toBe(created.body.id);
    expect(listed.body.data.map((w: { name: string }) => w.name)).toEqual(["Production", "After restore"]);
  });
});

describe("PUT /_emulator/state with governance and integrations", () => {
  const enterprise = useEmulator({ organizationType: "enterprise", resetBeforeEach: false });
  let built: GovernedOrganization;
  let saved: EmulatorState;
  beforeAll(async () => {
    built = await buildGovernedOrganization(enterprise);
    saved = JSON.parse(JSON.stringify(await enterprise.control.state()));
  });

  it("carries every object the API lists: external keys, compliance, RBAC groups, members and roles, webhooks, telemetry destinations and their lists, sign-outs", async () => {
    expect(saved.organizationType).toBe("enterprise");
    expect(saved.governance).toMatchObject({ compliance: "enabled" });
    expect(saved.governance?.externalKeys).toHaveLength(2);
    expect(saved.governance?.rbacGroups).toHaveLength(2);
    expect(saved.governance?.rbacGroupMembers).toHaveLength(2);
    expect(saved.governance?.rbacRoles.length).toBeGreaterThan(0);
    expect(saved.integrations?.webhooks).toHaveLength(1);
    expect(saved.integrations?.telemetryDestinations.map((d) => d.workspaces.length)).toEqual([2, 0]);
    expect(saved.signOuts).toHaveLength(1);

    const expected = await governedView(enterprise);
    const failed = Object.entries(expected).filter(([path, answer]) => path.startsWith("/v1/") && (answer as { status: number }).status !== 200);
    expect(failed).toEqual([]);
    expect(Object.keys(expected).length).toBeGreaterThan(12);
    // Restored into a Console emulator: the snapshot's organization type wins (see Store.restore).
    expect(await governedView(target)).not.toEqual(expected);
    expect(await target.control.restore(saved)).toEqual(saved);
    expect(await governedView(target)).toEqual(expected);
    expect(await target.control.state()).toEqual(saved);
  });

  it("restores behaviour, not only reads: an attached key stays undeletable, a member cannot be added twice", async () => {
    await target.control.restore(saved);
    const deleted = await adminFetch(target, "DELETE", `/v1/organizations/external_keys/${built.externalKeyId}`);
    expect([deleted.status, deleted.body.error.message]).toEqual([400, expect.stringContaining(built.sealedWorkspaceId)]);
    const again = await adminFetch(target, "POST", `/v1/organizations/rbac_groups/${built.groupId}/members`, { body: { user_id: built.memberId } });
    expect(again.status).toBe(400);
  });

  it("holds no signing secret and no header value, and refuses a snapshot that carries one without echoing it", async () => {
    const text = JSON.stringify(saved);
    for (const secret of [...built.signingSecrets, HEADER_VALUE]) expect(text).not.toContain(secret);
    const before = await target.control.state();
    const integrations = saved.integrations!;
    const withSecret = { ...saved, integrations: { ...integrations, webhooks: [{ ...integrations.webhooks[0], signing_secret: built.signingSecrets[1] }] } };
    const withHeader = {
      ...saved,
      integrations: { ...integrations, telemetryDestinations: [{ ...integrations.telemetryDestinations[0], headers: { authorization: HEADER_VALUE } }] },
    };
    for (const [body, secret, field] of [[withSecret, built.signingSecrets[1], /^integrations\.webhooks\.0: .*signing_secret/], [withHeader, HEADER_VALUE, /^integrations\.telemetryDestinations\.0: .*headers/]] as const) {
      const response = await putState(body);
      expect(response.status).toBe(400);
      expect(response.body.error?.message).toMatch(field);
      expect(response.body.error?.message).not.toContain(secret);
    }
    expect(await target.control.state()).toEqual(before);
  });

  it("rejects inconsistent governance and integrations, naming the field", async () => {
    const governance = saved.governance!;
    const integrations = saved.integrations!;
    const [listed] = integrations.telemetryDestinations;
    const bad: Array<[unknown, RegExp]> = [
      [{ ...saved, organizationType: "startup" }, /^organizationType: /],
      [{ ...saved, governance: { ...governance, rbacGroups: [] } }, /^governance\.rbacGroupMembers\.0\.rbac_group_id: /],
      [{ ...saved, governance: { ...governance, externalKeys: [...governance.externalKeys, governance.externalKeys[0]] } }, /^governance\.externalKeys\.\d+: duplicate/],
      [{ ...saved, integrations: { ...integrations, telemetryDestinations: [{ ...listed, headerValueBytes: {} }] } }, /^integrations\.telemetryDestinations\.0\.headerValueBytes: /],
      [{ ...saved, integrations: { ...integrations, telemetryDestinations: [{ ...listed, workspaces: [{ ...listed!.workspaces[0], telemetry_destination_id: "tdst_other" }] }] } },
        /^integrations\.telemetryDestinations\.0\.workspaces\.0\.telemetry_destination_id: /],
    ];
    for (const [body, message] of bad) {
      const response = await putState(body);
      expect(response.status).toBe(400);
      expect(response.body.error?.message).toMatch(message);
    }
  });

  it("reset after a restore returns to the kind the emulator started with", async () => {
    await target.control.restore(saved);
    await target.control.reset();
    const index = (await (await fetch(`${target.url}/_emulator/`)).json()) as { organizationType: string };
    expect(index.organizationType).toBe("console");
    expect((await target.control.state()).integrations).toEqual({ webhooks: [], telemetryDestinations: [] });
  });

  it("still loads a state file written before these objects existed (test/engine/fixtures/state-v0.1.0)", async () => {
    const old = JSON.parse(readFileSync(join(__dirname, "..", "engine", "fixtures", "state-v0.1.0", "emulator-state.json"), "utf8"));
    expect(Object.keys(old)).not.toContain("governance");
    await target.control.restore(saved);
    const restored = await target.control.restore(old);
    // Nothing of the previous organization survives, and a new organization's governance is made up.
    expect(restored.organizationType).toBe("console");
    expect(restored.integrations).toEqual({ webhooks: [], telemetryDestinations: [] });
    expect(restored.signOuts).toEqual([]);
    expect(restored.governance).toMatchObject({ externalKeys: [], compliance: "disabled", rbacGroups: [], rbacGroupMembers: [] });
    expect(restored.governance?.rbacRoles.map((r) => r.role.display_name)).toEqual(["Member", "Admin", "Connector user"]);
    expect(restored.workspaces.map((w) => w.id)).toEqual(old.workspaces.map((w: { id: string }) => w.id));
    expect((await adminFetch(target, "GET", "/v1/organizations/me")).body.id).toBe(old.organization.id);
  });
});
