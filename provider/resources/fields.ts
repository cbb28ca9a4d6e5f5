import { z } from "zod";
import { ASSIGNABLE_ROLES, WORKSPACE_ROLES } from "../client/schemas";
import { oneOf } from "./declare";
import { OWNER_TAG } from "./owner";
import { once } from "../base/once";

// Input fields shared by several resources, with messages that say what to write instead. Each is built
// on first use and then shared (once()), so that a kind's check builds only the fields it uses.

export function prefixedId(prefix: string, what: string) {
  return z
    .string({ error: `${what} must be a string like "${prefix}..."` })
    .regex(new RegExp(`^${prefix}[A-Za-z0-9_-]+$`), { error: `must be ${what} starting with "${prefix}"` });
}

export const workspaceId = once(() => prefixedId("wrkspc_", "a workspace id"));
export const userId = once(() => prefixedId("user_", "a user id"));
export const apiKeyId = once(() => prefixedId("apikey_", "an API key id"));

export function displayName(maxLength: number) {
  return z
    .string({ error: "must be a string" })
    .trim()
    .min(1, { error: "must not be empty" })
    .max(maxLength, { error: `must be at most ${maxLength} characters` });
}

/** Kept as written (outputs echo it); compared case-insensitively, see canonical.ts. */
export const email = once(() =>
  z
    .string({ error: "must be an email address" })
    .trim()
    .pipe(z.email({ error: "must be an email address like alice@example.com" })),
);

const assignableOrganizationRoles = ASSIGNABLE_ROLES;
const unassignableRoles: Record<string, string> = {
  admin: "the Admin API cannot assign the admin role; grant it in the Console",
  owner: "ownership cannot be assigned through the Admin API; transfer it in the Console",
  primary_owner: "ownership cannot be assigned through the Admin API; transfer it in the Console",
  membership_admin: "membership_admin cannot be assigned through the Admin API; grant it in the Console",
};

/** One of the roles the Admin API assigns; its own check words the refusal of the others. */
export const organizationRole = once(() => oneOf(z.string({ error: "must be a role name" }).check((ctx) => {
  const role = ctx.value;
  if ((assignableOrganizationRoles as readonly string[]).includes(role)) return;
  const why = unassignableRoles[role] ?? `unknown role "${role}"`;
  ctx.issues.push({
    code: "custom",
    input: role,
    message: `${why}; use one of ${assignableOrganizationRoles.join(", ")}`,
  });
}), assignableOrganizationRoles) as z.ZodType<(typeof assignableOrganizationRoles)[number], (typeof assignableOrganizationRoles)[number]>);

/** An RFC 3339 date-time (the expiry of an API key; whether it must be in the future depends on olds). */
export const dateTime = once(() =>
  z
    .string({ error: "must be an RFC 3339 date-time string" })
    .pipe(z.iso.datetime({ offset: true, error: 'must be an RFC 3339 date-time like "2027-01-31T00:00:00Z"' })),
);

export const tagMap = once(() => z.record(
  z
    .string()
    .min(1, { error: "tag keys must not be empty" })
    .max(64, { error: "tag keys must be at most 64 characters" })
    .refine((key) => !key.toLowerCase().startsWith("anthropic"), { error: 'tag keys may not begin with "anthropic"' })
    .refine((key) => key !== OWNER_TAG, { error: `"${OWNER_TAG}" is reserved for the package's ownership marker; use another key` }),
  z.string({ error: "tag values must be strings" }).max(256, { error: "tag values must be at most 256 characters" }),
));

/** Free values whose change makes a new secret (an API key, a webhook signing secret). */
export const keepers = once(() => z.record(
  z.string(),
  z.union([z.string(), z.number(), z.boolean()], { error: "keepers must be strings, numbers or booleans" }),
));

/** Workspace roles a member can be given; billing comes with the organization role instead. */
type AssignableWorkspaceRole = Exclude<(typeof WORKSPACE_ROLES)[number], "workspace_billing">;
const assignableWorkspaceRoles = WORKSPACE_ROLES.filter((role): role is AssignableWorkspaceRole => role !== "workspace_billing");
export const workspaceRole = once(() => oneOf(z.string({ error: "must be a workspace role" }).check((ctx) => {
  if ((assignableWorkspaceRoles as readonly string[]).includes(ctx.value)) return;
  const why =
    ctx.value === "workspace_billing"
      ? "workspace_billing cannot be assigned to a member; it follows the organization billing role"
      : `unknown workspace role "${ctx.value}"`;
  ctx.issues.push({ code: "custom", input: ctx.value, message: `${why}; use one of ${assignableWorkspaceRoles.join(", ")}` });
}), assignableWorkspaceRoles) as z.ZodType<AssignableWorkspaceRole, AssignableWorkspaceRole>);
