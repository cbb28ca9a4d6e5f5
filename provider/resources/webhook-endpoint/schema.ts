import { z } from "zod";
import { WEBHOOK_EVENTS } from "../../client/webhook-schemas";

/** What the API documents of an endpoint's URL: an absolute `https://` URL (credentials in it are refused). */
export const webhookUrl = z.string({ error: 'must be an https:// URL like "https://example.com/anthropic-webhooks"' }).check((ctx) => {
  let url: URL | undefined;
  try {
    url = new URL(ctx.value);
  } catch {
    // Reported below.
  }
  const problem = !url
    ? 'must be an absolute URL like "https://example.com/anthropic-webhooks"'
    : url.protocol !== "https:"
      ? "must use https:// (the API delivers to HTTPS endpoints only)"
      : url.username || url.password
        ? "must not carry a username or password; deliveries are authenticated by the signing secret"
        : undefined;
  if (problem) ctx.issues.push({ code: "custom", input: ctx.value, message: problem });
});

const event = z.enum(WEBHOOK_EVENTS, { error: `must be one of ${WEBHOOK_EVENTS.join(", ")}` });

export const webhookEndpointInputs = z.strictObject({
  /** The HTTPS URL deliveries are sent to. */
  url: webhookUrl,
  /** The event types delivered (at least one); a set: order does not matter. */
  events: z
    .array(event, { error: "must be a list of event types" })
    .min(1, { error: `must list at least one event type, e.g. ["${WEBHOOK_EVENTS[0]}"]` })
    .refine((events) => new Set(events).size === events.length, { error: "must not list an event type twice" }),
  /** A short label; defaults to the logical name. */
  name: z.string({ error: "must be a string" }).trim().min(1, { error: "must not be empty" }).optional(),
  /** Notes about the endpoint. */
  description: z.string({ error: "must be a string" }).optional(),
  /** false stops deliveries (events meanwhile are never delivered); unset leaves the live state alone. */
  enabled: z.boolean({ error: "must be true or false" }).optional(),
  /** Any change to these values regenerates the signing secret in place. */
  keepers: z
    .record(z.string(), z.union([z.string(), z.number(), z.boolean()], { error: "keepers must be strings, numbers or booleans" }))
    .optional(),
});

export type WebhookEndpointInputs = z.output<typeof webhookEndpointInputs>;

export interface WebhookEndpointOutputs extends WebhookEndpointInputs {
  name: string;
  /** Live, whether declared or not. */
  enabled: boolean;
  description: string;
  /** Why Anthropic disabled the endpoint; empty when enabled or disabled by a caller. */
  disabledReason: string;
  /** The secret deliveries are signed with (`whsec_...`), stored only as ciphertext; null when read with `get`. */
  signingSecret: string | null;
}
