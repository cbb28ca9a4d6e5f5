import { withoutUndefined } from "../../base/defined";
import type * as pulumi from "@pulumi/pulumi";
import type { WireWorkspace, WireWorkspaceRateLimit } from "../../client/schemas";
import type { WorkspaceCreateBody, WorkspaceUpdateBody } from "../../client/request-schemas";
import { asWritten, sameValue } from "../../base/canonical";
import { diffInputs, type DiffSpec } from "../diff";
import { withoutInternal } from "../declared";
import { diffSpecOf } from "../declare";
import { inputChanges } from "./generated";
import { OWNER_TAG } from "../owner";
import type { RateLimitsInput, WorkspaceInputs, WorkspaceOutputs } from "./schema";
import { rateLimiterTypes, type RateLimiterName } from "./rate-limiters";

/** Pure planning for Workspace: what changed, what replaces, and the request bodies. No I/O here. */

/** What updates in place and what replaces, as schema.ts declares it. */
export const diffSpec: DiffSpec = diffSpecOf(inputChanges, {
  // An adopted workspace without `name` keeps its live name (a created one always has a name).
  keepWhenUnset: ["name", "displayColor", "tags", "workspaceGeo", "allowedInferenceGeos", "defaultInferenceGeo", "externalKeyId"],
});

/** Inputs 0.1.0 reported from the live workspace, declared or not (it always declared the name). */
export const alwaysReported = ["displayColor", "tags", "workspaceGeo", "allowedInferenceGeos", "defaultInferenceGeo"];

/**
 * Whether the inputs declare a field of the live workspace that state does not record yet (outputs
 * hold declared fields only): its live value must be read before the update body can be planned, or
 * "exactly these tags" could not remove the tags the workspace already has.
 */
export function declaresUnrecorded(olds: Partial<WorkspaceOutputs>, news: WorkspaceInputs): boolean {
  return [...alwaysReported, "externalKeyId"].some((key) => news[key as keyof WorkspaceInputs] !== undefined && olds[key as keyof WorkspaceOutputs] === undefined);
}

export function diffWorkspace(olds: Partial<WorkspaceOutputs>, news: WorkspaceInputs): pulumi.dynamic.DiffResult {
  const result = diffInputs(olds as Record<string, unknown>, news as Record<string, unknown>, diffSpec);
  // Attaching a key to a workspace that has none is an update; only changing an attached key replaces.
  if (!olds.externalKeyId && result.replaces?.includes("externalKeyId")) {
    const replaces = result.replaces.filter((key) => key !== "externalKeyId");
    return { ...result, replaces };
  }
  return result;
}

/** `ownerTag`: the ownership marker a later create recognises after an interrupted one (owner.ts). */
export function createBody(inputs: WorkspaceInputs & { name: string }, ownerTag?: string): WorkspaceCreateBody {
  const residency = {
    workspace_geo: inputs.workspaceGeo,
    allowed_inference_geos: inputs.allowedInferenceGeos,
    default_inference_geo: inputs.defaultInferenceGeo,
  };
  return withoutUndefined({
    name: inputs.name,
    display_color: inputs.displayColor,
    tags: ownerTag ? { ...inputs.tags, [OWNER_TAG]: ownerTag } : inputs.tags,
    external_key_id: inputs.externalKeyId,
    data_residency: Object.values(residency).some((v) => v !== undefined) ? withoutUndefined(residency) : undefined,
  });
}

/** The body that brings the workspace from its recorded state to the inputs, or undefined when nothing differs. */
export function updateBody(current: Partial<WorkspaceOutputs>, inputs: WorkspaceInputs): WorkspaceUpdateBody | undefined {
  const body: WorkspaceUpdateBody = {};
  if (inputs.name !== undefined && current.name !== inputs.name) body.name = inputs.name;
  if (inputs.displayColor && !sameValue("displayColor", current.displayColor, inputs.displayColor)) {
    body.display_color = inputs.displayColor;
  }
  if (inputs.tags) {
    const tags = tagChanges(current.tags ?? {}, inputs.tags);
    if (tags) body.tags = tags;
  }
  const residency: NonNullable<WorkspaceUpdateBody["data_residency"]> = {};
  const allowed = inputs.allowedInferenceGeos;
  if (allowed !== undefined && !sameValue("allowedInferenceGeos", allowed, current.allowedInferenceGeos)) {
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

/** Tag updates merge: a tag the inputs no longer name is removed by sending null. The marker is never live here. */
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

/**
 * The live overrides of the limiter types a workspace manages, as one value per limiter: the value
 * every model group has, or, where a group drifted (another value, or its override removed), the
 * drifted one, so that the next diff sees the change and the update restores every group.
 */
export function liveRateLimits(
  entries: readonly WireWorkspaceRateLimit[],
  managed: RateLimitsInput | undefined,
): RateLimitsInput | undefined {
  if (!managed) return undefined;
  const live: Record<string, number> = {};
  for (const name of Object.keys(managed) as RateLimiterName[]) {
    const groups = entries.filter((e) => e.group.type === "model_group" && e.limits.some((l) => l.type === rateLimiterTypes[name]));
    const values = groups.map((entry) => {
      const limit = entry.limits.find((l) => l.type === rateLimiterTypes[name])!;
      return limit.source?.type === "organization" ? undefined : limit.value;
    });
    const drift = values.findIndex((value) => value !== managed[name]);
    const value = drift === -1 ? (values.length > 0 ? managed[name] : undefined) : values[drift];
    if (value !== undefined) live[name] = value;
  }
  return live;
}

/**
 * Every limiter the workspace overrides on some model group, as one value each (the first group's):
 * what an import records, since nothing says yet which limiters a program manages.
 */
export function overriddenRateLimits(entries: readonly WireWorkspaceRateLimit[]): RateLimitsInput | undefined {
  const overrides: Record<string, number> = {};
  for (const entry of entries.filter((e) => e.group.type === "model_group")) {
    for (const [name, type] of Object.entries(rateLimiterTypes)) {
      const limit = entry.limits.find((l) => l.type === type && l.source?.type !== "organization");
      if (limit && !(name in overrides)) overrides[name] = limit.value;
    }
  }
  return Object.keys(overrides).length > 0 ? liveRateLimits(entries, overrides) : undefined;
}

/**
 * What state records: the declared inputs with their live values (as written when only the form
 * differs), the name users read, and what later calls need (the spend limit's id).
 * Fields the program does not declare stay out: users read them with `getWorkspaces`.
 */
export function outputsFromWire(
  inputs: WorkspaceInputs,
  live: WireWorkspace,
  extra: { spendLimitId?: string; spendLimit?: WorkspaceInputs["spendLimit"]; rateLimits?: RateLimitsInput },
): WorkspaceOutputs {
  const reported: Partial<WorkspaceOutputs> = {
    displayColor: asWritten("displayColor", inputs.displayColor, live.display_color),
    tags: withoutOwnerTag(live.tags ?? {}),
    workspaceGeo: (live.data_residency?.workspace_geo ?? "us") as "us",
    allowedInferenceGeos: asWritten(
      "allowedInferenceGeos",
      inputs.allowedInferenceGeos,
      (live.data_residency?.allowed_inference_geos ?? "unrestricted") as WorkspaceOutputs["allowedInferenceGeos"],
    ),
    defaultInferenceGeo: (live.data_residency?.default_inference_geo ?? "global") as WorkspaceOutputs["defaultInferenceGeo"],
    externalKeyId: live.external_key_id ?? undefined,
  };
  // A key declared without a value (an import's read: nothing recorded yet) reports the live one too.
  const declared = Object.fromEntries(Object.keys(reported).filter((key) => Object.hasOwn(inputs, key)).map((key) => [key, reported[key as keyof WorkspaceOutputs]]));
  return withoutUndefined({
    ...withoutInternal(inputs),
    ...declared,
    name: live.name,
    spendLimit: extra.spendLimit,
    spendLimitId: extra.spendLimitId,
    rateLimits: extra.rateLimits,
  }) as WorkspaceOutputs;
}

/** The ownership marker is the package's, not the program's: it never shows in outputs or diffs. */
function withoutOwnerTag(tags: Record<string, string>): Record<string, string> {
  if (!(OWNER_TAG in tags)) return tags;
  const { [OWNER_TAG]: _marker, ...rest } = tags;
  return rest;
}
