import { createAdminClientFromConfig, type AdminClient } from "../client";
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
  return createAdminClientFromConfig((key) => stackConfig(key), resource ? { operationPrefix: `${resource}: ` } : {});
}

/** Fails (with what to set, and how) when no usable credentials or endpoint are configured. No request. */
export function requireSettings(): void {
  resolveAdminConfig((key) => stackConfig(key));
}
