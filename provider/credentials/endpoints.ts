/**
 * Which credential each Admin API endpoint takes: the one table the provider decides by (client requests,
 * the preview check of each resource kind, the data functions). From the SDK's description of each method:
 * - service accounts and federation (issuers, rules, their workspace routes, and the workspace side of
 *   service-account membership) "require an OAuth access token with the `org:admin` scope; Admin API keys
 *   are not accepted";
 * - every other `/v1/organizations/...` endpoint takes the admin key, and also an OAuth access token with
 *   `org:admin` (a person's, or one a federation rule grants).
 * Kept apart from emulator/ on purpose: the provider never imports the emulator, and the two tables
 * agreeing is what test/unit/credentials.endpoints.test.ts checks.
 */
import { isResourceKind, RESOURCE_KINDS, routeOf } from "../base/kinds";

/** `any`: the admin key or an OAuth token with `org:admin`; `oauth`: only the OAuth token. */
export type CredentialNeed = "any" | "oauth";

/** Path segments below `/v1/organizations/`; `*` matches one id. */
const OAUTH_ONLY_PREFIXES: ReadonlyArray<ReadonlyArray<string>> = [
  ["service_accounts"],
  ["federation_issuers"],
  ["federation_rules"],
  ["workspaces", "*", "service_accounts"],
];

const startsWith = (path: ReadonlyArray<string>, prefix: ReadonlyArray<string>) =>
  prefix.length <= path.length && prefix.every((segment, i) => segment === "*" || segment === path[i]);

/** What a request to `path` (segments below `/v1/organizations/`, ids included) needs. */
export function routeNeed(path: ReadonlyArray<string>): CredentialNeed {
  return OAUTH_ONLY_PREFIXES.some((prefix) => startsWith(path, prefix)) ? "oauth" : "any";
}

/** What the operations of a resource kind need, so that `check()` can fail the preview before any of them runs. */
export function kindNeed(kind: string | undefined): CredentialNeed {
  // The path its requests start with, from the kind registry; a kind without one takes any credential.
  const route = isResourceKind(kind) ? routeOf(kind) : undefined;
  return route ? routeNeed(route) : "any";
}

/** The kinds known to need an OAuth credential (for docs and tests). */
export const OAUTH_KINDS = RESOURCE_KINDS.filter((kind) => kindNeed(kind) === "oauth");
