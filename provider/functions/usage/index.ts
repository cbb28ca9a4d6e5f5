/**
 * `getUsage`: what the organization used and what it cost, per hour, day or month and per model,
 * from the Usage and Cost Analytics endpoints.
 */
import type * as pulumi from "@pulumi/pulumi";
import { outputOf } from "../output";
import type { InferenceGeoFilter, ServiceTier, UsageProduct } from "./filter-values";
import type { GetUsageResult } from "./report";
import type { Granularity } from "./time";

/** Arguments of `getUsage`. */
export interface GetUsageArgs {
  /**
   * Start of the period, inclusive: a date like `"2026-03-01"` (UTC midnight) or an RFC 3339 date-time;
   * its UTC hour (granularity `hour`) or day (`day`, `month`) is reported whole. 2026-01-01 or later and
   * within the last 365 days, as the analytics endpoints require (checked before any request).
   */
  startingAt: string;
  /** End of the period, exclusive, in the same forms; default now. At most 366 days after `startingAt`. */
  endingAt?: string;
  /** One row per `hour`, `day` (default) or `month`. */
  granularity?: Granularity;
  /** Only these workspaces (`wrkspc_...`); default every workspace. */
  workspaceIds?: string[];
  /** Only these models, e.g. `["claude-sonnet-4-5"]`; default every model. */
  models?: string[];
  /** Only these product surfaces, e.g. `["messages_api", "claude_code"]`; default every product. */
  products?: UsageProduct[];
  /** Only these service tiers, e.g. `["batch"]`; default every tier. */
  serviceTiers?: ServiceTier[];
  /** Only these inference geos (`"global"`, `"us"`, or `"not_available"` for usage without one); default all. */
  inferenceGeos?: InferenceGeoFilter[];
  /**
   * Which organization of the stack config (`anthropic:organizations.<name>.*`) to read; default: the
   * top-level `anthropic:*` settings.
   */
  organization?: string;
}

/** Arguments of `getUsageOutput`: those of `getUsage`, each may be an Input. */
export interface GetUsageOutputArgs {
  /** Start of the period, inclusive (see {@link GetUsageArgs.startingAt}). */
  startingAt: pulumi.Input<string>;
  /** End of the period, exclusive; default now. */
  endingAt?: pulumi.Input<string>;
  /** One row per `hour`, `day` (default) or `month`. */
  granularity?: pulumi.Input<Granularity>;
  /** Only these workspaces (`wrkspc_...`); default every workspace. */
  workspaceIds?: pulumi.Input<pulumi.Input<string>[]>;
  /** Only these models; default every model. */
  models?: pulumi.Input<pulumi.Input<string>[]>;
  /** Only these product surfaces; default every product. */
  products?: pulumi.Input<pulumi.Input<UsageProduct>[]>;
  /** Only these service tiers; default every tier. */
  serviceTiers?: pulumi.Input<pulumi.Input<ServiceTier>[]>;
  /** Only these inference geos; default all. */
  inferenceGeos?: pulumi.Input<pulumi.Input<InferenceGeoFilter>[]>;
  /**
   * Which organization of the stack config (`anthropic:organizations.<name>.*`) to read; default: the
   * top-level `anthropic:*` settings.
   */
  organization?: pulumi.Input<string>;
}

/**
 * Two requests (usage and cost) per 31 days of the period, more only past 1000 rows of a report.
 * Usage of the current hour may not be reported yet.
 */
export async function getUsage(args: GetUsageArgs, opts?: pulumi.InvokeOptions): Promise<GetUsageResult> {
  return (await import("../calls/usage.js")).getUsage(args, opts);
}

export function getUsageOutput(args: GetUsageOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetUsageResult> {
  return outputOf(getUsage, args, opts);
}

export type * from "./report";
export type { Granularity } from "./time";
export type { InferenceGeoFilter, ServiceTier, UsageProduct } from "./filter-values";
