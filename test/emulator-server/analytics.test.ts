import { describe, expect, it } from "vitest";
import { adminFetch, useEmulator } from "../support/emulator";

const emu = useEmulator();
const BETA = { "anthropic-beta": "analytics-usage-cost-2026-08-24" };
const HOUR = 3_600_000;

function report(kind: "usage" | "cost", query: string) {
  return adminFetch(emu, "GET", `/v1/organizations/analytics/${kind}?${query}`, { headers: BETA });
}

/** A window of whole hours that lies entirely in the past. */
function pastWindow(hours: number) {
  const end = Math.floor(Date.now() / HOUR) * HOUR - 2 * HOUR;
  return { start: new Date(end - hours * HOUR).toISOString(), end: new Date(end).toISOString() };
}

describe("analytics reports", () => {
  it("require their beta header, as the SDK documents", async () => {
    const response = await adminFetch(emu, "GET", "/v1/organizations/analytics/usage?starting_at=2026-10-01T00:00:00Z");
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain("analytics-usage-cost-2026-08-24");
  });

  it("validate the range and bucket width", async () => {
    for (const query of [
      "",
      "starting_at=yesterday",
      "starting_at=2026-10-01T00:00:00Z&time_bucket_width=1h",
      "starting_at=2026-10-01T00:00:00Z&ending_at=2026-09-01T00:00:00Z",
      "starting_at=2026-09-01T00:00:00Z&ending_at=2026-10-15T00:00:00Z",
      "starting_at=2026-10-01T00:00:00Z&ending_at=2026-10-03T00:00:00Z&time_bucket_width=1m",
      "starting_at=2026-10-01T00:00:00Z&group_by[]=colour",
      "starting_at=2026-10-01T00:00:00Z&limit=0",
    ]) {
      const response = await report("usage", query);
      expect([query, response.status, response.body.error?.type]).toEqual([query, 400, "invalid_request_error"]);
    }
  });

  it("add up the same way at every bucket width, and without buckets", async () => {
    await emu.control.seedUsage({ seed: 7 });
    const { start, end } = pastWindow(3);
    const total = async (width: string) => {
      const response = await report("usage", `starting_at=${start}&ending_at=${end}&limit=1000${width ? `&time_bucket_width=${width}` : ""}`);
      expect(response.body.has_more).toBe(false);
      return response.body.data.reduce((t: number, r: { usage: { total_tokens: number } }) => t + r.usage.total_tokens, 0);
    };
    const whole = await total("");
    expect(whole).toBeGreaterThan(0);
    expect(await total("1h")).toBe(whole);
    expect(await total("1m")).toBe(whole);
  });

  it("price the same tokens the usage report counts", async () => {
    const state = await emu.control.state();
    await emu.control.seedUsage({
      records: [{ startingAt: "2026-10-05T10:00:00Z", workspaceId: state.defaultWorkspaceId, model: "claude-haiku-4-5",
        uncachedInputTokens: 123_457, outputTokens: 1_001, cacheCreation5m: 10_000, cacheCreation1h: 2_000, requests: 3 }],
    });
    const query = "starting_at=2026-10-05T00:00:00Z&ending_at=2026-10-06T00:00:00Z";
    const usage = (await report("usage", query)).body.data[0].usage;
    expect(usage.cache_creation).toEqual({ ephemeral_5m_input_tokens: 10_000, ephemeral_1h_input_tokens: 2_000 });
    expect(usage.total_tokens).toBe(123_457 + 1_001 + 10_000 + 2_000);
    const byToken = (await report("cost", `${query}&group_by[]=token_type&limit=1`)).body.data;
    // Haiku, in cents per million tokens: input 100, output 500, 5m write 125, 1h write 200.
    expect(Object.fromEntries(byToken.map((r: any) => [r.group.token_type, r.cost.amount]))).toEqual({
      uncached_input_tokens: "12.3457",
      output_tokens: "0.5005",
      "cache_creation.ephemeral_5m_input_tokens": "1.25",
      "cache_creation.ephemeral_1h_input_tokens": "0.4",
    });
    const whole = (await report("cost", query)).body.data[0].cost;
    expect(whole).toEqual({ amount: "14.4962", list_amount: "14.4962", currency: "USD", requests: 3 });
  });

  it("group by workspace and follow next_page to the end", async () => {
    const a = await emu.control.seedWorkspace({ name: "A" });
    const b = await emu.control.seedWorkspace({ name: "B" });
    await emu.control.seedUsage({ seed: 3, workspaceIds: [a.id, b.id], models: ["claude-sonnet-4-5"] });
    const { start, end } = pastWindow(24);
    let page: string | null = null;
    const rows: Array<{ group: { workspace_id: string } }> = [];
    do {
      const response = await report("cost", `starting_at=${start}&ending_at=${end}&time_bucket_width=1h&group_by[]=workspace_id&limit=10${page ? `&page=${page}` : ""}`);
      expect(response.body.data.length).toBeLessThanOrEqual(10);
      expect(response.body.data_refreshed_at).toEqual(expect.any(String));
      rows.push(...response.body.data);
      page = response.body.next_page;
      expect(response.body.has_more).toBe(page !== null);
    } while (page);
    expect(new Set(rows.map((r) => r.group.workspace_id))).toEqual(new Set([a.id, b.id]));
    expect(rows.length).toBeGreaterThan(20);
  });
});
