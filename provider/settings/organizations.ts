/**
 * Named organizations: `anthropic:organizations.<name>.*` in stack config, picked by the `organization`
 * argument of resources, functions and components. No `organization` (or `"default"`) means the
 * top-level `anthropic:*` settings, with their environment fallbacks, as before.
 *
 * A named organization's credentials (adminKey, authToken, federation) and endpoint come from its own
 * entry only: never from the top-level settings nor the environment, so a sandbox entry that lacks its
 * key can never send a request to production with production's key, or the other way round. Only `auditLog` (a local
 * file, not a credential) falls back to the top-level setting, so one deployment keeps one audit
 * trail; each record names the organization in its operation.
 */
import { ConfigurationError } from "../client/errors";
import { DEFAULT_BASE_URL, validateBaseUrl } from "../base/base-url";
import { ORGANIZATIONS_KEY, SETTINGS } from "../base/setting-names";
import { type AdminConfig, type ConfigGetter, credentialSet, resolveAdminConfig } from "./config";
import { configPlace, type FederationSetting, parseFederationSetting } from "../credentials/federation-setting";
import { MissingCredentialError } from "../credentials/missing-credential";

/** The input and argument of resources, functions and components that picks an organization by name. */
export const ORGANIZATION_INPUT = "organization";

/** The name that means the top-level settings, the same as no `organization` at all. */
export const DEFAULT_ORGANIZATION = "default";

/** What a named organization may set: each top-level setting (test/unit/organizations.config.test.ts keeps them in step). */
export const ORGANIZATION_SETTINGS = ["adminKey", "authToken", "federation", "baseUrl", "auditLog"] as const satisfies ReadonlyArray<keyof typeof SETTINGS>;
type OrganizationSetting = (typeof ORGANIZATION_SETTINGS)[number];

// A name is one segment of a `--path` (no dots or brackets) and reads well in messages.
const NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$/;

/** Why `value` cannot name an organization, or undefined when it can. Says nothing about configuration. */
export function organizationNameProblem(value: unknown): string | undefined {
  if (typeof value !== "string") return 'must be the name of an organization in stack config, like "sandbox"';
  if (!NAME.test(value)) {
    return "must be letters, digits, '-' and '_' (at most 63, starting with a letter or digit), the <name> of anthropic:organizations.<name>";
  }
  return undefined;
}

/** The organization a value names: undefined for the top-level settings (unset or `"default"`). */
export function namedOrganization(value: unknown): string | undefined {
  return value === undefined || value === null || value === DEFAULT_ORGANIZATION ? undefined : (value as string);
}

/** `pulumi config set` for one setting of a named organization, as a user pastes it. */
export function configSetCommand(organization: string, setting: OrganizationSetting, placeholder: string): string {
  const secret = setting === "adminKey" || setting === "authToken" ? "--secret " : "";
  return `\`pulumi config set ${secret}--path 'anthropic:organizations.${organization}.${setting}' ${placeholder}\``;
}

const settingName = (organization: string, setting: string) => `${ORGANIZATIONS_KEY}.${organization}.${setting}`;

/**
 * The settings of `organization` (undefined: the top-level ones). Throws {@link ConfigurationError}
 * naming the organization and the `pulumi config set` that fixes it; never a value.
 */
export function resolveOrganizationConfig(
  organization: string | undefined,
  get?: ConfigGetter,
  env: NodeJS.ProcessEnv = process.env,
): AdminConfig {
  const name = namedOrganization(organization);
  if (name === undefined) return resolveAdminConfig(get, env);
  const entry = organizationEntry(name, get);
  const credentials = credentialSet(entry.adminKey ?? "", entry.authToken, entry.federation);
  if (!credentials) {
    throw new MissingCredentialError(
      `Organization "${name}" has no admin key. Set it with ${configSetCommand(name, "adminKey", "<admin key>")}` +
        ` (or, for an OAuth credential instead, ${configSetCommand(name, "authToken", "<token>")} or ` +
        `\`pulumi config set --path '${settingName(name, "federation")}.ruleId' fdrl_...\` and its other fields;` +
        " named organizations take nothing from the top-level settings or the environment).",
      settingName(name, "adminKey"),
    );
  }
  let baseUrl = DEFAULT_BASE_URL;
  if (entry.baseUrl) {
    const source = settingName(name, "baseUrl");
    try {
      baseUrl = validateBaseUrl(entry.baseUrl, source);
    } catch (err) {
      if (!(err instanceof ConfigurationError)) throw err;
      const fix = configSetCommand(name, "baseUrl", "https://...");
      throw new ConfigurationError(`Organization "${name}": ${err.message} Fix it with ${fix}.`, source);
    }
  }
  return { ...credentials, baseUrl, auditLog: entry.auditLog ?? topLevelAuditLog(get, env) };
}

function topLevelAuditLog(get: ConfigGetter | undefined, env: NodeJS.ProcessEnv): string | undefined {
  const { configKey, envVar } = SETTINGS.auditLog;
  return get?.(configKey)?.trim() || env[envVar]?.trim() || undefined;
}

type Entry = Partial<Record<Exclude<OrganizationSetting, "federation">, string>> & { federation?: FederationSetting };

/** The entry of one named organization, checked; blank values count as unset. */
function organizationEntry(name: string, get: ConfigGetter | undefined): Entry {
  const all = parseOrganizations(get?.(ORGANIZATIONS_KEY));
  const configured = Object.keys(all);
  if (!Object.hasOwn(all, name)) {
    const known = configured.length > 0 ? `Configured: ${configured.map((n) => `"${n}"`).join(", ")}.` : "None is configured.";
    throw new ConfigurationError(
      `Organization "${name}" is not configured in this stack. ${known} Add it with ` +
        `${configSetCommand(name, "adminKey", "<admin key>")}, and ${configSetCommand(name, "baseUrl", "<url>")} ` +
        "unless it is https://api.anthropic.com.",
      settingName(name, "adminKey"),
    );
  }
  const entry = all[name];
  if (entry === null || typeof entry !== "object" || Array.isArray(entry)) {
    throw new ConfigurationError(
      `${ORGANIZATIONS_KEY}.${name} must be an object of settings; set them one by one with ${configSetCommand(name, "adminKey", "<admin key>")}.`,
      `${ORGANIZATIONS_KEY}.${name}`,
    );
  }
  const settings: Entry = {};
  for (const [key, value] of Object.entries(entry)) {
    if (!(ORGANIZATION_SETTINGS as readonly string[]).includes(key)) {
      throw new ConfigurationError(
        `Organization "${name}" has an unknown setting "${key}"; the settings are ${ORGANIZATION_SETTINGS.join(", ")}. ` +
          `Remove it with \`pulumi config rm --path '${settingName(name, key)}'\`.`,
        settingName(name, key),
      );
    }
    if (key === "federation") {
      // An object of fields (`config set --path '...federation.ruleId'`); absent or null is unset.
      if (value !== undefined && value !== null) settings.federation = parseFederationSetting(value, configPlace(settingName(name, key)));
      continue;
    }
    // Not the value in the message: it may be the key itself.
    if (typeof value !== "string") {
      throw new ConfigurationError(`${settingName(name, key)} must be a string; set it with ${configSetCommand(name, key as OrganizationSetting, "<value>")}.`, settingName(name, key));
    }
    if (value.trim()) settings[key as Exclude<OrganizationSetting, "federation">] = value.trim();
  }
  return settings;
}

/**
 * Every named organization. The engine and the language host hand the setting over as a JSON string
 * (decrypted; `config set --secret --path` makes the whole value a secret); an object is taken as is.
 */
export function parseOrganizations(raw: unknown): Record<string, unknown> {
  if (raw === undefined || raw === null || raw === "") return {};
  let value: unknown = raw;
  if (typeof raw === "string") {
    try {
      value = JSON.parse(raw);
    } catch {
      value = undefined;
    }
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new ConfigurationError(
      `${ORGANIZATIONS_KEY} must be an object of organizations. Remove it with \`pulumi config rm ${ORGANIZATIONS_KEY}\` ` +
        `and set each organization's settings with \`pulumi config set --secret --path '${ORGANIZATIONS_KEY}.<name>.adminKey' <admin key>\`.`,
      ORGANIZATIONS_KEY,
    );
  }
  return value as Record<string, unknown>;
}
