/** `getServiceAccounts` itself: loaded on its first call (see ../generated/functions.ts). */
import type * as pulumi from "@pulumi/pulumi";
import { collect } from "../../client";
import type { WireServiceAccount } from "../../client/federation-schemas";
import { parseArgs } from "../arguments";
import { functionClient } from "../client";
import { getServiceAccounts as declared } from "../declarations/service-accounts";
import type { GetServiceAccountsArgs, GetServiceAccountsResult, ServiceAccountInfo, ServiceAccountWorkspaceInfo } from "../generated/service-accounts";

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
  const { includeArchived, includeWorkspaces, organization } = parseArgs("getServiceAccounts", declared.args, args);
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
