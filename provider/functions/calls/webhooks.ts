/** `getWebhooks` itself: loaded on its first call (see ../generated/functions.ts). */
import type * as pulumi from "@pulumi/pulumi";
import { collect } from "../../client";
import type { WireWebhookEndpoint } from "../../client/webhook-schemas";
import { parseArgs } from "../arguments";
import { functionClient } from "../client";
import { getWebhooks as declared } from "../declarations/webhooks";
import type { GetWebhooksArgs, GetWebhooksResult, WebhookInfo } from "../generated/webhooks";

function webhookInfo(w: WireWebhookEndpoint): WebhookInfo {
  return {
    id: w.id,
    url: w.url,
    name: w.name,
    description: w.description,
    events: [...w.enabled_events],
    enabled: w.state === "enabled",
    disabledReason: w.disabled_reason,
    createdAt: w.created_at,
    updatedAt: w.updated_at,
  };
}

export async function getWebhooks(args?: GetWebhooksArgs, _opts?: pulumi.InvokeOptions): Promise<GetWebhooksResult> {
  const { organization } = parseArgs("getWebhooks", declared.args, args);
  const webhooks = await collect(functionClient("getWebhooks", organization).listWebhooks());
  return { webhooks: webhooks.map(webhookInfo) };
}
