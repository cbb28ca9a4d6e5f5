import { withoutUndefined } from "../../defined";
import type * as pulumi from "@pulumi/pulumi";
import { isDeepStrictEqual } from "node:util";
import type { WireWorkspace, WireWorkspaceRateLimit } from "../../client/schemas";
import type { WorkspaceCreateBody, WorkspaceUpdateBody } from "../../client/request-schemas";
import { diffInputs, type DiffSpec } from "../diff";
import { rateLimiterTypes, type RateLimiterName, type RateLimitsInput, type WorkspaceInputs, type WorkspaceOutputs } from "./schema";

/** Pure planning for Workspace: what changed, what replaces, and the request bodies. No I/O here. */

const spec: DiffSpec = {
  updates: ["name", "displayColor", "tags", "allowedInferenceGeos", "defaultInferenceGeo", "spendLimit", "rateLimits", "archiveOnDelete"],
  // The workspace geo is fixed at creation; an external (CMEK) key is write-once once attached.
  replaces: ["workspaceGeo", "externalKeyId", "adoptId"],
  keepWhenUnset: ["displayColor", "tags", "workspaceGeo", "allowedInferenceGeos", "defaultInferenceGeo", "externalKeyId"],
};

export function diffWorkspace(olds: Partial<WorkspaceOutputs>, news: WorkspaceInputs): pulumi.dynamic.DiffResult {
  const result = diffInputs(olds as Record<string, unknown>, news as Record<string, unknown>, spec);
  // Attaching a key to a workspace that has none is an update; only changing an attached key replaces.
  if (!olds.externalKeyId && result.replaces?.includes("externalKeyId")) {
    const replaces = result.replaces.filter((key) => key !== "externalKeyId");
    return { ...result, replaces };
  }
  return result;
}

export function createBody(inputs: WorkspaceInputs): WorkspaceCreateBody {
  const residency = {
    workspace_geo: inputs.workspaceGeo,
    allowed_inference_geos: inputs.allowedInferenceGeos,
    default_inference_geo: inputs.defaultInferenceGeo,
  };
  return withoutUndefined({
    name: inputs.name,
    display_color: inputs.displayColor,
    tags: inputs.tags,
    external_key_id: inputs.externalKeyId,
    data_residency: Object.values(residency).some((v) => v !== undefined) ? withoutUndefined(residency) : undefined,
  });
}

/** The body that brings the workspace from its recorded state to the inputs, or undefined when nothing differs. */
export function updateBody(current: Partial<WorkspaceOutputs>, inputs: WorkspaceInputs): WorkspaceUpdateBody | undefined {
  const body: WorkspaceUpdateBody = {};
  if (current.name !== inputs.name) body.name = inputs.name;
  if (inputs.displayColor && current.displayColor?.toLowerCase() !== inputs.displayColor.toLowerCase()) {
    body.display_color = inputs.displayColor;
  }
  if (inputs.tags) {
    const tags = tagChanges(current.tags ?? {}, inputs.tags);
    if (tags) body.tags = tags;
  }
  const residency: NonNullable<WorkspaceUpdateBody["data_residency"]> = {};
  const allowed = inputs.allowedInferenceGeos;
  if (allowed !== undefined && !isDeepStrictEqual(allowed, current.allowedInferenceGeos)) {
    residency.allowed_inference_geos = allowed;
  }
  if (inputs.defaultInferenceGeo !== undefined && inputs.defaultInferenceGeo !== current.defaultInferenceGeo) {
    residency.default_inference_geo = inputs.defaultInferenceGeo;
  }
  if (Object.keys(residency).length > 0) body.data_residency = residency;
  if (inputs.externalKeyId && inputs.externalKeyId !== current.externalKeyId) {
    Object.assign(body, { external_key_id: inputs.externalKeyId });
  }
  return Object.keys(body).length > 0 ? body : undefined;
}

/** Tag updates merge: a tag the inputs no longer name is removed by sending null. */
function tagChanges(live: Record<string, string>, wanted: Record<string, string>): Record<string, string | null> | undefined {
  const changes: Record<string, string | null> = {};
  for (const [key, value] of Object.entries(wanted)) if (live[key] !== value) changes[key] = value;
  for (const key of Object.keys(live)) if (!(key in wanted)) changes[key] = null;
  return Object.keys(changes).length > 0 ? changes : undefined;
}

export function spendLimitCents(monthlyUsd: number): string {
  return String(Math.round(monthlyUsd * 100));
}

export function monthlyUsdFromCents(amount: string): number {
  return Number(amount) / 100;
}

export interface RateLimitChange {
  rateLimitId: string;
  limits: Array<{ type: string; value: number | null }>;
}

/**
 * A workspace's `rateLimits` apply to every model group that has the limiter type. A limiter dropped from
 * the inputs has its workspace override cleared (null), so the organization's limit applies again.
 */
export function planRateLimits(
  entries: readonly WireWorkspaceRateLimit[],
  wanted: RateLimitsInput | undefined,
  previous: RateLimitsInput | undefined,
): RateLimitChange[] {
  const names = new Set([...Object.keys(wanted ?? {}), ...Object.keys(previous ?? {})] as RateLimiterName[]);
  const changes: RateLimitChange[] = [];
  for (const entry of entries.filter((e) => e.group.type === "model_group")) {
    const limits: RateLimitChange["limits"] = [];
    for (const name of names) {
      const type = rateLimiterTypes[name];
      const live = entry.limits.find((limit) => limit.type === type);
      if (!live) continue;
      const value = wanted?.[name] ?? null;
      const liveOverride = live.source?.type === "organization" ? null : live.value;
      if (value !== liveOverride) limits.push({ type, value });
    }
    if (limits.length > 0) changes.push({ rateLimitId: entry.rate_limit_id, limits });
  }
  return changes;
}

/** Limiter types the inputs name that no model group of the organization has: they cannot be applied. */
export function unsupportedLimiters(entries: readonly WireWorkspaceRateLimit[], wanted: RateLimitsInput | undefined): string[] {
  const available = new Set(entries.filter((e) => e.group.type === "model_group").flatMap((e) => e.limits.map((l) => l.type)));
  return (Object.keys(wanted ?? {}) as RateLimiterName[]).filter((name) => !available.has(rateLimiterTypes[name]));
}

/** The live overrides of the limiter types a workspace manages (the first model group that has each). */
export function liveRateLimits(entries: readonly WireWorkspaceRateLimit[], managed: RateLimitsInput | undefined): RateLimitsInput | undefined {
  if (!managed) return undefined;
  const live: Record<string, number> = {};
  for (const name of Object.keys(managed) as RateLimiterName[]) {
    for (const entry of entries.filter((e) => e.group.type === "model_group")) {
      const limit = entry.limits.find((l) => l.type === rateLimiterTypes[name] && l.source?.type !== "organization");
      if (limit) {
        live[name] = limit.value;
        break;
      }
    }
  }
  return live;
}

export function outputsFromWire(
  inputs: WorkspaceInputs,
  live: WireWorkspace,
  extra: { spendLimitId?: string; spendLimit?: WorkspaceInputs["spendLimit"]; rateLimits?: RateLimitsInput },
): WorkspaceOutputs {
  return withoutUndefined({
    ...inputs,
    name: live.name,
    displayColor: live.display_color,
    tags: live.tags ?? {},
    workspaceGeo: (live.data_residency?.workspace_geo ?? "us") as "us",
    allowedInferenceGeos: (live.data_residency?.allowed_inference_geos ?? "unrestricted") as WorkspaceOutputs["allowedInferenceGeos"],
    defaultInferenceGeo: (live.data_residency?.default_inference_geo ?? "global") as WorkspaceOutputs["defaultInferenceGeo"],
    externalKeyId: live.external_key_id ?? undefined,
    spendLimit: extra.spendLimit,
    spendLimitId: extra.spendLimitId,
    rateLimits: extra.rateLimits,
    createdAt: live.created_at,
    archivedAt: live.archived_at,
  }) as WorkspaceOutputs;
}
