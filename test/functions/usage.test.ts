import { describe, expect, it } from "vitest";
import { getUsage } from "../../provider/functions";
import { useEmulator } from "../support/emulator";
import { routeCounts, useEmulatorEnvironment } from "./environment";
import { seedKnownUsage, tokens, useFrozenClock } from "./usage-fixture";

const emulator = useEmulator();
useEmulatorEnvironment(emulator);
useFrozenClock();

const sonnet10 = { model: "claude-sonnet-4-5", tokens: tokens(1000, 2000, 10_000, 500), requests: 3, costUsd: 0.0381 };
const opus10 = { model: "claude-opus-4-1", tokens: tokens(10, 0, 0, 0), requests: 1, costUsd: 0.00015 };
const haiku10 = { model: "claude-haiku-4-5", tokens: tokens(500_000, 100_000, 0, 0), requests: 7, costUsd: 1 };
const sonnet11 = { model: "claude-sonnet-4-5", tokens: tokens(0, 1, 0, 0), requests: 1, costUsd: 0.020015 };

describe("getUsage per day", () => {
  it("joins usage and cost into one row per day with a per-model breakdown and totals", async () => {
    await seedKnownUsage(emulator);
    await emulator.control.resetRequests();
    const report = await getUsage({ startingAt: "2026-03-10", endingAt: "2026-03-13" });
    expect(report).toEqual({
      startingAt: "2026-03-10T00:00:00Z",
      endingAt: "2026-03-13T00:00:00Z",
      granularity: "day",
      currency: "USD",
      rows: [
        {
          startingAt: "2026-03-10T00:00:00Z", endingAt: "2026-03-11T00:00:00Z",
          tokens: tokens(501_010, 102_000, 10_000, 500), requests: 11, costUsd: 1.03825,
          models: [haiku10, opus10, sonnet10],
        },
        { startingAt: "2026-03-11T00:00:00Z", endingAt: "2026-03-12T00:00:00Z", tokens: tokens(0, 1, 0, 0), requests: 1, costUsd: 0.020015, models: [sonnet11] },
        { startingAt: "2026-03-12T00:00:00Z", endingAt: "2026-03-13T00:00:00Z", tokens: tokens(0, 0, 0, 0), requests: 0, costUsd: 0, models: [] },
      ],
      totals: {
        tokens: tokens(501_010, 102_001, 10_000, 500), requests: 12, costUsd: 1.058265,
        models: [haiku10, opus10, { ...sonnet10, tokens: tokens(1000, 2001, 10_000, 500), requests: 4, costUsd: 0.058115 }],
      },
    });
    // One usage and one cost request for a period under 31 days.
    expect(await routeCounts(emulator)).toEqual({
      "GET /v1/organizations/analytics/usage": 1,
      "GET /v1/organizations/analytics/cost": 1,
    });
  });

  it("filters by workspace and by model on the server", async () => {
    const { b } = await seedKnownUsage(emulator);
    const byWorkspace = await getUsage({ startingAt: "2026-03-10", endingAt: "2026-03-12", workspaceIds: [b.id] });
    expect(byWorkspace.totals).toEqual({ tokens: opus10.tokens, requests: 1, costUsd: 0.00015, models: [opus10] });
    const byModel = await getUsage({ startingAt: "2026-03-10", endingAt: "2026-03-12", models: ["claude-sonnet-4-5"] });
    expect(byModel.rows.map((r) => r.models.map((m) => m.model))).toEqual([["claude-sonnet-4-5"], ["claude-sonnet-4-5"]]);
    expect(byModel.totals.costUsd).toBe(0.058115);
  });

  it("rounds a mid-day start down to its day and defaults the end to now", async () => {
    await seedKnownUsage(emulator);
    const report = await getUsage({ startingAt: "2026-03-18T15:00:00+02:00" });
    expect(report.startingAt).toBe("2026-03-18T00:00:00Z");
    expect(report.endingAt).toBe("2026-03-20T12:34:56Z");
    expect(report.rows.map((r) => [r.startingAt, r.endingAt])).toEqual([
      ["2026-03-18T00:00:00Z", "2026-03-19T00:00:00Z"],
      ["2026-03-19T00:00:00Z", "2026-03-20T00:00:00Z"],
      ["2026-03-20T00:00:00Z", "2026-03-20T12:34:56Z"],
    ]);
  });
});

describe("getUsage per hour and per month", () => {
  it("gives one row per hour", async () => {
    await seedKnownUsage(emulator);
    const report = await getUsage({ startingAt: "2026-03-10T00:30:00Z", endingAt: "2026-03-10T06:00:00Z", granularity: "hour" });
    expect(report.rows.map((r) => [r.startingAt.slice(11, 16), r.requests, r.costUsd])).toEqual([
      ["00:00", 0, 0], ["01:00", 3, 0.0381], ["02:00", 0, 0], ["03:00", 0, 0], ["04:00", 0, 0], ["05:00", 1, 0.00015],
    ]);
    expect(report.rows[1]!.models).toEqual([sonnet10]);
  });

  it("folds days into calendar months, the first clipped to the start of the period", async () => {
    await seedKnownUsage(emulator);
    const report = await getUsage({ startingAt: "2026-02-20", endingAt: "2026-03-13", granularity: "month" });
    expect(report.rows).toEqual([
      {
        startingAt: "2026-02-20T00:00:00Z", endingAt: "2026-03-01T00:00:00Z", tokens: tokens(0, 1000, 0, 0), requests: 2, costUsd: 0.015,
        models: [{ model: "claude-sonnet-4-5", tokens: tokens(0, 1000, 0, 0), requests: 2, costUsd: 0.015 }],
      },
      {
        startingAt: "2026-03-01T00:00:00Z", endingAt: "2026-03-13T00:00:00Z", tokens: tokens(501_010, 102_001, 10_000, 500), requests: 12,
        costUsd: 1.058265, models: [haiku10, opus10, { ...sonnet10, tokens: tokens(1000, 2001, 10_000, 500), requests: 4, costUsd: 0.058115 }],
      },
    ]);
    expect(report.totals.costUsd).toBe(1.073265);
    expect(report.totals.requests).toBe(14);
  });
});
