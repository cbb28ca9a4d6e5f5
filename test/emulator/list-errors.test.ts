import { describe, expect, it } from "vitest";
import { type AdminClient, PermissionError, collect } from "../../provider/client";
import { clientFor, rejectionOf } from "../support/admin-client";
import { useEmulator } from "../support/emulator";

const emulator = useEmulator();

// Each list method, the route it pages through, and how to call it.
const lists: Array<[string, string, (c: AdminClient, workspaceId: string) => AsyncIterable<unknown>]> = [
  ["listUsers", "GET /v1/organizations/users", (c) => c.listUsers()],
  ["listInvites", "GET /v1/organizations/invites", (c) => c.listInvites()],
  ["listWorkspaces", "GET /v1/organizations/workspaces", (c) => c.listWorkspaces()],
  ["listWorkspaceMembers", "GET /v1/organizations/workspaces/{id}/members", (c, ws) => c.listWorkspaceMembers(ws)],
  ["listWorkspaceRateLimits", "GET /v1/organizations/workspaces/{id}/rate_limits", (c, ws) => c.listWorkspaceRateLimits(ws)],
  ["listSpendLimits", "GET /v1/organizations/spend_limits", (c) => c.listSpendLimits()],
  ["listApiKeys", "GET /v1/organizations/api_keys", (c) => c.listApiKeys()],
  ["listUsage", "GET /v1/organizations/analytics/usage", (c) => c.listUsage({ startingAt: new Date(Date.now() - 86_400_000).toISOString() })],
  ["listCost", "GET /v1/organizations/analytics/cost", (c) => c.listCost({ startingAt: new Date(Date.now() - 86_400_000).toISOString() })],
];

describe("list methods", () => {
  it.each(lists)("%s fails with a typed error naming the operation, sent once", async (operation, route, list) => {
    const ws = await emulator.control.seedWorkspace({ name: "Lists" });
    const { client } = clientFor(emulator);
    await expect(collect(list(client, ws.id))).resolves.toEqual(expect.any(Array));
    await emulator.control.resetRequests();
    await emulator.control.fault({ route, kind: "status", status: 403 });
    const err = await rejectionOf(collect(list(client, ws.id)));
    expect(err).toBeInstanceOf(PermissionError);
    expect(err.operation).toBe(operation);
    expect(err.message).toMatch(new RegExp(`^${operation} failed: 403 permission_error: Injected fault: HTTP 403\\. \\(request-id req_\\w+\\)`));
    expect((await emulator.control.requests()).byRoute[route]).toBe(1);
  });
});
