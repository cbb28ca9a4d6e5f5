import type { Store } from "../store";
import { saMemberKey } from "../federation-state";
import type { StoredRule } from "../federation-wire";

// Which workspaces a rule mints tokens for, and whether the target must be a member there. The SDK: rules
// enabled through `workspace_ids` or `applies_to_all_workspaces` require membership (every service account
// is implicitly a member of the default workspace); the legacy single `workspace_id` binding does not.

export interface EnabledWorkspace {
  workspaceId: string;
  membershipRequired: boolean;
}

/** Explicit enablements of a rule, oldest first. */
export function ruleWorkspaceIds(store: Store, ruleId: string): string[] {
  return [...store.federation.ruleWorkspaces.values()]
    .filter((row) => row.federation_rule_id === ruleId)
    .sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : 0))
    .map((row) => row.workspace_id);
}

export function enabledWorkspaces(store: Store, rule: StoredRule): EnabledWorkspace[] {
  const live = (id: string) => store.workspaces.get(id)?.archived_at === null;
  if (rule.applies_to_all_workspaces) {
    return [...store.workspaces.values()].filter((w) => w.archived_at === null)
      .map((w) => ({ workspaceId: w.id, membershipRequired: true }));
  }
  const explicit = ruleWorkspaceIds(store, rule.id).filter(live);
  const out = explicit.map((workspaceId) => ({ workspaceId, membershipRequired: true }));
  if (rule.workspace_id && live(rule.workspace_id) && !explicit.includes(rule.workspace_id)) {
    out.push({ workspaceId: rule.workspace_id, membershipRequired: false });
  }
  return out;
}

export function isMember(store: Store, workspaceId: string, serviceAccountId: string): boolean {
  return workspaceId === store.defaultWorkspaceId ||
    store.federation.serviceAccountMembers.has(saMemberKey(workspaceId, serviceAccountId));
}
