/** The organization's rate limits, one entry per rate-limit group. */
import type * as pulumi from "@pulumi/pulumi";
import { outputOf } from "./output";

export type RateLimitGroupType = "model_group" | "batch" | "token_count" | "files" | "skills" | "web_search";

/** Arguments of `getRateLimits`; all optional. */
export interface GetRateLimitsArgs {
  /** Only the group that contains this model (full name or alias); an unknown model is an error (the API's 404). */
  model?: string;
  /** Only groups of this type. */
  groupType?: RateLimitGroupType;
  /**
   * Which organization of the stack config (`anthropic:organizations.<name>.*`) to read; default: the
   * top-level `anthropic:*` settings.
   */
  organization?: string;
}

/** Arguments of `getRateLimitsOutput`: those of `getRateLimits`, each may be an Input. */
export interface GetRateLimitsOutputArgs {
  model?: pulumi.Input<string>;
  groupType?: pulumi.Input<RateLimitGroupType>;
  organization?: pulumi.Input<string>;
}

export interface RateLimitGroup {
  /** The id a workspace override names (`Workspace.rateLimits` finds it by model). */
  id: string;
  groupType: string;
  /** e.g. "Claude Sonnet"; absent for groups that are not a model family. */
  displayName?: string;
  /** Models the group covers; null for API-surface groups (batch, files, ...). */
  models: string[] | null;
  /** Limiter values keyed by limiter type in camelCase, e.g. `{ requestsPerMinute: 4000 }`. */
  limits: Record<string, number>;
}

export interface GetRateLimitsResult {
  groups: RateLimitGroup[];
}

/** Every group as `GET /v1/organizations/rate_limits` lists it, filtered by model or group type. */
export async function getRateLimits(args?: GetRateLimitsArgs, opts?: pulumi.InvokeOptions): Promise<GetRateLimitsResult> {
  return (await import("./calls/rate-limits.js")).getRateLimits(args, opts);
}

export function getRateLimitsOutput(args?: GetRateLimitsOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetRateLimitsResult> {
  return outputOf(getRateLimits, args, opts);
}
