import { z } from "zod";

// The wire objects the emulator stores and returns, as @anthropic-ai/sdk's beta organization types
// describe them. Types are inferred from these schemas; `patch()` from the control surface re-checks an
// edited object against them so an out-of-band edit can never produce a shape the real API would not.

const timestamp = z.iso.datetime({ offset: true });

export const ORGANIZATION_ROLES = [
  "admin", "billing", "claude_code_user", "developer", "managed",
  "membership_admin", "owner", "primary_owner", "user",
] as const;
export const WORKSPACE_ROLES = [
  "workspace_admin", "workspace_billing", "workspace_developer", "workspace_restricted_developer", "workspace_user",
] as const;
export const API_KEY_STATUSES = ["active", "archived", "expired", "inactive"] as const;
export const INVITE_STATUSES = ["accepted", "deleted", "expired", "pending"] as const;
export const INFERENCE_GEOS = ["global", "us"] as const;

export const organizationSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  type: z.literal("organization"),
});

export const userSchema = z.strictObject({
  id: z.string(),
  type: z.literal("user"),
  email: z.string(),
  name: z.string(),
  role: z.enum(ORGANIZATION_ROLES),
  added_at: timestamp,
});

export const inviteSchema = z.strictObject({
  id: z.string(),
  type: z.literal("invite"),
  email: z.string(),
  role: z.enum(ORGANIZATION_ROLES),
  status: z.enum(INVITE_STATUSES),
  invited_at: timestamp,
  expires_at: timestamp,
  accepted_at: timestamp.nullable(),
  rbac_group_ids: z.array(z.string()),
});

export const dataResidencySchema = z.strictObject({
  workspace_geo: z.literal("us"),
  allowed_inference_geos: z.union([z.array(z.enum(INFERENCE_GEOS)), z.literal("unrestricted")]),
  default_inference_geo: z.enum(INFERENCE_GEOS),
});

export const workspaceSchema = z.strictObject({
  id: z.string(),
  type: z.literal("workspace"),
  name: z.string(),
  display_color: z.string(),
  created_at: timestamp,
  archived_at: timestamp.nullable(),
  compartment_id: z.string(),
  data_residency: dataResidencySchema,
  external_key_id: z.string().nullable(),
  tags: z.record(z.string(), z.string()),
  user_profile_id: z.string().nullable(),
});

export const workspaceMemberSchema = z.strictObject({
  type: z.literal("workspace_member"),
  user_id: z.string(),
  workspace_id: z.string(),
  workspace_role: z.enum(WORKSPACE_ROLES),
});

export const apiKeySchema = z.strictObject({
  id: z.string(),
  type: z.literal("api_key"),
  name: z.string(),
  status: z.enum(API_KEY_STATUSES),
  created_at: timestamp,
  expires_at: timestamp.nullable(),
  created_by: z.strictObject({ id: z.string(), type: z.enum(["service_account", "user"]) }).nullable(),
  partial_key_hint: z.string().nullable(),
  principal: z.null(),
  scope: z.strictObject({ type: z.literal("workspace"), workspace_id: z.string() }),
});

export const spendLimitScopeSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("organization") }),
  z.strictObject({ type: z.literal("workspace"), workspace_id: z.string() }),
  z.strictObject({ type: z.literal("usage_tier") }),
  // A Claude Enterprise organization's per-member override.
  z.strictObject({ type: z.literal("user"), user_id: z.string() }),
]);

export const spendLimitSchema = z.strictObject({
  id: z.string(),
  type: z.literal("spend_limit"),
  amount: z.string().regex(/^\d+$/).nullable(),
  currency: z.string(),
  is_enabled: z.boolean(),
  period: z.enum(["daily", "monthly", "weekly"]),
  scope: spendLimitScopeSchema,
  created_at: timestamp,
  updated_at: timestamp,
});

export type Organization = z.infer<typeof organizationSchema>;
export type User = z.infer<typeof userSchema>;
export type Invite = z.infer<typeof inviteSchema>;
export type Workspace = z.infer<typeof workspaceSchema>;
export type DataResidency = z.infer<typeof dataResidencySchema>;
export type WorkspaceMember = z.infer<typeof workspaceMemberSchema>;
export type ApiKey = z.infer<typeof apiKeySchema>;
export type SpendLimit = z.infer<typeof spendLimitSchema>;
export type OrganizationRole = (typeof ORGANIZATION_ROLES)[number];
export type WorkspaceRole = (typeof WORKSPACE_ROLES)[number];

/** The API key object plus its secret: the response of the key-creation extension, and only of it. */
export type CreatedApiKey = ApiKey & { key: string };
