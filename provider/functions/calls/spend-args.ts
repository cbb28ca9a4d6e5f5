/**
 * `checkSpend` arguments: the zod schema, and the period they resolve to. Shared with `spendBudget`,
 * whose arguments are these with a limit and what to do past it.
 */
import { z } from "zod";
import { workspaceId } from "../../resources/fields";
import { organizationArgument } from "../organization-argument";
import { instant, modelsArgument, windowProblem, workspaceIdsArgument } from "../usage/args";
import { SPEND_PERIODS, periodBounds, type SpendPeriod } from "../usage/period";
import { bucketStart } from "../usage/time";

/** A dollar amount argument, e.g. a threshold or a limit. */
export const dollars = (example: string) =>
  z
    .number({ error: (issue) => (issue.input === undefined ? `is required: a dollar amount such as ${example}` : `must be a number of US dollars such as ${example}`) })
    .min(0, { error: "must be zero or more" })
    .max(1e15, { error: "must be at most 1e15" });

/** What to read: the period (or window), the workspaces and models; everything but the threshold. */
export const spendScope = {
  period: z.enum(SPEND_PERIODS, { error: `must be one of ${SPEND_PERIODS.join(", ")} (UTC; weeks start on Monday), or leave it out and give startingAt` }).optional(),
  startingAt: instant(false).optional(),
  endingAt: instant(false).optional(),
  workspaceId: workspaceId.optional(),
  workspaceIds: workspaceIdsArgument,
  models: modelsArgument,
  organization: organizationArgument,
};

type Scope = z.output<z.ZodObject<typeof spendScope>>;

/** The period a check covers, in ms: [start, end), and what is read of it. */
export interface SpendQuery {
  period: SpendPeriod | "window";
  start: number;
  end: number;
  workspaceIds: string[] | undefined;
  models: string[] | undefined;
  organization: string | undefined;
}

/** Resolves the scope at `now`, or adds the issue that names the argument to fix. */
export function resolveScope(args: Scope, ctx: z.RefinementCtx, now: number): SpendQuery {
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  const window = args.startingAt !== undefined || args.endingAt !== undefined;
  if (args.period !== undefined && window) issue("period", "give either period or startingAt/endingAt, not both");
  if (args.workspaceId !== undefined && args.workspaceIds !== undefined) {
    issue("workspaceIds", "give either workspaceId or workspaceIds, not both");
  }
  const workspaceIds = args.workspaceIds ?? (args.workspaceId === undefined ? undefined : [args.workspaceId]);
  const common = { workspaceIds, models: args.models, organization: args.organization };
  if (!window) return { period: args.period ?? "month", ...periodBounds(args.period ?? "month", now), ...common };
  if (args.startingAt === undefined) {
    issue("startingAt", 'is required with endingAt: a date like "2026-03-01" or an RFC 3339 date-time');
    return { period: "window", start: now, end: now, ...common };
  }
  const asked = Date.parse(args.startingAt);
  // The reports count whole UTC hours: the hour startingAt falls in is counted whole.
  const start = bucketStart(asked, "hour");
  const end = args.endingAt === undefined ? now : Date.parse(args.endingAt);
  const problem = windowProblem(asked, start, end, now);
  if (problem) ctx.addIssue({ code: "custom", ...problem });
  return { period: "window", start, end, ...common };
}

export const CheckSpendArgsSchema = z
  .strictObject({ thresholdUsd: dollars("1000"), ...spendScope })
  .transform((args, ctx) => ({ thresholdUsd: args.thresholdUsd, ...resolveScope(args, ctx, Date.now()) }));

export type CheckSpendArgs = z.input<typeof CheckSpendArgsSchema>;
