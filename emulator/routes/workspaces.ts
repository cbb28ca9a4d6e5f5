import { z } from "zod";
import { ApiError, invalid } from "../errors";
import { idPageQuery, pageById } from "../pagination";
import { parseWith, q } from "../params";
import { requireBeta, route, type Ctx, type Route } from "../router";
import { now, type Store } from "../store";
import { INFERENCE_GEOS, type DataResidency, type Workspace } from "../wire";

const name = z.string().trim().min(1, "must not be empty").max(40, "must be at most 40 characters");
const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, "must be a hex color such as #6C5BB9");
const geos = z.union([z.array(z.enum(INFERENCE_GEOS)).min(1), z.literal("unrestricted")]);
const tagKey = z.string().min(1).max(128).refine((k) => !k.toLowerCase().startsWith("anthropic"), "tag keys may not begin with 'anthropic'");
// Checked in the handler (see checkPrivacy): whether the credential may set it comes before its shape.
const privacy = z.unknown().optional();

const createBody = z.strictObject({
  name,
  display_color: color.nullish(),
  tags: z.record(tagKey, z.string().max(256)).nullish(),
  data_residency: z.strictObject({
    workspace_geo: z.literal("us").nullish(),
    allowed_inference_geos: geos.nullish(),
    default_inference_geo: z.enum(INFERENCE_GEOS).nullish(),
  }).nullish(),
  external_key_id: z.string().min(1).nullish(),
  user_profile_id: z.string().min(1).nullish(),
  inference_data_privacy: privacy,
});

const updateBody = z.strictObject({
  name: name.optional(),
  display_color: color.optional(),
  tags: z.record(tagKey, z.string().max(256).nullable()).nullish(),
  data_residency: z.strictObject({
    allowed_inference_geos: geos.nullish(),
    default_inference_geo: z.enum(INFERENCE_GEOS).nullish(),
  }).nullish(),
  external_key_id: z.string().min(1).optional(),
  user_profile_id: z.string().min(1).optional(),
  inference_data_privacy: privacy,
});

const listQuery = z.object({
  ...idPageQuery,
  include_archived: q.bool(),
  include_default: q.bool(),
  ids: q.list(z.string()).refine((ids) => !ids || ids.length <= 100, "at most 100 ids"),
});

export const workspaceRoutes: Route[] = [
  route("POST", "/v1/organizations/workspaces", (ctx) => {
    const { store } = ctx;
    const input = parseWith(createBody, ctx.body, "body");
    checkPrivacy(ctx, input.inference_data_privacy);
    checkExternalKey(store, input.external_key_id ?? null, input.user_profile_id ?? null);
    const residency = checkedResidency({
      workspace_geo: "us",
      allowed_inference_geos: input.data_residency?.allowed_inference_geos ?? "unrestricted",
      default_inference_geo: input.data_residency?.default_inference_geo ?? "global",
    });
    return store.addWorkspace({
      name: input.name, display_color: input.display_color, tags: input.tags, data_residency: residency,
      external_key_id: input.external_key_id, user_profile_id: input.user_profile_id,
    });
  }),
  route("GET", "/v1/organizations/workspaces", ({ store, query }) => {
    const params = parseWith(listQuery, query, "query");
    const workspaces = [...store.workspaces.values()].filter(
      (w) =>
        (params.include_archived || w.archived_at === null) &&
        (params.include_default || w.id !== store.defaultWorkspaceId) &&
        (!params.ids || params.ids.includes(w.id)),
    );
    return pageById(workspaces, (w) => w.id, params);
  }),
  route("GET", "/v1/organizations/workspaces/{id}", ({ store, params }) => store.workspace(params.id)),
  route("POST", "/v1/organizations/workspaces/{id}", (ctx) => {
    const { store } = ctx;
    const workspace = modifiable(store, ctx.params.id);
    const input = parseWith(updateBody, ctx.body, "body");
    checkPrivacy(ctx, input.inference_data_privacy);
    writeOnce(workspace, "external_key_id", input.external_key_id);
    writeOnce(workspace, "user_profile_id", input.user_profile_id);
    if (input.external_key_id !== undefined || input.user_profile_id !== undefined) {
      checkExternalKey(store, input.external_key_id ?? workspace.external_key_id, input.user_profile_id ?? workspace.user_profile_id);
    }
    const residency = checkedResidency({
      ...workspace.data_residency,
      ...(input.data_residency?.allowed_inference_geos != null && { allowed_inference_geos: input.data_residency.allowed_inference_geos }),
      ...(input.data_residency?.default_inference_geo != null && { default_inference_geo: input.data_residency.default_inference_geo }),
    });
    if (input.name !== undefined) workspace.name = input.name;
    if (input.display_color !== undefined) workspace.display_color = input.display_color;
    if (input.external_key_id !== undefined) workspace.external_key_id = input.external_key_id;
    if (input.user_profile_id !== undefined) workspace.user_profile_id = input.user_profile_id;
    workspace.data_residency = residency;
    if (input.tags === null) workspace.tags = {};
    for (const [key, value] of Object.entries(input.tags ?? {})) {
      if (value === null) delete workspace.tags[key];
      else workspace.tags[key] = value;
    }
    return workspace;
  }),
  route("POST", "/v1/organizations/workspaces/{id}/archive", ({ store, params }) => {
    const workspace = modifiable(store, params.id);
    workspace.archived_at = now();
    for (const key of store.apiKeys.values()) {
      const live = key.status === "active" || key.status === "inactive";
      if (live && key.scope.workspace_id === workspace.id) key.status = "archived";
    }
    return workspace;
  }),
];

/** The workspace, if things in it can still change: an archived workspace is read-only. */
export function activeWorkspace(store: Store, id: string): Workspace {
  const workspace = store.workspace(id);
  if (workspace.archived_at !== null) throw invalid(`Workspace '${id}' is archived and can no longer be modified.`);
  return workspace;
}

/** The workspace, if it can itself be renamed or archived: the default workspace cannot. */
function modifiable(store: Store, id: string): Workspace {
  const workspace = activeWorkspace(store, id);
  if (workspace.id === store.defaultWorkspaceId) throw invalid("The default workspace cannot be modified or archived.");
  return workspace;
}

function checkedResidency(residency: DataResidency): DataResidency {
  const allowed = residency.allowed_inference_geos;
  if (allowed !== "unrestricted" && !allowed.includes(residency.default_inference_geo)) {
    throw invalid(`data_residency.default_inference_geo: '${residency.default_inference_geo}' is not in allowed_inference_geos.`);
  }
  return { ...residency, allowed_inference_geos: allowed === "unrestricted" ? allowed : [...new Set(allowed)] };
}

function writeOnce(workspace: Workspace, field: "external_key_id" | "user_profile_id", value: string | undefined) {
  if (value !== undefined && workspace[field] !== null && workspace[field] !== value) {
    throw invalid(`${field}: is write-once; this workspace already has '${workspace[field]}'.`);
  }
}

/**
 * The key a workspace is to be encrypted under must be one of the organization's external keys
 * (`external_key_not_found`), with the workspace's own user profile, or none on both
 * (`key_profile_mismatch`); the SDK documents both errors and what their messages name.
 */
function checkExternalKey(store: Store, keyId: string | null, userProfileId: string | null): void {
  if (keyId === null) return;
  const key = store.governance.externalKeys.get(keyId);
  if (!key) throw invalid(`external_key_id: The organization has no active External Key '${keyId}'.`, "external_key_not_found");
  if (key.user_profile_id !== userProfileId) {
    const profile = (id: string | null) => (id === null ? "no user profile" : `user profile '${id}'`);
    throw invalid(
      `external_key_id: External Key '${keyId}' has ${profile(key.user_profile_id)} and the Workspace would have ${profile(userProfileId)}; ` +
        "a key and its Workspace must have the same user profile, or both have none.",
      "key_profile_mismatch",
    );
  }
}

const EFS_BETA = "efs-2026-10-01";
const storageParam = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("internal") }),
  z.strictObject({ type: z.literal("external"), external_storage_id: z.string().min(1) }),
]);
const privacyParam = z.strictObject({
  human_review: z.strictObject({ type: z.enum(["enabled", "disabled"]) }).optional(),
  safeguards_storage: storageParam.optional(),
  transcripts_storage: storageParam.optional(),
}, { error: "must be an object; it cannot be null" });

/**
 * The SDK: "An Admin API key can't set this field, because it doesn't belong to a user or a service
 * account. Use an API key that belongs to one, or an OAuth token", and the field "requires the
 * `efs-2026-10-01` `anthropic-beta` value". Any OAuth token that reaches a handler has `org:admin` (see
 * ../federation/credentials.ts). An emulated organization has no External Storage and no approval to turn
 * human review off, so the only values it takes are those every Workspace already has (human review
 * enabled, internal storage): accepted, nothing changes, and reads do not show the field (it is returned
 * only to organizations enabled for it).
 */
function checkPrivacy(ctx: Ctx, value: unknown): void {
  if (value === undefined) return;
  if (ctx.principal?.kind !== "oauth") {
    throw new ApiError(403, "An Admin API key can't set inference_data_privacy, because it doesn't belong to a user or a service account; use an API key that belongs to one, or an OAuth token.");
  }
  requireBeta(ctx, EFS_BETA);
  const privacy = parseWith(z.object({ inference_data_privacy: privacyParam }), { inference_data_privacy: value }, "body").inference_data_privacy;
  if (privacy.human_review?.type === "disabled") {
    throw invalid("inference_data_privacy.human_review: Turning human review off needs Anthropic's approval for the organization, and the organization doesn't have it. Contact Anthropic support to request approval.", "approval_required");
  }
  for (const field of ["safeguards_storage", "transcripts_storage"] as const) {
    if (privacy[field]?.type === "external") {
      throw invalid(`inference_data_privacy.${field}: External Storage isn't available for this Workspace: the organization has none, so only internal storage is accepted.`, "external_storage_not_available");
    }
  }
}
