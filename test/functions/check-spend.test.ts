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

describe("checkSpend", () => {
  it("reports month-to-date spend above the threshold as exceeded, from one cost request", async () => {
    await seedKnownUsage(emulator);
    await emulator.control.resetRequests();
    expect(await checkSpend({ thresholdUsd: 1 })).toEqual({
      monthToDateUsd: MARCH_USD,
      thresholdUsd: 1,
      exceeded: true,
      remainingUsd: 0,
      periodStart: "2026-03-01T00:00:00Z",
    });
    expect(await routeCounts(emulator)).toEqual({ "GET /v1/organizations/analytics/cost": 1 });
  });

  it("reports what is left below the threshold, exact to the cent fraction", async () => {
    await seedKnownUsage(emulator);
    expect(await checkSpend({ thresholdUsd: 2 })).toMatchObject({ monthToDateUsd: MARCH_USD, exceeded: false, remainingUsd: 0.941735 });
    // Reaching the threshold exactly is not exceeding it.
    expect(await checkSpend({ thresholdUsd: MARCH_USD })).toMatchObject({ exceeded: false, remainingUsd: 0 });
  });

  it("counts one workspace's spend when given one", async () => {
    const { b } = await seedKnownUsage(emulator);
    expect(await checkSpend({ thresholdUsd: 0.0001, workspaceId: b.id })).toEqual({
      monthToDateUsd: 0.00015,
      thresholdUsd: 0.0001,
      exceeded: true,
      remainingUsd: 0,
      periodStart: "2026-03-01T00:00:00Z",
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
      monthToDateUsd: 0, thresholdUsd: 0, exceeded: false, remainingUsd: 0, periodStart: "2026-04-01T00:00:00Z",
    });
    expect((await emulator.control.requests()).total).toBe(0);
  });
});
