import { z } from "zod";
import { ApiError, invalid } from "../errors";
import { organizationTypeNotSupported, type OrganizationType } from "../organization-kind";
import { idPageQuery, pageById } from "../pagination";
import { parseWith, q } from "../params";
import { requireBeta, route, type Route } from "../router";
import type { Store } from "../store";
import { ORGANIZATION_ROLES, type OrganizationRole } from "../wire";

/**
 * Roles each kind of organization accepts through the API (the SDK's UserUpdateParams/InviteCreateParams):
 * a Console organization `user`, `developer`, `billing`, `claude_code_user`; an Enterprise one `user`, `managed`.
 */
const ROLES_BY_KIND = {
  console: ["user", "developer", "billing", "claude_code_user"],
  enterprise: ["user", "managed"],
} as const satisfies Record<OrganizationType, readonly OrganizationRole[]>;
export const ASSIGNABLE_ROLES = ["user", "developer", "billing", "claude_code_user", "managed"] as const;

/** One schema for both invites and role updates, so the message for `admin` is the same everywhere. */
export const assignableRole = (verb: string) =>
  z.enum(ASSIGNABLE_ROLES, {
    error: (issue) => {
      if (issue.input === "admin") {
        return `The admin role cannot be ${verb} through the API; use one of ${ROLES_BY_KIND.console.join(", ")} and promote the user in the Console.`;
      }
      return `must be one of ${ASSIGNABLE_ROLES.join(", ")}`;
    },
  });

/** The part of the role rule that depends on the organization's kind, checked after the body parses. */
export function checkRoleForKind(store: Pick<Store, "organizationType">, role: string, field = "role"): void {
  const accepted: readonly string[] = ROLES_BY_KIND[store.organizationType];
  if (accepted.includes(role)) return;
  if (role === "managed") throw organizationTypeNotSupported(`${field}: the managed role`, "enterprise", store.organizationType);
  throw invalid(`${field}: a Claude Enterprise organization accepts ${accepted.join(", ")}, not '${role}'.`);
}

const SIGN_OUT_BETA = "admin-user-sign-out-2026-10-08";

const listQuery = z.object({
  ...idPageQuery,
  email: q.one(),
  roles: q.list(z.enum(ORGANIZATION_ROLES)),
});

const updateBody = z.strictObject({ role: assignableRole("assigned") });

export const userRoutes: Route[] = [
  route("GET", "/v1/organizations/users", ({ store, query }) => {
    const params = parseWith(listQuery, query, "query");
    const email = params.email?.trim().toLowerCase();
    const users = [...store.users.values()].filter(
      (u) => (email === undefined || u.email.toLowerCase() === email) && (!params.roles || params.roles.includes(u.role)),
    );
    return pageById(users, (u) => u.id, params);
  }),
  route("GET", "/v1/organizations/users/{id}", ({ store, params }) => store.user(params.id)),
  route("POST", "/v1/organizations/users/{id}", ({ store, params, body }) => {
    const user = store.user(params.id);
    const { role } = parseWith(updateBody, body, "body");
    checkRoleForKind(store, role);
    if (user.role === "admin" && adminCount(store) === 1) {
      throw invalid("The organization's last admin cannot be demoted.");
    }
    user.role = role;
    return user;
  }),
  route("DELETE", "/v1/organizations/users/{id}", ({ store, params }) => {
    const user = store.user(params.id);
    if (store.users.size === 1) throw invalid("Cannot remove the last member of the organization.", "cannot_remove_last_member");
    if (user.role === "admin" && adminCount(store) === 1) throw invalid("Cannot remove the organization's last admin.");
    if (user.role === "primary_owner") throw invalid("Cannot remove the organization's primary owner.");
    store.removeUser(user.id);
    return { id: user.id, type: "user_deleted" };
  }),
  // Ends the member's sessions without removing them; recorded so a test can see who was signed out.
  route("POST", "/v1/organizations/users/{id}/sign_out", (ctx) => {
    requireBeta(ctx, SIGN_OUT_BETA);
    const { store, params } = ctx;
    // The SDK: "In an organization where it is not enabled, a request returns 400 with error_code
    // organization_not_enrolled_in_beta"; sign-out is in beta for Claude Enterprise organizations only.
    if (store.organizationType !== "enterprise") {
      throw invalid(`The beta '${SIGN_OUT_BETA}' is not enabled for this organization.`, "organization_not_enrolled_in_beta");
    }
    const user = store.user(params.id);
    // The key's or token's own user: the admin user for the admin key, the token's actor for an OAuth token.
    const self = ctx.principal?.kind === "oauth" ? ctx.principal.actorId : store.adminUserId;
    refuseSignOut(user, self);
    store.signOuts.push({ user_id: user.id, email: user.email, signed_out_at: new Date().toISOString() });
    return user;
  }),
];

/** The refusals the SDK documents for an admin key (the OAuth-only one, privileged member, comes later). */
function refuseSignOut(user: { id: string; role: OrganizationRole }, self: string | undefined): void {
  if (user.role === "primary_owner") {
    throw invalid("The organization's primary owner cannot be signed out.", "cannot_sign_out_primary_owner");
  }
  if (user.id === self) {
    throw invalid("The user this API key belongs to cannot be signed out with it.", "cannot_sign_out_self");
  }
  if (user.role === "owner") {
    throw new ApiError(403, "This API key cannot sign out an owner; an API key with the write:members scope can.", "cannot_sign_out_owner");
  }
}

function adminCount(store: { users: Map<string, { role: string }> }): number {
  let count = 0;
  for (const user of store.users.values()) if (user.role === "admin") count += 1;
  return count;
}
