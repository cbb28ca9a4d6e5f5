import { randomBytes } from "node:crypto";
import { z } from "zod";

// Organization webhook endpoints as @anthropic-ai/sdk 1.14 describes them
// (resources/beta/organization/webhooks.d.ts). Delivering events is not emulated.

export const WEBHOOK_EVENTS = [
  "external_key.failed", "external_key.recovered", "external_storage.failed", "external_storage.recovered",
  "user_profile.enforcement_action_opened", "user_profile.enforcement_action_resolved",
  "user_profile.program_status_updated",
] as const;

/** The SDK does not document the id prefix; the emulator's is its own. */
export const WEBHOOK_ID_PREFIX = "whep";

const timestamp = z.iso.datetime({ offset: true });

/** The endpoint as reads return it: the signing secret is not part of it (see ../integrations.ts). */
export const webhookEndpointSchema = z.strictObject({
  id: z.string(),
  created_at: timestamp,
  /** An empty string when none was given. */
  description: z.string(),
  /** Why Anthropic disabled the endpoint; an empty string when enabled or disabled by a caller. */
  disabled_reason: z.string(),
  enabled_events: z.array(z.enum(WEBHOOK_EVENTS)),
  /** An empty string when none was given. */
  name: z.string(),
  state: z.enum(["enabled", "disabled"]),
  updated_at: timestamp,
  url: z.string(),
});
export type WebhookEndpoint = z.infer<typeof webhookEndpointSchema>;

/** `whsec_` and 32 random bytes in base64, as Standard Webhooks secrets are written. */
export const newSigningSecret = () => `whsec_${randomBytes(32).toString("base64")}`;

const httpsUrl = z.string().check((ctx) => {
  let url: URL;
  try {
    url = new URL(ctx.value);
  } catch {
    ctx.issues.push({ code: "custom", input: ctx.value, message: "must be an absolute URL" });
    return;
  }
  if (url.protocol !== "https:") ctx.issues.push({ code: "custom", input: ctx.value, message: "must use https" });
  else if (url.username || url.password) ctx.issues.push({ code: "custom", input: ctx.value, message: "must not contain a username or password" });
});

const events = z.array(z.enum(WEBHOOK_EVENTS));

export const webhookCreateBody = z.strictObject({
  url: httpsUrl,
  enabled_events: events.min(1, "must list at least one event type"),
  name: z.string().optional(),
  description: z.string().optional(),
});

export const webhookUpdateBody = z.strictObject({
  url: httpsUrl.optional(),
  /** An empty list leaves the set unchanged. */
  enabled_events: events.optional(),
  name: z.string().optional(),
  description: z.string().optional(),
  state: z.enum(["enabled", "disabled"]).optional(),
});
