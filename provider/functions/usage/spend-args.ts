/**
 * The scope of `checkSpend` and `spendBudget` (declarations/spend.ts, declarations/budget.ts), and the
 * period it resolves to.
 */
import { z } from "zod";
import { workspaceId } from "../../resources/fields";
import { field, named } from "../declare";
import { organizationArgument } from "../organization-argument";
import { instant, modelsArgument, windowProblem, workspaceIdsArgument } from "./args";
import { SPEND_PERIODS, periodBounds, type SpendPeriod } from "./period";
import { bucketStart } from "./time";

/** A dollar amount argument, e.g. a threshold or a limit. */
export const dollars = (example: string) =>
  z
    .number({ error: (issue) => (issue.input === undefined ? `is required: a dollar amount such as ${example}` : `must be a number of US dollars such as ${example}`) })
    .min(0, { error: "must be zero or more" })
    .max(1e15, { error: "must be at most 1e15" });

export const spendPeriod = named(
  z.enum(SPEND_PERIODS, { error: `must be one of ${SPEND_PERIODS.join(", ")} (UTC; weeks start on Monday), or leave it out and give startingAt` }),
  "SpendPeriod",
  "A UTC period: `day`, `week` (the ISO week, Monday 00:00 UTC to the next Monday) or `month` (the calendar month).",
);

/** What to read: the period (or window), the workspaces and models; everything but the threshold. */
export const spendScope = {
  period: field(spendPeriod.optional(), "`day`, `week` or `month` (default), the one that contains now; or leave it out and give `startingAt`."),
  startingAt: field(
    instant(false).optional(),
    "Instead of `period`, a window: its start, inclusive (a date like `\"2026-03-01\"`, UTC midnight, or an RFC 3339 date-time; " +
      "its UTC hour counts whole). 2026-01-01 or later, within the last 365 days.",
  ),
  endingAt: field(instant(false).optional(), "The window's end, exclusive, in the same forms; default now. At most 366 days after `startingAt`."),
  workspaceId: field(workspaceId().optional(), "Only this workspace's spend (`wrkspc_...`); default the whole organization."),
  workspaceIds: field(workspaceIdsArgument, "Only these workspaces' spend, added up (instead of `workspaceId`)."),
  models: field(modelsArgument, "Only these models' spend, e.g. `[\"claude-opus-4-1\"]`; default every model."),
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
