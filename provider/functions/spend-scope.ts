import type { CheckSpendArgs, CheckSpendOutputArgs } from "./generated/spend";

/**
 * What `checkSpend` and `spendBudget` read: the arguments of `checkSpend` (declarations/spend.ts) but the
 * threshold. Periods are UTC; only whole hours are counted.
 */
export type SpendScopeArgs = Omit<CheckSpendArgs, "thresholdUsd">;
/** {@link SpendScopeArgs}, each may be an Input. */
export type SpendScopeOutputArgs = Omit<CheckSpendOutputArgs, "thresholdUsd">;
