/**
 * The one place a client is built from credentials: given explicitly (tests, scripts), or resolved from
 * the settings of an organization (the data functions in the program's process, the dynamic provider's
 * operations). The wire client (client/) takes the credentials as a hook and reads no setting.
 */
import { createWireClient, type AdminClient, type WireClientOptions } from "../client";
import { ConfigurationError } from "../client/errors";
import { callerPrefix } from "../client/request";
import type { FederationSetting } from "../credentials/federation-setting";
import { requestCredentials } from "../credentials/request-credentials";
import type { ConfigGetter } from "./config";
import { resolveOrganizationConfig } from "./organizations";

export interface AdminClientOptions extends Omit<WireClientOptions, "credentials"> {
  /** Sent in `x-api-key`; may be empty when `authToken` or `federation` is given. */
  adminKey: string;
  /**
   * An OAuth access token (a person's `org:admin` token, or one from client/federation-token.ts), sent as
   * `Authorization: Bearer`: on service-account and federation endpoints, which take only this, and on
   * every other endpoint when there is no admin key (credentials/endpoints.ts).
   */
  authToken?: string;
  /** Workload identity federation: the client exchanges the identity token itself, instead of `authToken`. */
  federation?: FederationSetting;
  /**
   * Set when the credentials come from stack config or the environment for this organization (undefined:
   * the top-level settings): a request no configured credential can make then fails before it is sent,
   * naming the setting to add. See credentials/request-credentials.ts.
   */
  resolvedFor?: { organization: string | undefined };
}

export function createAdminClient(options: AdminClientOptions): AdminClient {
  const { adminKey, authToken, federation, resolvedFor, ...wire } = options;
  if (!adminKey?.trim() && !authToken?.trim() && !federation) {
    throw new ConfigurationError("createAdminClient needs a non-empty adminKey, authToken or federation.", "adminKey");
  }
  const credentials = { adminKey: adminKey?.trim() ?? "", authToken: authToken?.trim() || undefined, federation, resolvedFor };
  return createWireClient({ ...wire, credentials: (context) => requestCredentials({ ...credentials, ...context }) });
}

/**
 * A client with the settings of `organization` (undefined: the top-level ones, then the environment) as
 * `get` reads them now. `caller` names who asks in every error and audit record, e.g. `Workspace "Production"`.
 * Throws ConfigurationError when the settings are missing or unsafe.
 */
export function organizationClient(organization: string | undefined, get: ConfigGetter, caller?: string): AdminClient {
  // resolvedFor: an operation whose endpoints take a credential the organization lacks (an OAuth token for
  // service accounts and federation) fails at its first request, before sending it, naming what to set.
  const settings = resolveOrganizationConfig(organization, get);
  return createAdminClient({ ...settings, resolvedFor: { organization }, ...(caller ? { operationPrefix: callerPrefix(caller) } : {}) });
}
