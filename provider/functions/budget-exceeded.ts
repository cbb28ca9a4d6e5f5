/**
 * The error a `spendBudget` with `onExceeded: "fail"` ends the run with. Apart from the check (which
 * loads zod and the client) so the package's typings can export it.
 */
import * as pulumi from "@pulumi/pulumi";

/**
 * A `pulumi.RunError`: uncaught, Pulumi prints its one-line message alone (no stack trace), as
 * `error: spend budget "..." exceeded: ...`, and the preview or update fails.
 */
export class SpendBudgetExceededError extends pulumi.RunError {
  readonly code = "ANTHROPIC_SPEND_BUDGET_EXCEEDED";
  readonly budget: string;

  constructor(budget: string, message: string) {
    super(message);
    this.name = "SpendBudgetExceededError";
    this.budget = budget;
  }
}
