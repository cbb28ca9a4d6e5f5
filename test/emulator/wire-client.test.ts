import { describe, expect, it } from "vitest";
import { AuthenticationError } from "../../provider/client";
import { analyticsApi } from "../../provider/client/analytics";
import { apiKeysApi } from "../../provider/client/api-keys";
import { complianceApi } from "../../provider/client/compliance";
import { externalKeysApi } from "../../provider/client/external-keys";
import { federationApi } from "../../provider/client/federation";
import { invitesApi } from "../../provider/client/invites";
import { membersApi } from "../../provider/client/members";
import { organizationApi } from "../../provider/client/organization";
import { rateLimitsApi } from "../../provider/client/rate-limits";
import { rbacApi } from "../../provider/client/rbac";
import type { RequestContext } from "../../provider/client/request";
import { serviceAccountsApi } from "../../provider/client/service-accounts";
import { spendLimitsApi } from "../../provider/client/spend-limits";
import { telemetryDestinationsApi } from "../../provider/client/telemetry-destinations";
import { usersApi } from "../../provider/client/users";
import { webhooksApi } from "../../provider/client/webhooks";
import { workspacesApi } from "../../provider/client/workspaces";
import { clientFor, rejectionOf } from "../support/admin-client";
import { useEmulator } from "../support/emulator";

const emulator = useEmulator({ seed: { organization: { id: "org-test-1", name: "Acme Corp" } } });

// The client's methods are getters that make a group's methods on first use (client/index.ts).
describe("the wire client's endpoint methods", () => {
  it("are every method of every endpoint group, each a function, and nothing else", () => {
    const groups = [
      organizationApi, usersApi, invitesApi, workspacesApi, membersApi, rateLimitsApi, spendLimitsApi, apiKeysApi,
      analyticsApi, webhooksApi, telemetryDestinationsApi, externalKeysApi, complianceApi, rbacApi, serviceAccountsApi,
      federationApi,
    ];
    const expected = groups.flatMap((group) => Object.keys(group({} as RequestContext))).sort();
    const { client } = clientFor(emulator);
    const names: string[] = [];
    for (const name in client) names.push(name);
    expect(names.sort()).toEqual(expected);
    expect(expected.length).toBeGreaterThan(90);
    for (const name of names) expect(typeof (client as unknown as Record<string, unknown>)[name], name).toBe("function");
  });

  it("are one function per client and method, and work when read off the client", async () => {
    const { client } = clientFor(emulator);
    expect(client.getOrganization).toBe(client.getOrganization);
    expect(clientFor(emulator).client.getOrganization).not.toBe(client.getOrganization);
    const { getOrganization, listWorkspaces } = client;
    expect((await getOrganization()).id).toBe("org-test-1");
    const listed = [];
    for await (const workspace of listWorkspaces()) listed.push(workspace);
    expect(listed).toEqual([]);
  });

  it("call with their own client's credentials and name, however many clients share the getters", async () => {
    const good = clientFor(emulator, { operationPrefix: "Workspace \"good\": " }).client;
    const bad = clientFor(emulator, { adminKey: "sk-ant-admin01-wrong", operationPrefix: "Workspace \"bad\": " }).client;
    const refused = await rejectionOf(bad.getOrganization());
    expect(refused).toBeInstanceOf(AuthenticationError);
    expect(refused.message).toMatch(/^Workspace "bad": getOrganization failed: 401/);
    expect((await good.getOrganization()).name).toBe("Acme Corp");
    expect(Object.isFrozen(good)).toBe(true);
    expect(() => {
      (good as unknown as Record<string, unknown>).getOrganization = () => undefined;
    }).toThrow(TypeError);
  });
});
