import { z } from "zod";
import { SERVICE_ACCOUNT_WORKSPACE_ROLES } from "../client/federation-schemas";
import { oneOf } from "./declare";
import { prefixedId } from "./fields";

/** Input fields shared by the service-account and federation resources. */

export const serviceAccountId = prefixedId("svac_", "a service account id");
export const federationIssuerId = prefixedId("fdis_", "a federation issuer id");

/**
 * The API's names for service accounts, issuers and rules are slugs, unique among the live objects of
 * their kind. The default is the resource's logical name, which is often not one: say so.
 */
export function slugName(example: string) {
  return z
    .string({ error: `must be a slug like "${example}"` })
    .regex(/^[a-z0-9-]+$/, {
      error: `must be a slug: lowercase letters, digits and hyphens, like "${example}" (it defaults to the resource's logical name; set name when that is not a slug)`,
    });
}

/** Service accounts hold any workspace role but `workspace_billing` (the SDK's `BetaNoBillingWorkspaceRole`). */
export const serviceAccountWorkspaceRole = oneOf(z.string({ error: "must be a workspace role" }).check((ctx) => {
  if ((SERVICE_ACCOUNT_WORKSPACE_ROLES as readonly string[]).includes(ctx.value)) return;
  const why = ctx.value === "workspace_billing" ? "service accounts cannot hold workspace_billing" : `unknown workspace role "${ctx.value}"`;
  ctx.issues.push({ code: "custom", input: ctx.value, message: `${why}; use one of ${SERVICE_ACCOUNT_WORKSPACE_ROLES.join(", ")}` });
}), SERVICE_ACCOUNT_WORKSPACE_ROLES) as z.ZodType<ServiceAccountWorkspaceRole, ServiceAccountWorkspaceRole>;
type ServiceAccountWorkspaceRole = (typeof SERVICE_ACCOUNT_WORKSPACE_ROLES)[number];

/**
 * A URL the API fetches keys from or matches as `iss`: https, or plain http to a loopback address (where
 * test issuers and the emulator live); never with credentials, which would end up in state.
 */
export const issuerStyleUrl = z.string({ error: 'must be a URL like "https://token.actions.githubusercontent.com"' }).check((ctx) => {
  let url: URL | undefined;
  try {
    url = new URL(ctx.value);
  } catch {
    // Reported below.
  }
  const loopback = url !== undefined && /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/i.test(url.hostname);
  const problem = !url
    ? 'must be an absolute URL like "https://token.actions.githubusercontent.com"'
    : url.protocol !== "https:" && !(url.protocol === "http:" && loopback)
      ? "must use https:// (plain http:// only to a loopback address)"
      : url.username || url.password
        ? "must not carry a username or password"
        : undefined;
  if (problem) ctx.issues.push({ code: "custom", input: ctx.value, message: problem });
});
