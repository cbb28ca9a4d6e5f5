import * as anthropic from "pulumi-anthropic";

// The workspace whose week is budgeted, found by name; none found fails the run naming workspaceIds.
const sandbox = anthropic.getWorkspacesOutput().workspaces.apply((all) => all.filter((w) => w.name === "Sandbox").map((w) => w.id));

// The whole organization, this calendar month (UTC): past $150, a warning; the run goes on.
const organization = anthropic.spendBudget("organization-monthly", { limitUsd: 150, period: "month", onExceeded: "warn" });

// Sandbox, this ISO week (from Monday 00:00 UTC): past $40, the preview or update fails.
const team = anthropic.spendBudget("sandbox-weekly", { limitUsd: 40, period: "week", workspaceIds: sandbox, onExceeded: "fail" });

export const organizationMonthUsd = organization.status.spentUsd;
export const sandboxWeekForecastUsd = team.status.forecastUsd;
