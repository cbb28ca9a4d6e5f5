import { z } from "zod";
import { invalid, notFound } from "../errors";
import { parseWith } from "../params";
import { route, type Ctx, type Route } from "../router";
import type { Store } from "../store";
import { callerOf } from "../federation/caller";
import { cursorList, listQuery } from "../federation/lists";
import { saMemberKey } from "../federation-state";
import { SERVICE_ACCOUNT_WORKSPACE_ROLES, type ServiceAccountMember } from "../federation-wire";
import { activeWorkspace } from "./workspaces";

// A service account's workspace memberships, addressed from the workspace side
// (`/v1/organizations/workspaces/{workspace_id}/service_accounts`) and, by the same functions, from the
// service-account side (./service-accounts.ts). Every service account is an implicit `workspace_user` of the
// default workspace; that membership cannot be removed, and an explicit one there replaces it.

const BASE = "/v1/organizations/workspaces/{workspace_id}/service_accounts";

export const roleBody = z.enum(SERVICE_ACCOUNT_WORKSPACE_ROLES, {
  error: `must be one of ${SERVICE_ACCOUNT_WORKSPACE_ROLES.join(", ")} (service accounts cannot hold workspace_billing)`,
});
const addBody = z.strictObject({ service_account_id: z.string().min(1), workspace_role: roleBody });
const updateBody = z.strictObject({ workspace_role: roleBody });

export function implicitMembership(store: Store, serviceAccountId: string): ServiceAccountMember {
  return {
    type: "service_account_workspace_member", service_account_id: serviceAccountId, workspace_id: store.defaultWorkspaceId,
    workspace_role: "workspace_user", implicit: true, created_by_actor_id: null,
  };
}

function liveAccount(store: Store, id: string, doing: string) {
  const account = store.federation.serviceAccount(id);
  if (account.archived_at) throw invalid(`Service account '${id}' is archived and cannot be ${doing}.`);
  return account;
}

export function addMembership(ctx: Ctx, serviceAccountId: string, workspaceId: string, role: ServiceAccountMember["workspace_role"]) {
  const workspace = activeWorkspace(ctx.store, workspaceId);
  const account = liveAccount(ctx.store, serviceAccountId, "added to a workspace");
  const key = saMemberKey(workspace.id, account.id);
  const existing = ctx.store.federation.serviceAccountMembers.get(key);
  if (existing) {
    existing.workspace_role = role;
    return existing;
  }
  const member: ServiceAccountMember = {
    type: "service_account_workspace_member", service_account_id: account.id, workspace_id: workspace.id,
    workspace_role: role, implicit: false, created_by_actor_id: callerOf(ctx).actorId,
  };
  ctx.store.federation.serviceAccountMembers.set(key, member);
  return member;
}

/** Idempotent; on the implicit default-workspace membership a no-op that still answers 200. */
export function removeMembership(ctx: Ctx, serviceAccountId: string, workspaceId: string) {
  const workspace = activeWorkspace(ctx.store, workspaceId);
  ctx.store.federation.serviceAccountMembers.delete(saMemberKey(workspace.id, serviceAccountId));
  return { type: "service_account_workspace_member_deleted", service_account_id: serviceAccountId, workspace_id: workspace.id };
}

export const serviceAccountWorkspaceRoutes: Route[] = [
  route("GET", BASE, ({ store, params, query }) => {
    const workspace = activeWorkspace(store, params.workspace_id);
    const page = parseWith(listQuery.omit({ include_archived: true }), query, "query");
    const members = [...store.federation.serviceAccountMembers.values()]
      .filter((m) => m.workspace_id === workspace.id && store.federation.serviceAccounts.get(m.service_account_id)?.archived_at === null)
      .sort((a, b) => (a.service_account_id < b.service_account_id ? -1 : 1));
    return cursorList(members, page);
  }),
  route("POST", BASE, (ctx) => {
    const input = parseWith(addBody, ctx.body, "body");
    return addMembership(ctx, input.service_account_id, ctx.params.workspace_id, input.workspace_role);
  }),
  route("GET", `${BASE}/{id}`, ({ store, params }) => {
    const workspace = activeWorkspace(store, params.workspace_id);
    const account = store.federation.serviceAccount(params.id);
    if (account.archived_at) throw notFound("Service account", account.id);
    const member = store.federation.serviceAccountMembers.get(saMemberKey(workspace.id, account.id));
    if (member) return member;
    if (workspace.id === store.defaultWorkspaceId) return implicitMembership(store, account.id);
    throw notFound("Service account workspace membership", `${workspace.id}/${account.id}`);
  }),
  route("POST", `${BASE}/{id}`, ({ store, params, body }) => {
    const workspace = activeWorkspace(store, params.workspace_id);
    const input = parseWith(updateBody, body, "body");
    const account = liveAccount(store, params.id, "updated");
    const member = store.federation.serviceAccountMembers.get(saMemberKey(workspace.id, account.id));
    if (!member) {
      throw notFound("Service account workspace membership", `${workspace.id}/${account.id}`);
    }
    member.workspace_role = input.workspace_role;
    return member;
  }),
  route("DELETE", `${BASE}/{id}`, (ctx) => removeMembership(ctx, ctx.params.id, ctx.params.workspace_id)),
];
