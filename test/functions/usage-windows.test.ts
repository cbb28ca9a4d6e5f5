import { describe, expect, it } from "vitest";
import { collect } from "../../provider/client";
import { getUsage, type UsageFigures } from "../../provider/functions";
import { centsToUnits, unitsToUsd } from "../../provider/functions/usage/money";
import { clientFor } from "../support/admin-client";
import { useEmulator } from "../support/emulator";
import { routeCounts, useEmulatorEnvironment } from "./environment";
import { useFrozenClock } from "./usage-fixture";

const emulator = useEmulator();
useEmulatorEnvironment(emulator);
useFrozenClock();

// 40 days: the analytics API answers at most 31 days per request, so this takes two windows.
const PERIOD = { startingAt: "2026-01-15T00:00:00Z", endingAt: "2026-02-24T00:00:00Z" };
const SPLIT = "2026-02-15T00:00:00Z";

async function seedHourlyTraffic() {
  const a = await emulator.control.seedWorkspace({ name: "A" });
  await emulator.control.seedUsage({ seed: 7, workspaceIds: [a.id], from: "2026-01-01T00:00:00Z" });
}

const sumOf = (items: UsageFigures[], pick: (f: UsageFigures) => number) => items.reduce((t, f) => t + pick(f), 0);

describe("getUsage over more than 31 days", () => {
  it("splits the period into 31-day windows and follows pages within each", async () => {
    await seedHourlyTraffic();
    await emulator.control.resetRequests();
    const hourly = await getUsage({ ...PERIOD, granularity: "hour" });
    expect(hourly.rows).toHaveLength(40 * 24);
    const modelRows = (before: boolean) =>
      hourly.rows.filter((r) => (r.startingAt < SPLIT) === before).reduce((n, r) => n + r.models.length, 0);
    const pages = Math.ceil(modelRows(true) / 1000) + Math.ceil(modelRows(false) / 1000);
    expect(pages).toBeGreaterThanOrEqual(3); // the first window really spans two pages
    expect(await routeCounts(emulator)).toEqual({
      "GET /v1/organizations/analytics/usage": pages,
      "GET /v1/organizations/analytics/cost": pages,
    });
    // Both sides of the window boundary are there, once each.
    const at = (iso: string) => hourly.rows.filter((r) => r.startingAt === iso);
    expect(at("2026-02-14T23:00:00Z")).toHaveLength(1);
    expect(at(SPLIT)).toHaveLength(1);
  });

  it("reports the same totals per hour, per day and per month, equal to the server's own aggregate", async () => {
    await seedHourlyTraffic();
    const [hourly, daily, monthly] = await Promise.all(
      (["hour", "day", "month"] as const).map((granularity) => getUsage({ ...PERIOD, granularity })),
    );
    expect(daily!.rows).toHaveLength(40);
    expect(monthly!.rows.map((r) => r.startingAt)).toEqual(["2026-01-15T00:00:00Z", "2026-02-01T00:00:00Z"]);
    expect(daily!.totals).toEqual(hourly!.totals);
    expect(monthly!.totals).toEqual(hourly!.totals);
    expect(hourly!.totals.models.map((m) => m.model)).toEqual(["claude-haiku-4-5", "claude-opus-4-1", "claude-sonnet-4-5"]);

    // The server's single-row aggregate of each window, read without getUsage.
    const { client } = clientFor(emulator);
    let cents = 0n;
    let outputTokens = 0;
    for (const [from, to] of [[PERIOD.startingAt, SPLIT], [SPLIT, PERIOD.endingAt]]) {
      for (const row of await collect(client.listCost({ startingAt: from!, endingAt: to }))) cents += centsToUnits(row.cost.amount);
      for (const row of await collect(client.listUsage({ startingAt: from!, endingAt: to }))) outputTokens += row.usage.output_tokens;
    }
    expect(hourly!.totals.costUsd).toBe(unitsToUsd(cents));
    expect(hourly!.totals.costUsd).toBeGreaterThan(1);
    expect(hourly!.totals.tokens.output).toBe(outputTokens);
  });

  it("keeps every row equal to the sum of its models, and the totals to the sum of the rows", async () => {
    await seedHourlyTraffic();
    const { rows, totals } = await getUsage({ ...PERIOD, granularity: "day" });
    for (const row of rows) {
      expect(row.tokens.total).toBe(sumOf(row.models, (m) => m.tokens.total));
      expect(row.tokens.cacheRead).toBe(sumOf(row.models, (m) => m.tokens.cacheRead));
      expect(row.requests).toBe(sumOf(row.models, (m) => m.requests));
      expect(row.costUsd).toBeCloseTo(sumOf(row.models, (m) => m.costUsd), 9);
    }
    expect(totals.tokens.input).toBe(sumOf(rows, (r) => r.tokens.input));
    expect(totals.tokens.cacheCreation).toBe(sumOf(rows, (r) => r.tokens.cacheCreation));
    expect(totals.requests).toBe(sumOf(rows, (r) => r.requests));
    expect(totals.costUsd).toBeCloseTo(sumOf(rows, (r) => r.costUsd), 9);
    expect(totals.requests).toBeGreaterThan(1000);
  });
});

describe("getUsage requests the minimum for the period", () => {
  it.each(["day", "hour"] as const)("the last 31 days at %s granularity is one window", async (granularity) => {
    await seedHourlyTraffic();
    const startingAt = new Date(Date.now() - 31 * 86_400_000).toISOString();
    await emulator.control.resetRequests();
    const report = await getUsage({ startingAt, granularity });
    const counts = await routeCounts(emulator);
    const usagePages = counts["GET /v1/organizations/analytics/usage"]!;
    // One window: pages are only what 1000 rows per page need (hourly rows per model), never an extra window.
    const modelRows = report.rows.reduce((n, r) => n + r.models.length, 0);
    expect(usagePages).toBe(Math.max(1, Math.ceil(modelRows / 1000)));
    expect(counts["GET /v1/organizations/analytics/cost"]).toBe(usagePages);
    // Daily: one page of each report, 2 requests in all (a 31-day window and a sliver made 4).
    if (granularity === "day") expect(usagePages).toBe(1);
  });
});
