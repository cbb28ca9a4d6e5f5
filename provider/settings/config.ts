/**
 * Where the provider's credentials and endpoint come from. Read at call time (the dynamic provider's
 * `configure()` or a function invocation), never taken as resource inputs and never captured in a
 * closure, because Pulumi stores provider closures in the state file.
 */
import { ConfigurationError } from "../client/errors";
import type { CredentialSet } from "../credentials/choice";
import { MissingCredentialError } from "../credentials/missing-credential";
import { configPlace, federationFromEnvironment, parseFederationSetting } from "../credentials/federation-setting";

export const DEFAULT_BASE_URL = "https://api.anthropic.com";

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

interface Setting {
  configKey: string;
  envVar: string;
}

export const SETTINGS = {
  adminKey: { configKey: "anthropic:adminKey", envVar: "ANTHROPIC_ADMIN_KEY" },
  authToken: { configKey: "anthropic:authToken", envVar: "ANTHROPIC_AUTH_TOKEN" },
  // An object; its environment equivalent is the SDK's set of variables (credentials/federation-setting.ts).
  federation: { configKey: "anthropic:federation", envVar: "ANTHROPIC_FEDERATION_RULE_ID" },
  baseUrl: { configKey: "anthropic:baseUrl", envVar: "ANTHROPIC_BASE_URL" },
  auditLog: { configKey: "anthropic:auditLog", envVar: "ANTHROPIC_ADMIN_AUDIT_LOG" },
} as const satisfies Record<string, Setting>;

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


export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, "");
  if (host === "localhost" || host === "::1") return true;
  const octets = host.split(".");
  return octets.length === 4 && octets[0] === "127" && octets.every((o) => /^\d{1,3}$/.test(o) && Number(o) <= 255);
}

/**
 * The admin key travels in a header on every request, so plain HTTP is allowed only where nobody
 * else can listen: loopback, which is where the emulator runs.
 */
export function validateBaseUrl(raw: string, source: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    // A key pasted into the wrong setting must not be echoed back.
    throw new ConfigurationError(`${source} is not a valid URL: ${JSON.stringify(redact(raw))}.`, source);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new ConfigurationError(`${source} must be an https:// URL, got ${url.protocol}//.`, source);
  }
  if (url.protocol === "http:" && !isLoopbackHost(url.hostname)) {
    throw new ConfigurationError(
      `${source} uses plain http:// to ${url.hostname}, which would send the admin key unencrypted. ` +
        "Use https://, or http:// only to a loopback address (127.0.0.1, localhost, [::1]).",
      source,
    );
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new ConfigurationError(`${source} must not carry credentials, a query or a fragment.`, source);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

// Anthropic keys are `sk-ant-<kind><nn>-<base64url>`; masking the whole token keeps even its kind private.
const KEY_PATTERN = /sk-ant-[A-Za-z0-9_-]+/g;
// A signed JWT (`eyJ<header>.<payload>.<signature>`): workload identity tokens, which a server may echo.
const JWT_PATTERN = /eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/g;
// Whatever follows `Bearer` in a header a proxy echoes: an OAuth access token of any shape.
const BEARER_PATTERN = /(Bearer\s+)[A-Za-z0-9._~+/-]+=*/gi;
// A webhook signing secret (`whsec_<base64>`), which a response may carry.
const SIGNING_SECRET_PATTERN = /whsec_[A-Za-z0-9+/=_-]+/g;
const MASK = "[REDACTED]";

/**
 * Masks anything that looks like an Anthropic key (admin keys, OAuth access tokens `sk-ant-oat...`), a
 * signed JWT (identity tokens) or a Bearer credential, and each given secret (pass every credential held:
 * admin key, OAuth token, federated access token), wherever it appears.
 */
export function redact(text: string, secrets: ReadonlyArray<string | undefined> = []): string {
  let out = text;
  for (const secret of secrets) {
    // Very short strings would mask ordinary words; real keys are long.
    if (secret && secret.length >= 8) out = out.split(secret).join(MASK);
  }
  return out.replace(KEY_PATTERN, MASK).replace(JWT_PATTERN, MASK).replace(BEARER_PATTERN, `$1${MASK}`).replace(SIGNING_SECRET_PATTERN, MASK);
}
