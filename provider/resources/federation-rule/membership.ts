import type { AdminClient } from "../../client";

/**
 * The target service account must be a member of each workspace a rule mints tokens into (every account
 * is implicitly a member of the default workspace). The API does not check it when the rule is written,
 * only at token exchange, where a CI job would then fail long after `pulumi up` succeeded; so the
 * provider checks it before writing, with one listing of the account's memberships.
 */
export async function requireMemberships(client: AdminClient, serviceAccountId: string, workspaceIds: readonly string[]): Promise<void> {
  if (workspaceIds.length === 0) return;
  const memberOf = new Set<string>();
  for await (const membership of client.listServiceAccountWorkspaces(serviceAccountId)) memberOf.add(membership.workspace_id);
  const missing = workspaceIds.filter((id) => !memberOf.has(id));
  if (missing.length === 0) return;
  throw new Error(
    `workspaceIds: service account ${serviceAccountId} is not a member of ${missing.join(", ")}, so token exchange into ` +
      `${missing.length === 1 ? "it" : "them"} would be refused. Add a ServiceAccountWorkspace for each, and give the rule its ` +
      "`serviceAccountId` and `workspaceId` outputs so that the rule waits for the membership. Nothing was written.",
  );
}
