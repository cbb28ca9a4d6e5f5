import type * as pulumi from "@pulumi/pulumi";
import { isDeepStrictEqual } from "node:util";
import type { AdminClient } from "../../client";
import { InvalidRequestError } from "../../client/errors";
import type { WireExternalKey } from "../../client/external-keys";
import { adminClient } from "../../settings/provider-settings";
import { checkInputs } from "../check";
import { recordDeclared, refreshed } from "../declared";
import { ListedReads } from "../listed-reads";
import { gone, unlessNotFound } from "../outcomes";
import { createBody, diffExternalKey, outputsFromWire, wireProviderConfig } from "./plan";
import type { ExternalKeyInputs, ExternalKeyOutputs } from "./schema";
import type { KindHandlers } from "../kind-handlers";
import { checkedInputs } from "./generated";

/** The kind's zod schema, loaded by its first check: a refresh or a destroy builds none. */
const schema = () => import("./schema.js");

/** A refresh of many keys reads them from one listing. */
const listed = new ListedReads<WireExternalKey>();

const label = (inputs: { displayName?: string }) => `ExternalKey "${inputs.displayName ?? "(unnamed)"}"`;
// A kind made after `__declared` existed: its state always records which inputs were declared.
const legacy = { inputs: checkedInputs, alwaysReported: [] };

/** ExternalKey CRUD: the functions the dynamic provider shim calls. */
export const externalKeyHandlers = {
  check: async (_olds: unknown, news: Record<string, unknown>) => checkInputs("ExternalKey", (await schema()).externalKeyInputs, news),

  diff: async (_id: string, olds: ExternalKeyOutputs, news: ExternalKeyInputs) => diffExternalKey(olds, news),

  async create(inputs: ExternalKeyInputs): Promise<pulumi.dynamic.CreateResult> {
    listed.forget();
    const client = adminClient(label(inputs));
    const live = await client.createExternalKey(createBody(inputs));
    if (inputs.validate) await keptIfValid(client, live.id);
    return { id: live.id, outs: recordDeclared(outputsFromWire(inputs, live), inputs) };
  },

  async read(id: string, props: ExternalKeyOutputs): Promise<pulumi.dynamic.ReadResult> {
    const client = adminClient(label(props));
    const live = await listed.read(id, () => unlessNotFound(client.getExternalKey(id)), () => client.listExternalKeys());
    if (!live) return gone;
    return refreshed(id, props, legacy, (declared: ExternalKeyInputs) => outputsFromWire(declared, live));
  },

  async update(id: string, olds: ExternalKeyOutputs, news: ExternalKeyInputs): Promise<pulumi.dynamic.UpdateResult> {
    const body: Record<string, unknown> = {};
    if (news.displayName !== undefined && news.displayName !== olds.displayName) body.display_name = news.displayName;
    if (news.geo !== undefined && news.geo !== olds.geo) body.geo = news.geo;
    const reconfigured = !isDeepStrictEqual(news.providerConfig, olds.providerConfig);
    if (reconfigured) body.provider_config = wireProviderConfig(news.providerConfig);
    // Nothing to write (only `validate` changed): no request at all.
    if (Object.keys(body).length === 0) return { outs: recordDeclared({ ...olds, ...news }, news) };
    listed.forget();
    const client = adminClient(label(news));
    const live = await attachedRefusal(client.updateExternalKey(id, body), id, "reconfigured");
    if (reconfigured && news.validate) {
      const failure = await validationFailure(client, id);
      if (failure) throw new Error(`providerConfig: ${failure}. The new configuration was saved; fix the key policy and run \`pulumi up\` again to check it.`);
    }
    return { outs: recordDeclared(outputsFromWire(news, live), news) };
  },

  async delete(id: string, props: ExternalKeyOutputs): Promise<void> {
    listed.forget();
    await unlessNotFound(attachedRefusal(adminClient(label(props)).deleteExternalKey(id), id, "deleted"));
  },
} satisfies KindHandlers<ExternalKeyInputs, ExternalKeyOutputs>;

/** The KMS's reason when the API's encrypt/decrypt round trip failed; undefined when it worked. */
/**
 * The KMS check of a new key. A config the KMS refuses is inert (no workspace uses it yet), and so is one
 * whose check could not run: either way it is removed, so that nothing is left behind that no state
 * knows, and the next `up` creates it again.
 */
async function keptIfValid(client: AdminClient, id: string): Promise<void> {
  let failure: string | undefined;
  try {
    failure = await validationFailure(client, id);
  } catch (err) {
    await unlessNotFound(client.deleteExternalKey(id)).catch(() => undefined);
    throw err;
  }
  if (failure) {
    await unlessNotFound(client.deleteExternalKey(id));
    throw new Error(`providerConfig: ${failure}; the external key was not kept. Grant Anthropic access in the key's policy, then run \`pulumi up\` again.`);
  }
}

async function validationFailure(client: AdminClient, id: string): Promise<string | undefined> {
  const result = await client.validateExternalKey(id);
  if (result.status === "success") return undefined;
  return `the KMS check of ${id} failed: ${result.error ?? "no reason given"}`;
}

/**
 * The API refuses to delete or reconfigure a key that a workspace (archived ones included) uses: its data
 * stays encrypted under it. The refusal is passed on with what the user can do about it.
 */
async function attachedRefusal<T>(call: Promise<T>, id: string, what: "deleted" | "reconfigured"): Promise<T> {
  try {
    return await call;
  } catch (err) {
    if (!(err instanceof InvalidRequestError) || !/attached|in use|workspace/i.test(err.serverMessage ?? "")) throw err;
    const hint =
      what === "deleted"
        ? "To drop it from the stack and keep it, set the `retainOnDelete` resource option (or run `pulumi state delete`)."
        : "Rotate the key material in your KMS instead (the external key id stays the same), or create a new ExternalKey for new workspaces.";
    err.message = `${err.message} External key ${id} is used by a workspace and cannot be ${what}. ${hint}`;
    throw err;
  }
}
