/** `checkSpend` itself: loaded on its first call (see ../generated/functions.ts). */
import type * as pulumi from "@pulumi/pulumi";
import { collect } from "../../client";
import { ResponseValidationError } from "../../client/errors";
import { parseArgs } from "../arguments";
import { functionClient } from "../client";
import { OLDEST_USAGE } from "../usage/filters";
import { centsToUnits, unitsToUsd, usdToUnits } from "../usage/money";
import { linearForecast } from "../usage/period";
import { HOUR_MS, bucketStart, iso, requestWindows } from "../usage/time";
import { checkSpend as declared } from "../declarations/spend";
import type { CheckSpendArgs, CheckSpendResult } from "../generated/spend";
import type { SpendQuery } from "../usage/spend-args";

export async function checkSpend(args: CheckSpendArgs, _opts?: pulumi.InvokeOptions): Promise<CheckSpendResult> {
  const query = parseArgs("checkSpend", declared.args, args);
  return spendResult(query, query.thresholdUsd, await readSpend("checkSpend", query));
}

/**
 * The cost of the period's whole hours so far, one request per 31 days of it. The current hour is not
 * reported yet, so counting stops at its start; in a period's first hour nothing is requested.
 */
export async function readSpend(fn: string, query: SpendQuery): Promise<{ spent: bigint; countedUntil: number }> {
  const countedUntil = Math.max(query.start, bucketStart(Math.min(query.end, Date.now()), "hour"));
  // No usage exists before 2026-01-01 and the endpoints refuse to be asked for it (an ISO week may start in 2025).
  const from = Math.max(query.start, OLDEST_USAGE);
  if (countedUntil - from < HOUR_MS) return { spent: 0n, countedUntil };
  const client = functionClient(fn, query.organization);
  let spent = 0n;
  for (const [start, end] of requestWindows(from, countedUntil, "hour")) {
    const rows = await collect(client.listCost({ startingAt: iso(start), endingAt: iso(end), workspaceIds: query.workspaceIds, models: query.models }));
    for (const row of rows) {
      if (row.cost.currency !== "USD") {
        throw new ResponseValidationError(`${fn}: the cost report answered in ${row.cost.currency}; only USD is supported.`, {
          operation: `${fn}: listCost`,
        });
      }
      spent += centsToUnits(row.cost.amount);
    }
  }
  return { spent, countedUntil };
}

export function spendResult(query: SpendQuery, thresholdUsd: number, read: { spent: bigint; countedUntil: number }): CheckSpendResult {
  const { spent, countedUntil } = read;
  const threshold = usdToUnits(thresholdUsd);
  // A window that has ended forecasts what it spent, though its last part-hour was not counted.
  const forecast = query.end <= Date.now() ? spent : linearForecast(spent, query.start, countedUntil, query.end);
  const spentUsd = unitsToUsd(spent);
  return {
    spentUsd,
    monthToDateUsd: spentUsd,
    thresholdUsd,
    exceeded: spent > threshold,
    remainingUsd: unitsToUsd(spent >= threshold ? 0n : threshold - spent),
    forecastUsd: unitsToUsd(forecast),
    forecastExceeded: forecast > threshold,
    period: query.period,
    periodStart: iso(query.start),
    periodEnd: iso(query.end),
    countedUntil: iso(countedUntil),
    workspaceIds: query.workspaceIds ?? null,
    models: query.models ?? null,
  };
}
