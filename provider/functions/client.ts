/**
 * Credentials for the data functions. They run in the program's own process (not in the dynamic
 * provider), so they read the stack config the language host gave the program, then the environment.
 */
import * as pulumi from "@pulumi/pulumi";
import { createAdminClientFromConfig, type AdminClient } from "../client";
import { ConfigurationError } from "../client/errors";
import { callerPrefix } from "../client/request";
import type { ConfigGetter } from "../config";

/**
 * `pulumi.runtime.getConfig` returns a setting's plaintext, secrets included (the language host hands
 * the program decrypted config). Unlike `new pulumi.Config().get` it neither warns about secrets nor
 * wraps the value in a secret Output, and unlike `getSecret` it does not make every result that
 * touches the client secret. Outside a Pulumi program it finds no config and the environment decides.
 */
const stackConfig: ConfigGetter = (key) => pulumi.runtime.getConfig(key);

/**
 * A client whose errors and audit records name the data function once: `getUsers: listUsers failed: ...`,
 * and `getOrganization failed: ...` where the function is the endpoint call of the same name.
 */
export function functionClient(fn: string): AdminClient {
  try {
    return createAdminClientFromConfig(stackConfig, { operationPrefix: callerPrefix(fn) });
  } catch (err) {
    if (err instanceof ConfigurationError) throw new ConfigurationError(`${callerPrefix(fn)}${err.message}`, err.setting);
    throw err;
  }
}
