/** The one line a budget prints or fails with: the budget, the spend, the limit, the period, the scope. */
import type { BudgetMeasure, BudgetState } from "../generated/budget";
import type { CheckSpendResult } from "../generated/spend";

const usd = (amount: number) => `$${amount.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

const PERIOD_WORDS: Record<CheckSpendResult["period"], string> = { day: "today", week: "this week", month: "this month", window: "in the window" };

function scope(result: CheckSpendResult, organization: string | undefined): string {
  const ids = result.workspaceIds;
  const where = ids === null ? "organization-wide" : ids.length === 1 ? `in workspace ${ids[0]}` : `in workspaces ${ids.join(", ")}`;
  const models = result.models === null ? "" : ` for ${result.models.join(", ")}`;
  return `${where}${models}${organization === undefined ? "" : ` of organization "${organization}"`}`;
}

/** e.g. `this week (2026-03-16T00:00:00Z to 2026-03-23T00:00:00Z, UTC)`. */
const period = (result: CheckSpendResult) => `${PERIOD_WORDS[result.period]} (${result.periodStart} to ${result.periodEnd}, UTC)`;

export interface BudgetLine {
  name: string;
  result: CheckSpendResult;
  state: BudgetState;
  triggered: boolean;
  failOn: BudgetMeasure;
  fails: boolean;
  organization: string | undefined;
}

export function budgetMessage(line: BudgetLine): string {
  const { name, result } = line;
  const head =
    line.triggered ? `spend budget "${name}" exceeded${line.failOn === "forecast" ? " by its forecast" : ""}`
    : line.state === "forecastOver" ? `spend budget "${name}" is on course to exceed its limit`
    : `spend budget "${name}" is within its limit`;
  const figures = `${usd(result.spentUsd)} spent of ${usd(result.thresholdUsd)} ${period(result)} ${scope(result, line.organization)}`;
  const forecast = result.period === "window" && result.forecastUsd === result.spentUsd ? "" : `; forecast ${usd(result.forecastUsd)} by ${result.periodEnd}`;
  const outcome = line.fails ? '; the run stops (onExceeded: "fail")' : "";
  return `${head}: ${figures}${forecast}${outcome}`;
}
