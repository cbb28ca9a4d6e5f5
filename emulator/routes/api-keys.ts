import { z } from "zod";
import { invalid } from "../errors";
import { createOnce } from "../idempotency";
import { idPageQuery, pageById } from "../pagination";
import { parseWith, q } from "../params";
import { route, type Route } from "../router";
import { API_KEY_STATUSES } from "../wire";
import { activeWorkspace } from "./workspaces";

const keyName = z.string().trim().min(1, "must not be empty").max(500, "must be at most 500 characters");

// The key-creation extension: not offered by api.anthropic.com, where keys are minted in the Console.
// It honours `Idempotency-Key` (see ../idempotency.ts), so a client can resend a create safely.
const CREATE_ROUTE = "/v1/organizations/api_keys";
const createBody = z.strictObject({
  name: keyName,
  workspace_id: z.string().min(1),
  expires_at: z.iso.datetime({ offset: true, message: "must be an RFC 3339 datetime" })
    .refine((t) => Date.parse(t) > Date.now(), "must be in the future")
    .nullish(),
});

const updateBody = z.strictObject({
  name: keyName.nullish(),
  status: z.enum(["active", "archived", "inactive"]).nullish(),
});

const listQuery = z.object({
  ...idPageQuery,
  workspace_id: q.one(),
  status: z.enum(API_KEY_STATUSES).optional(),
  created_by_user_id: q.one(),
});

export const apiKeyRoutes: Route[] = [
  route("POST", CREATE_ROUTE, (ctx) => {
    const { store, body } = ctx;
    // A saved response lasts only as long as its key: a reset or an out-of-band removal ends the replay.
    return createOnce(ctx, `POST ${CREATE_ROUTE}`, (id) => store.apiKeys.has(id), () => {
      const input = parseWith(createBody, body, "body");
      const workspace = activeWorkspace(store, input.workspace_id);
      return store.addApiKey({
        workspaceId: workspace.id, name: input.name, createdByUserId: store.adminUserId,
        expiresAt: input.expires_at ? new Date(input.expires_at).toISOString() : null,
      });
    });
  }),
  route("GET", "/v1/organizations/api_keys", ({ store, query }) => {
    const params = parseWith(listQuery, query, "query");
    const keys = [...store.apiKeys.values()].filter(
      (k) =>
        (params.workspace_id === undefined || k.scope.workspace_id === params.workspace_id) &&
        (params.status === undefined || k.status === params.status) &&
        (params.created_by_user_id === undefined || k.created_by?.id === params.created_by_user_id),
    );
    return pageById(keys, (k) => k.id, params);
  }),
  route("GET", "/v1/organizations/api_keys/{id}", ({ store, params }) => store.apiKey(params.id)),
  route("POST", "/v1/organizations/api_keys/{id}", ({ store, params, body }) => {
    const key = store.apiKey(params.id);
    const input = parseWith(updateBody, body, "body");
    if (key.status === "archived") throw invalid(`API key '${key.id}' is archived and can no longer be modified.`);
    if (key.status === "expired" && input.status != null && input.status !== "archived") {
      throw invalid(`API key '${key.id}' has expired; it can only be archived.`);
    }
    if (input.name != null) key.name = input.name;
    if (input.status != null) key.status = input.status;
    return key;
  }),
];
