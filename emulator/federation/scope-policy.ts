import { ApiError, invalid } from "../errors";
import type { Caller } from "./caller";
import type { StoredRule } from "../federation-wire";

// The SDK: "OAuth callers may only manage rules whose `oauth_scope` is `workspace:developer` or
// `workspace:inference`; other scopes require a Console session." The same holds for updating an issuer
// that backs such a rule. In the emulator the control surface is the Console (see ./control.ts).

export const KNOWN_SCOPES = ["org:admin", "workspace:developer", "workspace:inference"] as const;
const OAUTH_MANAGEABLE = new Set<string>(["workspace:developer", "workspace:inference"]);

/** Space-separated scopes, each one the API knows; 400 otherwise. */
export function parseScope(scope: string): string[] {
  const scopes = scope.split(/\s+/).filter(Boolean);
  if (scopes.length === 0) throw invalid("oauth_scope: must name at least one scope.");
  const unknown = scopes.filter((s) => !(KNOWN_SCOPES as readonly string[]).includes(s));
  if (unknown.length > 0) throw invalid(`oauth_scope: unknown scope(s) ${unknown.join(", ")}; known scopes are ${KNOWN_SCOPES.join(", ")}.`);
  return [...new Set(scopes)];
}

export const manageableByOAuth = (scope: string) => scope.split(/\s+/).filter(Boolean).every((s) => OAUTH_MANAGEABLE.has(s));

export function requireConsoleUnlessWorkspaceScoped(caller: Caller, scope: string): void {
  if (caller.console || manageableByOAuth(scope)) return;
  throw new ApiError(403, "OAuth callers may only manage rules whose `oauth_scope` is `workspace:developer` or " +
    "`workspace:inference`; other scopes require a Console session.");
}

/** For issuer updates: the same rule, applied through every live rule the issuer backs. */
export function requireConsoleForIssuer(caller: Caller, rules: Iterable<StoredRule>, issuerId: string): void {
  if (caller.console) return;
  for (const rule of rules) {
    if (rule.issuer_id === issuerId && rule.archived_at === null && !manageableByOAuth(rule.oauth_scope)) {
      throw new ApiError(403, `Updating an issuer that backs a rule with a scope outside \`workspace:developer\` or ` +
        `\`workspace:inference\` (rule '${rule.id}') requires a Console session.`);
    }
  }
}
