import { z } from "zod";
import { ApiError, invalid } from "../errors";
import { newId } from "../ids";
import { parseWith } from "../params";
import { route, type Route } from "../router";
import { now } from "../store";
import { callerOf } from "../federation/caller";
import { archivedNotModifiable, cursorList, listQuery, newestFirst, slug, uniqueName } from "../federation/lists";
import { SERVICE_ACCOUNT_ROLES, type ServiceAccount } from "../federation-wire";
import { addMembership, implicitMembership, removeMembership, roleBody } from "./service-account-workspaces";

// `/v1/organizations/service_accounts`: named workload identities that federation rules target.
// OAuth `org:admin` only (see ../federation/credentials.ts).

const BASE = "/v1/organizations/service_accounts";

const createBody = z.strictObject({
  name: slug,
  description: z.string().max(1024).nullish(),
  organization_role: z.enum(SERVICE_ACCOUNT_ROLES).optional(),
});
const updateBody = z.strictObject({
  description: z.string().max(1024).nullish(),
  organization_role: z.enum(SERVICE_ACCOUNT_ROLES).nullish(),
});
const addBody = z.strictObject({ workspace_id: z.string().min(1), workspace_role: roleBody });

function requireInteractive(interactive: boolean, message: string): void {
  if (!interactive) throw new ApiError(403, message);
}

export const serviceAccountRoutes: Route[] = [
  route("POST", BASE, (ctx) => {
    const input = parseWith(createBody, ctx.body, "body");
    const caller = callerOf(ctx);
    const federation = ctx.store.federation;
    uniqueName(federation.serviceAccounts.values(), input.name, "service account");
    if (input.organization_role === "admin") {
      requireInteractive(caller.interactive, "Creating an `admin`-role service account requires an interactive credential " +
        "(a user OAuth token or a Console session); a workload may only create `developer`-role service accounts.");
    }
    const at = now();
    const account: ServiceAccount = {
      id: newId("svac"), type: "service_account", name: input.name, description: input.description ?? null,
      organization_role: input.organization_role ?? "developer",
      created_at: at, created_by_actor_id: caller.actorId, updated_at: at, updated_by_actor_id: caller.actorId,
      archived_at: null, archived_by_actor_id: null,
    };
    federation.serviceAccounts.set(account.id, account);
    return account;
  }),
  route("GET", BASE, ({ store, query }) => {
    const params = parseWith(listQuery, query, "query");
    const accounts = [...store.federation.serviceAccounts.values()]
      .filter((a) => params.include_archived || a.archived_at === null)
      .sort(newestFirst);
    return cursorList(accounts, params);
  }),
  route("GET", `${BASE}/{id}`, ({ store, params }) => store.federation.serviceAccount(params.id)),
  route("POST", `${BASE}/{id}`, (ctx) => {
    const account = ctx.store.federation.serviceAccount(ctx.params.id);
    const input = parseWith(updateBody, ctx.body, "body");
    if (account.archived_at) throw archivedNotModifiable("Service account", account.id);
    const caller = callerOf(ctx);
    if (input.organization_role === "admin") {
      requireInteractive(caller.interactive, "Setting `organization_role` to `admin` (even when unchanged) requires an " +
        "interactive credential (a user OAuth token or a Console session).");
    }
    // `null` clears the description, which the API stores as an empty string.
    if (input.description !== undefined) account.description = input.description ?? "";
    if (input.organization_role != null) account.organization_role = input.organization_role;
    account.updated_at = now();
    account.updated_by_actor_id = caller.actorId;
    return account;
  }),
  route("POST", `${BASE}/{id}/archive`, (ctx) => {
    const federation = ctx.store.federation;
    const account = federation.serviceAccount(ctx.params.id);
    if (account.archived_at) return account;
    const live = [...federation.rules.values()].filter((r) => r.archived_at === null && r.target.service_account_id === account.id);
    if (live.length > 0) {
      throw invalid(`Service account '${account.id}' is the target of live federation rule(s) ${live.map((r) => `'${r.id}'`).join(", ")}; ` +
        "archive those rules first or change their target to another service account.");
    }
    account.archived_at = now();
    account.archived_by_actor_id = callerOf(ctx).actorId;
    return account;
  }),
  route("GET", `${BASE}/{id}/workspaces`, ({ store, params, query }) => {
    const account = store.federation.serviceAccount(params.id);
    const page = parseWith(listQuery.omit({ include_archived: true }), query, "query");
    // "Without a `page` cursor, an archived service account returns an empty list."
    if (account.archived_at) return { data: [], next_page: null };
    const explicit = [...store.federation.serviceAccountMembers.values()]
      .filter((m) => m.service_account_id === account.id && store.workspaces.has(m.workspace_id))
      .sort((a, b) => (a.workspace_id < b.workspace_id ? -1 : 1));
    const list = cursorList(explicit, page);
    const hasExplicitDefault = explicit.some((m) => m.workspace_id === store.defaultWorkspaceId);
    // The implicit default-workspace membership leads the first page, on top of `limit`.
    if (page.page === undefined && !hasExplicitDefault) list.data.unshift(implicitMembership(store, account.id));
    return list;
  }),
  route("POST", `${BASE}/{id}/workspaces`, (ctx) => {
    const input = parseWith(addBody, ctx.body, "body");
    return addMembership(ctx, ctx.params.id, input.workspace_id, input.workspace_role);
  }),
  route("DELETE", `${BASE}/{id}/workspaces/{workspace_id}`, (ctx) =>
    removeMembership(ctx, ctx.params.id, ctx.params.workspace_id)),
];
