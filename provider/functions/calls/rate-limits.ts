/** `getRateLimits` itself: loaded on its first call (see ../generated/functions.ts). */
import type * as pulumi from "@pulumi/pulumi";
import { collect } from "../../client";
import type { WireOrganizationRateLimit } from "../../client/schemas";
import { parseArgs } from "../arguments";
import { functionClient } from "../client";
import { getRateLimits as declared } from "../declarations/rate-limits";
import type { GetRateLimitsArgs, GetRateLimitsResult, RateLimitGroup } from "../generated/rate-limits";

/** `requests_per_minute` -> `requestsPerMinute`, the spelling of `Workspace.rateLimits`. */
const camel = (wire: string) => wire.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

function group(entry: WireOrganizationRateLimit): RateLimitGroup {
  const info: RateLimitGroup = {
    id: entry.id,
    groupType: entry.group.type,
    models: entry.models ? [...entry.models] : null,
    limits: Object.fromEntries(entry.limits.map((l) => [camel(l.type), l.value])),
  };
  if (entry.group.display_name !== undefined) info.displayName = entry.group.display_name;
  return info;
}

export async function getRateLimits(args?: GetRateLimitsArgs, _opts?: pulumi.InvokeOptions): Promise<GetRateLimitsResult> {
  const { model, groupType, organization } = parseArgs("getRateLimits", declared.args, args);
  const entries = await collect(functionClient("getRateLimits", organization).listOrganizationRateLimits({ model, groupType }));
  return { groups: entries.map(group) };
}
