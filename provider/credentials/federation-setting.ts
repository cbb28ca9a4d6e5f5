/**
 * The `federation` setting (`anthropic:federation`, or `anthropic:organizations.<name>.federation`): which
 * federation rule to exchange the workload's identity token against, and where that token is read from.
 * Written field by field with `pulumi config set --path 'anthropic:federation.ruleId' fdrl_...`, so the
 * engine hands it over as one JSON string. The environment equivalent is the official SDK's own set of
 * variables (ANTHROPIC_FEDERATION_RULE_ID, ...), so one CI configuration serves both.
 *
 * Checked by hand rather than with zod: this module is reached from config.ts, which a program loads on
 * import, and zod must wait until a request is made (test/unit/lazy-load.test.ts).
 */
import { ConfigurationError } from "../client/errors";

export interface FederationSetting {
  /** `fdrl_...`: the rule the identity token is exchanged against. */
  ruleId: string;
  /** The organization's id (Console > Settings > Organization). */
  organizationId: string;
  /** `svac_...`; the rule's target when omitted. */
  serviceAccountId?: string;
  /** `wrkspc_...` or `default`; needed when the rule is enabled for several workspaces. */
  workspaceId?: string;
  /** A file the CI system or platform writes the OIDC token to; read again on every exchange. */
  tokenFile?: string;
  /** The name of an environment variable holding the OIDC token; read again on every exchange. */
  tokenEnv?: string;
  /**
   * A command line, run by the system shell for every exchange, whose stdout is a fresh OIDC token
   * (token-command.ts): for issuers that accept each token once, as every Pulumi process exchanges its own.
   */
  tokenCommand?: string;
  /** `github-actions`: a fresh token from the job's own token service for every exchange (github-actions-token.ts). */
  tokenSource?: "github-actions";
  /** The `aud` to request with `tokenSource`; https://api.anthropic.com unless the rule matches another. */
  tokenAudience?: string;
}

type Field = keyof FederationSetting;

export const FEDERATION_FIELDS: ReadonlyArray<Field> = [
  "ruleId", "organizationId", "serviceAccountId", "workspaceId", "tokenFile", "tokenEnv", "tokenCommand", "tokenSource", "tokenAudience",
];

/** The fields that say where the identity token comes from: exactly one is set. */
export const TOKEN_SOURCES = ["tokenFile", "tokenEnv", "tokenCommand", "tokenSource"] as const satisfies ReadonlyArray<Field>;

/** The fields the SDK's variables have no equivalent for: stack config only (a command is never taken from the environment). */
type ConfigOnlyField = "tokenCommand" | "tokenSource" | "tokenAudience";
const configOnly = (field: Field): field is ConfigOnlyField => field === "tokenCommand" || field === "tokenSource" || field === "tokenAudience";

/** The SDK's variables, field by field; `tokenEnv` stands for ANTHROPIC_IDENTITY_TOKEN holding the token itself. */
export const FEDERATION_ENV: Readonly<Record<Exclude<Field, ConfigOnlyField>, string>> = {
  ruleId: "ANTHROPIC_FEDERATION_RULE_ID",
  organizationId: "ANTHROPIC_ORGANIZATION_ID",
  serviceAccountId: "ANTHROPIC_SERVICE_ACCOUNT_ID",
  workspaceId: "ANTHROPIC_WORKSPACE_ID",
  tokenFile: "ANTHROPIC_IDENTITY_TOKEN_FILE",
  tokenEnv: "ANTHROPIC_IDENTITY_TOKEN",
};

/** What each field must look like; none of them is a secret, so a bad value may be named (not shown). */
const RULES: Readonly<Record<Field, { test: (value: string) => boolean; expected: string }>> = {
  ruleId: { test: (v) => /^fdrl_[A-Za-z0-9_-]+$/.test(v), expected: "a federation rule id, fdrl_..." },
  organizationId: { test: (v) => /^[A-Za-z0-9_-]{1,100}$/.test(v), expected: "the organization's id (Console > Settings > Organization)" },
  serviceAccountId: { test: (v) => /^svac_[A-Za-z0-9_-]+$/.test(v), expected: "a service account id, svac_..." },
  workspaceId: { test: (v) => v === "default" || /^wrkspc_[A-Za-z0-9_-]+$/.test(v), expected: 'a workspace id, wrkspc_..., or "default"' },
  tokenFile: { test: (v) => v.length > 0, expected: "the path of the file holding the identity token" },
  tokenEnv: { test: (v) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(v), expected: "the name of an environment variable" },
  // The command is recorded in stack config and state in clear: a token pasted into it would defeat federation.
  tokenCommand: {
    test: (v) => v.length <= 4096 && !/eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.|sk-ant-/.test(v),
    expected: "a command line that prints a fresh identity token, holding no token itself (read secrets from the CI job's " +
      "environment in the command, e.g. $ACTIONS_ID_TOKEN_REQUEST_TOKEN)",
  },
  tokenSource: { test: (v) => v === "github-actions", expected: '"github-actions" (the one built-in token service; use tokenCommand for any other)' },
  tokenAudience: { test: (v) => /^\S{1,512}$/.test(v), expected: "the audience to request, e.g. https://api.anthropic.com" },
};

/** Where a setting lives, for messages: its config name and the command that sets a field, or the environment. */
export interface SettingPlace {
  /** e.g. `anthropic:federation`, `anthropic:organizations.ci.federation`, or `the environment`. */
  name: string;
  /** How to set one field, e.g. "`pulumi config set --path 'anthropic:federation.ruleId' <value>`". */
  setField(field: Field, placeholder: string): string;
}

export function configPlace(name: string): SettingPlace {
  return { name, setField: (field, placeholder) => `\`pulumi config set ${plaintext(field)}--path '${name}.${field}' ${placeholder}\`` };
}

/**
 * The CLI takes a high-entropy value under a key named like "token" (a path in a temporary directory,
 * say) for a secret and refuses it without --secret or --plaintext; these two hold no secret.
 */
export function plaintext(field: string): string {
  return (TOKEN_SOURCES as readonly string[]).includes(field) ? "--plaintext " : "";
}

export const ENVIRONMENT_PLACE: SettingPlace = {
  name: "the environment",
  setField: (field, placeholder) => configOnly(field)
    ? `stack config only: \`pulumi config set ${plaintext(field)}--path 'anthropic:federation.${field}' ${placeholder}\``
    : `the ${FEDERATION_ENV[field]} environment variable`,
};

const PLACEHOLDER: Readonly<Record<Field, string>> = {
  ruleId: "fdrl_...", organizationId: "<organization id>", serviceAccountId: "svac_...", workspaceId: "wrkspc_...",
  tokenFile: "/path/to/oidc-token", tokenEnv: "<VARIABLE_NAME>", tokenCommand: "'<command that prints a fresh token>'",
  tokenSource: "github-actions", tokenAudience: "https://api.anthropic.com",
};

/**
 * The setting as the engine hands it over (a JSON string, or an object from a host that passes structured
 * config), checked. Blank fields count as unset. Throws {@link ConfigurationError} naming the field and the
 * command that fixes it, never a value.
 */
export function parseFederationSetting(raw: unknown, place: SettingPlace): FederationSetting {
  let value = raw;
  if (typeof raw === "string") {
    try {
      value = JSON.parse(raw);
    } catch {
      value = undefined;
    }
  }
  const settingName = (field: Field) => (place !== ENVIRONMENT_PLACE ? `${place.name}.${field}`
    : configOnly(field) ? `anthropic:federation.${field}` : FEDERATION_ENV[field]);
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new ConfigurationError(
      `${place.name} must be an object of fields (ruleId, organizationId, tokenCommand, tokenFile or tokenEnv, ...); ` +
        `set them one by one, starting with ${place.setField("ruleId", PLACEHOLDER.ruleId)}.`,
      place.name,
    );
  }
  const setting: Partial<Record<Field, string>> = {};
  for (const [key, given] of Object.entries(value)) {
    if (!(FEDERATION_FIELDS as readonly string[]).includes(key)) {
      throw new ConfigurationError(
        `${place.name} has an unknown field "${key}"; the fields are ${FEDERATION_FIELDS.join(", ")}. ` +
          `Remove it with \`pulumi config rm --path '${place.name}.${key}'\`.`,
        `${place.name}.${key}`,
      );
    }
    const field = key as Field;
    if (given === undefined || given === null) continue;
    if (typeof given !== "string") {
      throw new ConfigurationError(`${settingName(field)} must be a string; set it with ${place.setField(field, PLACEHOLDER[field])}.`, settingName(field));
    }
    if (given.trim()) setting[field] = given.trim();
  }
  for (const field of ["ruleId", "organizationId"] as const) {
    if (!setting[field]) {
      throw new ConfigurationError(
        `${settingName(field)} is not set: workload identity federation needs the rule and the organization. ` +
          `Set it with ${place.setField(field, PLACEHOLDER[field])}.`,
        settingName(field),
      );
    }
  }
  for (const field of FEDERATION_FIELDS) {
    const given = setting[field];
    if (given !== undefined && !RULES[field].test(given)) {
      throw new ConfigurationError(`${settingName(field)} must be ${RULES[field].expected}; set it with ${place.setField(field, PLACEHOLDER[field])}.`, settingName(field));
    }
  }
  const sources = TOKEN_SOURCES.filter((field) => setting[field] !== undefined);
  if (sources.length !== 1) {
    const given = sources.length === 0 ? "none is set" : `${sources.join(" and ")} are set; keep one`;
    throw new ConfigurationError(
      `${place.name} needs exactly one source for the identity token (${given}): tokenCommand, a command that prints a ` +
        `fresh token for each exchange (${place.setField("tokenCommand", PLACEHOLDER.tokenCommand)}), needed when the ` +
        `issuer accepts each token once (checkJti); tokenFile, the file your CI system or platform writes the OIDC token to ` +
        `(${place.setField("tokenFile", PLACEHOLDER.tokenFile)}); tokenEnv, the environment variable that holds it ` +
        `(${place.setField("tokenEnv", PLACEHOLDER.tokenEnv)}); or, in a GitHub Actions job, tokenSource "github-actions" ` +
        `(${place.setField("tokenSource", PLACEHOLDER.tokenSource)}), a fresh token from the job's token service for each exchange.`,
      settingName(sources[1] ?? (place === ENVIRONMENT_PLACE ? "tokenFile" : "tokenCommand")),
    );
  }
  if (setting.tokenAudience !== undefined && setting.tokenSource === undefined) {
    throw new ConfigurationError(
      `${settingName("tokenAudience")} applies only to tokenSource "github-actions", which is not set; remove it with ` +
        `\`pulumi config rm --path '${place.name}.tokenAudience'\` (a tokenCommand asks for its audience itself).`,
      settingName("tokenAudience"),
    );
  }
  return setting as FederationSetting;
}

/**
 * Federation from the SDK's variables, when ANTHROPIC_FEDERATION_RULE_ID is set (as the SDK decides). The
 * token file wins over the token itself, as in the SDK.
 */
export function federationFromEnvironment(env: NodeJS.ProcessEnv): FederationSetting | undefined {
  if (!env[FEDERATION_ENV.ruleId]?.trim()) return undefined;
  const read = (field: keyof typeof FEDERATION_ENV) => env[FEDERATION_ENV[field]]?.trim() || undefined;
  const tokenFile = read("tokenFile");
  return parseFederationSetting({
    ruleId: read("ruleId"), organizationId: read("organizationId"), serviceAccountId: read("serviceAccountId"),
    workspaceId: read("workspaceId"), tokenFile, tokenEnv: !tokenFile && read("tokenEnv") ? FEDERATION_ENV.tokenEnv : undefined,
  }, ENVIRONMENT_PLACE);
}
