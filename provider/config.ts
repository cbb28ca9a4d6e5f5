/**
 * Where the provider's credentials and endpoint come from. Read at call time (the dynamic provider's
 * `configure()` or a function invocation), never taken as resource inputs and never captured in a
 * closure, because Pulumi stores provider closures in the state file.
 */
import { ConfigurationError } from "./client/errors";

export const DEFAULT_BASE_URL = "https://api.anthropic.com";

/** Reads one stack setting by its full name, e.g. `anthropic:adminKey`. */
export type ConfigGetter = (key: string) => string | undefined;

export interface AdminConfig {
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

/** Stack config first, then the environment, then defaults. Throws {@link ConfigurationError}. */
export function resolveAdminConfig(get?: ConfigGetter, env: NodeJS.ProcessEnv = process.env): AdminConfig {
  const key = lookup(SETTINGS.adminKey, get, env);
  if (!key) {
    throw new ConfigurationError(
      "No Anthropic Admin API key is configured. Set one with " +
        "`pulumi config set --secret anthropic:adminKey <admin key>` " +
        "or the ANTHROPIC_ADMIN_KEY environment variable.",
      SETTINGS.adminKey.configKey,
    );
  }
  const base = lookup(SETTINGS.baseUrl, get, env);
  const baseUrl = base ? validateBaseUrl(base.value, base.source) : DEFAULT_BASE_URL;
  return { adminKey: key.value, baseUrl, auditLog: lookup(SETTINGS.auditLog, get, env)?.value };
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
const MASK = "[REDACTED]";

/** Masks anything that looks like an Anthropic key, and each given secret, wherever it appears. */
export function redact(text: string, secrets: ReadonlyArray<string | undefined> = []): string {
  let out = text;
  for (const secret of secrets) {
    // Very short strings would mask ordinary words; real keys are long.
    if (secret && secret.length >= 8) out = out.split(secret).join(MASK);
  }
  return out.replace(KEY_PATTERN, MASK);
}
