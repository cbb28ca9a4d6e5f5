/**
 * Organization webhook endpoints on the wire (`/v1/organizations/webhooks`, beta `webhooks-2026-10-07`),
 * as @anthropic-ai/sdk's `resources/beta/organization/webhooks` types describe them.
 */
import { z } from "zod";

/** The event types the API delivers to organization endpoints today (the SDK's `enabled_events` union). */
export const WEBHOOK_EVENTS = [
  "external_key.failed",
  "external_key.recovered",
  "external_storage.failed",
  "external_storage.recovered",
  "user_profile.enforcement_action_opened",
  "user_profile.enforcement_action_resolved",
  "user_profile.program_status_updated",
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export const WebhookEndpointSchema = z.lazy(() => z.looseObject({
  id: z.string(),
  created_at: z.string(),
  /** An empty string when none was given. */
  description: z.string(),
  /** Why Anthropic disabled the endpoint; empty when it is enabled or a caller disabled it. */
  disabled_reason: z.string(),
  // Open: an event type added later must not break a refresh.
  enabled_events: z.array(z.string()),
  name: z.string(),
  state: z.string(),
  updated_at: z.string(),
  url: z.string(),
}));

/** The create response: the endpoint plus its signing secret, which no read returns. */
export const NewWebhookEndpointSchema = z.lazy(() => WebhookEndpointSchema.unwrap().extend({ signing_secret: z.string() }));

export const SigningSecretSchema = z.lazy(() => z.looseObject({ signing_secret: z.string() }));

export const WebhookCreateBody = z.lazy(() => z.looseObject({
  url: z.string().min(1),
  enabled_events: z.array(z.string()).min(1),
  name: z.string().optional(),
  description: z.string().optional(),
}));

export const WebhookUpdateBody = z.lazy(() => z.looseObject({
  url: z.string().min(1).optional(),
  /** Replaces the whole set; an empty list leaves it unchanged, so it is never sent empty. */
  enabled_events: z.array(z.string()).min(1).optional(),
  name: z.string().optional(),
  description: z.string().optional(),
  state: z.enum(["enabled", "disabled"]).optional(),
}));

export type WireWebhookEndpoint = z.infer<typeof WebhookEndpointSchema>;
export type WireNewWebhookEndpoint = z.infer<typeof NewWebhookEndpointSchema>;
export type WebhookCreateBody = z.input<typeof WebhookCreateBody>;
export type WebhookUpdateBody = z.input<typeof WebhookUpdateBody>;
