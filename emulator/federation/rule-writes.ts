import { z } from "zod";
import { invalid } from "../errors";
import { newId } from "../ids";
import { parseWith } from "../params";
import type { Ctx } from "../router";
import { now, type Store } from "../store";
import type { Caller } from "./caller";
import { slug, uniqueName } from "./lists";
import { checkMatch } from "./match";
import { parseScope, requireConsoleUnlessWorkspaceScoped } from "./scope-policy";
import { ruleWorkspaceKey } from "../federation-state";
import { pinsTenant, tenantPinningMessage } from "./well-known";
import { ruleMatchSchema, type StoredRule } from "../federation-wire";

// Creating a federation rule, shared by the API route (an OAuth caller) and the control surface (the
// Console, which alone may create rules granting scopes beyond the workspace ones). Every check runs first.

const target = z.strictObject({
  type: z.literal("service_account"),
  service_account_id: z.string().min(1),
  /** "Ignored on writes." */
  service_account_name: z.string().nullish(),
});

export const ruleFields = {
  match: ruleMatchSchema,
  name: slug,
  oauth_scope: z.string(),
  target,
  attributes: z.record(z.string(), z.string()).nullish(),
  description: z.string().max(1024).nullish(),
  token_lifetime_seconds: z.number().int().min(60).max(86_400, "must be between 60 and 86400 seconds"),
  workspace_id: z.string().min(1).nullish(),
  applies_to_all_workspaces: z.boolean(),
};

export const createRuleBody = z.strictObject({
  ...ruleFields,
  issuer_id: z.string().min(1),
  token_lifetime_seconds: ruleFields.token_lifetime_seconds.optional(),
  applies_to_all_workspaces: ruleFields.applies_to_all_workspaces.optional(),
});

export function rejectAttributes(attributes: Record<string, string> | null | undefined): void {
  if (attributes && Object.keys(attributes).length > 0) {
    throw invalid("attributes: CEL attribute extraction is not yet supported; any non-empty value is rejected.");
  }
}

/** The target service account, live, and allowed to receive every scope the rule grants. */
export function checkTarget(store: Store, serviceAccountId: string, scopes: string[]) {
  const account = store.federation.serviceAccounts.get(serviceAccountId);
  if (!account) throw invalid(`target.service_account_id: service account '${serviceAccountId}' not found in this organization.`);
  if (account.archived_at) throw invalid(`target.service_account_id: service account '${serviceAccountId}' is archived.`);
  if (scopes.includes("org:admin") && account.organization_role !== "admin") {
    throw invalid("oauth_scope: a rule may only grant `org:admin` when its target service account's organization_role is " +
      `\`admin\`; '${account.id}' is \`${account.organization_role}\`.`);
  }
  return account;
}

export function checkRuleWorkspace(store: Store, workspaceId: string) {
  const workspace = store.workspaces.get(workspaceId);
  if (!workspace) throw invalid(`workspace_id: workspace '${workspaceId}' not found in this organization.`);
  if (workspace.archived_at) throw invalid(`workspace_id: workspace '${workspaceId}' is archived.`);
  return workspace;
}

export function checkPinned(issuerUrl: string, match: StoredRule["match"]): void {
  if (!pinsTenant(issuerUrl, match)) throw invalid(tenantPinningMessage(issuerUrl));
}

export function createRule(ctx: Ctx, caller: Caller): StoredRule {
  const input = parseWith(createRuleBody, ctx.body, "body");
  const store = ctx.store;
  const federation = store.federation;
  const scopes = parseScope(input.oauth_scope);
  requireConsoleUnlessWorkspaceScoped(caller, input.oauth_scope);
  rejectAttributes(input.attributes);
  const issuer = federation.issuers.get(input.issuer_id);
  if (!issuer) throw invalid(`issuer_id: federation issuer '${input.issuer_id}' not found in this organization.`);
  if (issuer.archived_at) throw invalid(`issuer_id: federation issuer '${issuer.id}' is archived.`);
  checkTarget(store, input.target.service_account_id, scopes);
  const appliesToAll = input.applies_to_all_workspaces ?? false;
  if (!input.workspace_id && !appliesToAll) throw invalid("workspace_id: required unless applies_to_all_workspaces is true.");
  if (input.workspace_id) checkRuleWorkspace(store, input.workspace_id);
  checkMatch(input.match);
  checkPinned(issuer.issuer_url, input.match);
  uniqueName(federation.rules.values(), input.name, "federation rule");

  const at = now();
  const rule: StoredRule = {
    id: newId("fdrl"), type: "federation_rule", name: input.name, description: input.description ?? null,
    issuer_id: issuer.id, match: input.match, oauth_scope: scopes.join(" "),
    target: { type: "service_account", service_account_id: input.target.service_account_id },
    token_lifetime_seconds: input.token_lifetime_seconds ?? 3600, workspace_id: input.workspace_id ?? null,
    applies_to_all_workspaces: appliesToAll, attributes: null,
    created_at: at, created_by_actor_id: caller.actorId, updated_at: at, updated_by_actor_id: caller.actorId,
    archived_at: null, archived_by_actor_id: null,
  };
  federation.rules.set(rule.id, rule);
  if (rule.workspace_id) {
    federation.ruleWorkspaces.set(ruleWorkspaceKey(rule.id, rule.workspace_id), {
      type: "federation_rule_workspace", federation_rule_id: rule.id, workspace_id: rule.workspace_id,
      created_at: at, created_by_actor_id: caller.actorId,
    });
  }
  return rule;
}
