/** `spendBudget`'s check: loaded on its first run (see ../budget.ts). */
import * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import { parseArgs } from "../arguments";
import type { SpendBudgetPlainArgs, SpendBudgetStatus } from "../budget";
import { SpendBudgetExceededError } from "../budget-exceeded";
import { budgetMessage } from "./budget-message";
import { dollars, resolveScope, spendScope } from "./spend-args";
import { readSpend, spendResult } from "./spend";

const BudgetArgs = z
  .strictObject({
    limitUsd: dollars("500"),
    onExceeded: z.enum(["warn", "fail"], { error: 'must be "warn" (print a warning) or "fail" (fail the preview or update)' }),
    failOn: z.enum(["spend", "forecast"], { error: 'must be "spend" (the default) or "forecast"' }).default("spend"),
    ...spendScope,
  })
  .transform((args, ctx) => ({ limitUsd: args.limitUsd, onExceeded: args.onExceeded, failOn: args.failOn, ...resolveScope(args, ctx, Date.now()) }));

export type SpendBudgetArgsInput = z.input<typeof BudgetArgs>;

/** Reads the spend, prints the budget's line through Pulumi's log, or throws when it fails the run. */
export async function checkBudget(name: string, args: SpendBudgetPlainArgs): Promise<SpendBudgetStatus> {
  const fn = `spendBudget "${name}"`;
  const query = parseArgs(fn, BudgetArgs, args);
  const result = spendResult(query, query.limitUsd, await readSpend(fn, query));
  const state = result.exceeded ? "over" : result.forecastExceeded ? "forecastOver" : "within";
  const triggered = query.failOn === "forecast" ? result.forecastExceeded : result.exceeded;
  const fails = triggered && query.onExceeded === "fail";
  const message = budgetMessage({ name, result, state, triggered, failOn: query.failOn, fails, organization: query.organization });
  if (fails) throw new SpendBudgetExceededError(name, message);
  if (triggered || state !== "within") await pulumi.log.warn(message);
  else await pulumi.log.info(message);
  return { ...result, budget: name, limitUsd: query.limitUsd, onExceeded: query.onExceeded, failOn: query.failOn, state, triggered, message };
}
