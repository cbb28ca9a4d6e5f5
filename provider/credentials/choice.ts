/**
 * Which configured credential an operation uses, by what its endpoint takes (endpoints.ts):
 * - an endpoint that takes only OAuth (service accounts, federation) uses the OAuth credential;
 * - any other endpoint uses the admin key when one is configured, else the OAuth credential.
 * The OAuth credential is `authToken` or `federation`; configuring both for one organization is
 * ambiguous, and an error as soon as an operation would need one of them (not before: a stack whose
 * operations all use the admin key is not broken by a token it never sends).
 */
import { ConfigurationError } from "../client/errors";
import type { CredentialKind } from "../client/credential";
import { howToRemove, howToSet, KIND_NAMES, settingName } from "./commands";
import type { CredentialNeed } from "./endpoints";
import type { FederationSetting } from "./federation-setting";

/** The credentials resolved for one organization (config.ts, organizations.ts); an empty admin key is none. */
export interface CredentialSet {
  adminKey: string;
  authToken?: string;
  federation?: FederationSetting;
}

/**
 * The kind an operation needing `need` uses, or the ConfigurationError saying what to set. `what` names
 * the operation or resource kind in the message, e.g. "ServiceAccount" or "listServiceAccounts".
 */
export function chooseCredential(
  set: CredentialSet, need: CredentialNeed, what: string, organization?: string,
): CredentialKind | ConfigurationError {
  if (need === "any" && set.adminKey) return "adminKey";
  const oauth: CredentialKind[] = [];
  if (set.authToken) oauth.push("authToken");
  if (set.federation) oauth.push("federation");
  const where = organization === undefined ? "" : ` for organization "${organization}"`;
  if (oauth.length > 1) {
    return new ConfigurationError(
      `Both ${settingName("authToken", organization)} and ${settingName("federation", organization)} are configured${where}, ` +
        `and ${what} would have to pick one: keep one of them, e.g. ${howToRemove("authToken", organization)}.`,
      settingName("authToken", organization),
    );
  }
  if (oauth.length === 1) return oauth[0]!;
  if (need === "oauth") {
    return new ConfigurationError(
      `${what} takes an OAuth access token with the org:admin scope, not an admin key (service accounts and federation ` +
        `endpoints refuse admin keys), and none is configured${where}. Set an ${KIND_NAMES.authToken} with ` +
        `${howToSet("authToken", organization)}, or ${KIND_NAMES.federation} with ${howToSet("federation", organization)}.`,
      settingName("authToken", organization),
    );
  }
  // resolveAdminConfig / resolveOrganizationConfig refuse a set without any credential before this.
  return new ConfigurationError(`No credential is configured${where}. Set an admin key with ${howToSet("adminKey", organization)}.`, settingName("adminKey", organization));
}
