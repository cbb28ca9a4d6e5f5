import type * as pulumi from "@pulumi/pulumi";
import type { AdminClient } from "../../client";
import type { WireApiKey } from "../../client/schemas";
import { adminClient } from "../../settings/provider-settings";
import { checkInputs, containsUnknown, type CheckFailure } from "../check";
import { claim, keptForAnotherResource } from "../claims";
import { recordDeclared, refreshed, withoutInternal } from "../declared";
import { ListedReads } from "../listed-reads";
import { doneUnless, gone, unlessNotFound } from "../outcomes";
import { ownerOf } from "../owner";
import { alwaysReported, diffApiKey, expiryFailure, idempotencyKeyFor, isGone, matchesHint, outputsFromWire } from "./plan";
import type { ApiKeyInputs, ApiKeyOutputs } from "./schema";
import type { KindHandlers } from "../kind-handlers";
import { checkedInputs } from "./generated";

/** The kind's zod schema, loaded by its first check: a refresh or a destroy builds none. */
const schema = () => import("./schema.js");

/** A refresh of many keys reads them from one listing. */
const listed = new ListedReads<WireApiKey>();

const label = (inputs: { name?: string; adoptId?: string }) => `ApiKey "${inputs.name ?? inputs.adoptId}"`;
const legacy = { inputs: checkedInputs, alwaysReported };

/** ApiKey CRUD: the functions the dynamic provider shim calls. */
export const apiKeyHandlers = {
  async check(olds: Partial<ApiKeyInputs> | undefined, news: Record<string, unknown>) {
    const result = checkInputs("ApiKey", (await schema()).apiKeyInputs, news);
    const failures = [...result.failures, ...expiryFailure(olds, news)];
    if (failures.length === 0) failures.push(...(await keyValueFailures(olds, result.inputs as ApiKeyInputs)));
    return { ...result, failures };
  },

  diff: async (_id: string, olds: ApiKeyOutputs, news: ApiKeyInputs) => diffApiKey(olds, news),

  async create(inputs: ApiKeyInputs): Promise<pulumi.dynamic.CreateResult> {
    listed.forget();
    const client = adminClient(label(inputs));
    if (inputs.adoptId) {
      const live = await adopt(client, inputs);
      return { id: live.id, outs: recordDeclared(outputsFromWire(inputs, live, inputs.key), inputs) };
    }
    const { key, ...live } = await createKey(client, inputs);
    if (inputs.status === "inactive") {
      try {
        const inactive = await client.updateApiKey(live.id, { status: "inactive" });
        return { id: live.id, outs: recordDeclared(outputsFromWire(inputs, inactive, key), inputs) };
      } catch (err) {
        // Never leave a working key behind that state does not know about.
        await client.updateApiKey(live.id, { status: "archived" }).catch(() => undefined);
        throw err;
      }
    }
    return { id: live.id, outs: recordDeclared(outputsFromWire(inputs, live, key), inputs) };
  },

  async read(id: string, props: ApiKeyOutputs): Promise<pulumi.dynamic.ReadResult> {
    const client = adminClient(label(props));
    const live = await listed.read(id, () => unlessNotFound(client.getApiKey(id)), () => client.listApiKeys());
    if (!live || isGone(live)) return gone;
    // The secret is returned only once, at creation: carry it over from state.
    return refreshed(id, props, legacy, (declared: ApiKeyInputs) => outputsFromWire(declared, live, props.key));
  },

  async update(id: string, olds: ApiKeyOutputs, news: ApiKeyInputs): Promise<pulumi.dynamic.UpdateResult> {
    listed.forget();
    const client = adminClient(label(news));
    const body = changes(olds, news);
    const key = news.key ?? olds.key;
    // Nothing to write (revokeOnDelete, or a corrected value of an adopted key): no request at all.
    if (!body) return { outs: recordDeclared({ ...olds, ...withoutInternal(news), key: key ?? null } as ApiKeyOutputs, news) };
    return { outs: recordDeclared(outputsFromWire(news, await client.updateApiKey(id, body), key), news) };
  },

  async delete(id: string, props: ApiKeyOutputs): Promise<void> {
    // A key made elsewhere is left working unless the program asked for it to be revoked.
    if (props.adoptId && !props.revokeOnDelete) return;
    if (await keptForAnotherResource(id, `${label(props)} (${id}) was not revoked`)) return;
    listed.forget();
    // One request: an archived key (refused, then confirmed) or a deleted one (404) is done too.
    const client = adminClient(label(props));
    await doneUnless(client.updateApiKey(id, { status: "archived" }), /\bis archived\b/i, async () => {
      const live = await unlessNotFound(client.getApiKey(id));
      return !live || isGone(live);
    });
  },
} satisfies KindHandlers<ApiKeyInputs, ApiKeyOutputs>;

/** The name and status changes that bring a key to the inputs; an unset input is never written. */
function changes(current: { name?: string; status?: string }, inputs: ApiKeyInputs) {
  const body: { name?: string; status?: "active" | "inactive" } = {};
  if (inputs.name !== undefined && inputs.name !== current.name) body.name = inputs.name;
  if (inputs.status && inputs.status !== current.status) body.status = inputs.status;
  return Object.keys(body).length > 0 ? body : undefined;
}

/**
 * Mints the key with an idempotency key derived from the resource and its inputs, so a create repeated
 * after an interrupted `up` gets the same key back instead of a second one. A key that comes back
 * already revoked (the same inputs were used before, e.g. keepers rotated back) steps to the next one.
 */
async function createKey(client: AdminClient, inputs: ApiKeyInputs) {
  const owner = ownerOf(inputs);
  const body = { name: inputs.name!, workspace_id: inputs.workspaceId!, ...(inputs.expiresAt ? { expires_at: inputs.expiresAt } : {}) };
  if (!owner) return client.createApiKey(body);
  for (let attempt = 1; ; attempt++) {
    const created = await client.createApiKey(body, { idempotencyKey: idempotencyKeyFor(owner, inputs, attempt) });
    if (!created.replayed) return created;
    const live = await unlessNotFound(client.getApiKey(created.id));
    if (live && !isGone(live)) {
      claim(created.id);
      return { ...created, ...live };
    }
  }
}

async function adopt(client: AdminClient, inputs: ApiKeyInputs): Promise<WireApiKey> {
  const live = await liveKeyToAdopt(client, inputs.adoptId!);
  const liveWorkspace = live.scope.workspace_id;
  if (inputs.workspaceId && liveWorkspace !== inputs.workspaceId) {
    throw new Error(`workspaceId: API key ${live.id} belongs to workspace ${liveWorkspace ?? "(none)"}, not ${inputs.workspaceId}; keys cannot move between workspaces`);
  }
  if (inputs.key !== undefined && !matchesHint(inputs.key, live.partial_key_hint)) throw new Error(hintMismatch(live));
  claim(live.id);
  // Only what the program declares is written: an unset name or status leaves the key as it is.
  const body = changes(live, inputs);
  return body ? client.updateApiKey(live.id, body) : live;
}

async function liveKeyToAdopt(client: AdminClient, adoptId: string): Promise<WireApiKey> {
  const live = await unlessNotFound(client.getApiKey(adoptId));
  if (!live) throw new Error(`adoptId: there is no API key ${adoptId} in this organization; check the id in the Console`);
  if (isGone(live)) throw new Error(`adoptId: API key ${live.id} is ${live.status} and cannot be managed; remove adoptId to create a new key`);
  return live;
}

const hintMismatch = (live: WireApiKey) =>
  `key: the value given does not match API key ${live.id} (its hint is ${live.partial_key_hint}); ` +
  "check that the secret holds the value of this key, not another one";

/**
 * A value given for an adopted key is checked against the key's hint at preview, before anything is
 * written, when it is new or changed (one read of the key). The value itself is never echoed.
 */
async function keyValueFailures(olds: Partial<ApiKeyInputs> | undefined, news: ApiKeyInputs): Promise<CheckFailure[]> {
  if (!news.adoptId || news.key === undefined || containsUnknown(news.key) || containsUnknown(news.adoptId)) return [];
  if (olds?.key === news.key && olds?.adoptId === news.adoptId) return [];
  const client = adminClient(label(news));
  const live = await unlessNotFound(client.getApiKey(news.adoptId));
  if (!live) return [{ property: "adoptId", reason: `there is no API key ${news.adoptId} in this organization; check the id in the Console` }];
  return matchesHint(news.key, live.partial_key_hint) ? [] : [{ property: "key", reason: hintMismatch(live).replace(/^key: /, "") }];
}
