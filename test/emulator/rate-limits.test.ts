import { describe, expect, it } from "vitest";
import { NotFoundError, collect } from "../../provider/client";
import { clientFor, rejectionOf } from "../support/admin-client";
import { useEmulator } from "../support/emulator";

const emulator = useEmulator();

describe("workspace rate limits", () => {
  it("lists nothing for a workspace without overrides, and the inherited values on request", async () => {
    const ws = await emulator.control.seedWorkspace({ name: "Limits" });
    const { client } = clientFor(emulator);
    expect(await collect(client.listWorkspaceRateLimits(ws.id))).toEqual([]);
    const inherited = await collect(client.listWorkspaceRateLimits(ws.id, { includeInherited: true, groupType: "model_group" }));
    expect(inherited.length).toBeGreaterThan(0);
    expect(inherited.every((e) => e.group.type === "model_group" && e.workspace_id === ws.id)).toBe(true);
    expect(inherited[0]!.limits.every((l) => l.source?.type === "organization" && l.value === l.org_limit)).toBe(true);
  });

  it("sets and clears an override of one group", async () => {
    const ws = await emulator.control.seedWorkspace({ name: "Limits" });
    const { client } = clientFor(emulator);
    const [group] = await collect(client.listWorkspaceRateLimits(ws.id, { includeInherited: true, groupType: "model_group" }));
    const set = await client.updateWorkspaceRateLimit(ws.id, group!.rate_limit_id, {
      limits: [{ type: "requests_per_minute", value: 1000 }],
    });
    expect(set.limits).toEqual([
      { type: "requests_per_minute", value: 1000, org_limit: expect.any(Number), source: { type: "workspace" } },
    ]);
    const listed = await collect(client.listWorkspaceRateLimits(ws.id));
    expect(listed.map((e) => [e.rate_limit_id, e.limits.map((l) => [l.type, l.value])])).toEqual([
      [group!.rate_limit_id, [["requests_per_minute", 1000]]],
    ]);
    const cleared = await client.updateWorkspaceRateLimit(ws.id, group!.rate_limit_id, {
      limits: [{ type: "requests_per_minute", value: null }],
    });
    expect(cleared.limits).toEqual([]);
    expect(await collect(client.listWorkspaceRateLimits(ws.id))).toEqual([]);
  });

  it("follows next_page when the server pages the list", async () => {
    const ws = await emulator.control.seedWorkspace({ name: "Limits" });
    const { client } = clientFor(emulator);
    const all = await collect(client.listWorkspaceRateLimits(ws.id, { includeInherited: true }));
    await emulator.control.resetRequests();
    const paged = await collect(client.listWorkspaceRateLimits(ws.id, { includeInherited: true, limit: 2 }));
    expect(paged).toEqual(all);
    expect((await emulator.control.requests()).total).toBe(Math.ceil(all.length / 2));
  });

  it("reports an unknown rate-limit entry as NotFoundError", async () => {
    const ws = await emulator.control.seedWorkspace({ name: "Limits" });
    const { client } = clientFor(emulator);
    const err = await rejectionOf(client.updateWorkspaceRateLimit(ws.id, "rl_01missing", { limits: [{ type: "requests_per_minute", value: 5 }] }));
    expect(err).toBeInstanceOf(NotFoundError);
    expect(err.serverMessage).toBe("Rate limit 'rl_01missing' not found.");
  });
});
