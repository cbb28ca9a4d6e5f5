import { describe, expect, it } from "vitest";
import { InvalidRequestError, collect } from "../../provider/client";
import { clientFor, rejectionOf } from "../support/admin-client";
import { useEmulator } from "../support/emulator";

const emulator = useEmulator();
const DAY = 86_400_000;
const day0 = Math.floor(Date.now() / DAY) * DAY - 5 * DAY;
const iso = (ms: number) => new Date(ms).toISOString().replace(".000Z", "Z");

async function seed() {
  const a = await emulator.control.seedWorkspace({ name: "A" });
  const b = await emulator.control.seedWorkspace({ name: "B" });
  await emulator.control.seedUsage({
    records: [
      { startingAt: iso(day0 + 3_600_000), workspaceId: a.id, model: "claude-sonnet-4-5", uncachedInputTokens: 1000, outputTokens: 2000, requests: 3 },
      { startingAt: iso(day0 + 7_200_000), workspaceId: b.id, model: "claude-opus-4-1", uncachedInputTokens: 10, outputTokens: 0, requests: 1 },
      { startingAt: iso(day0 + DAY + 3_600_000), workspaceId: a.id, model: "claude-sonnet-4-5", outputTokens: 1, requests: 1 },
    ],
  });
  return { a, b };
}

describe("usage and cost analytics", () => {
  it("returns daily usage rows per model with token counts and requests", async () => {
    await seed();
    const { client } = clientFor(emulator);
    const rows = await collect(
      client.listUsage({ startingAt: iso(day0), endingAt: iso(day0 + 2 * DAY), timeBucketWidth: "1d", groupBy: ["model"], orderBy: "time", order: "asc" }),
    );
    const summary = rows.map((r) => [r.starting_at, r.group.model, r.usage.uncached_input_tokens, r.usage.output_tokens, r.usage.requests]);
    expect(summary).toEqual([
      [iso(day0), "claude-sonnet-4-5", 1000, 2000, 3],
      [iso(day0), "claude-opus-4-1", 10, 0, 1],
      [iso(day0 + DAY), "claude-sonnet-4-5", 0, 1, 1],
    ]);
    expect(rows[0]!.ending_at).toBe(iso(day0 + DAY));
    expect(rows[0]!.usage.total_tokens).toBe(3000);
  });

  it("returns cost as decimal strings of cents, per workspace", async () => {
    const { a, b } = await seed();
    const { client } = clientFor(emulator);
    const rows = await collect(client.listCost({ startingAt: iso(day0), endingAt: iso(day0 + 2 * DAY), groupBy: ["workspace_id"] }));
    const byWorkspace = Object.fromEntries(rows.map((r) => [r.group.workspace_id, r.cost]));
    // Sonnet: 1000 in x 300 c/M + 2001 out x 1500 c/M = 0.3 + 3.0015 cents; Opus: 10 in x 1500 c/M = 0.015 cents.
    expect(byWorkspace[a.id]).toEqual({ amount: "3.3015", list_amount: "3.3015", currency: "USD", requests: 4 });
    expect(byWorkspace[b.id]).toEqual({ amount: "0.015", list_amount: "0.015", currency: "USD", requests: 1 });
  });

  it("follows the page cursor", async () => {
    await seed();
    const { client } = clientFor(emulator);
    const params = { startingAt: iso(day0), endingAt: iso(day0 + 2 * DAY), timeBucketWidth: "1d" as const, groupBy: ["model"] };
    const all = await collect(client.listUsage(params));
    await emulator.control.resetRequests();
    const paged = await collect(client.listUsage({ ...params, limit: 1 }));
    expect(paged).toEqual(all);
    expect((await emulator.control.requests()).byRoute["GET /v1/organizations/analytics/usage"]).toBe(3);
  });

  it("surfaces a bad range as InvalidRequestError", async () => {
    const { client } = clientFor(emulator);
    const err = await rejectionOf(collect(client.listCost({ startingAt: iso(day0), timeBucketWidth: "1d" })));
    expect(err).toBeInstanceOf(InvalidRequestError);
    expect(err.serverMessage).toBe("ending_at: is required when time_bucket_width is set.");
  });
});
