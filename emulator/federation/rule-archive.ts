import { now, type Store } from "../store";
import { ruleWorkspaceKey } from "../federation-state";
import type { StoredRule } from "../federation-wire";
import { ruleWorkspaceIds } from "./workspaces";

/**
 * Archives a rule, as the API route and the Console (control surface) both do: token exchange against it
 * stops at once, and "archiving clears the rule's workspace targeting". Archiving an archived rule changes
 * nothing. Who may archive it is the caller's check (scope-policy.ts).
 */
export function archiveRule(store: Store, rule: StoredRule, actorId: string | null): StoredRule {
  if (rule.archived_at) return rule;
  const federation = store.federation;
  for (const id of ruleWorkspaceIds(store, rule.id)) federation.ruleWorkspaces.delete(ruleWorkspaceKey(rule.id, id));
  rule.workspace_id = null;
  rule.archived_at = now();
  rule.archived_by_actor_id = actorId;
  return rule;
}
