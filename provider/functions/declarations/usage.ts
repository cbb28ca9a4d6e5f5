/** `getUsage`: what the organization used and what it cost, per hour, day or month and per model. */
import { z } from "zod";
import { declareFunction, field, named } from "../declare";
import { organizationArgument } from "../organization-argument";
import { instant, modelsArgument, windowProblem, workspaceIdsArgument } from "../usage/args";
import { usageFilters } from "../usage/filters";
import { bucketStart } from "../usage/time";

const GRANULARITIES = ["day", "hour", "month"] as const;
const granularity = named(z.enum(GRANULARITIES, { error: `must be one of ${GRANULARITIES.join(", ")}` }), "Granularity", "One usage row per UTC hour, day or month.");

const tokens = named(
  z.object({
    input: field(z.number(), "Uncached input tokens."),
    output: field(z.number(), "Output tokens."),
    cacheRead: field(z.number(), "Tokens read from the prompt cache."),
    cacheCreation: field(z.number(), "Cache writes, 5-minute and 1-hour together."),
    total: field(z.number(), "The four above added up."),
  }),
  "TokenCounts",
  "Tokens of a bucket or a period.",
);

const figures = {
  tokens: field(tokens, "Tokens by kind."),
  requests: field(z.number(), "Requests counted."),
  costUsd: field(z.number(), "Post-discount, pre-credit cost in US dollars, from the cost report."),
};
const modelUsage = named(
  z.object({ ...figures, model: field(z.string().nullable(), "Null for usage the API attributes to no model.") }),
  "ModelUsage",
  "The usage and cost of one model.",
);
const totals = named(
  z.object({ ...figures, models: field(z.array(modelUsage), "Models with usage or cost in the period, by name.") }),
  "UsageTotals",
  "The usage and cost of the whole period.",
);
const row = named(
  z.object({
    ...figures,
    startingAt: field(z.string(), "Inclusive, RFC 3339 UTC."),
    endingAt: field(z.string(), "Exclusive; the period's end for the last row."),
    models: field(z.array(modelUsage), "Models with usage or cost in this bucket, by name."),
  }),
  "UsageRow",
  "The usage and cost of one time bucket.",
);

export const getUsage = declareFunction({
  name: "getUsage",
  description:
    "What the organization used and what it cost, per hour, day or month and per model, from the Usage and Cost " +
    "Analytics endpoints: two requests (usage and cost) per 31 days of the period, more only past 1000 rows of a " +
    "report. Usage of the current hour may not be reported yet.",
  args: z
    .strictObject({
      startingAt: field(
        instant(true),
        "Start of the period, inclusive: a date like `\"2026-03-01\"` (UTC midnight) or an RFC 3339 date-time; its UTC hour " +
          "(granularity `hour`) or day (`day`, `month`) is reported whole. 2026-01-01 or later and within the last 365 days, " +
          "as the analytics endpoints require (checked before any request).",
      ),
      endingAt: field(instant(false).optional(), "End of the period, exclusive, in the same forms; default now. At most 366 days after `startingAt`."),
      granularity: field(granularity.default("day"), "One row per `hour`, `day` (default) or `month`."),
      workspaceIds: field(workspaceIdsArgument, "Only these workspaces (`wrkspc_...`); default every workspace."),
      models: field(modelsArgument, "Only these models, e.g. `[\"claude-sonnet-4-5\"]`; default every model."),
      ...usageFilters,
      organization: organizationArgument,
    })
    .transform((args, ctx) => {
      const now = Math.floor(Date.now() / 1000) * 1000;
      const granularity = args.granularity;
      const start = bucketStart(Date.parse(args.startingAt), granularity === "hour" ? "hour" : "day");
      const end = args.endingAt === undefined ? now : Date.parse(args.endingAt);
      const problem = windowProblem(Date.parse(args.startingAt), start, end, now);
      if (problem) ctx.addIssue({ code: "custom", ...problem });
      const requested = Math.max(start, Date.parse(args.startingAt));
      return { start, requested, end, granularity, workspaceIds: args.workspaceIds, models: args.models,
        products: args.products, serviceTiers: args.serviceTiers, inferenceGeos: args.inferenceGeos, organization: args.organization };
    }),
  result: z.object({
    startingAt: field(z.string(), "Start of the period, RFC 3339 UTC (the first bucket's start)."),
    endingAt: field(z.string(), "End of the period, exclusive."),
    granularity: field(granularity, "One row per `hour`, `day` or `month`."),
    currency: field(z.literal("USD"), "The currency of every cost: `USD`."),
    rows: field(z.array(row), "One row per bucket of the period, oldest first; buckets without usage read zero."),
    totals: field(totals, "The whole period."),
  }),
});
