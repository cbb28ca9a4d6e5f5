import type * as pulumi from "@pulumi/pulumi";
import type { AdminClient } from "../../client";
import type { WireWebhookEndpoint } from "../../client/webhook-schemas";
import { adminClient } from "../../settings/provider-settings";
import { checkInputs } from "../check";
import { recordDeclared, refreshed, withoutInternal } from "../declared";
import { ListedReads } from "../listed-reads";
import { gone, unlessNotFound } from "../outcomes";
import { diffWebhookEndpoint, keepersChanged, outputsFromWire, updateBody } from "./plan";
import type { WebhookEndpointInputs, WebhookEndpointOutputs } from "./schema";
import type { KindHandlers } from "../kind-handlers";
import { checkedInputs } from "./generated";

/** The kind's zod schema, loaded by its first check: a refresh or a destroy builds none. */
const schema = () => import("./schema.js");

/** A refresh of many endpoints reads them from one listing. */
const listed = new ListedReads<WireWebhookEndpoint>();

const label = (inputs: { name?: string; url?: string }) => `WebhookEndpoint "${inputs.name ?? inputs.url}"`;
// No state of this kind predates `__declared`; a `get` with partial state is read by the keys it has.
const legacy = { inputs: checkedInputs, alwaysReported: [] };

/**
 * WebhookEndpoint CRUD: the functions the dynamic provider shim calls. Requests: create 1 (2 with
 * `enabled: false`, which the create call does not take), update 1 (+1 when keepers regenerate the
 * secret), delete 1, refresh 1 (or a share of one listing), a no-change preview 0.
 */
export const webhookEndpointHandlers = {
  check: async (_olds: unknown, news: Record<string, unknown>) => checkInputs("WebhookEndpoint", (await schema()).webhookEndpointInputs, news),

  diff: async (_id: string, olds: WebhookEndpointOutputs, news: WebhookEndpointInputs) => diffWebhookEndpoint(olds, news),

  async create(inputs: WebhookEndpointInputs): Promise<pulumi.dynamic.CreateResult> {
    listed.forget();
    const client = adminClient(label(inputs));
    const { signing_secret: signingSecret, ...created } = await client.createWebhook({
      url: inputs.url,
      enabled_events: inputs.events,
      ...(inputs.name !== undefined ? { name: inputs.name } : {}),
      ...(inputs.description !== undefined ? { description: inputs.description } : {}),
    });
    const live = inputs.enabled === false ? await disabled(client, created.id) : created;
    return { id: live.id, outs: recordDeclared(outputsFromWire(inputs, live, signingSecret), inputs) };
  },

  async read(id: string, props: WebhookEndpointOutputs): Promise<pulumi.dynamic.ReadResult> {
    const client = adminClient(label(props));
    const live = await listed.read(id, () => unlessNotFound(client.getWebhook(id)), () => client.listWebhooks());
    if (!live) return gone;
    // The secret is returned only at creation and regeneration: carry it over from state.
    return refreshed(id, props, legacy, (declared: WebhookEndpointInputs) => outputsFromWire(declared, live, props.signingSecret));
  },

  async update(id: string, olds: WebhookEndpointOutputs, news: WebhookEndpointInputs): Promise<pulumi.dynamic.UpdateResult> {
    listed.forget();
    const client = adminClient(label(news));
    const body = updateBody(olds, news);
    const live = body ? await client.updateWebhook(id, body) : undefined;
    // In place: the endpoint keeps its id and URL; the old secret stops working at once.
    const signingSecret = keepersChanged(olds, news) ? (await client.regenerateWebhookSigningSecret(id)).signing_secret : olds.signingSecret;
    const outs = live
      ? outputsFromWire(news, live, signingSecret)
      : { ...olds, ...withoutInternal(news), name: olds.name, signingSecret: signingSecret ?? null };
    return { outs: recordDeclared(outs, news) };
  },

  async delete(id: string, props: WebhookEndpointOutputs): Promise<void> {
    listed.forget();
    // One request; an endpoint already deleted (404) is done.
    await unlessNotFound(adminClient(label(props)).deleteWebhook(id));
  },
} satisfies KindHandlers<WebhookEndpointInputs, WebhookEndpointOutputs>;

/**
 * The create call makes every endpoint enabled. One that must start disabled is disabled next; if that
 * fails the endpoint is deleted again, so nothing that state does not know about receives deliveries.
 */
async function disabled(client: AdminClient, id: string): Promise<WireWebhookEndpoint> {
  try {
    return await client.updateWebhook(id, { state: "disabled" });
  } catch (err) {
    await client.deleteWebhook(id).catch(() => undefined);
    throw err;
  }
}
