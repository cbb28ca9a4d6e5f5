import { beforeEach, describe, expect, it } from "vitest";
import { adminFetch, useEmulator } from "../support/emulator";

// Every filter the SDK documents for GET /analytics/usage and /analytics/cost is applied or refused with
// a 400 naming it; none is ignored (before issue 10, products[]=claude_code returned the unfiltered total).

const emu = useEmulator();
const BETA = { "anthropic-beta": "analytics-usage-cost-2026-08-24" };
const RANGE = "starting_at=2026-10-05T00:00:00Z&ending_at=2026-10-06T00:00:00Z";

const report = (kind: "usage" | "cost", query: string) =>
  adminFetch(emu, "GET", `/v1/organizations/analytics/${kind}?${RANGE}&${query}`, { headers: BETA });
const requests = async (query: string) => {
  const response = await report("usage", query);
  expect(response.status).toBe(200);
  return response.body.data.reduce((t: number, r: { usage: { requests: number } }) => t + r.usage.requests, 0);
};

let keyId = "";
beforeEach(async () => {
  const state = await emu.control.state();
  const workspaceId = state.defaultWorkspaceId;
  keyId = (await emu.control.seedApiKey({ workspaceId, name: "k" })).id;
  const at = "2026-10-05T10:00:00Z";
  await emu.control.seedUsage({
    records: [
      // Defaults: messages_api, standard, global.
      { startingAt: at, workspaceId, model: "claude-haiku-4-5", apiKeyId: keyId, uncachedInputTokens: 100, requests: 1 },
      { startingAt: at, workspaceId, model: "claude-haiku-4-5", product: "message_batches_api", serviceTier: "batch", uncachedInputTokens: 100, requests: 10 },
      { startingAt: at, workspaceId, model: "claude-haiku-4-5", product: "claude_code", inferenceGeo: "us", uncachedInputTokens: 100, requests: 100 },
    ],
  });
});

describe("analytics filters", () => {
  it.each([
    ["", 111],
    ["products[]=claude_code", 100],
    ["products[]=messages_api&products[]=message_batches_api", 11],
    ["products[]=cowork", 0],
    ["service_tiers[]=batch", 10],
    ["service_tiers[]=standard", 101],
    ["inference_geos[]=us", 100],
    ["inference_geos[]=global", 11],
    ["inference_geos[]=not_available", 0],
    ["speeds[]=standard", 111],
    ["speeds[]=fast", 0],
    ["context_windows[]=200k-1M", 0],
    ["actor_types[]=api_actor", 1],
    ["actor_types[]=user_actor", 0],
    ["api_key_ids[]=", 110],
    ["products[]=claude_code&inference_geos[]=global", 0],
  ])("usage with %s counts %i requests", async (query, expected) => {
    expect(await requests(query)).toBe(expected);
  });

  it("actor_ids matches usage attributed to the key itself", async () => {
    expect(await requests(`actor_ids[]=${keyId}`)).toBe(1);
    expect(await requests("actor_ids[]=user_someone")).toBe(0);
  });

  it.each([
    "agent_ids[]=agent_1", "deployment_ids[]=dep_1", "environment_ids[]=env_1", "session_ids[]=sesn_1",
    "slack_channel_ids[]=C123", "claude_tag_user_ids[]=U123", "claude_tag_categories[]=dm", "rbac_group_ids[]=rbac_group_1",
    "user_profile_ids[]=uprof_1",
  ])("%s matches nothing: emulated usage carries no such attribution", async (query) => {
    expect(await requests(query)).toBe(0);
  });

  it("the cost report takes the same filters", async () => {
    const all = await report("cost", "");
    const batch = await report("cost", "service_tiers[]=batch");
    expect(Number(batch.body.data[0].cost.amount)).toBeGreaterThan(0);
    expect(Number(batch.body.data[0].cost.amount)).toBeLessThan(Number(all.body.data[0].cost.amount));
    expect(batch.body.data[0].cost.requests).toBe(10);
  });

  it("groups by the attributed dimensions", async () => {
    const { body } = await report("usage", "group_by[]=product&group_by[]=service_tier&order_by=requests&order=asc");
    expect(body.data.map((r: { group: { product: string; service_tier: string }; usage: { requests: number } }) =>
      [r.group.product, r.group.service_tier, r.usage.requests])).toEqual([
      ["messages_api", "standard", 1], ["message_batches_api", "batch", 10], ["claude_code", "standard", 100],
    ]);
  });

  it.each([
    ["products[]=api", "products"],
    ["service_tiers[]=cheap", "service_tiers"],
    ["inference_geos[]=eu", "inference_geos"],
    ["organization_ids[]=org_child", "organization_ids"],
    ["exclude_deleted_users=true", "exclude_deleted_users"],
    ["colour[]=red", "colour"],
    ["starting_at=2025-12-31T00:00:00Z", "starting_at"],
  ])("refuses %s with a 400 naming %s", async (query, name) => {
    const path = query.startsWith("starting_at")
      ? `/v1/organizations/analytics/usage?${query}`
      : `/v1/organizations/analytics/usage?${RANGE}&${query}`;
    const response = await adminFetch(emu, "GET", path, { headers: BETA });
    expect(response.status).toBe(400);
    expect(response.body.error.type).toBe("invalid_request_error");
    expect(response.body.error.message).toContain(name);
  });

  it("takes exclude_deleted_users with group_by[]=actor", async () => {
    const response = await report("usage", "exclude_deleted_users=true&group_by[]=actor");
    expect(response.status).toBe(200);
  });
});
