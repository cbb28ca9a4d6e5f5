/** `checkSpend`: the spend of a period so far against a threshold, with a linear forecast to the period's end. */
import { z } from "zod";
import { dollars, resolveScope, spendPeriod, spendScope } from "../usage/spend-args";
import { declareFunction, field } from "../declare";

/** What `checkSpend` returns; `spendBudget`'s status adds to it. */
export const spendResultFields = {
  spentUsd: field(z.number(), "Cost (post-discount, pre-credit) of the period's whole hours so far, in US dollars."),
  monthToDateUsd: field(z.number(), "The same as `spentUsd` (named when the period was always the month; kept for existing programs)."),
  thresholdUsd: field(z.number(), "The threshold (or a budget's limit), in US dollars."),
  exceeded: field(z.boolean(), "True when the spend is above the threshold (reaching it exactly is not exceeding it)."),
  remainingUsd: field(z.number(), "What is left before the threshold; zero once it is reached."),
  forecastUsd: field(z.number(), "The spend at `periodEnd` if it goes on as in the hours so far (linear); the spend itself once the period is over."),
  forecastExceeded: field(z.boolean(), "True when the forecast is above the threshold. Informative: `exceeded` does not depend on it."),
  period: field(z.union([spendPeriod, z.literal("window")]), "`day`, `week`, `month`, or `window` for `startingAt`/`endingAt`."),
  periodStart: field(z.string(), "Start of the period, inclusive, UTC (RFC 3339)."),
  periodEnd: field(z.string(), "End of the period, exclusive, UTC (RFC 3339); now for a window without `endingAt`."),
  countedUntil: field(z.string(), "End of what was counted: the start of the current hour, or `periodEnd` (whole hours only)."),
  workspaceIds: field(z.array(z.string()).nullable(), "The workspaces counted; null for the whole organization."),
  models: field(z.array(z.string()).nullable(), "The models counted; null for every model."),
};

export const checkSpend = declareFunction({
  name: "checkSpend",
  description:
    "The spend of a period so far (this UTC day, ISO week or month, or a window), from the cost report, against a " +
    "threshold, with a linear forecast to the period's end. Periods are UTC and only whole hours are counted (the " +
    "current hour is not in the cost report yet). One cost-report request per 31 days of the period (one for a day, " +
    "week or month), none in a period's first hour. Arguments are checked before any request.",
  args: z
    .strictObject({ thresholdUsd: field(dollars("1000"), "The period's spend, in US dollars, above which `exceeded` is true (e.g. 1000)."), ...spendScope })
    .transform((args, ctx) => ({ thresholdUsd: args.thresholdUsd, ...resolveScope(args, ctx, Date.now()) })),
  result: z.object(spendResultFields),
});
