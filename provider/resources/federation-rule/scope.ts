/**
 * What a rule may grant when the provider manages it. The provider authenticates with an OAuth token
 * (a person's or a workload's), never a Console session, and the SDK: "OAuth callers may only manage
 * rules whose `oauth_scope` is `workspace:developer` or `workspace:inference`; other scopes require a
 * Console session." So any other scope fails the preview, saying where such a rule is made instead.
 */
export const KNOWN_SCOPES = ["org:admin", "workspace:developer", "workspace:inference"] as const;
export const OAUTH_MANAGEABLE_SCOPES = ["workspace:developer", "workspace:inference"] as const;

/** The scopes of a space-separated `oauth_scope`, each once, in a canonical order (a set: order is no change). */
export function scopeSet(scope: string): string[] {
  return [...new Set(scope.split(/\s+/).filter(Boolean))].sort();
}

/** Why the provider cannot manage a rule granting `scope`, or undefined when it can. */
export function scopeProblem(scope: string): string | undefined {
  const scopes = scopeSet(scope);
  if (scopes.length === 0) return `must name at least one scope: ${OAUTH_MANAGEABLE_SCOPES.join(" or ")}`;
  const unknown = scopes.filter((s) => !(KNOWN_SCOPES as readonly string[]).includes(s));
  if (unknown.length > 0) return `unknown scope ${unknown.join(", ")}; use ${OAUTH_MANAGEABLE_SCOPES.join(" or ")}`;
  const beyond = scopes.filter((s) => !(OAUTH_MANAGEABLE_SCOPES as readonly string[]).includes(s));
  if (beyond.length === 0) return undefined;
  return "OAuth callers may only manage rules whose `oauth_scope` is `workspace:developer` or `workspace:inference`; other " +
    `scopes (such as \`org:admin\`) require a Console session. This provider is an OAuth caller, so a rule granting ${beyond.join(", ")} ` +
    "is made once in the Claude Console (the README's keyless section shows that one step); read it into the program with FederationRule.get.";
}
