/** `getUsage` itself: loaded on its first call (see ../generated/functions.ts). */
import type * as pulumi from "@pulumi/pulumi";
import { collect, type AnalyticsParams } from "../../client";
import type { WireCostItem, WireUsageItem } from "../../client/schemas";
import { parseArgs } from "../arguments";
import { functionClient } from "../client";
import { joinReports } from "../usage/aggregate";
import { getUsage as declared } from "../declarations/usage";
import type { GetUsageArgs, GetUsageResult } from "../generated/usage";
import { bucketGrid, iso, requestWindows } from "../usage/time";

export async function getUsage(args: GetUsageArgs, _opts?: pulumi.InvokeOptions): Promise<GetUsageResult> {
  const query = parseArgs("getUsage", declared.args, args);
  const client = functionClient("getUsage", query.organization);
  const usage: WireUsageItem[] = [];
  const cost: WireCostItem[] = [];
  for (const [from, to] of requestWindows(query.requested, query.end, query.granularity)) {
    const params: AnalyticsParams = {
      startingAt: iso(from),
      endingAt: iso(to),
      timeBucketWidth: query.granularity === "hour" ? "1h" : "1d",
      groupBy: ["model"],
      models: query.models,
      workspaceIds: query.workspaceIds,
      products: query.products,
      serviceTiers: query.serviceTiers,
      inferenceGeos: query.inferenceGeos,
    };
    const [usageRows, costRows] = await Promise.all([collect(client.listUsage(params)), collect(client.listCost(params))]);
    usage.push(...usageRows);
    cost.push(...costRows);
  }
  const grid = bucketGrid(query.start, query.end, query.granularity);
  const { rows, totals } = joinReports(grid, query.granularity, usage, cost);
  return { startingAt: iso(query.start), endingAt: iso(query.end), granularity: query.granularity, currency: "USD", rows, totals };
}
