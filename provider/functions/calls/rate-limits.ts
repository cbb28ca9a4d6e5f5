/** `getRateLimits` itself: loaded on its first call (see ../rate-limits.ts). */
import type * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import { collect } from "../../client";
import { RATE_LIMIT_GROUP_TYPES, type WireOrganizationRateLimit } from "../../client/schemas";
import { parseArgs } from "../arguments";
import { functionClient } from "../client";
import type { GetRateLimitsResult, RateLimitGroup } from "../rate-limits";
import { organizationArgument } from "../organization-argument";

const Args = z.strictObject({
  model: z.string({ error: 'must be a model name like "claude-sonnet-4-5"' }).trim().min(1, { error: "must not be empty; leave it out for every group" }).optional(),
  groupType: z.enum(RATE_LIMIT_GROUP_TYPES, { error: `must be one of ${RATE_LIMIT_GROUP_TYPES.join(", ")}` }).optional(),
  organization: organizationArgument,
});

export type GetRateLimitsArgs = z.input<typeof Args>;

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
  const { model, groupType, organization } = parseArgs("getRateLimits", Args, args);
  const entries = await collect(functionClient("getRateLimits", organization).listOrganizationRateLimits({ model, groupType }));
  return { groups: entries.map(group) };
}
