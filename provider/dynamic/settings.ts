import { createAdminClient, type AdminClient } from "../client";
import type { AdminConfig } from "../config";
import { ConfigurationError } from "../client/errors";
import { callerPrefix } from "../client/request";
import { UNKNOWN } from "../resources/check";
import { MissingCredentialError } from "../credentials/missing-credential";
import { credentialProblem, missingCredentialProblem } from "../credentials/problems";
import { kindNeed } from "../credentials/endpoints";
import { namedOrganization, organizationNameProblem, resolveOrganizationConfig } from "../organizations";
import { currentOrganization } from "./organization-scope";

/**
 * Where the dynamic provider finds its settings. `configure()` hands us the stack config; credentials
 * are resolved from it (then, for the top-level organization, the environment) at call time and never
 * stored in a resource or in the provider closure that Pulumi writes to state. Which organization's
 * settings: the one the running operation belongs to (organization-scope.ts).
 */
type ConfigGetter = (key: string) => string | undefined;

let stackConfig: ConfigGetter = () => undefined;
let fromStack = true;

export function useStackConfig(getter: ConfigGetter): void {
  stackConfig = getter;
  fromStack = true;
}

/**
 * The settings of an explicit provider of the native plugin: its inputs, read like stack config, but
 * not the stack's (so no comparison with the stack's config file applies: stale-settings.ts).
 */
export function useProviderSettings(getter: ConfigGetter): void {
  stackConfig = getter;
  fromStack = false;
}

/** A setting as the engine gave it to this process (for `pulumi refresh`: as recorded at the last `up`). */
export function givenSetting(key: string): string | undefined {
  return stackConfig(key);
}

/** The stack config as the engine gave it, or undefined when this process runs with an explicit provider's settings. */
export function givenStackSettings(): ConfigGetter | undefined {
  return fromStack ? givenSetting : undefined;
}

/** How errors and audit records name a resource: `Workspace "Production"`, plus its organization when named. */
export function describeCaller(resource: string | undefined, organization = currentOrganization()): string | undefined {
  if (organization === undefined) return resource;
  return resource ? `${resource} in organization "${organization}"` : `organization "${organization}"`;
}

/** The settings of `organization` (undefined: the top-level ones) as the stack config gives them now. */
export function organizationConfig(organization: string | undefined): AdminConfig {
  return resolveOrganizationConfig(organization, (key) => stackConfig(key));
}

/**
 * A client for one resource operation, with the settings of its organization. Cheap: connections live
 * in the per-process pool. The prefix names the resource in every error and audit record, e.g.
 * `Workspace "Production": ` or `Workspace "Sandbox" in organization "sandbox": `.
 */
export function adminClient(resource?: string): AdminClient {
  const organization = currentOrganization();
  if (organization === UNKNOWN) {
    throw new ConfigurationError(`${resource ?? "This resource"}: its organization is not known yet, so nothing can be read from it.`, "organization");
  }
  const config = organizationConfig(organization);
  const caller = describeCaller(resource, organization);
  return createAdminClient({ ...config, resolvedFor: { organization }, ...(caller ? { operationPrefix: callerPrefix(caller) } : {}) });
}

/**
 * Why no request could be made for a resource of `kind` in `organization` (as its inputs give it) with
 * the settings as they are: an organization name that is not one, or not configured, no credential, not
 * the credential the kind's endpoints take (service accounts and federation take only an OAuth token),
 * an unreadable identity token, an unsafe endpoint; saying what to set and how. Undefined when they are
 * usable, or when the name is not known yet (preview): it is checked again once known. Sends no request.
 */
export function settingsProblem(organization?: unknown, kind?: string): ConfigurationError | undefined {
  if (organization === UNKNOWN) return undefined;
  const nameProblem = organization === undefined || organization === null ? undefined : organizationNameProblem(organization);
  if (nameProblem) return new ConfigurationError(`organization ${nameProblem}.`, "organization");
  const name = namedOrganization(organization);
  const need = kindNeed(kind);
  const what = kind ?? "This resource";
  try {
    return credentialProblem(organizationConfig(name), need, what, name);
  } catch (err) {
    if (err instanceof MissingCredentialError) return missingCredentialProblem(err, need, what, name);
    if (err instanceof ConfigurationError) return err;
    throw err;
  }
}
