/**
 * The credential each request of one client sends, chosen per endpoint (endpoints.ts, choice.ts): the admin
 * key in `x-api-key`, or an OAuth access token (configured, or exchanged through federation) as
 * `Authorization: Bearer`. Also what error hints say about the credential used, and every value to mask.
 * It implements the client's RequestCredentials (client/credential.ts); settings/admin-client.ts hands it over.
 */
import { SETTINGS } from "../base/setting-names";
import type { ChosenCredential, CredentialContext, CredentialKind, RequestCredentials } from "../client/credential";
import type { CredentialHint } from "../client/errors";
import { chooseCredential, type CredentialSet } from "./choice";
import { howToSet, settingName } from "./commands";
import { routeNeed, type CredentialNeed } from "./endpoints";
import { federatedAccessToken, federatedAccessTokens, federationKey, renewFederatedAccessToken } from "./federated-token";

export interface RequestCredentialOptions extends CredentialSet, CredentialContext {
  /**
   * Set when the credentials were resolved from stack config or the environment for this organization
   * (undefined: the top-level settings): a request no configured credential can make fails before it is
   * sent, and messages name that organization's settings. Unset for a client built from explicit options,
   * which sends what it was given and lets the server decide.
   */
  resolvedFor?: { organization: string | undefined };
}

export function requestCredentials(options: RequestCredentialOptions): RequestCredentials {
  const organization = options.resolvedFor?.organization;
  const key = options.federation ? federationKey(organization, options.baseUrl, options.federation) : "";
  const exchangeContext = () => ({
    baseUrl: options.baseUrl, settingName: settingName("federation", organization), timeouts: options.timeouts, audit: options.audit,
  });

  const kindFor = (need: CredentialNeed, operation: string): CredentialKind => {
    const chosen = chooseCredential(options, need, operation, organization);
    if (typeof chosen === "string") return chosen;
    // An explicit client with only an admin key sends it, and the server's 403 says why.
    if (!options.resolvedFor && options.adminKey && need === "oauth" && !options.authToken && !options.federation) return "adminKey";
    throw chosen;
  };

  const federated = (token: string, need: CredentialNeed): ChosenCredential => ({
    kind: "federation", adminKey: "", bearerToken: token, hint: hintFor("federation", need, organization, options.federation?.ruleId),
    renew: async () => federated(await renewFederatedAccessToken(key, token, options.federation!, exchangeContext()), need),
  });

  return {
    async choose(path, operation) {
      const need = routeNeed(path);
      const kind = kindFor(need, operation);
      switch (kind) {
        case "adminKey":
          return { kind, adminKey: options.adminKey, hint: hintFor(kind, need, organization) };
        case "authToken":
          return { kind, adminKey: "", bearerToken: options.authToken, hint: hintFor(kind, need, organization) };
        case "federation":
          return federated(await federatedAccessToken(key, options.federation!, exchangeContext()), need);
      }
    },
    secrets: () => [options.adminKey, options.authToken ?? "", ...(options.federation ? federatedAccessTokens() : [])].filter(Boolean),
  };
}

/** The hints of errors.ts for the credential used; for the top-level admin key, the words they always had. */
export function hintFor(kind: CredentialKind, need: CredentialNeed, organization?: string, ruleId?: string): CredentialHint {
  const name = settingName(kind, organization) + (organization === undefined ? ` / ${SETTINGS[kind].envVar}` : "");
  switch (kind) {
    case "adminKey":
      return {
        unauthorized: `Check the admin key: ${howToSet("adminKey", organization)}.`,
        forbidden: need === "oauth"
          ? "This endpoint takes only an OAuth access token with the org:admin scope, never an admin key: set " +
            `${howToSet("authToken", organization)}, or workload identity federation with ${howToSet("federation", organization)}.`
          : "The key must be an Admin API key (Console > Settings > Admin keys) allowed to use this feature.",
      };
    case "authToken":
      return {
        unauthorized: `Check the OAuth access token (${name}): it may have expired or been revoked. Set a new one with ${howToSet("authToken", organization)}.`,
        forbidden: `The OAuth access token (${name}) must have the org:admin scope (\`ant auth login --scope org:admin\`) and belong to someone allowed to do this.`,
      };
    case "federation":
      return {
        unauthorized: `The access token from federation rule ${ruleId} (${name}) was refused, also after a fresh exchange: ` +
          "check that the rule, its issuer and its service account are not archived.",
        forbidden: `The access token from federation rule ${ruleId} (${name}) may not do this: the Admin API takes a rule whose ` +
          "oauth_scope is org:admin (created once in the Console), and a service account whose organization role allows the operation.",
      };
  }
}
