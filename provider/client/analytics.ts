/**
 * The Usage and Cost Analytics API: `GET /v1/organizations/analytics/usage` and `/analytics/cost`.
 * Rows per time bucket and group; tokens and requests as numbers, costs as decimal strings in cents.
 */
import { cursorPageSchema, paginateByCursor } from "./pagination";
import { pageLimit } from "./page-limit";
import { request, type RequestContext } from "./request";
import { CostItemSchema, UsageItemSchema, type WireCostItem, type WireUsageItem } from "./schemas";

/** Both reports are beta endpoints on api.anthropic.com and need this opt-in. */
const ANALYTICS_BETA = "analytics-usage-cost-2026-08-24";

export interface AnalyticsParams {
  /** RFC 3339, inclusive. */
  startingAt: string;
  /** RFC 3339, exclusive; required with `timeBucketWidth`. The range spans at most 31 days. */
  endingAt?: string;
  timeBucketWidth?: "1d" | "1h" | "1m";
  /** Dimensions, e.g. ["model", "workspace_id"]; the cost report also takes "cost_type", "token_type". */
  groupBy?: string[];
  models?: string[];
  workspaceIds?: string[];
  apiKeyIds?: string[];
  /** Product surfaces, e.g. ["messages_api", "claude_code"] (the SDK's BetaAnalyticsUsageCostProductFilter). */
  products?: string[];
  /** e.g. ["standard", "batch"] (BetaAnalyticsServiceTier). */
  serviceTiers?: string[];
  /** "global", "us", or "not_available" for usage without one (BetaAnalyticsInferenceGeoFilter). */
  inferenceGeos?: string[];
  orderBy?: string;
  order?: "asc" | "desc";
  /** Rows per page, 1..1000 (default 1000). */
  limit?: number;
}

export interface AnalyticsApi {
  listUsage(params: AnalyticsParams): AsyncIterable<WireUsageItem>;
  listCost(params: AnalyticsParams): AsyncIterable<WireCostItem>;
}

const UsagePage = cursorPageSchema(UsageItemSchema);
const CostPage = cursorPageSchema(CostItemSchema);

function analyticsQuery(params: AnalyticsParams, operation: string, page: string | undefined) {
  return {
    starting_at: params.startingAt,
    ending_at: params.endingAt,
    time_bucket_width: params.timeBucketWidth,
    group_by: params.groupBy,
    models: params.models,
    workspace_ids: params.workspaceIds,
    api_key_ids: params.apiKeyIds,
    products: params.products,
    service_tiers: params.serviceTiers,
    inference_geos: params.inferenceGeos,
    order_by: params.orderBy,
    order: params.order,
    limit: pageLimit(params.limit, operation),
    page,
  };
}

export function analyticsApi(ctx: RequestContext): AnalyticsApi {
  return {
    listUsage: (params) =>
      paginateByCursor("listUsage", (page) =>
        request(ctx, {
          operation: "listUsage",
          method: "GET",
          path: ["analytics", "usage"],
          query: analyticsQuery(params, "listUsage", page),
          headers: { "anthropic-beta": ANALYTICS_BETA },
          schema: UsagePage,
        }),
      ),
    listCost: (params) =>
      paginateByCursor("listCost", (page) =>
        request(ctx, {
          operation: "listCost",
          method: "GET",
          path: ["analytics", "cost"],
          query: analyticsQuery(params, "listCost", page),
          headers: { "anthropic-beta": ANALYTICS_BETA },
          schema: CostPage,
        }),
      ),
  };
}
