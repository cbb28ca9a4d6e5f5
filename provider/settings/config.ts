/**
 * Where the provider's credentials and endpoint come from. Read at call time (the dynamic provider's
 * `configure()` or a function invocation), never taken as resource inputs and never captured in a
 * closure, because Pulumi stores provider closures in the state file.
 */
import { ConfigurationError } from "../client/errors";
import type { CredentialSet } from "../credentials/choice";
import { MissingCredentialError } from "../credentials/missing-credential";
import { configPlace, federationFromEnvironment, parseFederationSetting } from "../credentials/federation-setting";
import { DEFAULT_BASE_URL, validateBaseUrl } from "../base/base-url";
import { type Setting, SETTINGS } from "../base/setting-names";

/** Reads one stack setting by its full name, e.g. `anthropic:adminKey`. */
export type ConfigGetter = (key: string) => string | undefined;

/**
 * The settings of one organization. Credentials (CredentialSet): an admin key ("" when none), an OAuth
 * access token, and workload identity federation; each request uses the one its endpoint takes
 * (credentials/choice.ts). The OAuth ones are set only when configured.
 */
export interface AdminConfig extends CredentialSet {
  adminKey: string;
  /** Origin plus optional path prefix, without a trailing slash. */
  baseUrl: string;
  /** File that receives one JSON audit line per HTTP call, when set. */
  auditLog: string | undefined;
}


/**
 * Adapts `new pulumi.Config("anthropic")` (which takes short names like `adminKey`) to a
 * {@link ConfigGetter}. The dynamic provider's `req.config.get` already takes full names.
 */
export function fromNamespacedConfig(config: { name: string; get(key: string): string | undefined }): ConfigGetter {
  return (key) => {
    const [namespace, name] = key.split(":");
    return namespace === config.name && name ? config.get(name) : undefined;
  };
}

function lookup(
  setting: Setting,
  get: ConfigGetter | undefined,
  env: NodeJS.ProcessEnv,
): { value: string; source: string } | undefined {
  const fromConfig = get?.(setting.configKey)?.trim();
  if (fromConfig) return { value: fromConfig, source: setting.configKey };
  const fromEnv = env[setting.envVar]?.trim();
  if (fromEnv) return { value: fromEnv, source: setting.envVar };
  return undefined;
}

/**
 * Stack config first, then the environment, then defaults. Throws {@link ConfigurationError}.
 *
 * Credentials come from one place: the stack config when it sets any of adminKey, authToken and
 * federation, else the environment. So a key in the shell (perhaps another organization's) never joins
 * the credentials a stack configures for itself. The endpoint and audit log fall back per setting.
 */
export function resolveAdminConfig(get?: ConfigGetter, env: NodeJS.ProcessEnv = process.env): AdminConfig {
  const credentials = configuredCredentials(get) ?? environmentCredentials(env);
  if (!credentials) {
    // The admin key is what most stacks want; a kind that needs an OAuth token says so instead (credentials/problems.ts).
    throw new MissingCredentialError(
      "No Anthropic Admin API key is configured. Set one with " +
        "`pulumi config set --secret anthropic:adminKey <admin key>` " +
        "or the ANTHROPIC_ADMIN_KEY environment variable.",
      SETTINGS.adminKey.configKey,
    );
  }
  const base = lookup(SETTINGS.baseUrl, get, env);
  const baseUrl = base ? validateBaseUrl(base.value, base.source) : DEFAULT_BASE_URL;
  return { ...credentials, baseUrl, auditLog: lookup(SETTINGS.auditLog, get, env)?.value };
}

/** The credentials the stack config sets, or undefined when it sets none. */
function configuredCredentials(get: ConfigGetter | undefined): CredentialSet | undefined {
  const adminKey = get?.(SETTINGS.adminKey.configKey)?.trim() ?? "";
  const authToken = get?.(SETTINGS.authToken.configKey)?.trim() || undefined;
  const federationRaw = get?.(SETTINGS.federation.configKey);
  const federation = federationRaw?.trim() ? parseFederationSetting(federationRaw, configPlace(SETTINGS.federation.configKey)) : undefined;
  return credentialSet(adminKey, authToken, federation);
}

function environmentCredentials(env: NodeJS.ProcessEnv): CredentialSet | undefined {
  const adminKey = env[SETTINGS.adminKey.envVar]?.trim() ?? "";
  const authToken = env[SETTINGS.authToken.envVar]?.trim() || undefined;
  return credentialSet(adminKey, authToken, federationFromEnvironment(env));
}

/** Only the kinds that are set, so a set with an admin key alone is `{ adminKey }`. */
export function credentialSet(adminKey: string, authToken: string | undefined, federation: CredentialSet["federation"]): CredentialSet | undefined {
  if (!adminKey && !authToken && !federation) return undefined;
  return { adminKey, ...(authToken ? { authToken } : {}), ...(federation ? { federation } : {}) };
}
