import { z } from "zod";
import { WEBHOOK_EVENTS } from "../../client/webhook-schemas";
import { declareKind, input, named, output } from "../declare";
import { keepers } from "../fields";

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

const event = named(z.enum(WEBHOOK_EVENTS, { error: `must be one of ${WEBHOOK_EVENTS.join(", ")}` }), "WebhookEventType", "An event type a webhook endpoint can be sent.");

/** Everything updates in place: a keepers change regenerates the signing secret, the endpoint stays. */
export const webhookEndpointInputs = z.strictObject({
  url: input(webhookUrl, { description: "The `https://` URL deliveries are sent to (no username or password).", change: "update" }),
  events: input(
    z
      .array(event, { error: "must be a list of event types" })
      .min(1, { error: `must list at least one event type, e.g. ["${WEBHOOK_EVENTS[0]}"]` })
      .refine((events) => new Set(events).size === events.length, { error: "must not list an event type twice" }),
    { description: `The event types delivered, at least one, a set: ${WEBHOOK_EVENTS.map((e) => `\`${e}\``).join(", ")}.`, change: "update" },
  ),
  name: input(z.string({ error: "must be a string" }).trim().min(1, { error: "must not be empty" }).optional(), {
    description: "A short label; defaults to the resource's logical name.",
    change: "update",
  }),
  description: input(z.string({ error: "must be a string" }).optional(), {
    description: "Notes about the endpoint; unset leaves them alone.",
    change: "update",
  }),
  enabled: input(z.boolean({ error: "must be true or false" }).optional(), {
    description:
      "`false` stops deliveries (events meanwhile are never delivered), `true` resumes them, also after Anthropic disabled " +
      "the endpoint. Unset leaves the live state alone.",
    change: "update",
  }),
  keepers: input(keepers().optional(), {
    description:
      "Arbitrary values; changing any of them regenerates the signing secret in place (the old one stops working at " +
      "once). They may come from a secret: always treated as secrets.",
    change: "update",
    secret: true,
  }),
});

export const declaration = declareKind({
  kind: "WebhookEndpoint",
  inputs: webhookEndpointInputs,
  outputs: z.strictObject({
    name: output(z.string(), { description: "The endpoint's label as the API reports it." }),
    url: output(z.string(), { description: "The URL deliveries are sent to." }),
    events: output(z.array(event), { description: "The event types delivered." }),
    enabled: output(z.boolean(), { description: "Whether deliveries are sent, as the API reports it." }),
    disabledReason: output(z.string(), { description: "Why Anthropic disabled the endpoint; an empty string when it is enabled or a caller disabled it." }),
    signingSecret: output(z.string().nullable(), {
      description:
        "The secret deliveries are signed with (`whsec_...`), always a secret; null for an endpoint read with `get` " +
        "without it (give it as `state.signingSecret`).",
      secret: true,
    }),
  }),
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
