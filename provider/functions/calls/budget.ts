/** `spendBudget`'s check: loaded on its first run (see ../budget.ts). */
import * as pulumi from "@pulumi/pulumi";
import { parseArgs } from "../arguments";
import { SpendBudgetExceededError } from "../budget-exceeded";
import { spendBudget as declared } from "../declarations/budget";
import type { SpendBudgetPlainArgs, SpendBudgetStatus } from "../generated/budget";
import { budgetMessage } from "./budget-message";
import { readSpend, spendResult } from "./spend";

/** Reads the spend, prints the budget's line through Pulumi's log, or throws when it fails the run. */
export async function checkBudget(name: string, args: SpendBudgetPlainArgs): Promise<SpendBudgetStatus> {
  const fn = `spendBudget "${name}"`;
  const query = parseArgs(fn, declared.args, args);
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
