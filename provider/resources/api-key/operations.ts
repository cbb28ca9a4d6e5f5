import type * as pulumi from "@pulumi/pulumi";
import type { AdminClient } from "../../client";
import type { WireApiKey } from "../../client/schemas";
import { pickDefined } from "../../defined";
import { adminClient } from "../../dynamic/settings";
import { checkInputs } from "../check";
import { gone, unlessNotFound } from "../outcomes";
import { diffApiKey, isGone, outputsFromWire } from "./plan";
import { apiKeyInputs, type ApiKeyInputs, type ApiKeyOutputs } from "./schema";

const label = (inputs: { name: string }) => `ApiKey "${inputs.name}"`;

/** ApiKey CRUD: the functions the dynamic provider shim calls. */
export const apiKeyHandlers = {
  check: async (_olds: unknown, news: Record<string, unknown>) => checkInputs(apiKeyInputs, news),

  diff: async (_id: string, olds: ApiKeyOutputs, news: ApiKeyInputs) => diffApiKey(olds, news),

  async create(inputs: ApiKeyInputs): Promise<pulumi.dynamic.CreateResult> {
    const client = adminClient(label(inputs));
    if (inputs.adoptId) {
      const live = await adopt(client, inputs);
      return { id: live.id, outs: outputsFromWire(inputs, live, undefined) };
    }
    const created = await client.createApiKey({
      name: inputs.name,
      workspace_id: inputs.workspaceId!,
      ...(inputs.expiresAt ? { expires_at: inputs.expiresAt } : {}),
    });
    const { key, ...live } = created;
    if (inputs.status === "inactive") {
      try {
        return { id: live.id, outs: outputsFromWire(inputs, await client.updateApiKey(live.id, { status: "inactive" }), key) };
      } catch (err) {
        // Never leave a working key behind that state does not know about.
        await client.updateApiKey(live.id, { status: "archived" }).catch(() => undefined);
        throw err;
      }
    }
    return { id: live.id, outs: outputsFromWire(inputs, live, key) };
  },

  async read(id: string, props: ApiKeyOutputs): Promise<pulumi.dynamic.ReadResult> {
    const live = await unlessNotFound(adminClient(label(props)).getApiKey(id));
    if (!live || isGone(live)) return gone;
    // The secret is returned only once, at creation: carry it over from state.
    const outs = outputsFromWire(inputsOf(props), live, props.key);
    return { id, props: outs, inputs: inputsOf(outs) };
  },

  async update(id: string, olds: ApiKeyOutputs, news: ApiKeyInputs): Promise<pulumi.dynamic.UpdateResult> {
    const client = adminClient(label(news));
    const body: { name?: string; status?: "active" | "inactive" } = {};
    if (news.name !== olds.name) body.name = news.name;
    if (news.status && news.status !== olds.status) body.status = news.status;
    const live = Object.keys(body).length > 0 ? await client.updateApiKey(id, body) : await client.getApiKey(id);
    return { outs: outputsFromWire(news, live, olds.key) };
  },

  async delete(id: string, props: ApiKeyOutputs): Promise<void> {
    // A key made elsewhere is left working unless the program asked for it to be revoked.
    if (props.adoptId && !props.revokeOnDelete) return;
    const client = adminClient(label(props));
    const live = await unlessNotFound(client.getApiKey(id));
    if (live && live.status !== "archived") await unlessNotFound(client.updateApiKey(id, { status: "archived" }));
  },
};

async function adopt(client: AdminClient, inputs: ApiKeyInputs): Promise<WireApiKey> {
  const live = await unlessNotFound(client.getApiKey(inputs.adoptId!));
  if (!live) throw new Error(`adoptId: there is no API key ${inputs.adoptId} in this organization; check the id in the Console`);
  if (isGone(live)) throw new Error(`adoptId: API key ${live.id} is ${live.status} and cannot be managed; remove adoptId to create a new key`);
  const liveWorkspace = live.scope.workspace_id;
  if (inputs.workspaceId && liveWorkspace !== inputs.workspaceId) {
    throw new Error(`workspaceId: API key ${live.id} belongs to workspace ${liveWorkspace ?? "(none)"}, not ${inputs.workspaceId}; keys cannot move between workspaces`);
  }
  const body: { name?: string; status?: "active" | "inactive" } = {};
  if (inputs.name !== live.name) body.name = inputs.name;
  if (inputs.status && inputs.status !== live.status) body.status = inputs.status;
  return Object.keys(body).length > 0 ? client.updateApiKey(live.id, body) : live;
}

const inputsOf = (outputs: ApiKeyOutputs): ApiKeyInputs =>
  pickDefined(outputs, Object.keys(apiKeyInputs.shape) as Array<keyof ApiKeyInputs>);
