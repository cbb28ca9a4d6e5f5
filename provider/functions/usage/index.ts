/**
 * `getUsage`: what the organization used and what it cost, per hour, day or month and per model,
 * from the Usage and Cost Analytics endpoints.
 */
import type * as pulumi from "@pulumi/pulumi";
import { outputOf } from "../output";
import type { GetUsageArgs, GetUsageOutputArgs } from "./args";
import type { GetUsageResult } from "./report";

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

export type { GetUsageArgs, GetUsageOutputArgs } from "./args";
export type * from "./report";
export type { Granularity } from "./time";
