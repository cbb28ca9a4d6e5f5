import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type EmulatorState, type RunningEmulator } from "../../emulator";
import { adminFetch, useEmulator, type EmulatorHandle } from "../support/emulator";

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
