/** Pieces of the `getUsage` and `checkSpend` arguments (declarations/usage.ts), and the period's bounds. */
import { z } from "zod";
import { workspaceId } from "../../resources/fields";
import { startingAtProblem } from "./filters";
import { DAY_MS } from "./time";

/** The Admin API keeps a year of usage (a leap year's worth allowed); a longer period could only be empty. */
const MAX_PERIOD_MS = 366 * DAY_MS;

const instantHelp = 'a date like "2026-03-01" (UTC midnight) or an RFC 3339 date-time like "2026-03-01T00:00:00Z"';
export const instant = (required: boolean) =>
  z
    .string({ error: (issue) => (issue.input === undefined && required ? `is required: ${instantHelp}` : `must be ${instantHelp}`) })
    .pipe(z.union([z.iso.date(), z.iso.datetime({ offset: true })], { error: `must be ${instantHelp}` }))
    .refine((value) => Number.isFinite(Date.parse(value)), { error: `must be ${instantHelp}` });

export const workspaceIdsArgument = z
  .array(workspaceId(), { error: 'must be a list of workspace ids like ["wrkspc_..."]' })
  .min(1, { error: "must not be empty; leave it out for every workspace" })
  .optional();
export const modelsArgument = z
  .array(z.string().trim().min(1, { error: "must not be empty" }), { error: 'must be a list of model names like ["claude-sonnet-4-5"]' })
  .min(1, { error: "must not be empty; leave it out for every model" })
  .optional();

/**
 * What is wrong with a period from `startingAt` (as asked, ms) whose first whole bucket starts at `start`
 * and which ends at `end`, as the argument to name; undefined when the analytics endpoints can answer it.
 */
export function windowProblem(startingAt: number, start: number, end: number, now: number): { path: string[]; message: string } | undefined {
  const tooOld = startingAtProblem(startingAt, now);
  if (start >= now) return { path: ["startingAt"], message: "must be in the past" };
  if (tooOld) return { path: ["startingAt"], message: tooOld };
  if (end <= start) return { path: ["endingAt"], message: "must be after startingAt" };
  if (end - start > MAX_PERIOD_MS) {
    return { path: ["endingAt"], message: "must be at most 366 days after startingAt (the Admin API keeps a year of usage)" };
  }
  return undefined;
}

