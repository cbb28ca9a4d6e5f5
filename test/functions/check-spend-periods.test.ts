import { describe, expect, it, vi } from "vitest";
import * as pulumi from "@pulumi/pulumi";
import { checkSpend, checkSpendOutput, InvalidArgumentsError } from "../../provider/functions";
import { outputValue } from "../support/mocks";
import { rejectionOf } from "../support/admin-client";
import { useEmulator } from "../support/emulator";
import { routeCounts, useEmulatorEnvironment } from "./environment";
import { seedBoundaryUsage } from "./spend-fixture";
import { useFrozenClock } from "./usage-fixture";

const emulator = useEmulator();
useEmulatorEnvironment(emulator);
useFrozenClock(); // Friday 2026-03-20T12:34:56Z

const at = (instant: string) => vi.setSystemTime(new Date(instant));

describe("checkSpend over a period: UTC days, ISO weeks from Monday, calendar months", () => {
  it("the week runs from Monday 00:00 UTC: Sunday's last hour is last week's, the current hour is not counted yet", async () => {
    await seedBoundaryUsage(emulator);
    await emulator.control.resetRequests();
    // 4 (Monday 00:00) + 8 + 1.5 + 16; not 2 (Sunday 23:00), not 32 (this hour).
    expect(await checkSpend({ thresholdUsd: 30, period: "week" })).toEqual({
      spentUsd: 29.5, monthToDateUsd: 29.5, thresholdUsd: 30, exceeded: false, remainingUsd: 0.5,
      // 108 of the week's 168 hours counted.
      forecastUsd: 45.88888888888, forecastExceeded: true,
      period: "week", periodStart: "2026-03-16T00:00:00Z", periodEnd: "2026-03-23T00:00:00Z", countedUntil: "2026-03-20T12:00:00Z",
      workspaceIds: null, models: null,
    });
    expect(await routeCounts(emulator)).toEqual({ "GET /v1/organizations/analytics/cost": 1 });
  });

  it("Sunday 23:59 UTC is still the week of Monday the 16th; Monday 00:00 starts a new one, with nothing to count for an hour", async () => {
    await seedBoundaryUsage(emulator);
    at("2026-03-22T23:59:00Z");
    expect(await checkSpend({ thresholdUsd: 1000, period: "week" })).toMatchObject({
      spentUsd: 61.5, periodStart: "2026-03-16T00:00:00Z", periodEnd: "2026-03-23T00:00:00Z", countedUntil: "2026-03-22T23:00:00Z",
    });
    at("2026-03-23T00:00:00Z");
    await emulator.control.resetRequests();
    expect(await checkSpend({ thresholdUsd: 1000, period: "week" })).toMatchObject({
      spentUsd: 0, forecastUsd: 0, periodStart: "2026-03-23T00:00:00Z", periodEnd: "2026-03-30T00:00:00Z", countedUntil: "2026-03-23T00:00:00Z",
    });
    expect((await emulator.control.requests()).total).toBe(0);
    at("2026-03-16T01:00:00Z");
    // Monday's first hour alone, and a week on course for 168 times it.
    expect(await checkSpend({ thresholdUsd: 1000, period: "week" })).toMatchObject({ spentUsd: 4, forecastUsd: 672, forecastExceeded: false });
  });

  it("the month ends at midnight UTC on its last day: March's last hour is March's, April's first is April's", async () => {
    await seedBoundaryUsage(emulator);
    // 128 + 1 + 2 + 4 + 8 + 1.5 + 16 (February's 64 is not March's).
    expect(await checkSpend({ thresholdUsd: 1000 })).toMatchObject({ spentUsd: 160.5, period: "month", forecastUsd: 255.15384615384 });
    at("2026-03-31T23:59:59Z");
    expect(await checkSpend({ thresholdUsd: 1000, period: "month" })).toMatchObject({
      spentUsd: 192.5, periodEnd: "2026-04-01T00:00:00Z", countedUntil: "2026-03-31T23:00:00Z",
    });
    at("2026-04-01T01:00:00Z");
    expect(await checkSpend({ thresholdUsd: 1000, period: "month" })).toMatchObject({
      spentUsd: 256, periodStart: "2026-04-01T00:00:00Z", periodEnd: "2026-05-01T00:00:00Z",
    });
  });

  it("the day is the UTC day, forecast on its hours so far", async () => {
    await seedBoundaryUsage(emulator);
    expect(await checkSpend({ thresholdUsd: 20, period: "day" })).toMatchObject({
      spentUsd: 16, exceeded: false, forecastUsd: 32, forecastExceeded: true,
      periodStart: "2026-03-20T00:00:00Z", periodEnd: "2026-03-21T00:00:00Z",
    });
  });

  it("a window of several weeks, in as many requests as 31-day windows, forecasts what it spent once it is over", async () => {
    await seedBoundaryUsage(emulator);
    at("2026-04-02T08:00:00Z");
    await emulator.control.resetRequests();
    expect(await checkSpend({ thresholdUsd: 768.5, startingAt: "2026-02-01", endingAt: "2026-04-01" })).toEqual({
      spentUsd: 768.5, monthToDateUsd: 768.5, thresholdUsd: 768.5, exceeded: false, remainingUsd: 0, forecastUsd: 768.5, forecastExceeded: false,
      period: "window", periodStart: "2026-02-01T00:00:00Z", periodEnd: "2026-04-01T00:00:00Z", countedUntil: "2026-04-01T00:00:00Z",
      workspaceIds: null, models: null,
    });
    expect(await routeCounts(emulator)).toEqual({ "GET /v1/organizations/analytics/cost": 2 });
  });

  it("adds up several workspaces, and one model's spend when asked", async () => {
    const { a, b } = await seedBoundaryUsage(emulator);
    expect(await checkSpend({ thresholdUsd: 100, period: "week", workspaceIds: [a.id] })).toMatchObject({ spentUsd: 20, workspaceIds: [a.id] });
    expect(await checkSpend({ thresholdUsd: 100, period: "week", workspaceIds: [b.id] })).toMatchObject({ spentUsd: 9.5 });
    expect(await checkSpend({ thresholdUsd: 100, period: "week", workspaceIds: [a.id, b.id] })).toMatchObject({ spentUsd: 29.5, workspaceIds: [a.id, b.id] });
    expect(await checkSpend({ thresholdUsd: 100, period: "week", models: ["claude-opus-4-1"] })).toMatchObject({ spentUsd: 1.5, models: ["claude-opus-4-1"] });
  });

  it("the Output form takes the period and workspaces as Inputs", async () => {
    const { a } = await seedBoundaryUsage(emulator);
    const result = checkSpendOutput({ thresholdUsd: pulumi.output(10), period: pulumi.output("week" as const), workspaceIds: [pulumi.output(a.id)] });
    expect(await outputValue(result)).toMatchObject({ spentUsd: 20, exceeded: true, period: "week", workspaceIds: [a.id] });
  });

  it.each([
    [{ thresholdUsd: 1, period: "fortnight" }, "period: must be one of day, week, month (UTC; weeks start on Monday), or leave it out and give startingAt"],
    [{ thresholdUsd: 1, period: "week", startingAt: "2026-03-01" }, "period: give either period or startingAt/endingAt, not both"],
    [{ thresholdUsd: 1, endingAt: "2026-03-10" }, "startingAt: is required with endingAt"],
    [{ thresholdUsd: 1, workspaceId: "wrkspc_a", workspaceIds: ["wrkspc_b"] }, "workspaceIds: give either workspaceId or workspaceIds, not both"],
    [{ thresholdUsd: 1, startingAt: "2026-03-10", endingAt: "2026-03-01" }, "endingAt: must be after startingAt"],
    [{ thresholdUsd: 1, startingAt: "2025-12-01" }, "startingAt: must be 2026-01-01 or later"],
    [{ thresholdUsd: 1, workspaceIds: [] }, "workspaceIds: must not be empty"],
  ])("refuses %j before any request, naming the argument", async (args, reason) => {
    await emulator.control.resetRequests();
    const err = await rejectionOf(checkSpend(args as never));
    expect(err).toBeInstanceOf(InvalidArgumentsError);
    expect(err.message).toContain(reason);
    expect((await emulator.control.requests()).total).toBe(0);
  });
});
