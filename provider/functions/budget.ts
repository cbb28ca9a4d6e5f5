/**
 * `spendBudget`: a spend limit declared in the program that acts on `pulumi preview` and `pulumi up`:
 * it prints a warning through Pulumi's log, or fails the run. It reads the cost report and nothing
 * else: it sends no write request, creates nothing in the organization and registers nothing in the
 * stack, so a failed check leaves no state behind.
 */
import * as pulumi from "@pulumi/pulumi";
import { InvalidArgumentsError } from "./invalid-arguments";
import { outputOf } from "./output";
import type { SpendBudgetArgs, SpendBudgetPlainArgs, SpendBudgetStatus } from "./generated/budget";

export { SpendBudgetExceededError } from "./budget-exceeded";

export interface SpendBudget {
  readonly name: string;
  /**
   * The check's outcome. When the budget fails the run (or cannot be checked), the run ends with its
   * error (a {@link SpendBudgetExceededError}, or the reason it could not read) and this rejects with it.
   */
  readonly status: pulumi.Output<SpendBudgetStatus>;
  /**
   * For `dependsOn`: a resource given `{ dependsOn: budget.gate }` waits for the check, and is not
   * created or changed when the budget fails the run.
   */
  readonly gate: pulumi.Output<pulumi.Resource[]>;
}

/**
 * Declares a budget, checked each time the program runs (`preview`, `up`): one cost-report request
 * (per 31 days of the period), then a line in Pulumi's log (`info` within the limit, `warning` when
 * exceeded with `onExceeded: "warn"` or when the forecast is above the limit), or the run fails with
 * `error: spend budget "<name>" exceeded: ...` naming the spend, the limit, the period and the
 * workspaces. Arguments are checked before any request; a bad one fails the run naming it. Arguments
 * that are not known during a preview (the id of a workspace not created yet) leave the check to `up`.
 */
export function spendBudget(name: string, args: SpendBudgetArgs, opts?: pulumi.InvokeOutputOptions): SpendBudget {
  if (typeof name !== "string" || name.trim() === "") {
    throw new InvalidArgumentsError("spendBudget", [{ argument: "name", reason: 'must be a non-empty name such as "team-weekly"' }]);
  }
  const status = outputOf((plain: SpendBudgetPlainArgs) => import("./calls/budget.js").then((m) => m.checkBudget(name, plain)).catch(failTheRun), args, opts);
  return { name, status, gate: status.apply(() => [] as pulumi.Resource[]) };
}

/**
 * Ends the run with `error`, printed as Pulumi prints an uncaught `RunError`: by its message alone. The
 * Outputs reject with it, so that the run ends in every host; pending, they ended it only where the
 * program's process exits when idle (the language host), and an Automation API inline program (and
 * scripts/pulumi.mjs) waited for them forever. Pulumi attaches to an exported Output's rejection late,
 * for which Node prints a "PromiseRejectionHandledWarning" beside the error unless the process listens
 * for `rejectionHandled`: the run is failing with this error, so that listener is added then, once.
 */
function failTheRun(error: unknown): Promise<never> {
  // A program with no exports has "completed" for Pulumi before the check ends; an error then is printed
  // as `err.stack`, not by its message. A RunError is meant to be read without a stack trace either way.
  if (pulumi.RunError.isInstance(error)) Object.defineProperty(error, "stack", { value: (error as Error).message, configurable: true, writable: true });
  if (!process.listeners("rejectionHandled").includes(handledLate)) process.on("rejectionHandled", handledLate);
  return Promise.reject(error);
}

function handledLate(): void {}

