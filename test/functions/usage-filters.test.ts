import { describe, expect, it } from "vitest";
import { InvalidArgumentsError, getUsage } from "../../provider/functions";
import { OLDEST_USAGE, startingAtProblem } from "../../provider/functions/usage/filters";
import { rejectionOf } from "../support/admin-client";
import { useEmulator } from "../support/emulator";
import { useEmulatorEnvironment } from "./environment";
import { useFrozenClock } from "./usage-fixture";

// getUsage's product, service tier and inference geo filters reach the server (the emulator applies them),
// and the API's bounds on starting_at are checked before any request.

const emulator = useEmulator();
useEmulatorEnvironment(emulator);
useFrozenClock();

async function seed() {
  const workspaceId = (await emulator.control.state()).defaultWorkspaceId;
  const at = "2026-03-10T01:00:00Z";
  await emulator.control.seedUsage({
    records: [
      { startingAt: at, workspaceId, model: "claude-haiku-4-5", uncachedInputTokens: 1_000_000, requests: 1 },
      { startingAt: at, workspaceId, model: "claude-haiku-4-5", product: "message_batches_api", serviceTier: "batch", uncachedInputTokens: 2_000_000, requests: 2 },
      { startingAt: at, workspaceId, model: "claude-haiku-4-5", product: "claude_code", inferenceGeo: "us", uncachedInputTokens: 4_000_000, requests: 4 },
    ],
  });
  await emulator.control.resetRequests();
}

const period = { startingAt: "2026-03-10", endingAt: "2026-03-11" };

describe("getUsage filters", () => {
  it.each([
    [{}, 7, 7],
    [{ products: ["claude_code" as const] }, 4, 4],
    [{ products: ["messages_api" as const, "message_batches_api" as const] }, 3, 3],
    [{ serviceTiers: ["batch" as const] }, 2, 2],
    [{ inferenceGeos: ["us" as const] }, 4, 4],
    [{ inferenceGeos: ["not_available" as const] }, 0, 0],
    [{ products: ["claude_code" as const], serviceTiers: ["batch" as const] }, 0, 0],
  ])("%o: the usage and the cost of what matches", async (filters, requests, costUsd) => {
    await seed();
    const report = await getUsage({ ...period, ...filters });
    expect(report.totals.requests).toBe(requests);
    // Haiku input at 100 cents per million tokens: a dollar per million, one million tokens per request.
    expect(report.totals.costUsd).toBeCloseTo(costUsd, 10);
  });

  it("sends each filter in the query of both reports", async () => {
    await seed();
    await getUsage({ ...period, products: ["claude_code"], serviceTiers: ["standard"], inferenceGeos: ["us"] });
    const { log } = await emulator.control.requests();
    expect(log.map((r) => r.route).sort()).toEqual(["GET /v1/organizations/analytics/cost", "GET /v1/organizations/analytics/usage"]);
    for (const entry of log) {
      const query = new URL(entry.path, "http://x").searchParams;
      expect([query.getAll("products[]"), query.getAll("service_tiers[]"), query.getAll("inference_geos[]")]).toEqual([["claude_code"], ["standard"], ["us"]]);
    }
  });
});

describe("the bounds of startingAt", () => {
  it("refuses a start before 2026-01-01 before any request, naming the argument", async () => {
    await emulator.control.resetRequests();
    const err = await rejectionOf(getUsage({ startingAt: "2025-12-31T23:00:00Z", endingAt: "2026-01-02" }));
    expect(err).toBeInstanceOf(InvalidArgumentsError);
    expect(err.message).toContain("startingAt: must be 2026-01-01 or later");
    expect((await emulator.control.requests()).total).toBe(0);
  });

  it("accepts 2026-01-01 itself", async () => {
    const report = await getUsage({ startingAt: "2026-01-01", endingAt: "2026-01-02" });
    expect(report.startingAt).toBe("2026-01-01T00:00:00Z");
  });

  it("once a year has passed since 2026-01-01, refuses a start older than 365 days", () => {
    const now = Date.parse("2027-06-01T00:00:00Z");
    expect(startingAtProblem(Date.parse("2026-06-01T00:00:00Z"), now)).toBeUndefined();
    expect(startingAtProblem(Date.parse("2026-05-31T23:59:59Z"), now)).toBe(
      "must be within the last 365 days (2026-06-01T00:00:00Z or later): the Admin API keeps a year of usage",
    );
    expect(startingAtProblem(OLDEST_USAGE - 1, Date.parse("2026-03-01T00:00:00Z"))).toContain("2026-01-01 or later");
  });
});
