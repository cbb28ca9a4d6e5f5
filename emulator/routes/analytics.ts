import { z } from "zod";
import { invalid } from "../errors";
import { pageByCursor } from "../pagination";
import { limitParam, parseWith, q } from "../params";
import { checkFilters, filterQuery } from "../usage-filters";
import { requireBeta, route, type Route } from "../router";
import {
  COST_GROUP_BY, USAGE_GROUP_BY, buckets, costRows, totalCostMicroCents, usageMetrics, type Bucket,
  type ReportRequest,
} from "../usage-report";

const BETA = "analytics-usage-cost-2026-08-24";
const DAY = 24 * 3_600_000;

const datetime = z.iso.datetime({ offset: true, message: "must be an RFC 3339 datetime with a time zone" });

// Strict: a query field the API does not document is refused by name rather than ignored.
const reportQuery = <G extends readonly [string, ...string[]], O extends readonly [string, ...string[]]>(groupBy: G, orderBy: O) =>
  z.strictObject({
    starting_at: datetime,
    ending_at: datetime.optional(),
    time_bucket_width: z.enum(["1d", "1h", "1m"]).optional(),
    group_by: q.list(z.enum(groupBy)).refine((g) => !g || g.length <= 5, "at most 5 dimensions"),
    ...filterQuery,
    order: z.enum(["asc", "desc"]).default("desc"),
    order_by: z.enum(orderBy).optional(),
    limit: limitParam.default(20),
    page: q.one(),
  });

const usageQuery = reportQuery(USAGE_GROUP_BY, ["output_tokens", "requests", "time", "total_tokens", "uncached_input_tokens"] as const);
const costQuery = reportQuery(COST_GROUP_BY, ["amount", "list_amount", "time"] as const);
type ReportQuery = z.infer<typeof usageQuery> | z.infer<typeof costQuery>;

/** The SDK: `starting_at` "must be within the last 365 days and no earlier than 2026-01-01T00:00:00Z". */
export const OLDEST_STARTING_AT = Date.parse("2026-01-01T00:00:00Z");
const RETENTION_MS = 365 * DAY;

function reportRequest(params: ReportQuery): ReportRequest {
  const start = Date.parse(params.starting_at);
  if (start < OLDEST_STARTING_AT) throw invalid("starting_at: must be no earlier than 2026-01-01T00:00:00Z.");
  if (start < Date.now() - RETENTION_MS) throw invalid("starting_at: must be within the last 365 days.");
  const width = params.time_bucket_width ?? null;
  if (width && params.ending_at === undefined) throw invalid("ending_at: is required when time_bucket_width is set.");
  const end = params.ending_at !== undefined ? Date.parse(params.ending_at) : Math.min(Date.now(), start + 31 * DAY);
  if (end <= start) throw invalid("ending_at: must be after starting_at.");
  if (end - start > 31 * DAY) throw invalid("The range may span at most 31 days.");
  if (width === "1m" && end - start > DAY) throw invalid("With time_bucket_width=1m the range may span at most 24 hours.");
  const { starting_at: _s, ending_at: _e, time_bucket_width: _w, group_by: groupBy = [], order: _o, order_by: _b, limit: _l, page: _p, ...filters } = params;
  checkFilters(filters, groupBy);
  return { start, end, width, groupBy, filters };
}

/** Orders buckets by the chosen metric, or by time bucket (then metric, highest first) for `time`. */
function sortBuckets(items: Bucket[], metric: (b: Bucket) => number, byTime: boolean, order: "asc" | "desc") {
  const sign = order === "asc" ? 1 : -1;
  const values = new Map(items.map((b) => [b, metric(b)]));
  return items.sort((a, b) => {
    if (byTime && a.startMs !== b.startMs) return sign * (a.startMs - b.startMs);
    const diff = byTime ? values.get(b)! - values.get(a)! : sign * (values.get(a)! - values.get(b)!);
    return diff !== 0 ? diff : JSON.stringify(a.group) < JSON.stringify(b.group) ? -1 : 1;
  });
}

function respond<T>(items: Bucket[], params: ReportQuery, render: (bucket: Bucket) => T[]) {
  const page = pageByCursor(items, params);
  return {
    data: page.data.flatMap(render),
    has_more: page.has_more,
    next_page: page.next_page,
    data_refreshed_at: new Date().toISOString(),
  };
}

export const analyticsRoutes: Route[] = [
  route("GET", "/v1/organizations/analytics/usage", (ctx) => {
    requireBeta(ctx, BETA);
    const params = parseWith(usageQuery, ctx.query, "query");
    const req = reportRequest(params);
    const metric = params.order_by === undefined || params.order_by === "time" ? "total_tokens" : params.order_by;
    const items = sortBuckets(buckets(ctx.store.usage, req, USAGE_GROUP_BY),
      (b) => usageMetrics(b.records)[metric], params.order_by === "time" && req.width !== null, params.order);
    return respond(items, params, (b) => [
      { starting_at: b.starting_at, ending_at: b.ending_at, group: b.group, usage: usageMetrics(b.records) },
    ]);
  }),
  route("GET", "/v1/organizations/analytics/cost", (ctx) => {
    requireBeta(ctx, BETA);
    const params = parseWith(costQuery, ctx.query, "query");
    const req = reportRequest(params);
    const items = sortBuckets(buckets(ctx.store.usage, req, COST_GROUP_BY),
      (b) => totalCostMicroCents(b.records), params.order_by === "time" && req.width !== null, params.order);
    return respond(items, params, (b) => costRows(b, req.groupBy));
  }),
];
