import {
  HOUR, MINUTE, TOKEN_TYPES, formatMicroCents, hourlyRecords, minuteRecords, tokenCostMicroCents,
  webSearchMicroCents, type UsageRecord, type UsageState,
} from "./usage";
import { attribution, recordFilter, type ReportFilters } from "./usage-filters";

// Aggregates usage records into the rows of `GET /analytics/usage` and `GET /analytics/cost`.

export type BucketWidth = "1d" | "1h" | "1m";

export interface ReportRequest {
  start: number;
  end: number;
  width: BucketWidth | null;
  groupBy: string[];
  filters: ReportFilters;
}

const USAGE_GROUP_KEYS = [
  "actor", "actor_type", "agent_id", "api_key_id", "claude_tag_category", "claude_tag_user_id", "context_window",
  "deployment_id", "environment_id", "inference_geo", "model", "organization_id", "product", "rbac_group_id",
  "service_tier", "session_id", "slack_channel_id", "speed", "user_profile_id", "workspace_id",
] as const;
export const USAGE_GROUP_BY = USAGE_GROUP_KEYS;
export const COST_GROUP_BY = [...USAGE_GROUP_KEYS, "cost_type", "token_type"] as const;

/** Dimensions the emulator's records carry; every other dimension reads null, as for unattributed usage. */
const DIMENSIONS: Record<string, (r: UsageRecord) => unknown> = {
  model: (r) => r.model,
  workspace_id: (r) => r.workspace_id,
  api_key_id: (r) => r.api_key_id,
  actor: (r) => (r.api_key_id ? { type: "api_actor", api_key_id: r.api_key_id } : null),
  actor_type: (r) => (r.api_key_id ? "api_actor" : null),
  context_window: attribution.context_window,
  inference_geo: attribution.inference_geo,
  product: attribution.product,
  service_tier: attribution.service_tier,
  speed: attribution.speed,
};

const WIDTH_MS: Record<BucketWidth, number> = { "1d": 24 * HOUR, "1h": HOUR, "1m": MINUTE };

export interface Bucket {
  starting_at: string;
  ending_at: string;
  group: Record<string, unknown>;
  records: UsageRecord[];
  startMs: number;
}

/** Groups the matching records by time bucket and the requested dimensions. */
export function buckets(state: UsageState, req: ReportRequest, dimensions: readonly string[]): Bucket[] {
  const size = req.width ? WIDTH_MS[req.width] : null;
  const start = size ? floorTo(req.start, size) : floorTo(req.start, HOUR);
  const end = size ? req.end : floorTo(req.end, HOUR);
  let records = hourlyRecords(state, floorTo(start, HOUR), end);
  if (req.width === "1m") records = minuteRecords(records, start, end);
  records = records.filter(recordFilter(req.filters));
  const grouped = new Map<string, Bucket>();
  for (const record of records) {
    const bucketStart = size ? floorTo(record.at, size) : start;
    const group: Record<string, unknown> = {};
    for (const key of dimensions) {
      group[key] = req.groupBy.includes(key) && DIMENSIONS[key] ? DIMENSIONS[key](record) : null;
    }
    const id = `${bucketStart}|${JSON.stringify(group)}`;
    let bucket = grouped.get(id);
    if (!bucket) {
      bucket = {
        startMs: bucketStart, group, records: [],
        starting_at: iso(bucketStart), ending_at: iso(size ? bucketStart + size : end),
      };
      grouped.set(id, bucket);
    }
    bucket.records.push(record);
  }
  return [...grouped.values()];
}

export function usageMetrics(records: UsageRecord[]) {
  const sum = (f: (r: UsageRecord) => number) => records.reduce((total, r) => total + f(r), 0);
  const uncached = sum((r) => r.uncached_input_tokens);
  const output = sum((r) => r.output_tokens);
  const read = sum((r) => r.cache_read_input_tokens);
  const write5m = sum((r) => r.cache_creation_5m);
  const write1h = sum((r) => r.cache_creation_1h);
  return {
    uncached_input_tokens: uncached,
    output_tokens: output,
    cache_read_input_tokens: read,
    cache_creation: { ephemeral_5m_input_tokens: write5m, ephemeral_1h_input_tokens: write1h },
    total_tokens: uncached + output + read + write5m + write1h,
    requests: sum((r) => r.requests),
    server_tool_use: { web_search_requests: sum((r) => r.web_search_requests) },
  };
}

export function totalCostMicroCents(records: UsageRecord[]): number {
  let total = 0;
  for (const r of records) {
    for (const type of TOKEN_TYPES) total += tokenCostMicroCents(r, type);
    total += webSearchMicroCents(r);
  }
  return total;
}

/**
 * One cost row per bucket, or one per cost component when `cost_type`/`token_type` is grouped (those
 * fan-out rows carry `requests: null`, as the API documents). Components that cost nothing are left out.
 */
export function costRows(bucket: Bucket, groupBy: string[]) {
  const byCostType = groupBy.includes("cost_type");
  const byTokenType = groupBy.includes("token_type");
  const row = (microCents: number, requests: number | null, costType: string | null, tokenType: string | null) => {
    const amount = formatMicroCents(microCents);
    return {
      starting_at: bucket.starting_at, ending_at: bucket.ending_at,
      group: { ...bucket.group, cost_type: costType, token_type: tokenType },
      cost: { amount, list_amount: amount, currency: "USD", requests },
    };
  };
  if (!byCostType && !byTokenType) {
    return [row(totalCostMicroCents(bucket.records), usageMetrics(bucket.records).requests, null, null)];
  }
  const sum = (f: (r: UsageRecord) => number) => bucket.records.reduce((t, r) => t + f(r), 0);
  const tokensType = byCostType ? "tokens" : null;
  const parts = byTokenType
    ? TOKEN_TYPES.map((type) => row(sum((r) => tokenCostMicroCents(r, type)), null, tokensType, type))
    : [row(sum((r) => TOKEN_TYPES.reduce((t, type) => t + tokenCostMicroCents(r, type), 0)), null, tokensType, null)];
  parts.push(row(sum(webSearchMicroCents), null, byCostType ? "web_search" : null, null));
  return parts.filter((p) => p.cost.amount !== "0");
}

const floorTo = (ms: number, size: number) => Math.floor(ms / size) * size;
const iso = (ms: number) => new Date(ms).toISOString().replace(".000Z", "Z");
