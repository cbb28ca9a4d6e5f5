/**
 * How to set each kind of credential, for the top-level settings or a named organization, as a user
 * pastes it: the text every "not configured" message, preview failure and error hint ends with.
 */
import { ORGANIZATIONS_KEY } from "../base/setting-names";
import type { CredentialKind } from "../client/credential";
import { plaintext } from "./federation-setting";

/** What people call each kind in messages. */
export const KIND_NAMES: Readonly<Record<CredentialKind, string>> = {
  adminKey: "admin key",
  authToken: "OAuth access token",
  federation: "workload identity federation",
};

/** The config name of a kind's setting: `anthropic:authToken`, `anthropic:organizations.ci.authToken`. */
export function settingName(kind: CredentialKind, organization?: string): string {
  return organization === undefined ? `anthropic:${kind}` : `${ORGANIZATIONS_KEY}.${organization}.${kind}`;
}

const pathSet = (name: string, field: string, value: string) => `\`pulumi config set ${plaintext(field)}--path '${name}.${field}' ${value}\``;

/** The commands (and environment variables, for the top-level settings) that set one kind. */
export function howToSet(kind: CredentialKind, organization?: string): string {
  const name = settingName(kind, organization);
  const top = organization === undefined;
  switch (kind) {
    case "adminKey":
      return top ? `\`pulumi config set --secret ${name} <admin key>\` or ANTHROPIC_ADMIN_KEY` : `\`pulumi config set --secret --path '${name}' <admin key>\``;
    case "authToken":
      return (top ? `\`pulumi config set --secret ${name} <token>\`` : `\`pulumi config set --secret --path '${name}' <token>\``) +
        " with a token from `ant auth login --scope org:admin`" + (top ? " (or ANTHROPIC_AUTH_TOKEN)" : "");
    case "federation":
      return `${pathSet(name, "ruleId", "fdrl_...")}, ${pathSet(name, "organizationId", "<organization id>")} and ` +
        `${pathSet(name, "tokenCommand", "'<command that prints a fresh token>'")} (or tokenSource github-actions in a GitHub Actions job, tokenFile, or tokenEnv), for a rule that grants org:admin` +
        (top ? " (or the SDK's ANTHROPIC_FEDERATION_RULE_ID, ANTHROPIC_ORGANIZATION_ID and ANTHROPIC_IDENTITY_TOKEN_FILE)" : "");
  }
}

/** The command that removes a kind's setting. */
export function howToRemove(kind: CredentialKind, organization?: string): string {
  const name = settingName(kind, organization);
  return organization === undefined ? `\`pulumi config rm ${name}\`` : `\`pulumi config rm --path '${name}'\``;
}
