/** `getEffectiveSpendLimits`: each member's effective spend limit per period (Claude Enterprise organizations). */
import { z } from "zod";
import { declareFunction, field, named } from "../declare";
import { organizationArgument } from "../organization-argument";

const PERIODS = ["daily", "weekly", "monthly"] as const;

const scope = named(
  z.object({
    type: field(z.string(), "`user`, `organization`, `rbacGroup`, ..."),
    userId: field(z.string().optional(), "The member, for a `user` scope."),
    rbacGroupId: field(z.string().optional(), "The group, for an `rbacGroup` scope."),
    seatTier: field(z.string().optional(), "The seat tier, for a seat-tier scope."),
    service: field(z.string().optional(), "The service, for a service scope."),
    workspaceId: field(z.string().optional(), "The workspace, for a workspace scope."),
  }),
  "SpendLimitScopeInfo",
  "Where a limit is set: `{ type: \"user\", userId }`, `{ type: \"organization\" }`, `{ type: \"rbacGroup\", rbacGroupId }`...",
);

const limit = named(
  z.object({
    userId: field(z.string().nullable(), "`user_...`; null for a scoped API key's row."),
    email: field(z.string().nullable(), "The member's email; null when the row has none."),
    period: field(z.string(), "`daily`, `weekly` or `monthly`."),
    limit: field(z.number().nullable(), "The cap in US dollars (or the organization's currency); null when no limit applies for this period."),
    currency: field(z.string(), "The currency of `limit` and `periodToDateSpend`."),
    periodToDateSpend: field(z.number(), "Spend so far in the current period, same unit as `limit`."),
    source: field(scope, "Where the limit is inherited from (the member's own override, a group, the organization)."),
    spendLimitId: field(z.string(), "`spl_...` of that limit."),
  }),
  "EffectiveSpendLimit",
  "A member's effective spend limit for one period.",
);

export const getEffectiveSpendLimits = declareFunction({
  name: "getEffectiveSpendLimits",
  description:
    "One row per member and period, as `GET /v1/organizations/spend_limits/effective` reports it. A Claude Console " +
    "organization has no effective limits: the API answers 400 (`organization_type_not_supported`), which this function reports as such.",
  args: z.strictObject({
    periods: field(
      z
        .array(named(z.enum(PERIODS, { error: `must be one of ${PERIODS.join(", ")}` }), "SpendLimitPeriod", "A spend limit's period."), {
          error: 'must be a list like ["monthly"]',
        })
        .min(1, { error: "must not be empty; leave it out for every period" })
        .optional(),
      "Only these periods; default every period a member resolves a limit for.",
    ),
    userIds: field(
      z
        .array(z.string().regex(/^user_\S+$/, { error: 'must be a user id like "user_..."' }), { error: 'must be a list of user ids like ["user_..."]' })
        .min(1, { error: "must not be empty; leave it out for every member" })
        .max(100, { error: "must name at most 100 members (the API's limit)" })
        .optional(),
      "Only these members (`user_...`), at most 100; default every member.",
    ),
    organization: organizationArgument,
  }),
  result: z.object({ limits: field(z.array(limit), "The limits.") }),
});
