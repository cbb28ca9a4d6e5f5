import type { Store } from "../store";
import { ruleWorkspaceIds } from "./workspaces";
import type { StoredRule, StoredRuleWorkspace } from "../federation-wire";

/** A rule as the API returns it: names read at read time, `workspace_ids` from its enablements. */
export function renderRule(store: Store, rule: StoredRule) {
  const federation = store.federation;
  return {
    ...structuredClone(rule),
    issuer_name: federation.issuers.get(rule.issuer_id)?.name ?? null,
    target: { ...rule.target, service_account_name: federation.serviceAccounts.get(rule.target.service_account_id)?.name ?? null },
    workspace_ids: rule.archived_at ? [] : ruleWorkspaceIds(store, rule.id),
  };
}

/** `workspace_name` is "populated when listing; null in the enable response". */
export function renderRuleWorkspace(store: Store, row: StoredRuleWorkspace, withName: boolean) {
  return { ...row, workspace_name: withName ? store.workspaces.get(row.workspace_id)?.name ?? null : null };
}
