/**
 * Wire schemas of service accounts and workload identity federation, snake_case as on the wire, following
 * the SDK's `resources/beta/organization/service-accounts/` and `federation/` types. Responses are loose
 * like ./schemas.ts (fields the server adds later pass through); request bodies are checked before sending.
 */
import { z } from "zod";

const timestamp = z.string();
const actor = z.string().nullable();

export const SERVICE_ACCOUNT_ROLES = ["admin", "developer"] as const;
/** `BetaNoBillingWorkspaceRole`: service accounts cannot hold `workspace_billing`. */
export const SERVICE_ACCOUNT_WORKSPACE_ROLES = [
  "workspace_admin", "workspace_developer", "workspace_restricted_developer", "workspace_user",
] as const;
/** What OAuth callers may put on a rule; anything else (e.g. `org:admin`) needs a Console session. */
export const OAUTH_MANAGEABLE_SCOPES = ["workspace:developer", "workspace:inference"] as const;

/** Who made, changed and archived an object, and when: the same six fields on accounts, issuers and rules. */
const lifecycle = {
  created_at: timestamp,
  created_by_actor_id: actor,
  updated_at: timestamp,
  updated_by_actor_id: actor,
  archived_at: timestamp.nullable(),
  archived_by_actor_id: actor,
};

export const ServiceAccountSchema = z.lazy(() => z.looseObject({
  id: z.string(),
  type: z.literal("service_account"),
  name: z.string(),
  description: z.string().nullable(),
  organization_role: z.string(),
  ...lifecycle,
}));

export const ServiceAccountMemberSchema = z.lazy(() => z.looseObject({
  type: z.literal("service_account_workspace_member"),
  service_account_id: z.string(),
  workspace_id: z.string(),
  workspace_role: z.string(),
  implicit: z.boolean().nullable(),
  created_by_actor_id: actor,
}));

export const ServiceAccountMemberDeletedSchema = z.lazy(() => z.looseObject({
  type: z.literal("service_account_workspace_member_deleted"),
  service_account_id: z.string(),
  workspace_id: z.string(),
}));

const caCert = z.string().nullish();
export const JwksSchema = z.lazy(() => z.discriminatedUnion("type", [
  z.looseObject({ type: z.literal("discovery"), discovery_base: z.string().nullish(), ca_cert_pem: caCert }),
  z.looseObject({ type: z.literal("explicit_url"), url: z.string(), ca_cert_pem: caCert }),
  z.looseObject({ type: z.literal("inline"), keys: z.array(z.record(z.string(), z.unknown())) }),
]));

export const FederationIssuerSchema = z.lazy(() => z.looseObject({
  id: z.string(),
  type: z.literal("federation_issuer"),
  name: z.string(),
  issuer_url: z.string(),
  jwks: JwksSchema,
  check_jti: z.boolean(),
  max_jwt_lifetime_seconds: z.number(),
  jwks_polling_disabled_at: timestamp.nullable(),
  poll_status: z.looseObject({
    consecutive_failures: z.number(),
    last_fetched_at: timestamp.nullable(),
    next_poll_at: timestamp.nullable(),
  }).nullable(),
  ...lifecycle,
}));

export const RuleMatchSchema = z.lazy(() => z.looseObject({
  audience: z.string().nullish(),
  claims: z.record(z.string(), z.string()).nullish(),
  condition: z.string().nullish(),
  subject_prefix: z.string().nullish(),
}));

export const ServiceAccountTargetSchema = z.lazy(() => z.looseObject({
  type: z.literal("service_account"),
  service_account_id: z.string(),
  service_account_name: z.string().nullish(),
}));

export const FederationRuleSchema = z.lazy(() => z.looseObject({
  id: z.string(),
  type: z.literal("federation_rule"),
  name: z.string(),
  description: z.string().nullable(),
  issuer_id: z.string(),
  issuer_name: z.string().nullable(),
  match: RuleMatchSchema,
  oauth_scope: z.string(),
  target: ServiceAccountTargetSchema,
  token_lifetime_seconds: z.number(),
  // The beta shape only (the non-beta FederationRule has neither): a legacy single workspace, and attributes.
  workspace_id: z.string().nullish(),
  workspace_ids: z.array(z.string()),
  applies_to_all_workspaces: z.boolean(),
  attributes: z.record(z.string(), z.string()).nullish(),
  ...lifecycle,
}));

export const FederationRuleWorkspaceSchema = z.lazy(() => z.looseObject({
  type: z.literal("federation_rule_workspace"),
  federation_rule_id: z.string(),
  workspace_id: z.string(),
  workspace_name: z.string().nullable(),
  created_at: timestamp,
  created_by_actor_id: actor,
}));

export const FederationRuleWorkspaceDeletedSchema = z.lazy(() => z.looseObject({
  type: z.literal("federation_rule_workspace_deleted"),
  federation_rule_id: z.string(),
  workspace_id: z.string(),
}));

/** RFC 6749 section 5.1, as `POST /v1/oauth/token` answers. */
export const TokenResponseSchema = z.lazy(() => z.looseObject({
  access_token: z.string().min(1),
  token_type: z.string().refine((t) => t.toLowerCase() === "bearer", "expected token_type Bearer"),
  expires_in: z.number().int().positive(),
  scope: z.string().optional(),
}));

/** RFC 6749 section 5.2. */
export const OAuthErrorBodySchema = z.lazy(() => z.looseObject({ error: z.string(), error_description: z.string().optional() }));

// Request bodies (the SDK's *Params, `betas` aside).

const slug = z.lazy(() => z.string().regex(/^[a-z0-9-]+$/, "expected a slug: lowercase letters, digits and hyphens"));

export const ServiceAccountCreateBody = z.lazy(() => z.looseObject({
  name: slug,
  description: z.string().nullish(),
  organization_role: z.enum(SERVICE_ACCOUNT_ROLES).optional(),
}));
export const ServiceAccountUpdateBody = z.lazy(() => z.looseObject({
  description: z.string().nullish(),
  organization_role: z.enum(SERVICE_ACCOUNT_ROLES).nullish(),
}));
export const ServiceAccountRole = z.lazy(() => z.enum(SERVICE_ACCOUNT_WORKSPACE_ROLES));

const jwtLifetime = z.lazy(() => z.number().int().min(1).max(176_400));
export const IssuerCreateBody = z.lazy(() => z.looseObject({
  issuer_url: z.string().min(1),
  name: slug,
  check_jti: z.boolean().nullish(),
  jwks: JwksSchema.optional(),
  max_jwt_lifetime_seconds: jwtLifetime.nullish(),
}));
export const IssuerUpdateBody = z.lazy(() => z.looseObject({
  issuer_url: z.string().min(1).nullish(),
  name: slug.nullish(),
  check_jti: z.boolean().nullish(),
  jwks: JwksSchema.nullish(),
  jwks_polling_disabled: z.literal(false).nullish(),
  max_jwt_lifetime_seconds: jwtLifetime.nullish(),
}));

const tokenLifetime = z.lazy(() => z.number().int().min(60).max(86_400));
const target = z.lazy(() => z.looseObject({ type: z.literal("service_account"), service_account_id: z.string().min(1) }));
export const RuleCreateBody = z.lazy(() => z.looseObject({
  issuer_id: z.string().min(1),
  match: RuleMatchSchema,
  name: slug,
  oauth_scope: z.string().min(1),
  target,
  applies_to_all_workspaces: z.boolean().optional(),
  attributes: z.record(z.string(), z.string()).nullish(),
  description: z.string().nullish(),
  token_lifetime_seconds: tokenLifetime.optional(),
  workspace_id: z.string().nullish(),
}));
export const RuleUpdateBody = z.lazy(() => z.looseObject({
  applies_to_all_workspaces: z.boolean().nullish(),
  attributes: z.record(z.string(), z.string()).nullish(),
  description: z.string().nullish(),
  match: RuleMatchSchema.nullish(),
  name: slug.nullish(),
  oauth_scope: z.string().min(1).nullish(),
  target: target.nullish(),
  token_lifetime_seconds: tokenLifetime.nullish(),
  workspace_id: z.string().nullish(),
}));

export type WireServiceAccount = z.infer<typeof ServiceAccountSchema>;
export type WireServiceAccountMember = z.infer<typeof ServiceAccountMemberSchema>;
export type WireServiceAccountMemberDeleted = z.infer<typeof ServiceAccountMemberDeletedSchema>;
export type WireJwks = z.infer<typeof JwksSchema>;
export type WireFederationIssuer = z.infer<typeof FederationIssuerSchema>;
export type WireRuleMatch = z.infer<typeof RuleMatchSchema>;
export type WireFederationRule = z.infer<typeof FederationRuleSchema>;
export type WireFederationRuleWorkspace = z.infer<typeof FederationRuleWorkspaceSchema>;
export type WireFederationRuleWorkspaceDeleted = z.infer<typeof FederationRuleWorkspaceDeletedSchema>;
export type ServiceAccountCreateBody = z.infer<typeof ServiceAccountCreateBody>;
export type ServiceAccountUpdateBody = z.infer<typeof ServiceAccountUpdateBody>;
export type ServiceAccountWorkspaceRole = z.infer<typeof ServiceAccountRole>;
export type IssuerCreateBody = z.infer<typeof IssuerCreateBody>;
export type IssuerUpdateBody = z.infer<typeof IssuerUpdateBody>;
export type RuleCreateBody = z.infer<typeof RuleCreateBody>;
export type RuleUpdateBody = z.infer<typeof RuleUpdateBody>;
