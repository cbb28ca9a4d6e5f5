/** `getWebhooks`: the organization's webhook endpoints: where they deliver and which events, never a signing secret. */
import { z } from "zod";
import { declareFunction, field, named } from "../declare";
import { organizationArgument } from "../organization-argument";

const webhook = named(
  z.object({
    id: field(z.string(), "The endpoint's id."),
    url: field(z.string(), "Where it delivers."),
    name: field(z.string(), "An empty string when the endpoint has none."),
    description: field(z.string(), "An empty string when the endpoint has none."),
    events: field(z.array(z.string()), "The event types delivered to it."),
    enabled: field(z.boolean(), "Whether deliveries are sent."),
    disabledReason: field(z.string(), "Why Anthropic disabled the endpoint; an empty string when it is enabled or a caller disabled it."),
    createdAt: field(z.string(), "When it was created (RFC 3339)."),
    updatedAt: field(z.string(), "When it last changed (RFC 3339)."),
  }),
  "WebhookInfo",
  "A webhook endpoint of the organization, without its signing secret.",
);

export const getWebhooks = declareFunction({
  name: "getWebhooks",
  description: "Every organization webhook endpoint (not those of a workspace), oldest first, following all pages.",
  args: z.strictObject({ organization: organizationArgument }),
  result: z.object({ webhooks: field(z.array(webhook), "The endpoints.") }),
});
