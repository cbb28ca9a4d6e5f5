/**
 * Rate limits: the organization's per group (`/v1/organizations/rate_limits`, read-only) and the
 * per-workspace overrides (`/v1/organizations/workspaces/{id}/rate_limits`).
 */
import { cursorPageSchema, paginateByCursor } from "./pagination";
import { request, type RequestContext } from "./request";
import { RateLimitUpdateBody } from "./request-schemas";
import {
  OrganizationRateLimitSchema, type WireOrganizationRateLimit, type WireWorkspaceRateLimit, WorkspaceRateLimitSchema,
} from "./schemas";

export interface ListWorkspaceRateLimitsParams {
  /** Also list the values inherited from the organization (each marked by `source`). */
  includeInherited?: boolean;
  groupType?: "model_group" | "batch" | "token_count" | "files" | "skills" | "web_search";
  /** Page size; by default the server returns every entry in one page. */
  limit?: number;
}

export interface ListOrganizationRateLimitsParams {
  groupType?: ListWorkspaceRateLimitsParams["groupType"];
  /** Only the group containing this model (full name or alias); the API answers 404 for an unknown model. */
  model?: string;
  limit?: number;
}

export interface RateLimitsApi {
  listOrganizationRateLimits(params?: ListOrganizationRateLimitsParams): AsyncIterable<WireOrganizationRateLimit>;
  listWorkspaceRateLimits(workspaceId: string, params?: ListWorkspaceRateLimitsParams): AsyncIterable<WireWorkspaceRateLimit>;
  /** Sets (a number) or clears (null) the named limiter types of one group; others are unchanged. */
  updateWorkspaceRateLimit(workspaceId: string, rateLimitId: string, body: RateLimitUpdateBody): Promise<WireWorkspaceRateLimit>;
}

const RateLimitsPage = cursorPageSchema(WorkspaceRateLimitSchema);
const OrganizationRateLimitsPage = cursorPageSchema(OrganizationRateLimitSchema);

export function rateLimitsApi(ctx: RequestContext): RateLimitsApi {
  return {
    listOrganizationRateLimits: (params = {}) =>
      paginateByCursor("listOrganizationRateLimits", (page) =>
        request(ctx, {
          operation: "listOrganizationRateLimits",
          method: "GET",
          path: ["rate_limits"],
          query: { group_type: params.groupType, model: params.model, limit: params.limit, page },
          schema: OrganizationRateLimitsPage,
        }),
      ),
    listWorkspaceRateLimits: (workspaceId, params = {}) =>
      paginateByCursor("listWorkspaceRateLimits", (page) =>
        request(ctx, {
          operation: "listWorkspaceRateLimits",
          method: "GET",
          path: ["workspaces", workspaceId, "rate_limits"],
          query: { include_inherited: params.includeInherited, group_type: params.groupType, limit: params.limit, page },
          schema: RateLimitsPage,
        }),
      ),
    updateWorkspaceRateLimit: (workspaceId, rateLimitId, body) =>
      request(ctx, {
        operation: "updateWorkspaceRateLimit",
        method: "POST",
        path: ["workspaces", workspaceId, "rate_limits", rateLimitId],
        body,
        bodySchema: RateLimitUpdateBody,
        idempotent: true,
        schema: WorkspaceRateLimitSchema,
      }),
  };
}
