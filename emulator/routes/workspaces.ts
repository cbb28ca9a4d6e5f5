import { z } from "zod";
import { ApiError, invalid } from "../errors";
import { idPageQuery, pageById } from "../pagination";
import { parseWith, q } from "../params";
import { route, type Route } from "../router";
import { now, type Store } from "../store";
import { INFERENCE_GEOS, type DataResidency, type Workspace } from "../wire";

const name = z.string().trim().min(1, "must not be empty").max(40, "must be at most 40 characters");
const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, "must be a hex color such as #6C5BB9");
const geos = z.union([z.array(z.enum(INFERENCE_GEOS)).min(1), z.literal("unrestricted")]);
const tagKey = z.string().min(1).max(128).refine((k) => !k.toLowerCase().startsWith("anthropic"), "tag keys may not begin with 'anthropic'");
// The SDK types these as taking objects, but only user/service-account credentials may set them.
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
  route("POST", "/v1/organizations/workspaces", ({ store, body }) => {
    const input = parseWith(createBody, body, "body");
    rejectPrivacy(input.inference_data_privacy);
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
  route("POST", "/v1/organizations/workspaces/{id}", ({ store, params, body }) => {
    const workspace = modifiable(store, params.id);
    const input = parseWith(updateBody, body, "body");
    rejectPrivacy(input.inference_data_privacy);
    writeOnce(workspace, "external_key_id", input.external_key_id);
    writeOnce(workspace, "user_profile_id", input.user_profile_id);
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

function rejectPrivacy(value: unknown): void {
  if (value !== undefined) {
    throw new ApiError(403, "An Admin API key can't set inference_data_privacy; use an API key that belongs to a user or a service account.");
  }
}
