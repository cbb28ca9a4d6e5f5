/** The organization's webhook endpoints: where they deliver and which events, never a signing secret. */
import type * as pulumi from "@pulumi/pulumi";
import { outputOf } from "./output";

/** Arguments of `getWebhooks`; all optional. */
export interface GetWebhooksArgs {
  /**
   * Which organization of the stack config (`anthropic:organizations.<name>.*`) to read; default: the
   * top-level `anthropic:*` settings.
   */
  organization?: string;
}

/** Arguments of `getWebhooksOutput`: those of `getWebhooks`, each may be an Input. */
export interface GetWebhooksOutputArgs {
  /**
   * Which organization of the stack config (`anthropic:organizations.<name>.*`) to read; default: the
   * top-level `anthropic:*` settings.
   */
  organization?: pulumi.Input<string>;
}

export interface WebhookInfo {
  /** The endpoint's id. */
  id: string;
  url: string;
  /** An empty string when the endpoint has none. */
  name: string;
  /** An empty string when the endpoint has none. */
  description: string;
  /** The event types delivered to it. */
  events: string[];
  /** Whether deliveries are sent. */
  enabled: boolean;
  /** Why Anthropic disabled the endpoint; an empty string when it is enabled or a caller disabled it. */
  disabledReason: string;
  createdAt: string;
  updatedAt: string;
}

export interface GetWebhooksResult {
  webhooks: WebhookInfo[];
}

/** Every organization webhook endpoint (not those of a workspace), oldest first, following all pages. */
export async function getWebhooks(args?: GetWebhooksArgs, opts?: pulumi.InvokeOptions): Promise<GetWebhooksResult> {
  return (await import("./calls/webhooks.js")).getWebhooks(args, opts);
}

export function getWebhooksOutput(args?: GetWebhooksOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetWebhooksResult> {
  return outputOf(getWebhooks, args, opts);
}
