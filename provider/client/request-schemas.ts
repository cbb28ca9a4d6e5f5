/**
 * Request bodies of the Admin API, snake_case as on the wire. Bodies are checked before sending, so a
 * caller's mistake is reported without a request reaching the organization. Loose like the response
 * schemas: a field this package does not know yet is sent as given.
 */
import { z } from "zod";
import { ASSIGNABLE_ROLES, RATE_LIMITER_TYPES, WORKSPACE_ROLES } from "./schemas";

// Nullability and enums follow the SDK's *Params types field by field (`null` where the SDK allows it,
// e.g. WorkspaceCreateParams.display_color, APIKeyUpdateParams.name/status).

const geos = z.lazy(() => z.union([z.array(z.enum(["global", "us"])), z.literal("unrestricted")]));
const hexColor = z.lazy(() => z.string().regex(/^#[0-9a-fA-F]{6}$/, "expected a hex colour like #6C5BB9"));

export const UserUpdateBody = z.lazy(() => z.looseObject({ role: z.enum(ASSIGNABLE_ROLES) }));

export const InviteCreateBody = z.lazy(() => z.looseObject({
  email: z.email(),
  role: z.enum(ASSIGNABLE_ROLES),
  rbac_group_ids: z.array(z.string()).optional(),
}));

export const WorkspaceCreateBody = z.lazy(() => z.looseObject({
  name: z.string().min(1),
  display_color: hexColor.nullish(),
  tags: z.record(z.string(), z.string()).nullish(),
  external_key_id: z.string().nullish(),
  user_profile_id: z.string().nullish(),
  data_residency: z
    .looseObject({
      workspace_geo: z.literal("us").nullish(),
      allowed_inference_geos: geos.nullish(),
      default_inference_geo: z.enum(["global", "us"]).nullish(),
    })
    .nullish(),
}));

export const WorkspaceUpdateBody = z.lazy(() => z.looseObject({
  name: z.string().min(1).optional(),
  display_color: hexColor.optional(),
  /** A null value removes that tag. */
  tags: z.record(z.string(), z.string().nullable()).nullish(),
  /** Write-once: attaching a key to a workspace that has none. */
  external_key_id: z.string().optional(),
  user_profile_id: z.string().optional(),
  data_residency: z
    .looseObject({ allowed_inference_geos: geos.nullish(), default_inference_geo: z.enum(["global", "us"]).nullish() })
    .nullish(),
}));

export const WorkspaceMemberAddBody = z.lazy(() => z.looseObject({
  user_id: z.string().min(1),
  // workspace_billing is granted through the organization role, not assigned per workspace.
  workspace_role: z.enum(WORKSPACE_ROLES).exclude(["workspace_billing"]),
}));

export const WorkspaceMemberUpdateBody = z.lazy(() => z.looseObject({ workspace_role: z.enum(WORKSPACE_ROLES) }));

/**
 * The SDK's BetaWorkspaceRateLimitType, checked at run time; typed as a string so plans that compute
 * limiter names need no cast.
 */
const limiterType = z.lazy(() => z.string().refine((type) => (RATE_LIMITER_TYPES as readonly string[]).includes(type), {
  error: (issue) => `'${String(issue.input)}' is not a limiter type; expected one of ${RATE_LIMITER_TYPES.join(", ")}`,
}));

export const RateLimitUpdateBody = z.lazy(() => z.looseObject({
  /** A null value clears the workspace override. */
  limits: z.array(z.looseObject({ type: limiterType, value: z.number().int().nonnegative().nullable() })).min(1),
}));

export const SpendLimitSetBody = z.lazy(() => z.looseObject({
  /** Minor units (cents for USD) as an integer string; null sets an explicit "no cap". */
  amount: z.string().regex(/^\d+$/, "expected a non-negative integer string of cents").nullable(),
  scope: z.discriminatedUnion("type", [
    z.looseObject({ type: z.literal("workspace"), workspace_id: z.string().min(1) }),
    z.looseObject({ type: z.literal("organization") }),
    z.looseObject({ type: z.literal("user"), user_id: z.string().min(1) }),
  ]),
  period: z.enum(["monthly", "weekly", "daily"]).optional(),
}));

export const ApiKeyCreateBody = z.lazy(() => z.looseObject({
  name: z.string().min(1),
  workspace_id: z.string().min(1),
  expires_at: z.string().optional(),
}));

export const ApiKeyUpdateBody = z.lazy(() => z.looseObject({
  name: z.string().min(1).nullish(),
  status: z.enum(["active", "inactive", "archived"]).nullish(),
}));

export type UserUpdateBody = z.input<typeof UserUpdateBody>;
export type InviteCreateBody = z.input<typeof InviteCreateBody>;
export type WorkspaceCreateBody = z.input<typeof WorkspaceCreateBody>;
export type WorkspaceUpdateBody = z.input<typeof WorkspaceUpdateBody>;
export type WorkspaceMemberAddBody = z.input<typeof WorkspaceMemberAddBody>;
export type WorkspaceMemberUpdateBody = z.input<typeof WorkspaceMemberUpdateBody>;
export type RateLimitUpdateBody = z.input<typeof RateLimitUpdateBody>;
export type SpendLimitSetBody = z.input<typeof SpendLimitSetBody>;
export type ApiKeyCreateBody = z.input<typeof ApiKeyCreateBody>;
export type ApiKeyUpdateBody = z.input<typeof ApiKeyUpdateBody>;
