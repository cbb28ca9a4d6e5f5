/**
 * Organization webhook endpoints: `/v1/organizations/webhooks`. A beta: every request carries
 * `anthropic-beta: webhooks-2026-10-07`, without which the API answers 404 as if it did not exist.
 */
import { pageLimit } from "./page-limit";
import { idPageSchema, paginateById } from "./pagination";
import { request, type RequestContext } from "./request";
import { deletedSchema, type WireDeleted } from "./schemas";
import {
  NewWebhookEndpointSchema, SigningSecretSchema, WebhookCreateBody, WebhookEndpointSchema, WebhookUpdateBody,
  type WireNewWebhookEndpoint, type WireWebhookEndpoint,
} from "./webhook-schemas";

const WEBHOOKS_BETA = "webhooks-2026-10-07";
const headers = { "anthropic-beta": WEBHOOKS_BETA };

export interface WebhooksApi {
  /** The result's `signing_secret` is returned only this once. Not retried once it may have reached the server. */
  createWebhook(body: WebhookCreateBody): Promise<WireNewWebhookEndpoint>;
  /** Oldest first. */
  listWebhooks(): AsyncIterable<WireWebhookEndpoint>;
  getWebhook(webhookId: string): Promise<WireWebhookEndpoint>;
  /** Only the fields sent change. */
  updateWebhook(webhookId: string, body: WebhookUpdateBody): Promise<WireWebhookEndpoint>;
  deleteWebhook(webhookId: string): Promise<WireDeleted<"webhook_endpoint_deleted">>;
  /** A new signing secret, returned only here; the old one stops working at once. */
  regenerateWebhookSigningSecret(webhookId: string): Promise<{ signing_secret: string }>;
}

const WebhooksPage = idPageSchema(WebhookEndpointSchema);

export function webhooksApi(ctx: RequestContext): WebhooksApi {
  return {
    createWebhook: (body) =>
      request(ctx, {
        operation: "createWebhook", method: "POST", path: ["webhooks"], body, bodySchema: WebhookCreateBody, headers,
        schema: NewWebhookEndpointSchema,
      }),
    listWebhooks: () =>
      paginateById("listWebhooks", (afterId) =>
        request(ctx, {
          operation: "listWebhooks", method: "GET", path: ["webhooks"], headers,
          // Ascending, so that `after_id` walks forward from the oldest (the API's default is newest first).
          query: { order: "asc", limit: pageLimit(undefined, "listWebhooks"), after_id: afterId },
          schema: WebhooksPage,
        }),
      ),
    getWebhook: (webhookId) =>
      request(ctx, { operation: "getWebhook", method: "GET", path: ["webhooks", webhookId], headers, schema: WebhookEndpointSchema }),
    updateWebhook: (webhookId, body) =>
      request(ctx, {
        operation: "updateWebhook", method: "POST", path: ["webhooks", webhookId], body, bodySchema: WebhookUpdateBody,
        headers, idempotent: true, schema: WebhookEndpointSchema,
      }),
    deleteWebhook: (webhookId) =>
      request(ctx, {
        operation: "deleteWebhook", method: "DELETE", path: ["webhooks", webhookId], headers,
        schema: deletedSchema("webhook_endpoint_deleted"),
      }),
    regenerateWebhookSigningSecret: (webhookId) =>
      request(ctx, {
        operation: "regenerateWebhookSigningSecret", method: "POST", path: ["webhooks", webhookId, "regenerate_signing_secret"],
        headers,
        // Safe to resend: a secret made by an attempt whose answer was lost is replaced by the next one,
        // so the secret that comes back is always the one in force.
        idempotent: true,
        schema: SigningSecretSchema,
      }),
  };
}
