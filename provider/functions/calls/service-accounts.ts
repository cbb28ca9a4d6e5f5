/** `getServiceAccounts` itself: loaded on its first call (see ../service-accounts.ts). */
import type * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import { collect } from "../../client";
import type { WireServiceAccount } from "../../client/federation-schemas";
import { parseArgs } from "../arguments";
import { functionClient } from "../client";
import { organizationArgument } from "../organization-argument";
import type { GetServiceAccountsArgs, GetServiceAccountsResult, ServiceAccountInfo, ServiceAccountWorkspaceInfo } from "../service-accounts";

const Args = z.strictObject({
  includeArchived: z.boolean({ error: "must be true or false" }).optional(),
  includeWorkspaces: z.boolean({ error: "must be true or false" }).optional(),
  organization: organizationArgument,
});/** What the schema takes: test/types/public-arguments.ts holds it equal to the public argument type. */
export type ServiceAccountsArgsInput = z.input<typeof Args>;


function serviceAccountInfo(a: WireServiceAccount, workspaces: ServiceAccountWorkspaceInfo[]): ServiceAccountInfo {
  return {
    id: a.id,
    name: a.name,
    description: a.description ?? "",
    organizationRole: a.organization_role,
    createdAt: a.created_at,
    archivedAt: a.archived_at,
    workspaces,
  };
}

export async function getServiceAccounts(args?: GetServiceAccountsArgs, _opts?: pulumi.InvokeOptions): Promise<GetServiceAccountsResult> {
  const { includeArchived, includeWorkspaces, organization } = parseArgs("getServiceAccounts", Args, args);
  const client = functionClient("getServiceAccounts", organization);
  const accounts = await collect(client.listServiceAccounts({ includeArchived }));
  const serviceAccounts = await Promise.all(
    accounts.map(async (account) => {
      // An archived account's memberships list is empty: no request for it.
      if (!includeWorkspaces || account.archived_at) return serviceAccountInfo(account, []);
      const memberships = await collect(client.listServiceAccountWorkspaces(account.id));
      return serviceAccountInfo(account, memberships.map((m) => ({ workspaceId: m.workspace_id, role: m.workspace_role, implicit: m.implicit === true })));
    }),
  );
  return { serviceAccounts };
}
