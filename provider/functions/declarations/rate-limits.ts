/** `getRateLimits`: the organization's rate limits, one entry per rate-limit group. */
import { z } from "zod";
import { RATE_LIMIT_GROUP_TYPES } from "../../client/schemas";
import { declareFunction, field, named } from "../declare";
import { organizationArgument } from "../organization-argument";

const group = named(
  z.object({
    id: field(z.string(), "The id a workspace override names (`Workspace.rateLimits` finds it by model)."),
    groupType: field(z.string(), "The group's type, e.g. `model_group`, `batch`."),
    displayName: field(z.string().optional(), "e.g. \"Claude Sonnet\"; absent for groups that are not a model family."),
    models: field(z.array(z.string()).nullable(), "Models the group covers; null for API-surface groups (batch, files, ...)."),
    limits: field(z.record(z.string(), z.number()), "Limiter values keyed by limiter type in camelCase, e.g. `{ requestsPerMinute: 4000 }`."),
  }),
  "RateLimitGroup",
  "A rate-limit group of the organization and its limiters.",
);

export const getRateLimits = declareFunction({
  name: "getRateLimits",
  description: "Every group as `GET /v1/organizations/rate_limits` lists it, filtered by model or group type.",
  args: z.strictObject({
    model: field(
      z.string({ error: 'must be a model name like "claude-sonnet-4-5"' }).trim().min(1, { error: "must not be empty; leave it out for every group" }).optional(),
      "Only the group that contains this model (full name or alias); an unknown model is an error (the API's 404).",
    ),
    groupType: field(
      named(z.enum(RATE_LIMIT_GROUP_TYPES, { error: `must be one of ${RATE_LIMIT_GROUP_TYPES.join(", ")}` }), "RateLimitGroupType", "The type of a rate-limit group.").optional(),
      "Only groups of this type.",
    ),
    organization: organizationArgument,
  }),
  result: z.object({ groups: field(z.array(group), "The groups.") }),
});
