/**
 * The names of the provider's stack settings and of their environment variables: what the settings read
 * (settings/config.ts, settings/organizations.ts) and what every message that says how to set one names
 * (credentials/commands.ts). A leaf, so that both can import it downward.
 */

export interface Setting {
  /** The full stack config name, e.g. `anthropic:adminKey`. */
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

/** The stack setting holding every named organization, as a JSON object (what `config set --path` writes). */
export const ORGANIZATIONS_KEY = "anthropic:organizations";
