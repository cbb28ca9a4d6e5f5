import { createAdminClientFromConfig, type AdminClient } from "../client";
import { ConfigurationError } from "../client/errors";
import { callerPrefix } from "../client/request";
import { resolveAdminConfig } from "../config";

/**
 * Where the dynamic provider finds its settings. `configure()` hands us the stack config; credentials
 * are resolved from it (then the environment) at call time and never stored in a resource or in the
 * provider closure that Pulumi writes to state.
 */
type ConfigGetter = (key: string) => string | undefined;

let stackConfig: ConfigGetter = () => undefined;

export function useStackConfig(getter: ConfigGetter): void {
  stackConfig = getter;
}

/**
 * A client for one resource operation. Cheap: connections live in the per-process pool. The prefix
 * names the resource in every error and audit record, e.g. `Workspace "Production": `.
 */
export function adminClient(resource?: string): AdminClient {
  return createAdminClientFromConfig((key) => stackConfig(key), resource ? { operationPrefix: callerPrefix(resource) } : {});
}

/**
 * Why no request could be made with the settings as they are (no admin key, an unsafe endpoint),
 * saying what to set and how; undefined when they are usable. Sends no request.
 */
export function settingsProblem(): ConfigurationError | undefined {
  try {
    resolveAdminConfig((key) => stackConfig(key));
    return undefined;
  } catch (err) {
    if (err instanceof ConfigurationError) return err;
    throw err;
  }
}
