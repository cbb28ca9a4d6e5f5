/**
 * Spend limits: `/v1/organizations/spend_limits`. `POST` is an upsert keyed on (scope, period), so
 * setting a limit is idempotent and safe to retry.
 */
import { cursorPageSchema, paginateByCursor } from "./pagination";
import { request, type RequestContext } from "./request";
import { SpendLimitSetBody } from "./request-schemas";
import {
  SpendLimitSchema, SpendSummarySchema, type WireDeleted, type WireSpendLimit, type WireSpendSummary, deletedSchema,
} from "./schemas";

/** Listing spend limits is a beta endpoint on api.anthropic.com and needs this opt-in. */
const SPEND_LIMIT_READS_BETA = "spend-limit-reads-2026-09-26";

export interface ListSpendLimitsParams {
  /** Only limits whose `scope.workspace_id` is this workspace. */
  workspaceId?: string;
  scopeTypes?: string[];
  limit?: number;
}

export interface ListEffectiveSpendLimitsParams {
  /** Only these periods; default every period a member resolves a limit for. */
  periods?: Array<"daily" | "monthly" | "weekly">;
  /** Only these members (`user_...`), at most 100. */
  userIds?: string[];
  /** Members per page (a member's periods never split across pages). */
  limit?: number;
}

export interface SpendLimitsApi {
  setSpendLimit(body: SpendLimitSetBody): Promise<WireSpendLimit>;
  getSpendLimit(spendLimitId: string): Promise<WireSpendLimit>;
  listSpendLimits(params?: ListSpendLimitsParams): AsyncIterable<WireSpendLimit>;
  deleteSpendLimit(spendLimitId: string): Promise<WireDeleted<"spend_limit_deleted">>;
  /** `GET /spend_limits/effective`: each member's applicable limit per period. Claude Enterprise only. */
  listEffectiveSpendLimits(params?: ListEffectiveSpendLimitsParams): AsyncIterable<WireSpendSummary>;
}

const SpendLimitsPage = cursorPageSchema(SpendLimitSchema);
const SpendSummariesPage = cursorPageSchema(SpendSummarySchema);

export function spendLimitsApi(ctx: RequestContext): SpendLimitsApi {
  return {
    setSpendLimit: (body) =>
      request(ctx, {
        operation: "setSpendLimit",
        method: "POST",
        path: ["spend_limits"],
        body,
        bodySchema: SpendLimitSetBody,
        idempotent: true,
        schema: SpendLimitSchema,
      }),
    getSpendLimit: (spendLimitId) =>
      request(ctx, {
        operation: "getSpendLimit",
        method: "GET",
        path: ["spend_limits", spendLimitId],
        schema: SpendLimitSchema,
      }),
    listSpendLimits: (params = {}) =>
      paginateByCursor("listSpendLimits", (page) =>
        request(ctx, {
          operation: "listSpendLimits",
          method: "GET",
          path: ["spend_limits"],
          query: { workspace_id: params.workspaceId, scope_type: params.scopeTypes, limit: params.limit, page },
          headers: { "anthropic-beta": SPEND_LIMIT_READS_BETA },
          schema: SpendLimitsPage,
        }),
      ),
    deleteSpendLimit: (spendLimitId) =>
      request(ctx, {
        operation: "deleteSpendLimit",
        method: "DELETE",
        path: ["spend_limits", spendLimitId],
        schema: deletedSchema("spend_limit_deleted"),
      }),
    listEffectiveSpendLimits: (params = {}) =>
      paginateByCursor("listEffectiveSpendLimits", (page) =>
        request(ctx, {
          operation: "listEffectiveSpendLimits",
          method: "GET",
          path: ["spend_limits", "effective"],
          query: { period: params.periods, user_ids: params.userIds, limit: params.limit, page },
          schema: SpendSummariesPage,
        }),
      ),
  };
}
