import type * as pulumi from "@pulumi/pulumi";
import type { AdminClient } from "../../client";
import { collect } from "../../client/pagination";
import type { WireTelemetryDestination } from "../../client/telemetry-schemas";
import { adminClient } from "../../settings/provider-settings";
import { checkInputs } from "../check";
import { declaredKeysOf, recordDeclared, refreshed, withoutInternal } from "../declared";
import { ListedReads } from "../listed-reads";
import { gone, unlessNotFound } from "../outcomes";
import { headerFailures } from "./headers";
import { diffTelemetryDestination, IDS_PER_REQUEST, listOf, liveHeaders, outputsFromWire, updatePlan } from "./plan";
import type { TelemetryDestinationInputs, TelemetryDestinationOutputs } from "./schema";
import type { KindHandlers } from "../kind-handlers";
import { checkedInputs } from "./generated";

/** The kind's zod schema, loaded by its first check: a refresh or a destroy builds none. */
const schema = () => import("./schema.js");

/** A refresh of many destinations reads them from one listing. */
const listed = new ListedReads<WireTelemetryDestination>();

const label = (inputs: { displayName?: string; endpointUrl?: string }) => `TelemetryDestination "${inputs.displayName ?? inputs.endpointUrl}"`;
const legacy = { inputs: [...checkedInputs, "headers"], alwaysReported: [] };

/**
 * TelemetryDestination CRUD: the functions the dynamic provider shim calls. Requests: create 1 (+1
 * with `enabled: false`, +1 per listed workspace beyond the 100 a create takes), update 1 for the
 * destination's own fields plus 1 per workspace added to or removed from its list, delete 1, refresh 1
 * (+1 to read the list of an include/exclude destination), a no-change preview 0.
 */
export const telemetryDestinationHandlers = {
  async check(_olds: unknown, news: Record<string, unknown>) {
    // Header values are secrets: they are checked apart, by rules whose messages never show a value.
    const { headers, ...rest } = news;
    const result = checkInputs("TelemetryDestination", (await schema()).telemetryDestinationInputs, rest);
    const inputs = headers === undefined ? result.inputs : { ...result.inputs, headers };
    return { inputs, failures: [...result.failures, ...headerFailures(headers)] };
  },

  diff: async (_id: string, olds: TelemetryDestinationOutputs, news: TelemetryDestinationInputs) => diffTelemetryDestination(olds, news),

  async create(inputs: TelemetryDestinationInputs): Promise<pulumi.dynamic.CreateResult> {
    listed.forget();
    const client = adminClient(label(inputs));
    const { type, ids } = listOf(inputs.workspaces);
    const created = await client.createTelemetryDestination({
      endpoint_url: inputs.endpointUrl,
      workspaces: type === "all" ? { type } : { type, workspace_ids: ids.slice(0, IDS_PER_REQUEST) },
      ...(inputs.displayName !== undefined ? { display_name: inputs.displayName } : {}),
      ...(inputs.headers !== undefined ? { headers: inputs.headers } : {}),
    });
    const live = await finishCreate(client, created, ids.slice(IDS_PER_REQUEST), inputs.enabled === false);
    return { id: live.id, outs: recordDeclared(outputsFromWire(inputs, live, ids, inputs.headers), inputs) };
  },

  async read(id: string, props: TelemetryDestinationOutputs): Promise<pulumi.dynamic.ReadResult> {
    const client = adminClient(label(props));
    const live = await listed.read(id, () => unlessNotFound(client.getTelemetryDestination(id)), () => client.listTelemetryDestinations());
    if (!live) return gone;
    const ids = live.workspaces.type === "all" ? [] : (await collect(client.listTelemetryDestinationWorkspaces(id))).map((w) => w.workspace_id);
    const declaresHeaders = declaredKeysOf(props as unknown as Record<string, unknown>, legacy).includes("headers");
    // Header values are write-only: state's values are kept for the names the API still has.
    const headers = declaresHeaders ? liveHeaders(props.headers, live.header_names) : undefined;
    return refreshed(id, props, legacy, (declared: TelemetryDestinationInputs) => outputsFromWire(declared, live, ids, headers));
  },

  async update(id: string, olds: TelemetryDestinationOutputs, news: TelemetryDestinationInputs): Promise<pulumi.dynamic.UpdateResult> {
    listed.forget();
    const client = adminClient(label(news));
    const { body, add, remove } = updatePlan(olds, news);
    let live = body ? await client.updateTelemetryDestination(id, body) : undefined;
    for (const workspaceId of add) await client.addTelemetryDestinationWorkspace(id, workspaceId);
    for (const workspaceId of remove) await unlessNotFound(client.removeTelemetryDestinationWorkspace(id, workspaceId));
    const ids = listOf(news.workspaces).ids;
    if (live) return { outs: recordDeclared(outputsFromWire(news, live, ids, news.headers), news) };
    const outs: TelemetryDestinationOutputs = { ...olds, ...withoutInternal(news) };
    if (news.headers === undefined) delete outs.headers;
    return { outs: recordDeclared(outs, news) };
  },

  async delete(id: string, props: TelemetryDestinationOutputs): Promise<void> {
    listed.forget();
    // One request: the destination and its workspace list go together; already deleted (404) is done.
    await unlessNotFound(adminClient(label(props)).deleteTelemetryDestination(id));
  },
} satisfies KindHandlers<TelemetryDestinationInputs, TelemetryDestinationOutputs>;

/**
 * The calls a create may need after the first: workspaces beyond the 100 one request takes, and the
 * disabled state the create call does not take. If one fails the destination is deleted again, so
 * nothing state does not know about exports anyone's spans.
 */
async function finishCreate(client: AdminClient, created: WireTelemetryDestination, more: string[], disable: boolean) {
  try {
    for (const workspaceId of more) await client.addTelemetryDestinationWorkspace(created.id, workspaceId);
    return disable ? await client.updateTelemetryDestination(created.id, { state: { type: "disabled" } }) : created;
  } catch (err) {
    await client.deleteTelemetryDestination(created.id).catch(() => undefined);
    throw err;
  }
}
