import { describe, expect, it, vi } from "vitest";
import { checkSpend } from "../../provider/functions";
import { useEmulator } from "../support/emulator";
import { routeCounts, useEmulatorEnvironment } from "./environment";
import { seedKnownUsage, useFrozenClock } from "./usage-fixture";

const emulator = useEmulator();
useEmulatorEnvironment(emulator);
useFrozenClock(); // 2026-03-20T12:34:56Z

// March so far: 3.81 + 0.015 + 100 + 2.0015 cents; February's 1.5 cents is not this month.
const MARCH_USD = 1.058265;
// Counted until 2026-03-20T12:00Z: 468 of March's 744 hours, so the month is on course for 744/468 of it.
const MARCH_FORECAST_USD = 1.68237;
const MARCH = { period: "month", periodStart: "2026-03-01T00:00:00Z", periodEnd: "2026-04-01T00:00:00Z", countedUntil: "2026-03-20T12:00:00Z" };

describe("checkSpend", () => {
  it("reports month-to-date spend above the threshold as exceeded, from one cost request", async () => {
    await seedKnownUsage(emulator);
    await emulator.control.resetRequests();
    expect(await checkSpend({ thresholdUsd: 1 })).toEqual({
      spentUsd: MARCH_USD,
      monthToDateUsd: MARCH_USD,
      thresholdUsd: 1,
      exceeded: true,
      remainingUsd: 0,
      forecastUsd: MARCH_FORECAST_USD,
      forecastExceeded: true,
      ...MARCH,
      workspaceIds: null,
      models: null,
    });
    expect(await routeCounts(emulator)).toEqual({ "GET /v1/organizations/analytics/cost": 1 });
  });

  it("at the threshold exactly passes: reaching a budget is not exceeding it", async () => {
    await seedKnownUsage(emulator);
    expect(await checkSpend({ thresholdUsd: MARCH_USD })).toMatchObject({ spentUsd: MARCH_USD, exceeded: false, remainingUsd: 0 });
    expect(await checkSpend({ thresholdUsd: MARCH_USD - 0.000001 })).toMatchObject({ exceeded: true });
  });

  it("reports what is left below the threshold, exact to the cent fraction", async () => {
    await seedKnownUsage(emulator);
    expect(await checkSpend({ thresholdUsd: 2 })).toMatchObject({
      monthToDateUsd: MARCH_USD, exceeded: false, remainingUsd: 0.941735, forecastUsd: MARCH_FORECAST_USD, forecastExceeded: false,
    });
  });

  it("counts one workspace's spend when given one", async () => {
    const { b } = await seedKnownUsage(emulator);
    expect(await checkSpend({ thresholdUsd: 0.0001, workspaceId: b.id })).toEqual({
      spentUsd: 0.00015,
      monthToDateUsd: 0.00015,
      thresholdUsd: 0.0001,
      exceeded: true,
      remainingUsd: 0,
      forecastUsd: 0.00023846153,
      forecastExceeded: true,
      ...MARCH,
      workspaceIds: [b.id],
      models: null,
    });
  });

  it("starts from zero each month: March's spend is not April's", async () => {
    await seedKnownUsage(emulator);
    vi.setSystemTime(new Date("2026-04-02T08:00:00Z"));
    expect(await checkSpend({ thresholdUsd: 1 })).toMatchObject({ monthToDateUsd: 0, exceeded: false, remainingUsd: 1, periodStart: "2026-04-01T00:00:00Z" });
  });

  it("reads nothing in the first hour of a month, when no whole hour can be reported", async () => {
    await seedKnownUsage(emulator);
    vi.setSystemTime(new Date("2026-04-01T00:30:00Z"));
    await emulator.control.resetRequests();
    expect(await checkSpend({ thresholdUsd: 0 })).toEqual({
      spentUsd: 0, monthToDateUsd: 0, thresholdUsd: 0, exceeded: false, remainingUsd: 0, forecastUsd: 0, forecastExceeded: false,
      period: "month", periodStart: "2026-04-01T00:00:00Z", periodEnd: "2026-05-01T00:00:00Z", countedUntil: "2026-04-01T00:00:00Z",
      workspaceIds: null, models: null,
    });
    expect((await emulator.control.requests()).total).toBe(0);
  });
});
