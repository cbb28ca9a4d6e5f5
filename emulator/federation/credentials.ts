import { ApiError } from "../errors";
import type { Principal } from "../auth";

// Which credential each Admin API route takes, decided from the SDK's description of each method:
// - service accounts and federation (issuers, rules, their workspace routes, and the workspace-side
//   service-account routes) say "Requires an OAuth access token with the `org:admin` scope ... Admin API
//   keys are not accepted";
// - every other `/v1/organizations/...` route takes the admin key, and also an OAuth token with `org:admin`
//   (the SDK speaks of OAuth callers on workspaces and users, and a federation rule may grant `org:admin`
//   exactly so that a workload can administer the organization);
// - a token with only workspace scopes (`workspace:developer`, `workspace:inference`) is for the Claude
//   API inside its workspace, never for the Admin API.
// `POST /v1/oauth/token` takes no credential at all: the assertion is the proof (see ../routes/oauth-token.ts).

export const ORG_ADMIN_SCOPE = "org:admin";
export type CredentialKind = "admin key" | "OAuth token with org:admin";

const OAUTH_ONLY = [
  /^\/v1\/organizations\/service_accounts(\/|$)/,
  /^\/v1\/organizations\/federation_issuers(\/|$)/,
  /^\/v1\/organizations\/federation_rules(\/|$)/,
  /^\/v1\/organizations\/workspaces\/\{[^}]+\}\/service_accounts(\/|$)/,
];

/** The credential kinds a route (by its template) accepts. */
export function credentialKinds(template: string): CredentialKind[] {
  return OAUTH_ONLY.some((pattern) => pattern.test(template))
    ? ["OAuth token with org:admin"]
    : ["admin key", "OAuth token with org:admin"];
}

/** Refuses, before the handler runs, a credential the route does not take. */
export function authorize(principal: Principal, template: string): void {
  const kinds = credentialKinds(template);
  if (principal.kind === "admin-key") {
    if (kinds.includes("admin key")) return;
    throw new ApiError(403,
      "This endpoint requires an OAuth access token with the `org:admin` scope (from `ant auth login --scope org:admin` " +
      "or a workload identity federation rule); Admin API keys are not accepted.");
  }
  if (!principal.scopes.includes(ORG_ADMIN_SCOPE)) {
    const scope = principal.scopes.join(" ") || "(none)";
    throw new ApiError(403,
      `This OAuth token's scope (${scope}) does not allow Admin API requests; they require the \`org:admin\` scope.`);
  }
}
