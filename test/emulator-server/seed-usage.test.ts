import { describe, expect, it } from "vitest";
import { DEMO_ORGANIZATION } from "../../emulator/demo-organization";
import { applySeed, seedFileSchema } from "../../emulator/seed-file";
import { adminFetch, useEmulator } from "../support/emulator";

const emu = useEmulator();
const BETA = { "anthropic-beta": "analytics-usage-cost-2026-08-24" };
const HOUR = 3_600_000;
const WEEK = 7 * 24 * HOUR;

/** Cost in cents per workspace over [start, end), from the API as a program reads it. */
async function costByWorkspace(start: number, end: number): Promise<Record<string, number>> {
  const query = `starting_at=${new Date(start).toISOString()}&ending_at=${new Date(end).toISOString()}&group_by[]=workspace_id&limit=1000`;
  const response = await adminFetch(emu, "GET", `/v1/organizations/analytics/cost?${query}`, { headers: BETA });
  expect(response.status).toBe(200);
  const totals: Record<string, number> = {};
  for (const row of response.body.data as Array<{ group: { workspace_id: string }; cost: { amount: string } }>) {
    totals[row.group.workspace_id] = (totals[row.group.workspace_id] ?? 0) + Number(row.cost.amount);
  }
  return totals;
}

describe("a seed file's usage: weeks of hourly usage before the start, in the workspaces it names", () => {
  it("spends in every one of the weeks asked for, only in the named workspaces, and none before", async () => {
    await applySeed(emu.control, seedFileSchema.parse({ workspaces: [{ name: "Team" }, { name: "Quiet" }], usage: { weeks: 3, workspaces: ["Team"] } }));
    const team = (await emu.control.state()).workspaces.find((w) => w.name === "Team")!;
    const now = Math.floor(Date.now() / HOUR) * HOUR;
    for (const week of [1, 2, 3]) {
      const totals = await costByWorkspace(now - week * WEEK, now - (week - 1) * WEEK);
      expect(Object.keys(totals), `week ${week} ago`).toEqual([team.id]);
      expect(totals[team.id]).toBeGreaterThan(100);
    }
    expect(await costByWorkspace(now - 4 * WEEK, now - 3 * WEEK - HOUR)).toEqual({});
  });

  it("refuses a workspace the seed does not make, naming it", async () => {
    const seed = seedFileSchema.parse({ workspaces: [{ name: "Team" }], usage: { workspaces: ["Sandbox"] } });
    await expect(applySeed(emu.control, seed)).rejects.toThrow('usage.workspaces: "Sandbox" is not one of the seed\'s workspaces ("Team")');
  });

  it("the demo organization has six weeks of it in Sandbox, some 30 cents an hour", async () => {
    await applySeed(emu.control, DEMO_ORGANIZATION);
    const sandbox = (await emu.control.state()).workspaces.find((w) => w.name === "Sandbox")!;
    const now = Math.floor(Date.now() / HOUR) * HOUR;
    const lastWeek = await costByWorkspace(now - WEEK, now);
    expect(Object.keys(lastWeek)).toEqual([sandbox.id]);
    const dollarsPerHour = lastWeek[sandbox.id]! / 100 / 168;
    expect(dollarsPerHour).toBeGreaterThan(0.1);
    expect(dollarsPerHour).toBeLessThan(1);
    expect(Object.keys(await costByWorkspace(now - 6 * WEEK, now - 5 * WEEK))).toEqual([sandbox.id]);
  });
});
