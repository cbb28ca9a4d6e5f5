/**
 * `checkSpend`: the spend of a period so far (this UTC day, ISO week or month, or a window), from the
 * cost report, against a threshold, with a linear forecast to the period's end.
 */
import type * as pulumi from "@pulumi/pulumi";
import { outputOf } from "./output";
import type { SpendPeriod } from "./usage/period";

export type { SpendPeriod } from "./usage/period";

/**
 * What `checkSpend` and `spendBudget` read. Periods are UTC: `day` is the UTC day, `week` the ISO week
 * (Monday 00:00 UTC to the next Monday), `month` the calendar month. Only whole hours are counted: the
 * current hour is not in the cost report yet.
 */
export interface SpendScopeArgs {
  /** `day`, `week` or `month` (default), the one that contains now; or leave it out and give `startingAt`. */
  period?: SpendPeriod;
  /**
   * Instead of `period`, a window: its start, inclusive (a date like `"2026-03-01"`, UTC midnight, or an
   * RFC 3339 date-time; its UTC hour counts whole). 2026-01-01 or later, within the last 365 days.
   */
  startingAt?: string;
  /** The window's end, exclusive, in the same forms; default now. At most 366 days after `startingAt`. */
  endingAt?: string;
  /** Only this workspace's spend (`wrkspc_...`); default the whole organization. */
  workspaceId?: string;
  /** Only these workspaces' spend, added up (instead of `workspaceId`). */
  workspaceIds?: string[];
  /** Only these models' spend, e.g. `["claude-opus-4-1"]`; default every model. */
  models?: string[];
  /**
   * Which organization of the stack config (`anthropic:organizations.<name>.*`) to read; default: the
   * top-level `anthropic:*` settings.
   */
  organization?: string;
}

/** Arguments of `checkSpend`. */
export interface CheckSpendArgs extends SpendScopeArgs {
  /** The period's spend, in US dollars, above which `exceeded` is true (e.g. 1000). */
  thresholdUsd: number;
}

/** {@link SpendScopeArgs}, each may be an Input. */
export interface SpendScopeOutputArgs {
  period?: pulumi.Input<SpendPeriod>;
  startingAt?: pulumi.Input<string>;
  endingAt?: pulumi.Input<string>;
  workspaceId?: pulumi.Input<string>;
  workspaceIds?: pulumi.Input<pulumi.Input<string>[]>;
  models?: pulumi.Input<pulumi.Input<string>[]>;
  organization?: pulumi.Input<string>;
}

/** Arguments of `checkSpendOutput`: those of `checkSpend`, each may be an Input. */
export interface CheckSpendOutputArgs extends SpendScopeOutputArgs {
  thresholdUsd: pulumi.Input<number>;
}

export interface CheckSpendResult {
  /** Cost (post-discount, pre-credit) of the period's whole hours so far, in US dollars. */
  spentUsd: number;
  /** The same as `spentUsd` (named when the period was always the month; kept for existing programs). */
  monthToDateUsd: number;
  thresholdUsd: number;
  /** True when the spend is above the threshold (reaching it exactly is not exceeding it). */
  exceeded: boolean;
  /** What is left before the threshold; zero once it is reached. */
  remainingUsd: number;
  /** The spend at `periodEnd` if it goes on as in the hours so far (linear); the spend itself once the period is over. */
  forecastUsd: number;
  /** True when the forecast is above the threshold. Informative: `exceeded` does not depend on it. */
  forecastExceeded: boolean;
  /** `day`, `week`, `month`, or `window` for `startingAt`/`endingAt`. */
  period: SpendPeriod | "window";
  /** Start of the period, inclusive, UTC (RFC 3339). */
  periodStart: string;
  /** End of the period, exclusive, UTC (RFC 3339); now for a window without `endingAt`. */
  periodEnd: string;
  /** End of what was counted: the start of the current hour, or `periodEnd` (whole hours only). */
  countedUntil: string;
  /** The workspaces counted; null for the whole organization. */
  workspaceIds: string[] | null;
  /** The models counted; null for every model. */
  models: string[] | null;
}

/**
 * One cost-report request per 31 days of the period (one for a day, week or month), none in a period's
 * first hour. Arguments are checked before any request.
 */
export async function checkSpend(args: CheckSpendArgs, opts?: pulumi.InvokeOptions): Promise<CheckSpendResult> {
  return (await import("./calls/spend.js")).checkSpend(args, opts);
}

export function checkSpendOutput(args: CheckSpendOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<CheckSpendResult> {
  return outputOf(checkSpend, args, opts);
}
