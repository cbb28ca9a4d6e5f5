/** `getFederationIssuers` and `getFederationRules` themselves: loaded on their first call (see ../generated/functions.ts). */
import type * as pulumi from "@pulumi/pulumi";
import { collect } from "../../client";
import type { WireFederationIssuer, WireFederationRule } from "../../client/federation-schemas";
import { parseArgs } from "../arguments";
import { functionClient } from "../client";
import { getFederationIssuers as declaredIssuers, getFederationRules as declaredRules } from "../declarations/federation";
import type { FederationIssuerInfo, FederationRuleInfo, GetFederationIssuersArgs, GetFederationIssuersResult, GetFederationRulesArgs, GetFederationRulesResult } from "../generated/federation";
import { optional } from "../../base/defined";
import { fromWireJwks } from "../../resources/federation-issuer/plan";

function issuerInfo(i: WireFederationIssuer): FederationIssuerInfo {
  return {
    id: i.id,
    name: i.name,
    issuerUrl: i.issuer_url,
    jwks: fromWireJwks(i.jwks),
    checkJti: i.check_jti,
    maxJwtLifetimeSeconds: i.max_jwt_lifetime_seconds,
    jwksPollingDisabledAt: i.jwks_polling_disabled_at,
    consecutivePollFailures: i.poll_status?.consecutive_failures ?? 0,
    createdAt: i.created_at,
    archivedAt: i.archived_at,
  };
}

function ruleInfo(r: WireFederationRule): FederationRuleInfo {
  const claims = r.match.claims && Object.keys(r.match.claims).length > 0 ? { claims: r.match.claims } : {};
  return {
    id: r.id,
    name: r.name,
    description: r.description ?? "",
    issuerId: r.issuer_id,
    issuerName: r.issuer_name ?? "",
    match: {
      ...optional("audience", r.match.audience), ...optional("subjectPrefix", r.match.subject_prefix), ...claims,
      ...optional("condition", r.match.condition),
    },
    oauthScope: r.oauth_scope,
    serviceAccountId: r.target.service_account_id,
    serviceAccountName: r.target.service_account_name ?? "",
    workspaceIds: r.workspace_ids.length > 0 ? [...r.workspace_ids] : r.workspace_id ? [r.workspace_id] : [],
    appliesToAllWorkspaces: r.applies_to_all_workspaces,
    tokenLifetimeSeconds: r.token_lifetime_seconds,
    createdAt: r.created_at,
    archivedAt: r.archived_at,
  };
}

export async function getFederationIssuers(args?: GetFederationIssuersArgs, _opts?: pulumi.InvokeOptions): Promise<GetFederationIssuersResult> {
  const { includeArchived, organization } = parseArgs("getFederationIssuers", declaredIssuers.args, args);
  const issuers = await collect(functionClient("getFederationIssuers", organization).listFederationIssuers({ includeArchived }));
  return { issuers: issuers.map(issuerInfo) };
}

export async function getFederationRules(args?: GetFederationRulesArgs, _opts?: pulumi.InvokeOptions): Promise<GetFederationRulesResult> {
  const { issuerId, includeArchived, organization } = parseArgs("getFederationRules", declaredRules.args, args);
  const rules = await collect(functionClient("getFederationRules", organization).listFederationRules({ issuerId, includeArchived }));
  return { rules: rules.map(ruleInfo) };
}
