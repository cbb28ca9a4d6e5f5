import { z } from "zod";
import { invalid } from "../errors";
import { parseWith, q } from "../params";
import { route, type Route } from "../router";
import { now } from "../store";
import { callerOf } from "../federation/caller";
import { archivedNotModifiable, cursorList, listQuery, uniqueName } from "../federation/lists";
import { archiveRule } from "../federation/rule-archive";
import { checkMatch } from "../federation/match";
import { renderRule } from "../federation/render";
import {
  checkPinned, checkRuleWorkspace, checkTarget, createRule, rejectAttributes, ruleFields,
} from "../federation/rule-writes";
import { parseScope, requireConsoleUnlessWorkspaceScoped } from "../federation/scope-policy";
import { ruleWorkspaceKey } from "../federation-state";
import { ruleWorkspaceIds } from "../federation/workspaces";
import { ruleWorkspaceRoutes } from "./federation-rule-workspaces";

// `/v1/organizations/federation_rules`: which external identities get which token. OAuth `org:admin` only,
// and only for rules whose scope is `workspace:developer`/`workspace:inference` (../federation/scope-policy.ts).

const BASE = "/v1/organizations/federation_rules";

const updateBody = z.strictObject({
  issuer_id: z.never({ error: "is immutable; create a new rule against the other issuer" }).optional(),
  match: ruleFields.match.nullish(),
  name: ruleFields.name.nullish(),
  oauth_scope: ruleFields.oauth_scope.nullish(),
  target: ruleFields.target.nullish(),
  attributes: ruleFields.attributes,
  description: ruleFields.description,
  token_lifetime_seconds: ruleFields.token_lifetime_seconds.nullish(),
  workspace_id: ruleFields.workspace_id,
  applies_to_all_workspaces: ruleFields.applies_to_all_workspaces.nullish(),
});
const rulesQuery = listQuery.extend({ issuer_id: q.one() });

export const federationRuleRoutes: Route[] = [
  route("POST", BASE, (ctx) => renderRule(ctx.store, createRule(ctx, callerOf(ctx)))),
  route("GET", BASE, ({ store, query }) => {
    const params = parseWith(rulesQuery, query, "query");
    const rules = [...store.federation.rules.values()]
      .filter((r) => (params.include_archived || r.archived_at === null) && (!params.issuer_id || r.issuer_id === params.issuer_id));
    const page = cursorList(rules, params);
    return { ...page, data: page.data.map((r) => renderRule(store, r)) };
  }),
  route("GET", `${BASE}/{id}`, ({ store, params }) => renderRule(store, store.federation.rule(params.id))),
  route("POST", `${BASE}/{id}`, (ctx) => {
    const { store } = ctx;
    const federation = store.federation;
    const rule = federation.rule(ctx.params.id);
    const input = parseWith(updateBody, ctx.body, "body");
    if (rule.archived_at) throw archivedNotModifiable("Federation rule", rule.id);
    const caller = callerOf(ctx);
    requireConsoleUnlessWorkspaceScoped(caller, rule.oauth_scope);
    const scope = input.oauth_scope != null ? parseScope(input.oauth_scope).join(" ") : rule.oauth_scope;
    requireConsoleUnlessWorkspaceScoped(caller, scope);
    rejectAttributes(input.attributes);
    const targetId = input.target?.service_account_id ?? rule.target.service_account_id;
    if (input.target != null || input.oauth_scope != null) checkTarget(store, targetId, scope.split(" "));
    if (input.match != null) checkMatch(input.match);
    // Re-checked on every update: a stored match that does not pin the tenant must be replaced now.
    checkPinned(federation.issuer(rule.issuer_id).issuer_url, input.match ?? rule.match);
    if (input.name != null) uniqueName(federation.rules.values(), input.name, "federation rule", rule.id);
    const enabled = ruleWorkspaceIds(store, rule.id);
    if (input.workspace_id != null) {
      if (enabled.length > 1) {
        throw invalid(`workspace_id: rule '${rule.id}' is enabled for ${enabled.length} workspaces; manage them with ` +
          `/federation_rules/${rule.id}/workspaces instead.`);
      }
      checkRuleWorkspace(store, input.workspace_id);
    }
    const appliesToAll = input.applies_to_all_workspaces ?? rule.applies_to_all_workspaces;
    const remaining = input.workspace_id != null ? 1 : enabled.length + (rule.workspace_id && !enabled.includes(rule.workspace_id) ? 1 : 0);
    if (!appliesToAll && remaining === 0) {
      throw invalid("applies_to_all_workspaces: cannot be false while no workspace would remain enabled for the rule.");
    }
    // Everything is checked; now write.
    const at = now();
    if (input.workspace_id != null) {
      for (const id of enabled) federation.ruleWorkspaces.delete(ruleWorkspaceKey(rule.id, id));
      federation.ruleWorkspaces.set(ruleWorkspaceKey(rule.id, input.workspace_id), {
        type: "federation_rule_workspace", federation_rule_id: rule.id, workspace_id: input.workspace_id,
        created_at: at, created_by_actor_id: caller.actorId,
      });
      rule.workspace_id = input.workspace_id;
    }
    if (input.match != null) rule.match = input.match;
    if (input.name != null) rule.name = input.name;
    if (input.description !== undefined) rule.description = input.description ?? "";
    if (input.target != null) rule.target = { type: "service_account", service_account_id: targetId };
    if (input.token_lifetime_seconds != null) rule.token_lifetime_seconds = input.token_lifetime_seconds;
    rule.oauth_scope = scope;
    rule.applies_to_all_workspaces = appliesToAll;
    rule.updated_at = at;
    rule.updated_by_actor_id = caller.actorId;
    return renderRule(store, rule);
  }),
  route("POST", `${BASE}/{id}/archive`, (ctx) => {
    const rule = ctx.store.federation.rule(ctx.params.id);
    const caller = callerOf(ctx);
    requireConsoleUnlessWorkspaceScoped(caller, rule.oauth_scope);
    return renderRule(ctx.store, archiveRule(ctx.store, rule, caller.actorId));
  }),
  ...ruleWorkspaceRoutes,
];
