import * as pulumi from "@pulumi/pulumi";
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { InvalidArgumentsError, SpendBudgetExceededError, spendBudget } from "../../provider/functions";
import { checkBudget } from "../../provider/functions/calls/budget";
import { rejected, thrown } from "../support/thrown";
import { useEmulator } from "../support/emulator";
import { outputValue } from "../support/mocks";
import { routeCounts, useEmulatorEnvironment } from "./environment";
import { seedBoundaryUsage } from "./spend-fixture";
import { useFrozenClock } from "./usage-fixture";

const emulator = useEmulator();
useEmulatorEnvironment(emulator);
useFrozenClock(); // Friday 2026-03-20T12:34:56Z; this week's spend 29.5 (A 20, B 9.5), March's 160.5

// Outside a Pulumi program, pulumi.log writes to the console with a `[runtime]` tag.
let warn: MockInstance;
let info: MockInstance;
beforeEach(() => {
  warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
  info = vi.spyOn(console, "log").mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

const WEEK = "this week (2026-03-16T00:00:00Z to 2026-03-23T00:00:00Z, UTC)";
const MONTH = "this month (2026-03-01T00:00:00Z to 2026-04-01T00:00:00Z, UTC)";

/** Every request the checks sent was a read of the cost report. */
async function onlyCostReads(): Promise<void> {
  expect(await routeCounts(emulator)).toEqual({ "GET /v1/organizations/analytics/cost": expect.any(Number) });
}

describe("spendBudget: a budget that warns or fails the run", () => {
  it("warns through Pulumi's log when exceeded with onExceeded: warn, naming the budget, spend, limit, period and scope", async () => {
    await seedBoundaryUsage(emulator);
    await emulator.control.resetRequests();
    const status = await checkBudget("org-monthly", { limitUsd: 150, period: "month", onExceeded: "warn" });
    const line = `spend budget "org-monthly" exceeded: $160.50 spent of $150.00 ${MONTH} organization-wide; forecast $255.15 by 2026-04-01T00:00:00Z`;
    expect(status).toMatchObject({ budget: "org-monthly", state: "over", triggered: true, spentUsd: 160.5, limitUsd: 150, message: line });
    expect(warn.mock.calls).toEqual([[`warning: [runtime] ${line}`]]);
    await onlyCostReads();
  });

  it("fails with one line naming the workspace when exceeded with onExceeded: fail, and sends no write", async () => {
    const { a } = await seedBoundaryUsage(emulator);
    await emulator.control.resetRequests();
    const err = await rejected(SpendBudgetExceededError, checkBudget("team-weekly", { limitUsd: 10, period: "week", workspaceIds: [a.id], onExceeded: "fail" }));
    expect(err.message).toBe(
      `spend budget "team-weekly" exceeded: $20.00 spent of $10.00 ${WEEK} in workspace ${a.id}; forecast $31.11 by 2026-03-23T00:00:00Z; the run stops (onExceeded: "fail")`,
    );
    expect(err.budget).toBe("team-weekly");
    // Uncaught in a program, Pulumi prints a RunError's message alone, without a stack trace.
    expect(pulumi.RunError.isInstance(err)).toBe(true);
    expect(warn).not.toHaveBeenCalled();
    await onlyCostReads();
  });

  it("passes at the limit exactly (reaching a budget is not exceeding it) and fails a cent of a cent below it", async () => {
    const { a, b } = await seedBoundaryUsage(emulator);
    const args = { period: "week" as const, workspaceIds: [a.id, b.id], onExceeded: "fail" as const };
    const status = await checkBudget("both-weekly", { ...args, limitUsd: 29.5 });
    expect(status).toMatchObject({ state: "forecastOver", triggered: false, spentUsd: 29.5, remainingUsd: 0 });
    expect(status.message).toBe(
      `spend budget "both-weekly" is on course to exceed its limit: $29.50 spent of $29.50 ${WEEK} in workspaces ${a.id}, ${b.id}; forecast $45.89 by 2026-03-23T00:00:00Z`,
    );
    await rejected(SpendBudgetExceededError, checkBudget("both-weekly", { ...args, limitUsd: 29.4999 }));
  });

  it("prints an info line when within its limit and its forecast", async () => {
    await seedBoundaryUsage(emulator);
    const status = await checkBudget("org-weekly", { limitUsd: 100, period: "week", onExceeded: "fail" });
    expect(status).toMatchObject({ state: "within", triggered: false });
    expect(info.mock.calls).toEqual([[`info: [runtime] spend budget "org-weekly" is within its limit: $29.50 spent of $100.00 ${WEEK} organization-wide; forecast $45.89 by 2026-03-23T00:00:00Z`]]);
    expect(warn).not.toHaveBeenCalled();
  });

  it("uses the forecast to fail only when asked (failOn: forecast)", async () => {
    await seedBoundaryUsage(emulator);
    const args = { limitUsd: 40, period: "week", onExceeded: "fail" } as const;
    expect(await checkBudget("w", args)).toMatchObject({ state: "forecastOver", triggered: false });
    const err = await rejected(SpendBudgetExceededError, checkBudget("w", { ...args, failOn: "forecast" }));
    expect(err.message).toMatch(/^spend budget "w" exceeded by its forecast: \$29\.50 spent of \$40\.00 .*; forecast \$45\.89 by /);
  });

  it("refuses bad arguments before any request, naming them", async () => {
    await emulator.control.resetRequests();
    const err = await rejected(InvalidArgumentsError, checkBudget("w", { limitUsd: -1, period: "week", onExceeded: "stop" as never }));
    expect(err.message).toBe(
      'spendBudget "w" was not called: invalid arguments: limitUsd: must be zero or more (got -1); onExceeded: must be "warn" (print a warning) or "fail" (fail the preview or update) (got "stop").',
    );
    expect(thrown(InvalidArgumentsError, () => spendBudget(" ", { limitUsd: 1, onExceeded: "warn" })).message).toContain("name: must be a non-empty name");
    expect((await emulator.control.requests()).total).toBe(0);
  });

  it("in a program: status and gate resolve once the check has run (a failing one is the engine test's: its rejection is what fails the run)", async () => {
    const { a } = await seedBoundaryUsage(emulator);
    await emulator.control.resetRequests();
    const budget = spendBudget("team-weekly", { limitUsd: pulumi.output(25), period: "week", workspaceId: pulumi.output(a.id), onExceeded: "fail" });
    expect(budget.name).toBe("team-weekly");
    expect(await outputValue(budget.status)).toMatchObject({ budget: "team-weekly", spentUsd: 20, state: "forecastOver", workspaceIds: [a.id] });
    expect(await outputValue(budget.gate)).toEqual([]);
    expect(await routeCounts(emulator)).toEqual({ "GET /v1/organizations/analytics/cost": 1 });
  });

  it("a failing read fails the check without a figure: no partial spend is reported or acted on", async () => {
    await seedBoundaryUsage(emulator);
    await emulator.control.fault({ route: "GET /v1/organizations/analytics/cost", kind: "status", status: 403 });
    const err = await rejected(Error, checkBudget("w", { limitUsd: 1000, period: "week", onExceeded: "warn" }));
    expect(err.message).toMatch(/^spendBudget "w": listCost failed: 403 /);
    expect(warn).not.toHaveBeenCalled();
    expect(info).not.toHaveBeenCalled();
  });
});
