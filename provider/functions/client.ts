/**
 * Credentials for the data functions. They run in the program's own process (not in the dynamic
 * provider), so they read the stack config the language host gave the program: the top-level
 * settings (then the environment), or those of the named organization an `organization` argument picks.
 */
import * as pulumi from "@pulumi/pulumi";
import type { AdminClient } from "../client";
import { ConfigurationError } from "../client/errors";
import { callerPrefix } from "../client/request";
import { organizationClient } from "../settings/admin-client";
import type { ConfigGetter } from "../settings/config";
import { namedOrganization } from "../settings/organizations";

/**
 * `pulumi.runtime.getConfig` returns a setting's plaintext, secrets included (the language host hands
 * the program decrypted config; `anthropic:organizations` as one JSON string). Unlike
 * `new pulumi.Config().get` it neither warns about secrets nor wraps the value in a secret Output, and
 * unlike `getSecret` it does not make every result that touches the client secret. Outside a Pulumi
 * program it finds no config and the environment decides (for the top-level organization only).
 */
const stackConfig: ConfigGetter = (key) => pulumi.runtime.getConfig(key);

/**
 * A client whose errors and audit records name the data function once: `getUsers: listUsers failed: ...`,
 * and `getOrganization failed: ...` where the function is the endpoint call of the same name; with a
 * named organization, `getUsers in organization "sandbox": listUsers failed: ...`.
 */
export function functionClient(fn: string, organization?: string): AdminClient {
  const named = namedOrganization(organization);
  const caller = named === undefined ? fn : `${fn} in organization "${named}"`;
  try {
    return organizationClient(named, stackConfig, caller);
  } catch (err) {
    if (err instanceof ConfigurationError) throw new ConfigurationError(`${callerPrefix(caller)}${err.message}`, err.setting);
    throw err;
  }
}
