/** `getFederationIssuers` and `getFederationRules`: workload identity federation as data. */
import { z } from "zod";
import { declareFunction, field, named } from "../declare";
import { flagArgument } from "../flag-argument";
import { organizationArgument } from "../organization-argument";

const includeArchived = flagArgument();

const jwks = named(
  z.discriminatedUnion("type", [
    z.object({ type: z.literal("discovery"), discoveryBase: z.string().optional(), caCertPem: z.string().optional() }),
    z.object({ type: z.literal("explicit_url"), url: z.string(), caCertPem: z.string().optional() }),
    z.object({ type: z.literal("inline"), keys: z.array(z.record(z.string(), z.unknown())) }),
  ]),
  "FederationJwksInfo",
  "Where the API gets an issuer's signing keys, camelCased from the wire.",
);

const issuer = named(
  z.object({
    id: field(z.string(), "`fdis_...`"),
    name: field(z.string(), "The issuer's name."),
    issuerUrl: field(z.string(), "The `iss` of the tokens it signs."),
    jwks: field(jwks, "Where its signing keys come from."),
    checkJti: field(z.boolean(), "Whether a token's `jti` may be used only once."),
    maxJwtLifetimeSeconds: field(z.number(), "The longest token lifetime accepted."),
    jwksPollingDisabledAt: field(z.string().nullable(), "When Anthropic paused polling the issuer's keys after repeated failures; null while it polls."),
    consecutivePollFailures: field(z.number(), "Consecutive failed key fetches; 0 when unknown (inline keys are never fetched)."),
    createdAt: field(z.string(), "When it was created (RFC 3339)."),
    archivedAt: field(z.string().nullable(), "Null while the issuer is live."),
  }),
  "FederationIssuerInfo",
  "A trusted issuer of identity tokens.",
);

const rule = named(
  z.object({
    id: field(z.string(), "`fdrl_...`: what a workload's federation set-up names."),
    name: field(z.string(), "The rule's name."),
    description: field(z.string(), "An empty string when the rule has none."),
    issuerId: field(z.string(), "`fdis_...`"),
    issuerName: field(z.string(), "The issuer's name at read time; empty when unknown."),
    match: field(
      z.object({ audience: z.string().optional(), subjectPrefix: z.string().optional(), claims: z.record(z.string(), z.string()).optional(), condition: z.string().optional() }),
      "Which tokens the rule accepts.",
    ),
    oauthScope: field(z.string(), "Space-separated scopes of the minted tokens."),
    serviceAccountId: field(z.string(), "`svac_...`: the account the minted tokens act as."),
    serviceAccountName: field(z.string(), "The target's name at read time; empty when unknown."),
    workspaceIds: field(z.array(z.string()), "The workspaces the rule mints into (the legacy single binding of an older rule included)."),
    appliesToAllWorkspaces: field(z.boolean(), "Whether it mints into every workspace."),
    tokenLifetimeSeconds: field(z.number(), "The minted tokens' lifetime."),
    createdAt: field(z.string(), "When it was created (RFC 3339)."),
    archivedAt: field(z.string().nullable(), "Null while the rule is live."),
  }),
  "FederationRuleInfo",
  "A rule that exchanges an issuer's tokens for OAuth tokens of a service account.",
);

export const getFederationIssuers = declareFunction({
  name: "getFederationIssuers",
  description: "Every federation issuer, following all pages (OAuth token only, like every federation endpoint).",
  args: z.strictObject({ includeArchived: field(includeArchived, "Also list archived issuers. Default false."), organization: organizationArgument }),
  result: z.object({ issuers: field(z.array(issuer), "The issuers.") }),
});

export const getFederationRules = declareFunction({
  name: "getFederationRules",
  description: "Every federation rule (or those of one issuer), following all pages (OAuth token only).",
  args: z.strictObject({
    issuerId: field(
      z.string({ error: 'must be an issuer id like "fdis_..."' }).regex(/^fdis_[A-Za-z0-9_-]+$/, { error: 'must be an issuer id starting with "fdis_"' }).optional(),
      "Only the rules of this issuer (`fdis_...`).",
    ),
    includeArchived: field(includeArchived, "Also list archived rules. Default false."),
    organization: organizationArgument,
  }),
  result: z.object({ rules: field(z.array(rule), "The rules.") }),
});
