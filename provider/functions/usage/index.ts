/**
 * `getUsage`: what the organization used and what it cost, per hour, day or month and per model,
 * from the Usage and Cost Analytics endpoints.
 */
import type * as pulumi from "@pulumi/pulumi";
import { collect, type AnalyticsParams } from "../../client";
import type { WireCostItem, WireUsageItem } from "../../client/schemas";
import { parseArgs } from "../arguments";
import { functionClient } from "../client";
import { outputOf } from "../output";
import { joinReports } from "./aggregate";
import { GetUsageArgsSchema, type GetUsageArgs, type GetUsageOutputArgs } from "./args";
import type { GetUsageResult } from "./report";
import { bucketGrid, iso, requestWindows } from "./time";

/**
 * Two requests (usage and cost) per 31 days of the period, more only past 1000 rows of a report.
 * Usage of the current hour may not be reported yet.
 */
export async function getUsage(args: GetUsageArgs, _opts?: pulumi.InvokeOptions): Promise<GetUsageResult> {
  const query = parseArgs("getUsage", GetUsageArgsSchema, args);
  const client = functionClient("getUsage");
  const usage: WireUsageItem[] = [];
  const cost: WireCostItem[] = [];
  for (const [from, to] of requestWindows(query.start, query.end)) {
    const params: AnalyticsParams = {
      startingAt: iso(from),
      endingAt: iso(to),
      timeBucketWidth: query.granularity === "hour" ? "1h" : "1d",
      groupBy: ["model"],
      models: query.models,
      workspaceIds: query.workspaceIds,
    };
    const [usageRows, costRows] = await Promise.all([collect(client.listUsage(params)), collect(client.listCost(params))]);
    usage.push(...usageRows);
    cost.push(...costRows);
  }
  const grid = bucketGrid(query.start, query.end, query.granularity);
  const { rows, totals } = joinReports(grid, query.granularity, usage, cost);
  return { startingAt: iso(query.start), endingAt: iso(query.end), granularity: query.granularity, currency: "USD", rows, totals };
}

export function getUsageOutput(args: GetUsageOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetUsageResult> {
  return outputOf(getUsage, args, opts);
}

export type { GetUsageArgs, GetUsageOutputArgs } from "./args";
export type * from "./report";
export type { Granularity } from "./time";
