import type * as pulumi from "@pulumi/pulumi";
import { isDeepStrictEqual } from "node:util";
import type { WebhookUpdateBody, WireWebhookEndpoint } from "../../client/webhook-schemas";
import { withoutInternal } from "../declared";
import { diffSpecOf } from "../declare";
import { inputChanges } from "./generated";
import { diffInputs, type DiffSpec } from "../diff";
import type { WebhookEndpointInputs, WebhookEndpointOutputs } from "./schema";

/** Pure planning for WebhookEndpoint: what changed, the request bodies, the outputs. No I/O here. */

const sorted = (events: readonly string[] | undefined) => (events ? [...events].sort() : events);

export const diffSpec: DiffSpec = diffSpecOf(inputChanges, { keepWhenUnset: ["description", "enabled"] });

export function diffWebhookEndpoint(olds: Partial<WebhookEndpointOutputs>, news: WebhookEndpointInputs): pulumi.dynamic.DiffResult {
  // Events are a set: only a different set is a change.
  return diffInputs({ ...olds, events: sorted(olds.events) }, { ...news, events: sorted(news.events) }, diffSpec);
}

/** The update body that brings the endpoint from `current` to the inputs, or undefined when nothing differs. */
export function updateBody(current: Partial<WebhookEndpointOutputs>, inputs: WebhookEndpointInputs): WebhookUpdateBody | undefined {
  const body: WebhookUpdateBody = {};
  if (inputs.url !== current.url) body.url = inputs.url;
  if (!isDeepStrictEqual(sorted(inputs.events), sorted(current.events))) body.enabled_events = inputs.events;
  if (inputs.name !== undefined && inputs.name !== current.name) body.name = inputs.name;
  if (inputs.description !== undefined && inputs.description !== current.description) body.description = inputs.description;
  if (inputs.enabled !== undefined && inputs.enabled !== current.enabled) body.state = inputs.enabled ? "enabled" : "disabled";
  return Object.keys(body).length > 0 ? body : undefined;
}

/** Whether the keepers changed since the secret was made (added, removed or any value): the secret is regenerated. */
export function keepersChanged(olds: Partial<WebhookEndpointInputs>, news: WebhookEndpointInputs): boolean {
  return !isDeepStrictEqual(olds.keepers ?? null, news.keepers ?? null);
}

/**
 * What state records: the declared inputs with live values (events as written when the set is the
 * same), what users read of the endpoint, and the signing secret (a secret output).
 */
export function outputsFromWire(inputs: WebhookEndpointInputs, live: WireWebhookEndpoint, signingSecret: string | null | undefined): WebhookEndpointOutputs {
  const sameEvents = isDeepStrictEqual(sorted(inputs.events), sorted(live.enabled_events));
  return {
    ...withoutInternal(inputs),
    url: live.url,
    events: (sameEvents ? inputs.events : live.enabled_events) as WebhookEndpointOutputs["events"],
    name: live.name,
    description: live.description,
    enabled: live.state === "enabled",
    disabledReason: live.disabled_reason,
    signingSecret: signingSecret ?? null,
  };
}
