/** Each member's effective spend limit per period (Claude Enterprise organizations). */
import type * as pulumi from "@pulumi/pulumi";
import { outputOf } from "./output";

export type SpendLimitPeriod = "daily" | "weekly" | "monthly";

/** Arguments of `getEffectiveSpendLimits`; all optional. */
export interface GetEffectiveSpendLimitsArgs {
  /** Only these periods; default every period a member resolves a limit for. */
  periods?: SpendLimitPeriod[];
  /** Only these members (`user_...`), at most 100; default every member. */
  userIds?: string[];
  /**
   * Which organization of the stack config (`anthropic:organizations.<name>.*`) to read; default: the
   * top-level `anthropic:*` settings.
   */
  organization?: string;
}

/** Arguments of `getEffectiveSpendLimitsOutput`: those of `getEffectiveSpendLimits`, each may be an Input. */
export interface GetEffectiveSpendLimitsOutputArgs {
  periods?: pulumi.Input<pulumi.Input<SpendLimitPeriod>[]>;
  userIds?: pulumi.Input<pulumi.Input<string>[]>;
  organization?: pulumi.Input<string>;
}

/** Where a limit is set: `{ type: "user", userId }`, `{ type: "organization" }`, `{ type: "rbacGroup", rbacGroupId }`... */
export interface SpendLimitScopeInfo {
  type: string;
  userId?: string;
  rbacGroupId?: string;
  seatTier?: string;
  service?: string;
  workspaceId?: string;
}

export interface EffectiveSpendLimit {
  /** `user_...`; null for a scoped API key's row. */
  userId: string | null;
  email: string | null;
  period: string;
  /** The cap in US dollars (or the organization's currency); null when no limit applies for this period. */
  limit: number | null;
  currency: string;
  /** Spend so far in the current period, same unit as `limit`. */
  periodToDateSpend: number;
  /** Where the limit is inherited from (the member's own override, a group, the organization). */
  source: SpendLimitScopeInfo;
  /** `spl_...` of that limit. */
  spendLimitId: string;
}

export interface GetEffectiveSpendLimitsResult {
  limits: EffectiveSpendLimit[];
}

/**
 * One row per member and period, as `GET /v1/organizations/spend_limits/effective` reports it. A Claude
 * Console organization has no effective limits: the API answers 400 (`organization_type_not_supported`),
 * which this function reports as such.
 */
export async function getEffectiveSpendLimits(
  args?: GetEffectiveSpendLimitsArgs, opts?: pulumi.InvokeOptions,
): Promise<GetEffectiveSpendLimitsResult> {
  return (await import("./calls/effective-spend.js")).getEffectiveSpendLimits(args, opts);
}

export function getEffectiveSpendLimitsOutput(
  args?: GetEffectiveSpendLimitsOutputArgs, opts?: pulumi.InvokeOutputOptions,
): pulumi.Output<GetEffectiveSpendLimitsResult> {
  return outputOf(getEffectiveSpendLimits, args, opts);
}
