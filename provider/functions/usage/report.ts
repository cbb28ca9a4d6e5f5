/** The shape `getUsage` returns: figures per time bucket and per model, and for the whole period. */
import type { Granularity } from "./time";

export interface TokenCounts {
  /** Uncached input tokens. */
  input: number;
  output: number;
  cacheRead: number;
  /** Cache writes, 5-minute and 1-hour together. */
  cacheCreation: number;
  /** The four above added up. */
  total: number;
}

export interface UsageFigures {
  tokens: TokenCounts;
  requests: number;
  /** Post-discount, pre-credit cost in US dollars, from the cost report. */
  costUsd: number;
}

export interface ModelUsage extends UsageFigures {
  /** Null for usage the API attributes to no model. */
  model: string | null;
}

export interface UsageRow extends UsageFigures {
  /** Inclusive, RFC 3339 UTC. */
  startingAt: string;
  /** Exclusive; the period's end for the last row. */
  endingAt: string;
  /** Models with usage or cost in this bucket, by name. */
  models: ModelUsage[];
}

export interface UsageTotals extends UsageFigures {
  models: ModelUsage[];
}

export interface GetUsageResult {
  startingAt: string;
  endingAt: string;
  granularity: Granularity;
  currency: "USD";
  /** One row per bucket of the period, oldest first; buckets without usage read zero. */
  rows: UsageRow[];
  totals: UsageTotals;
}
