import type * as pulumi from "@pulumi/pulumi";
import { isDeepStrictEqual } from "node:util";
import type { TelemetryDestinationUpdateBody, WireTelemetryDestination } from "../../client/telemetry-schemas";
import { withoutInternal } from "../declared";
import { diffSpecOf } from "../declare";
import { inputChanges } from "./generated";
import { diffInputs, type DiffSpec } from "../diff";
import type { TelemetryDestinationInputs, TelemetryDestinationOutputs, WorkspacesInput } from "./schema";

/** Pure planning for TelemetryDestination: what changed, the request bodies, the outputs. No I/O here. */

/** Ids per create or update request, as the API takes them; the rest go through the per-workspace routes. */
export const IDS_PER_REQUEST = 100;

/** A workspace list is a set: compared sorted. */
function canonicalWorkspaces(workspaces: WorkspacesInput | undefined): unknown {
  if (workspaces === undefined || workspaces === "all") return workspaces;
  return "include" in workspaces ? { include: [...workspaces.include].sort() } : { exclude: [...workspaces.exclude].sort() };
}

// Headers removed from the program are removed from the destination; an unset state is left alone.
export const diffSpec: DiffSpec = diffSpecOf(inputChanges, { keepWhenUnset: ["enabled"] });

export function diffTelemetryDestination(olds: Partial<TelemetryDestinationOutputs>, news: TelemetryDestinationInputs): pulumi.dynamic.DiffResult {
  return diffInputs(
    { ...olds, workspaces: canonicalWorkspaces(olds.workspaces) },
    { ...news, workspaces: canonicalWorkspaces(news.workspaces) },
    diffSpec,
  );
}

export type ListType = "all" | "include" | "exclude";

export function listOf(workspaces: WorkspacesInput | undefined): { type: ListType; ids: string[] } {
  if (workspaces === undefined || workspaces === "all") return { type: "all", ids: [] };
  return "include" in workspaces ? { type: "include", ids: workspaces.include } : { type: "exclude", ids: workspaces.exclude };
}

export function workspacesFrom(type: string, ids: string[]): WorkspacesInput {
  if (type === "include") return { include: ids };
  if (type === "exclude") return { exclude: ids };
  return "all";
}

const originOf = (url: string) => new URL(url).origin;

/**
 * The update body that brings the destination from `current` (as state records it) to the inputs,
 * and the workspaces to add and remove one at a time afterwards (a list whose type stays the same).
 *
 * Headers are sent whole when any changed: every declared value (so no unsent stored value counts
 * 4,096 bytes against the API's limit), null for each name dropped, and `endpoint_url` with them, as
 * the API requires. A new host or port drops every header on the API's side, so they are resent then too.
 */
export function updatePlan(current: Partial<TelemetryDestinationOutputs>, inputs: TelemetryDestinationInputs) {
  const body: TelemetryDestinationUpdateBody = {};
  if (inputs.displayName !== undefined && inputs.displayName !== current.displayName) body.display_name = inputs.displayName;
  if (inputs.endpointUrl !== current.endpointUrl) body.endpoint_url = inputs.endpointUrl;
  const moved = current.endpointUrl !== undefined && originOf(current.endpointUrl) !== originOf(inputs.endpointUrl);
  if (moved || !isDeepStrictEqual(inputs.headers ?? {}, current.headers ?? {})) {
    const headers: Record<string, string | null> = {};
    const wanted = new Set(Object.keys(inputs.headers ?? {}).map((n) => n.toLowerCase()));
    for (const name of [...Object.keys(current.headers ?? {}), ...(current.headerNames ?? [])]) {
      if (!wanted.has(name.toLowerCase()) && !moved) headers[name] = null;
    }
    Object.assign(headers, inputs.headers);
    if (Object.keys(headers).length > 0) body.headers = headers;
    if (Object.values(headers).some((v) => v !== null)) body.endpoint_url = inputs.endpointUrl;
  }
  if (inputs.enabled !== undefined && inputs.enabled !== current.enabled) body.state = { type: inputs.enabled ? "enabled" : "disabled" };
  const from = listOf(current.workspaces);
  const to = listOf(inputs.workspaces);
  let add: string[] = [];
  let remove: string[] = [];
  if (from.type !== to.type) {
    body.workspaces = to.type === "all" ? { type: "all" } : { type: to.type, workspace_ids: to.ids.slice(0, IDS_PER_REQUEST) };
    add = to.ids.slice(IDS_PER_REQUEST);
  } else {
    add = to.ids.filter((id) => !from.ids.includes(id));
    remove = from.ids.filter((id) => !to.ids.includes(id));
  }
  return { body: Object.keys(body).length > 0 ? body : undefined, add, remove };
}

/**
 * The headers state records after a read: the values state holds for the names the API still has
 * (values are write-only, so a changed value cannot be seen), and an empty value for a name added
 * outside Pulumi, so that the next diff shows the change and the update removes it.
 */
export function liveHeaders(recorded: Record<string, string> | undefined, headerNames: readonly string[]): Record<string, string> {
  const byName = new Map(Object.entries(recorded ?? {}).map(([n, v]) => [n.toLowerCase(), [n, v] as const]));
  return Object.fromEntries(headerNames.map((name) => byName.get(name.toLowerCase()) ?? [name, ""]));
}

/** What state records: the declared inputs with live values, and what users read of the destination. */
export function outputsFromWire(
  inputs: TelemetryDestinationInputs,
  live: WireTelemetryDestination,
  listed: string[],
  headers: Record<string, string> | undefined,
): TelemetryDestinationOutputs {
  const declared = listOf(inputs.workspaces);
  const sameList = declared.type === live.workspaces.type && isDeepStrictEqual([...declared.ids].sort(), [...listed].sort());
  const outputs: TelemetryDestinationOutputs = {
    ...withoutInternal(inputs),
    endpointUrl: live.endpoint_url,
    workspaces: sameList ? inputs.workspaces : workspacesFrom(live.workspaces.type, listed),
    headerNames: live.header_names,
    enabled: live.state.type === "enabled",
    disabledReason: live.state.type === "enabled" ? null : (live.state.reason?.type ?? null),
  };
  if (live.display_name !== null) outputs.displayName = live.display_name;
  else delete outputs.displayName;
  if (headers !== undefined) outputs.headers = headers;
  else delete outputs.headers;
  return outputs;
}
