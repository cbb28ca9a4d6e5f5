import { z } from "zod";
import { ApiError, describeIssues, invalid } from "../errors";
import { newId } from "../ids";
import { cursorPageQuery, pageByCursor } from "../pagination";
import { parseWith, q } from "../params";
import { requireBeta, route, type Route } from "../router";
import { now, type Store } from "../store";
import {
  destinationCreateBody, destinationUpdateBody, headerNameProblems, headerSetProblems, originOf, urlProblem,
  type StoredDestination, type TelemetryDestination, type Traces, type TracesParam, type WorkspacesParam,
} from "../telemetry-wire";
import { covers, replaceList, storedDestination, TELEMETRY_BETA, telemetryWorkspaceRoutes } from "./telemetry-workspaces";

const BASE = "/v1/organizations/telemetry_destinations";
const MAX_DESTINATIONS = 10;
const TEST_INTERVAL_MS = 10_000;

const listQuery = z.object({ ...cursorPageQuery, workspace_ids: q.list(z.string()).pipe(z.array(z.string()).max(100, "at most 100 ids").optional()) });

function parse<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const result = schema.safeParse(body ?? {});
  // Issues name the field (a header's name at most), never a header's value.
  if (!result.success) throw invalid(describeIssues(result.error, "body"));
  const names = headerNameProblems(Object.keys((result.data as { headers?: object }).headers ?? {}));
  if (names.length > 0) throw invalid(names.join("; "));
  return result.data;
}

function applyTraces(current: Traces, params: TracesParam | null | undefined, endpointUrl: string): Traces {
  if (params === undefined) return current;
  if (params === null) return { content_mode: "metadata_only", enabled: true, endpoint_url: null, max_content_bytes: null };
  const next: Traces = { ...current };
  if (params.content_mode !== undefined) next.content_mode = params.content_mode ?? "metadata_only";
  if (params.enabled !== undefined) next.enabled = params.enabled;
  if (params.endpoint_url !== undefined) next.endpoint_url = params.endpoint_url;
  if (params.max_content_bytes !== undefined) next.max_content_bytes = params.max_content_bytes;
  if (next.endpoint_url !== null) {
    const problem = urlProblem(next.endpoint_url);
    if (problem) throw invalid(`traces.endpoint_url: ${problem}`);
    if (originOf(next.endpoint_url) !== originOf(endpointUrl)) throw invalid("traces.endpoint_url: must have the same scheme, host and port as endpoint_url");
  }
  return next;
}

function checkWorkspaceIds(store: Store, params: WorkspacesParam, keep: Set<string> = new Set()): void {
  if (params.type === "all") return;
  for (const id of params.workspace_ids ?? []) {
    const workspace = store.workspaces.get(id);
    if (!workspace) throw invalid(`workspaces.workspace_ids: '${id}' is not a workspace of this organization.`);
    if (workspace.archived_at !== null && !keep.has(id)) throw invalid(`workspaces.workspace_ids: workspace '${id}' is archived and cannot be added.`);
  }
}

export const telemetryDestinationRoutes: Route[] = [
  route("POST", BASE, (ctx) => {
    requireBeta(ctx, TELEMETRY_BETA);
    const input = parse(destinationCreateBody, ctx.body);
    const { telemetryDestinations } = ctx.store.integrations;
    if (telemetryDestinations.size >= MAX_DESTINATIONS) {
      throw invalid(`An organization can have at most ${MAX_DESTINATIONS} telemetry destinations, including disabled ones.`);
    }
    // Only each value's size is kept (see ../integrations.ts).
    const headers = new Map(Object.entries(input.headers ?? {}).map(([name, value]) => [name, Buffer.byteLength(value)]));
    const names = [...headers.keys()].map((n) => n.toLowerCase());
    if (new Set(names).size !== names.length) throw invalid("headers: two names differ only in case.");
    const problems = headerSetProblems(headers);
    if (problems.length > 0) throw invalid(problems.join("; "));
    checkWorkspaceIds(ctx.store, input.workspaces);
    const defaults: Traces = { content_mode: "metadata_only", enabled: true, endpoint_url: null, max_content_bytes: null };
    const traces = applyTraces(defaults, input.traces, input.endpoint_url);
    const at = now();
    const destination: TelemetryDestination = {
      id: newId("tdst"), type: "telemetry_destination", created_at: at, updated_at: at,
      delivery_health: { last_error: null, last_error_at: null, last_success_at: null },
      display_name: input.display_name ?? null, endpoint_url: input.endpoint_url, header_names: [...headers.keys()],
      state: { type: "enabled" }, traces, workspaces: { type: input.workspaces.type },
    };
    const stored: StoredDestination = { destination, headerValueBytes: headers, list: [] };
    replaceList(stored, input.workspaces, at);
    telemetryDestinations.set(destination.id, stored);
    return destination;
  }),
  route("GET", BASE, (ctx) => {
    requireBeta(ctx, TELEMETRY_BETA);
    const params = parseWith(listQuery, ctx.query, "query");
    const wanted = params.workspace_ids;
    const all = [...ctx.store.integrations.telemetryDestinations.values()].reverse();
    const matching = wanted === undefined ? all : all.filter((d) => wanted.some((id) => ctx.store.workspaces.has(id) && covers(d, id)));
    const { data, next_page } = pageByCursor(matching.map((d) => d.destination), params, 20);
    return { data, next_page };
  }),
  route("GET", `${BASE}/{id}`, (ctx) => storedDestination(ctx).destination),
  route("POST", `${BASE}/{id}`, (ctx) => {
    const stored = storedDestination(ctx);
    const { destination } = stored;
    if (ctx.body === null || typeof ctx.body !== "object" || Object.keys(ctx.body).length === 0) throw invalid("Send at least one field.");
    if ((ctx.body as Record<string, unknown>).headers === null) throw invalid("headers: cannot be null; send null as a header's value to remove it.");
    const input = parse(destinationUpdateBody, ctx.body);
    const sets = Object.entries(input.headers ?? {}).filter(([, v]) => v !== null);
    if (sets.length > 0 && input.endpoint_url === undefined) throw invalid("headers: a request that sets a header value must also include endpoint_url.");
    const endpointUrl = input.endpoint_url ?? destination.endpoint_url;
    const moved = originOf(endpointUrl) !== originOf(destination.endpoint_url);
    if (moved && destination.traces.endpoint_url !== null && input.traces?.endpoint_url === undefined && input.traces !== null) {
      throw invalid("traces.endpoint_url: a change of host or port must also set traces.endpoint_url to the new host and port, or to null.");
    }
    // Everything is checked on copies first: a refused update changes nothing.
    const headers = moved ? new Map<string, number>() : new Map(stored.headerValueBytes);
    for (const [name, value] of Object.entries(input.headers ?? {})) {
      for (const existing of [...headers.keys()]) if (existing.toLowerCase() === name.toLowerCase()) headers.delete(existing);
      if (value !== null) headers.set(name, Buffer.byteLength(value));
    }
    const sentNames = new Set(sets.map(([n]) => n.toLowerCase()));
    const unsent = sets.length > 0 ? [...headers.keys()].filter((n) => !sentNames.has(n.toLowerCase())).length : 0;
    const problems = headerSetProblems(headers, unsent);
    if (problems.length > 0) throw invalid(problems.join("; "));
    const traces = applyTraces(destination.traces, input.traces, endpointUrl);
    if (input.workspaces) {
      const typeChanges = input.workspaces.type !== destination.workspaces.type;
      if ((typeChanges || (input.workspaces.type !== "all" && input.workspaces.workspace_ids)) && stored.list.length > 750) {
        throw invalid("workspaces: the destination's list has more than 750 workspaces; remove workspaces one at a time until 750 or fewer remain.");
      }
      checkWorkspaceIds(ctx.store, input.workspaces, new Set(stored.list.map((e) => e.workspace_id)));
    }
    const at = now();
    if (input.display_name !== undefined) destination.display_name = input.display_name;
    destination.endpoint_url = endpointUrl;
    stored.headerValueBytes = headers;
    destination.header_names = [...headers.keys()];
    destination.traces = traces;
    if (input.state?.type === "enabled") destination.state = { type: "enabled" };
    // An already disabled destination keeps its reason.
    if (input.state?.type === "disabled" && destination.state.type === "enabled") destination.state = { type: "disabled", reason: { type: "caller" } };
    if (input.workspaces) {
      const keepList = input.workspaces.type === destination.workspaces.type && input.workspaces.type !== "all" && input.workspaces.workspace_ids === undefined;
      if (!keepList) replaceList(stored, input.workspaces, at);
      destination.workspaces = { type: input.workspaces.type };
    }
    destination.updated_at = at;
    return destination;
  }),
  route("DELETE", `${BASE}/{id}`, (ctx) => {
    const { destination } = storedDestination(ctx);
    ctx.store.integrations.telemetryDestinations.delete(destination.id);
    return { id: destination.id, type: "telemetry_destination_deleted" };
  }),
  route("POST", `${BASE}/{id}/test`, (ctx) => {
    const stored = storedDestination(ctx);
    const at = Date.now();
    if (stored.lastTestAt !== undefined && at - stored.lastTestAt < TEST_INTERVAL_MS) {
      const wait = Math.ceil((TEST_INTERVAL_MS - (at - stored.lastTestAt)) / 1000);
      throw new ApiError(429, "Wait 10 seconds between tests of one destination.", undefined, { "retry-after": String(wait) });
    }
    stored.lastTestAt = at;
    // Nothing is sent anywhere: the emulator answers as a collector that accepted the span would.
    return { type: "telemetry_destination_test", result: { type: "success" } };
  }),
  ...telemetryWorkspaceRoutes,
];
