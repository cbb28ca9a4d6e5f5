import { z } from "zod";
import { invalid, notFound } from "../errors";
import { cursorPageQuery, pageByCursor } from "../pagination";
import { parseWith } from "../params";
import { requireBeta, route, type Ctx, type Route } from "../router";
import { now } from "../store";
import type { StoredDestination, WorkspaceEntry, WorkspacesParam } from "../telemetry-wire";

// A destination's workspace list: the workspaces an `include` destination covers, or those an
// `exclude` one leaves out. An `all` destination has no list.

export const TELEMETRY_BETA = "telemetry-destinations-2026-08-11";
const BASE = "/v1/organizations/telemetry_destinations/{id}/workspaces";
const MAX_LIST = 1000;

/** The destination `{id}` names, once the request has opted in to the beta. */
export function storedDestination(ctx: Ctx): StoredDestination {
  requireBeta(ctx, TELEMETRY_BETA);
  return ctx.store.integrations.telemetryDestination(ctx.params.id);
}

export function covers(stored: StoredDestination, workspaceId: string): boolean {
  const listed = stored.list.some((e) => e.workspace_id === workspaceId);
  const { type } = stored.destination.workspaces;
  return type === "all" || (type === "include" ? listed : !listed);
}

/** A whole-list replacement (create, or an update with `workspace_ids`): kept entries keep their `created_at`. */
export function replaceList(stored: StoredDestination, params: WorkspacesParam, at: string): void {
  if (params.type === "all") {
    stored.list = [];
    return;
  }
  const previous = new Map(stored.list.map((e) => [e.workspace_id, e]));
  const ids = [...new Set(params.workspace_ids ?? [])];
  stored.list = ids.map((id) => previous.get(id) ?? entry(stored.destination.id, id, at));
}

const entry = (destinationId: string, workspaceId: string, at: string): WorkspaceEntry => ({
  created_at: at, telemetry_destination_id: destinationId, type: "telemetry_destination_workspace", workspace_id: workspaceId,
});

const listQuery = z.object(cursorPageQuery);

function hasList(stored: StoredDestination): void {
  if (stored.destination.workspaces.type === "all") {
    throw invalid(`Telemetry destination '${stored.destination.id}' covers all workspaces and has no workspace list; update its workspaces instead.`);
  }
}

export const telemetryWorkspaceRoutes: Route[] = [
  route("GET", BASE, (ctx) => {
    const stored = storedDestination(ctx);
    const params = parseWith(listQuery, ctx.query, "query");
    // Newest entry first; archived workspaces included.
    const { data, next_page } = pageByCursor([...stored.list].reverse(), params, 20);
    return { data, next_page };
  }),
  route("POST", `${BASE}/{workspace_id}`, (ctx) => {
    const stored = storedDestination(ctx);
    hasList(stored);
    const workspaceId = ctx.params.workspace_id;
    const existing = stored.list.find((e) => e.workspace_id === workspaceId);
    if (existing) return existing;
    const workspace = ctx.store.workspace(workspaceId);
    if (workspace.archived_at !== null) throw invalid(`Workspace '${workspaceId}' is archived and cannot be added.`);
    if (stored.list.length >= MAX_LIST) throw invalid(`A destination's list holds at most ${MAX_LIST} workspaces.`);
    const added = entry(stored.destination.id, workspaceId, now());
    stored.list.push(added);
    // Adding one workspace does not change the destination's updated_at.
    return added;
  }),
  route("DELETE", `${BASE}/{workspace_id}`, (ctx) => {
    const stored = storedDestination(ctx);
    hasList(stored);
    const workspaceId = ctx.params.workspace_id;
    const index = stored.list.findIndex((e) => e.workspace_id === workspaceId);
    if (index === -1) throw notFound("Workspace on the destination's list", workspaceId);
    stored.list.splice(index, 1);
    return { telemetry_destination_id: stored.destination.id, type: "telemetry_destination_workspace_deleted", workspace_id: workspaceId };
  }),
];
