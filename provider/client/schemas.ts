/**
 * The Admin API wire contract as zod schemas, snake_case as on the wire. Shapes follow the official
 * SDK's `resources/beta/organization` types. Objects are loose: fields the server adds later pass
 * through untouched; a missing required field fails parsing with its path. Enumerations the API
 * documents as growing (roles, statuses) are open strings typed with their known values, so a new
 * value on the server does not break `pulumi refresh`.
 */
import { z } from "zod";

/** A string that is usually one of `known`; other strings are accepted and kept. */
function openEnum<const T extends readonly string[]>(_known: T): z.ZodType<T[number] | (string & {})> {
  return z.string() as unknown as z.ZodType<T[number] | (string & {})>;
}

const timestamp = z.string(); // RFC 3339; kept verbatim so state round-trips byte for byte.
/** Money and counts the API sends as decimal strings, e.g. "50000" or "123.456". */
export const decimalString = z.lazy(() => z.string().regex(/^-?\d+(\.\d+)?$/, "expected a decimal string"));

export const ORGANIZATION_ROLES = [
  "user", "developer", "billing", "admin", "claude_code_user", "managed", "membership_admin", "owner", "primary_owner",
] as const;
export const ASSIGNABLE_ROLES = ["user", "developer", "billing", "claude_code_user", "managed"] as const;
export const WORKSPACE_ROLES = [
  "workspace_user", "workspace_developer", "workspace_restricted_developer", "workspace_admin", "workspace_billing",
] as const;
export const INVITE_STATUSES = ["pending", "accepted", "expired", "deleted"] as const;
/** The SDK's BetaWorkspaceRateLimitType: the limiter types a workspace override may name. */
export const RATE_LIMITER_TYPES = [
  "fast_itpmca", "fast_otpm", "input_tokens_per_minute", "input_tokens_per_minute_cache_aware", "output_tokens_per_minute",
  "requests_per_minute", "tokens_per_day", "tokens_per_minute", "tool_uses_per_second",
] as const;
export const RATE_LIMIT_GROUP_TYPES = ["model_group", "batch", "token_count", "files", "skills", "web_search"] as const;
export const SPEND_LIMIT_PERIODS = ["daily", "monthly", "weekly"] as const;
export const API_KEY_STATUSES = ["active", "inactive", "archived", "expired"] as const;

export const OrganizationSchema = z.lazy(() => z.looseObject({ id: z.string(), type: z.literal("organization"), name: z.string() }));

export const UserSchema = z.lazy(() => z.looseObject({
  id: z.string(),
  type: z.literal("user"),
  email: z.string(),
  name: z.string(),
  role: openEnum(ORGANIZATION_ROLES),
  added_at: timestamp,
}));

export const InviteSchema = z.lazy(() => z.looseObject({
  id: z.string(),
  type: z.literal("invite"),
  email: z.string(),
  role: openEnum(ORGANIZATION_ROLES),
  status: openEnum(INVITE_STATUSES),
  invited_at: timestamp,
  expires_at: timestamp,
  accepted_at: timestamp.nullable(),
  rbac_group_ids: z.array(z.string()).optional(),
}));

const inferenceGeos = z.lazy(() => z.union([z.array(z.string()), z.literal("unrestricted")]));

export const WorkspaceSchema = z.lazy(() => z.looseObject({
  id: z.string(),
  type: z.literal("workspace"),
  name: z.string(),
  display_color: z.string(),
  created_at: timestamp,
  archived_at: timestamp.nullable(),
  tags: z.record(z.string(), z.string()),
  data_residency: z.looseObject({
    workspace_geo: z.string(),
    allowed_inference_geos: inferenceGeos,
    default_inference_geo: z.string(),
  }),
  external_key_id: z.string().nullable(),
  // Not used by this package; tolerated when absent (older servers, other emulators).
  compartment_id: z.string().optional(),
  user_profile_id: z.string().nullable().optional(),
}));

export const WorkspaceMemberSchema = z.lazy(() => z.looseObject({
  type: z.literal("workspace_member"),
  workspace_id: z.string(),
  user_id: z.string(),
  workspace_role: openEnum(WORKSPACE_ROLES),
}));

export const WorkspaceMemberDeletedSchema = z.lazy(() => z.looseObject({
  type: z.literal("workspace_member_deleted"),
  workspace_id: z.string(),
  user_id: z.string(),
}));

export const WorkspaceRateLimitSchema = z.lazy(() => z.looseObject({
  type: z.literal("workspace_rate_limit"),
  workspace_id: z.string(),
  rate_limit_id: z.string(),
  group: z.looseObject({ id: z.string(), type: z.string(), display_name: z.string().optional() }),
  models: z.array(z.string()).nullable().optional(),
  limits: z.array(
    z.looseObject({
      type: z.string(),
      value: z.number(),
      org_limit: z.number().nullable().optional(),
      source: z.looseObject({ type: openEnum(["workspace", "organization"] as const) }).optional(),
    }),
  ),
}));

/** Tagged on `type`; each variant carries its own id field (`workspace_id`, `user_id`, ...). */
const SpendLimitScope = z.lazy(() => z.looseObject({
  type: openEnum(["workspace", "organization", "user", "seat_tier", "rbac_group", "organization_service", "usage_tier"] as const),
  workspace_id: z.string().optional(),
  user_id: z.string().optional(),
  rbac_group_id: z.string().optional(),
  seat_tier: z.string().optional(),
  service: z.string().optional(),
}));

export const SpendLimitSchema = z.lazy(() => z.looseObject({
  id: z.string(),
  type: z.literal("spend_limit"),
  /** Minor currency units (cents for USD) as an integer string; null means no cap at this scope. */
  amount: decimalString.nullable(),
  currency: z.string(),
  period: openEnum(["monthly", "weekly", "daily"] as const),
  scope: SpendLimitScope,
  is_enabled: z.boolean().optional(),
  created_at: timestamp,
  updated_at: timestamp,
}));

/** One row of `GET /spend_limits/effective` (the SDK's BetaSpendSummary): a member's limit for one period. */
export const SpendSummarySchema = z.lazy(() => z.looseObject({
  actor: z.looseObject({
    type: openEnum(["user_actor", "scoped_api_key_actor"] as const),
    user_id: z.string().optional(),
    email_address: z.string().nullable().optional(),
    name: z.string().nullable().optional(),
    deleted: z.boolean().optional(),
    scoped_api_key_id: z.string().optional(),
  }),
  /** Null: no limit applies for this period. */
  amount: decimalString.nullable(),
  currency: z.string(),
  period: openEnum(SPEND_LIMIT_PERIODS),
  /** May carry fractional minor units, e.g. "12050.5". */
  period_to_date_spend: decimalString,
  scope: SpendLimitScope,
  source: SpendLimitScope,
  spend_limit_id: z.string(),
}));

/** One rate-limit group of the organization (the SDK's BetaOrganizationRateLimit). */
export const OrganizationRateLimitSchema = z.lazy(() => z.looseObject({
  id: z.string(),
  type: z.literal("rate_limit"),
  group: z.looseObject({ id: z.string(), type: openEnum(RATE_LIMIT_GROUP_TYPES), display_name: z.string().optional() }),
  models: z.array(z.string()).nullable(),
  limits: z.array(z.looseObject({ type: z.string(), value: z.number() })),
}));

export const ApiKeySchema = z.lazy(() => z.looseObject({
  id: z.string(),
  type: z.literal("api_key"),
  name: z.string(),
  status: openEnum(API_KEY_STATUSES),
  created_at: timestamp,
  expires_at: timestamp.nullable(),
  created_by: z.looseObject({ id: z.string(), type: z.string() }).nullable(),
  partial_key_hint: z.string().nullable().optional(),
  scope: z.looseObject({ type: openEnum(["workspace", "organization"] as const), workspace_id: z.string().optional() }),
  principal: z.looseObject({ type: z.string() }).nullable().optional(),
}));

/** The key-creation extension returns the secret exactly once, next to the usual key object. */
export const CreatedApiKeySchema = z.lazy(() => ApiKeySchema.unwrap().extend({ key: z.string() }));

/** `DELETE` answers `{id, type: "<object>_deleted"}`. */
export function deletedSchema<const T extends string>(type: T) {
  return z.looseObject({ id: z.string(), type: z.literal(type) });
}

export const ErrorBodySchema = z.lazy(() => z.looseObject({
  type: z.literal("error"),
  error: z.looseObject({
    type: z.string(),
    message: z.string(),
    details: z.looseObject({ error_code: z.string().optional() }).nullish().catch(undefined),
  }),
  request_id: z.string().optional(),
}));

/** Dimension values of an analytics row; each is null unless its dimension was in `group_by[]`. */
const AnalyticsGroup = z.lazy(() => z.looseObject({
  model: z.string().nullable().optional(),
  workspace_id: z.string().nullable().optional(),
  api_key_id: z.string().nullable().optional(),
  product: z.string().nullable().optional(),
  service_tier: z.string().nullable().optional(),
  context_window: z.string().nullable().optional(),
  inference_geo: z.string().nullable().optional(),
}));

export const UsageItemSchema = z.lazy(() => z.looseObject({
  starting_at: timestamp,
  ending_at: timestamp,
  group: AnalyticsGroup,
  usage: z.looseObject({
    uncached_input_tokens: z.number(),
    cache_read_input_tokens: z.number(),
    cache_creation: z.looseObject({ ephemeral_1h_input_tokens: z.number(), ephemeral_5m_input_tokens: z.number() }),
    output_tokens: z.number(),
    total_tokens: z.number(),
    requests: z.number().nullable(),
    server_tool_use: z.looseObject({ web_search_requests: z.number() }).optional(),
  }),
}));

export const CostItemSchema = z.lazy(() => z.looseObject({
  starting_at: timestamp,
  ending_at: timestamp,
  group: AnalyticsGroup.unwrap().extend({ cost_type: z.string().nullable().optional(), token_type: z.string().nullable().optional() }),
  cost: z.looseObject({
    /** Post-discount, pre-credit, in fractional cents. */
    amount: decimalString,
    list_amount: decimalString,
    currency: z.string(),
    requests: z.number().nullable(),
  }),
}));

export type WireOrganization = z.infer<typeof OrganizationSchema>;
export type WireUser = z.infer<typeof UserSchema>;
export type WireInvite = z.infer<typeof InviteSchema>;
export type WireWorkspace = z.infer<typeof WorkspaceSchema>;
export type WireWorkspaceMember = z.infer<typeof WorkspaceMemberSchema>;
export type WireWorkspaceMemberDeleted = z.infer<typeof WorkspaceMemberDeletedSchema>;
export type WireWorkspaceRateLimit = z.infer<typeof WorkspaceRateLimitSchema>;
export type WireSpendLimit = z.infer<typeof SpendLimitSchema>;
export type WireSpendSummary = z.infer<typeof SpendSummarySchema>;
export type WireOrganizationRateLimit = z.infer<typeof OrganizationRateLimitSchema>;
export type WireApiKey = z.infer<typeof ApiKeySchema>;
export type WireCreatedApiKey = z.infer<typeof CreatedApiKeySchema>;
export type WireUsageItem = z.infer<typeof UsageItemSchema>;
export type WireCostItem = z.infer<typeof CostItemSchema>;
export type WireDeleted<T extends string = string> = { id: string; type: T; [extra: string]: unknown };
export type AssignableRole = (typeof ASSIGNABLE_ROLES)[number];
export type WorkspaceRole = (typeof WORKSPACE_ROLES)[number];
