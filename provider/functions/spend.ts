/** `checkSpend`: this month's spend so far, from the cost report, against a threshold. */
import type * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import { collect } from "../client";
import { ResponseValidationError } from "../client/errors";
import { workspaceId } from "../resources/fields";
import { parseArgs } from "./arguments";
import { functionClient } from "./client";
import { outputOf } from "./output";
import { centsToUnits, unitsToUsd, usdToUnits } from "./usage/money";
import { HOUR_MS, bucketStart, iso } from "./usage/time";

const Args = z.strictObject({
  thresholdUsd: z
    .number({ error: (issue) => (issue.input === undefined ? "is required: a dollar amount such as 1000" : "must be a number of US dollars such as 1000") })
    .min(0, { error: "must be zero or more" })
    .max(1e15, { error: "must be at most 1e15" }),
  /** Only this workspace's spend; default the whole organization. */
  workspaceId: workspaceId.optional(),
});

export type CheckSpendArgs = z.input<typeof Args>;
export interface CheckSpendOutputArgs {
  thresholdUsd: pulumi.Input<number>;
  workspaceId?: pulumi.Input<string>;
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
export async function checkSpend(args: CheckSpendArgs, _opts?: pulumi.InvokeOptions): Promise<CheckSpendResult> {
  const { thresholdUsd, workspaceId } = parseArgs("checkSpend", Args, args);
  const client = functionClient("checkSpend");
  const periodStart = bucketStart(Date.now(), "month");
  // In the month's first hour there is no whole hour to report, and the server may reject the empty range.
  const rows =
    Date.now() - periodStart < HOUR_MS
      ? []
      : await collect(
          client.listCost({ startingAt: iso(periodStart), workspaceIds: workspaceId ? [workspaceId] : undefined }),
        );
  let spent = 0n;
  for (const row of rows) {
    if (row.cost.currency !== "USD") {
      throw new ResponseValidationError(`checkSpend: the cost report answered in ${row.cost.currency}; only USD is supported.`, {
        operation: "checkSpend: listCost",
      });
    }
    spent += centsToUnits(row.cost.amount);
  }
  const threshold = usdToUnits(thresholdUsd);
  return {
    monthToDateUsd: unitsToUsd(spent),
    thresholdUsd,
    exceeded: spent > threshold,
    remainingUsd: unitsToUsd(spent >= threshold ? 0n : threshold - spent),
    periodStart: iso(periodStart),
  };
}

export function checkSpendOutput(args: CheckSpendOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<CheckSpendResult> {
  return outputOf(checkSpend, args, opts);
}
