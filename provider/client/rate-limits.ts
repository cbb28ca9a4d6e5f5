/** Per-workspace rate-limit overrides: `/v1/organizations/workspaces/{id}/rate_limits`. */
import { cursorPageSchema, paginateByCursor } from "./pagination";
import { request, type RequestContext } from "./request";
import { RateLimitUpdateBody } from "./request-schemas";
import { type WireWorkspaceRateLimit, WorkspaceRateLimitSchema } from "./schemas";

export interface ListWorkspaceRateLimitsParams {
  /** Also list the values inherited from the organization (each marked by `source`). */
  includeInherited?: boolean;
  groupType?: "model_group" | "batch" | "token_count" | "files" | "skills" | "web_search";
  /** Page size; by default the server returns every entry in one page. */
  limit?: number;
}

export interface RateLimitsApi {
  listWorkspaceRateLimits(workspaceId: string, params?: ListWorkspaceRateLimitsParams): AsyncIterable<WireWorkspaceRateLimit>;
  /** Sets (a number) or clears (null) the named limiter types of one group; others are unchanged. */
  updateWorkspaceRateLimit(workspaceId: string, rateLimitId: string, body: RateLimitUpdateBody): Promise<WireWorkspaceRateLimit>;
}

const RateLimitsPage = cursorPageSchema(WorkspaceRateLimitSchema);

export function rateLimitsApi(ctx: RequestContext): RateLimitsApi {
  return {
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
