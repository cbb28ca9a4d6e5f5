/** `checkSpend`: this month's spend so far, from the cost report, against a threshold. */
import type * as pulumi from "@pulumi/pulumi";
import { outputOf } from "./output";

/** Arguments of `checkSpend`. */
export interface CheckSpendArgs {
  /** The month-to-date spend, in US dollars, above which `exceeded` is true (e.g. 1000). */
  thresholdUsd: number;
  /** Only this workspace's spend (`wrkspc_...`); default the whole organization. */
  workspaceId?: string;
  /**
   * Which organization of the stack config (`anthropic:organizations.<name>.*`) to read; default: the
   * top-level `anthropic:*` settings.
   */
  organization?: string;
}

/** Arguments of `checkSpendOutput`: those of `checkSpend`, each may be an Input. */
export interface CheckSpendOutputArgs {
  /** The month-to-date spend, in US dollars, above which `exceeded` is true (e.g. 1000). */
  thresholdUsd: pulumi.Input<number>;
  /** Only this workspace's spend (`wrkspc_...`); default the whole organization. */
  workspaceId?: pulumi.Input<string>;
  /**
   * Which organization of the stack config (`anthropic:organizations.<name>.*`) to read; default: the
   * top-level `anthropic:*` settings.
   */
  organization?: pulumi.Input<string>;
}

export interface CheckSpendResult {
  /** Cost (post-discount, pre-credit) since `periodStart`, in US dollars. */
  monthToDateUsd: number;
  thresholdUsd: number;
  /** True when month-to-date spend is above the threshold (reaching it exactly is not exceeding it). */
  exceeded: boolean;
  /** What is left before the threshold; zero once it is reached. */
  remainingUsd: number;
  /** Start of the current calendar month, UTC (RFC 3339). */
  periodStart: string;
}

/**
 * One cost-report request from the first of this month (UTC). `ending_at` is left out so the server
 * counts up to its own "now"; the report covers whole hours, so the current hour is not included.
 */
export async function checkSpend(args: CheckSpendArgs, opts?: pulumi.InvokeOptions): Promise<CheckSpendResult> {
  return (await import("./calls/spend.js")).checkSpend(args, opts);
}

export function checkSpendOutput(args: CheckSpendOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<CheckSpendResult> {
  return outputOf(checkSpend, args, opts);
}
