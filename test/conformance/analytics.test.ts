import { describe, expect, it } from "vitest";
import { useEmulator } from "../support/emulator";
import { eachConstruction } from "./sdk";

const emu = useEmulator();
const DAY = 24 * 3600 * 1000;

eachConstruction(emu, (sdk) => {
  describe("usage and cost analytics", () => {
    it("lists usage and cost per day, grouped by model and workspace, with consistent numbers", async () => {
      const client = sdk();
      const workspace = await emu.control.seedWorkspace({ name: "Busy" });
      const key = await emu.control.seedApiKey({ workspaceId: workspace.id, name: "busy key" });
      await emu.control.seedUsage({
        records: [
          { startingAt: "2026-10-01T09:00:00Z", workspaceId: workspace.id, apiKeyId: key.id, model: "claude-sonnet-4-5", uncachedInputTokens: 1_000_000, outputTokens: 100_000, requests: 40 },
          { startingAt: "2026-10-01T15:00:00Z", workspaceId: workspace.id, apiKeyId: key.id, model: "claude-sonnet-4-5", uncachedInputTokens: 500_000, cacheReadInputTokens: 1_000_000, requests: 10 },
          { startingAt: "2026-10-02T10:00:00Z", workspaceId: workspace.id, apiKeyId: key.id, model: "claude-opus-4-1", outputTokens: 10_000, webSearchRequests: 3, requests: 5 },
        ],
      });
      const range = { starting_at: "2026-10-01T00:00:00Z", ending_at: "2026-10-03T00:00:00Z", time_bucket_width: "1d" as const };

      const usage = await client.beta.organization.analytics.usage.list({ ...range, group_by: ["model", "workspace_id"], order_by: "time", order: "asc" });
      expect(usage.data.map((r) => [r.starting_at, r.ending_at, r.group.model, r.group.workspace_id, r.usage.total_tokens, r.usage.requests])).toEqual([
        ["2026-10-01T00:00:00Z", "2026-10-02T00:00:00Z", "claude-sonnet-4-5", workspace.id, 2_600_000, 50],
        ["2026-10-02T00:00:00Z", "2026-10-03T00:00:00Z", "claude-opus-4-1", workspace.id, 10_000, 5],
      ]);
      expect(usage.data[0].usage).toMatchObject({ uncached_input_tokens: 1_500_000, output_tokens: 100_000, cache_read_input_tokens: 1_000_000 });
      expect(usage.data[1].usage.server_tool_use.web_search_requests).toBe(3);
      expect(usage.data[0].group.api_key_id).toBeNull();
      expect(usage.has_more).toBe(false);

      const cost = await client.beta.organization.analytics.cost.list({ ...range, group_by: ["model"], order_by: "time", order: "asc" });
      // Sonnet: 1.5M input at 300c/M + 0.1M output at 1500c/M + 1M cache reads at 30c/M = 450 + 150 + 30 cents.
      // Opus: 10k output at 7500c/M + 3 web searches at 1c = 75 + 3 cents.
      expect(cost.data.map((r) => [r.group.model, r.cost.amount, r.cost.currency, r.cost.requests])).toEqual([
        ["claude-sonnet-4-5", "630", "USD", 50],
        ["claude-opus-4-1", "78", "USD", 5],
      ]);

      const byType = await client.beta.organization.analytics.cost.list({ ...range, models: ["claude-opus-4-1"], group_by: ["cost_type"] });
      expect(byType.data.map((r) => [r.group.cost_type, r.cost.amount, r.cost.requests])).toEqual([["tokens", "75", null], ["web_search", "3", null]]);
    });

    it("applies the product, service tier and inference geo filters the SDK sends", async () => {
      const client = sdk();
      const workspaceId = (await emu.control.state()).defaultWorkspaceId;
      const at = "2026-10-01T09:00:00Z";
      await emu.control.seedUsage({
        records: [
          { startingAt: at, workspaceId, model: "claude-haiku-4-5", uncachedInputTokens: 10, requests: 1 },
          { startingAt: at, workspaceId, model: "claude-haiku-4-5", product: "message_batches_api", serviceTier: "batch", uncachedInputTokens: 10, requests: 2 },
          { startingAt: at, workspaceId, model: "claude-haiku-4-5", product: "claude_code", inferenceGeo: "us", uncachedInputTokens: 10, requests: 4 },
        ],
      });
      const range = { starting_at: "2026-10-01T00:00:00Z", ending_at: "2026-10-02T00:00:00Z" };
      const requests = async (filters: object) =>
        (await client.beta.organization.analytics.usage.list({ ...range, ...filters })).data.reduce((t, r) => t + (r.usage.requests ?? 0), 0);
      expect(await requests({})).toBe(7);
      expect(await requests({ products: ["claude_code"] })).toBe(4);
      expect(await requests({ service_tiers: ["batch"] })).toBe(2);
      expect(await requests({ inference_geos: ["us"] })).toBe(4);
      expect(await requests({ session_ids: ["sesn_1"] })).toBe(0);
      const cost = await client.beta.organization.analytics.cost.list({ ...range, products: ["message_batches_api"] });
      expect(cost.data.map((r) => r.cost.requests)).toEqual([2]);
      const refused = await client.beta.organization.analytics.usage.list({ ...range, organization_ids: ["org_child"] }).catch((e: unknown) => e);
      expect((refused as Error).message).toContain("organization_ids");
    });

    it("gives the same synthetic numbers for the same seed and follows the page cursor", async () => {
      const client = sdk();
      const since = new Date(Math.floor(Date.now() / DAY) * DAY - 10 * DAY).toISOString();
      const query = { starting_at: since, ending_at: new Date(Date.parse(since) + 7 * DAY).toISOString(), time_bucket_width: "1d" as const, group_by: ["model" as const], limit: 4 };

      await emu.control.seedUsage({ seed: 42 });
      const rows = [];
      for await (const row of client.beta.organization.analytics.usage.list(query)) rows.push(row);
      expect(rows).toHaveLength(7 * 3);
      const total = rows.reduce((t, r) => t + r.usage.total_tokens, 0);
      expect(total).toBeGreaterThan(0);

      await emu.control.seedUsage({ seed: 42 });
      const again = (await client.beta.organization.analytics.usage.list({ ...query, limit: 1000 })).data;
      expect(again.reduce((t, r) => t + r.usage.total_tokens, 0)).toBe(total);

      await emu.control.seedUsage({ seed: 43 });
      const other = (await client.beta.organization.analytics.usage.list({ ...query, limit: 1000 })).data;
      expect(other.reduce((t, r) => t + r.usage.total_tokens, 0)).not.toBe(total);
    });
  });
});
