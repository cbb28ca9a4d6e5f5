import { z } from "zod";

// Service accounts and workload identity federation objects, as @anthropic-ai/sdk 1.14 describes them
// (resources/beta/organization/service-accounts/, federation/). Fields the SDK says are computed "at read
// time" (a rule's `issuer_name`, its target's `service_account_name`, `workspace_ids`) are not stored:
// ./render.ts adds them each time an object is returned.

const timestamp = z.iso.datetime({ offset: true });
const actor = z.string().nullable();

export const SERVICE_ACCOUNT_ROLES = ["admin", "developer"] as const;
/** `BetaNoBillingWorkspaceRole`: service accounts cannot hold `workspace_billing`. */
export const SERVICE_ACCOUNT_WORKSPACE_ROLES = [
  "workspace_admin", "workspace_developer", "workspace_restricted_developer", "workspace_user",
] as const;

/** Who made, changed and archived an object, and when: the same six fields on accounts, issuers and rules. */
const lifecycle = {
  created_at: timestamp,
  created_by_actor_id: actor,
  updated_at: timestamp,
  updated_by_actor_id: actor,
  archived_at: timestamp.nullable(),
  archived_by_actor_id: actor,
};

export const serviceAccountSchema = z.strictObject({
  id: z.string(),
  type: z.literal("service_account"),
  name: z.string(),
  description: z.string().nullable(),
  organization_role: z.enum(SERVICE_ACCOUNT_ROLES),
  ...lifecycle,
});

export const serviceAccountMemberSchema = z.strictObject({
  type: z.literal("service_account_workspace_member"),
  service_account_id: z.string(),
  workspace_id: z.string(),
  workspace_role: z.enum(SERVICE_ACCOUNT_WORKSPACE_ROLES),
  implicit: z.boolean().nullable(),
  created_by_actor_id: actor,
});

const caCert = z.string().nullish();
export const jwksSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("discovery"), discovery_base: z.string().nullish(), ca_cert_pem: caCert }),
  z.strictObject({ type: z.literal("explicit_url"), url: z.string(), ca_cert_pem: caCert }),
  z.strictObject({ type: z.literal("inline"), keys: z.array(z.record(z.string(), z.unknown())) }),
]);

export const pollStatusSchema = z.strictObject({
  consecutive_failures: z.number().int().min(0),
  last_fetched_at: timestamp.nullable(),
  next_poll_at: timestamp.nullable(),
});

export const federationIssuerSchema = z.strictObject({
  id: z.string(),
  type: z.literal("federation_issuer"),
  name: z.string(),
  issuer_url: z.string(),
  jwks: jwksSchema,
  check_jti: z.boolean(),
  max_jwt_lifetime_seconds: z.number().int(),
  jwks_polling_disabled_at: timestamp.nullable(),
  poll_status: pollStatusSchema.nullable(),
  ...lifecycle,
});

export const ruleMatchSchema = z.strictObject({
  audience: z.string().nullish(),
  claims: z.record(z.string(), z.string()).nullish(),
  condition: z.string().nullish(),
  subject_prefix: z.string().nullish(),
});

/** Stored form of a rule: without `issuer_name`, `target.service_account_name` and `workspace_ids`. */
export const storedRuleSchema = z.strictObject({
  id: z.string(),
  type: z.literal("federation_rule"),
  name: z.string(),
  description: z.string().nullable(),
  issuer_id: z.string(),
  match: ruleMatchSchema,
  oauth_scope: z.string(),
  target: z.strictObject({ type: z.literal("service_account"), service_account_id: z.string() }),
  token_lifetime_seconds: z.number().int(),
  workspace_id: z.string().nullable(),
  applies_to_all_workspaces: z.boolean(),
  attributes: z.record(z.string(), z.string()).nullable(),
  ...lifecycle,
});

/** Stored form of an enablement: `workspace_name` is read from the workspace when listing. */
export const storedRuleWorkspaceSchema = z.strictObject({
  type: z.literal("federation_rule_workspace"),
  federation_rule_id: z.string(),
  workspace_id: z.string(),
  created_at: timestamp,
  created_by_actor_id: actor,
});

export type ServiceAccount = z.infer<typeof serviceAccountSchema>;
export type ServiceAccountMember = z.infer<typeof serviceAccountMemberSchema>;
export type Jwks = z.infer<typeof jwksSchema>;
export type FederationIssuer = z.infer<typeof federationIssuerSchema>;
export type RuleMatch = z.infer<typeof ruleMatchSchema>;
export type StoredRule = z.infer<typeof storedRuleSchema>;
export type StoredRuleWorkspace = z.infer<typeof storedRuleWorkspaceSchema>;
