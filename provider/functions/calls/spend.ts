/** `checkSpend` itself: loaded on its first call (see ../spend.ts). */
import type * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import { collect } from "../../client";
import { ResponseValidationError } from "../../client/errors";
import { workspaceId } from "../../resources/fields";
import { parseArgs } from "../arguments";
import { functionClient } from "../client";
import { organizationArgument } from "../organization-argument";
import type { CheckSpendResult } from "../spend";
import { centsToUnits, unitsToUsd, usdToUnits } from "../usage/money";
import { HOUR_MS, bucketStart, iso } from "../usage/time";

const Args = z.strictObject({
  thresholdUsd: z
    .number({ error: (issue) => (issue.input === undefined ? "is required: a dollar amount such as 1000" : "must be a number of US dollars such as 1000") })
    .min(0, { error: "must be zero or more" })
    .max(1e15, { error: "must be at most 1e15" }),
  /** Only this workspace's spend; default the whole organization. */
  workspaceId: workspaceId.optional(),
  organization: organizationArgument,
});

export type CheckSpendArgs = z.input<typeof Args>;

export async function checkSpend(args: CheckSpendArgs, _opts?: pulumi.InvokeOptions): Promise<CheckSpendResult> {
  const { thresholdUsd, workspaceId, organization } = parseArgs("checkSpend", Args, args);
  const client = functionClient("checkSpend", organization);
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
