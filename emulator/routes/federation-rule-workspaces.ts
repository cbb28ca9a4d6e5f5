import { z } from "zod";
import { invalid } from "../errors";
import { parseWith } from "../params";
import { route, type Route } from "../router";
import { now } from "../store";
import { callerOf } from "../federation/caller";
import { renderRuleWorkspace } from "../federation/render";
import { requireConsoleUnlessWorkspaceScoped } from "../federation/scope-policy";
import { ruleWorkspaceKey } from "../federation-state";
import { activeWorkspace } from "./workspaces";

// `/v1/organizations/federation_rules/{id}/workspaces`: the workspaces a rule is enabled for. Membership
// of the rule's target is not checked here; the token exchange checks it.

const BASE = "/v1/organizations/federation_rules/{id}/workspaces";
const addBody = z.strictObject({ workspace_id: z.string().min(1) });

export const ruleWorkspaceRoutes: Route[] = [
  // "Returns all workspace enablements in a single response; `limit` and `page` have no effect."
  route("GET", BASE, ({ store, params }) => {
    const rule = store.federation.rule(params.id);
    const rows = [...store.federation.ruleWorkspaces.values()]
      .filter((row) => row.federation_rule_id === rule.id)
      .sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : 0));
    return { data: rows.map((row) => renderRuleWorkspace(store, row, true)), next_page: null };
  }),
  route("POST", BASE, (ctx) => {
    const federation = ctx.store.federation;
    const rule = federation.rule(ctx.params.id);
    const input = parseWith(addBody, ctx.body, "body");
    if (rule.archived_at) throw invalid(`Federation rule '${rule.id}' is archived; workspaces cannot be enabled for it.`);
    const caller = callerOf(ctx);
    requireConsoleUnlessWorkspaceScoped(caller, rule.oauth_scope);
    const workspace = activeWorkspace(ctx.store, input.workspace_id);
    const key = ruleWorkspaceKey(rule.id, workspace.id);
    const existing = federation.ruleWorkspaces.get(key);
    if (existing) return renderRuleWorkspace(ctx.store, existing, false);
    const row = {
      type: "federation_rule_workspace" as const, federation_rule_id: rule.id, workspace_id: workspace.id,
      created_at: now(), created_by_actor_id: caller.actorId,
    };
    federation.ruleWorkspaces.set(key, row);
    return renderRuleWorkspace(ctx.store, row, false);
  }),
  route("DELETE", `${BASE}/{workspace_id}`, (ctx) => {
    const federation = ctx.store.federation;
    const rule = federation.rule(ctx.params.id);
    requireConsoleUnlessWorkspaceScoped(callerOf(ctx), rule.oauth_scope);
    federation.ruleWorkspaces.delete(ruleWorkspaceKey(rule.id, ctx.params.workspace_id));
    if (rule.workspace_id === ctx.params.workspace_id) rule.workspace_id = null;
    return { type: "federation_rule_workspace_deleted", federation_rule_id: rule.id, workspace_id: ctx.params.workspace_id };
  }),
];
