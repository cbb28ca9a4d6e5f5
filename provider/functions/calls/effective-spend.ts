/** `getEffectiveSpendLimits` itself: loaded on its first call (see ../generated/functions.ts). */
import type * as pulumi from "@pulumi/pulumi";
import { collect } from "../../client";
import type { WireSpendSummary } from "../../client/schemas";
import { parseArgs } from "../arguments";
import { functionClient } from "../client";
import { getEffectiveSpendLimits as declared } from "../declarations/effective-spend";
import type { EffectiveSpendLimit, GetEffectiveSpendLimitsArgs, GetEffectiveSpendLimitsResult, SpendLimitScopeInfo } from "../generated/effective-spend";

/** Minor units (cents) as the API writes them, possibly fractional ("12050.5"), to the major unit. */
const major = (minor: string) => Number(minor) / 100;

/** `rbac_group` -> `rbacGroup`: users read camelCase everywhere. */
const camel = (wire: string) => wire.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

function scopeInfo(scope: WireSpendSummary["source"]): SpendLimitScopeInfo {
  const info: SpendLimitScopeInfo = { type: camel(scope.type) };
  if (scope.user_id !== undefined) info.userId = scope.user_id;
  if (scope.rbac_group_id !== undefined) info.rbacGroupId = scope.rbac_group_id;
  if (scope.seat_tier !== undefined) info.seatTier = scope.seat_tier;
  if (scope.service !== undefined) info.service = scope.service;
  if (scope.workspace_id !== undefined) info.workspaceId = scope.workspace_id;
  return info;
}

function effectiveLimit(row: WireSpendSummary): EffectiveSpendLimit {
  return {
    userId: row.actor.user_id ?? null,
    email: row.actor.email_address ?? null,
    period: row.period,
    limit: row.amount === null ? null : major(row.amount),
    currency: row.currency,
    periodToDateSpend: major(row.period_to_date_spend),
    source: scopeInfo(row.source),
    spendLimitId: row.spend_limit_id,
  };
}

export async function getEffectiveSpendLimits(
  args?: GetEffectiveSpendLimitsArgs, _opts?: pulumi.InvokeOptions,
): Promise<GetEffectiveSpendLimitsResult> {
  const { periods, userIds, organization } = parseArgs("getEffectiveSpendLimits", declared.args, args);
  const client = functionClient("getEffectiveSpendLimits", organization);
  const rows = await collect(client.listEffectiveSpendLimits({ periods, userIds }));
  return { limits: rows.map(effectiveLimit) };
}
