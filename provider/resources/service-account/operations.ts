import type * as pulumi from "@pulumi/pulumi";
import type { WireServiceAccount } from "../../client/federation-schemas";
import { adminClient } from "../../settings/provider-settings";
import { checkInputs } from "../check";
import { recordDeclared, refreshed, withoutInternal } from "../declared";
import { ListedReads } from "../listed-reads";
import { leftoverAfterConflict, ownedByDescription } from "../name-taken";
import { gone, unlessNotFound } from "../outcomes";
import { ownerOf } from "../owner";
import { createBody, diffServiceAccount, outputsFromWire, updateBody } from "./plan";
import type { ServiceAccountInputs, ServiceAccountOutputs } from "./schema";
import type { KindHandlers } from "../kind-handlers";
import { checkedInputs } from "./generated";

/** The kind's zod schema, loaded by its first check: a refresh or a destroy builds none. */
const schema = () => import("./schema.js");

/** A refresh of many accounts reads them from one listing (archived ones are not listed, so read alone). */
const listed = new ListedReads<WireServiceAccount>();

const label = (inputs: { name?: string }) => `ServiceAccount "${inputs.name}"`;
const legacy = { inputs: checkedInputs, alwaysReported: [] };

/**
 * ServiceAccount CRUD: the functions the dynamic provider shim calls. These endpoints take only an OAuth
 * token (`anthropic:authToken` or federation). Requests: create 1, update 1, delete 1 (archive), refresh 1
 * (or a share of one listing), a no-change preview 0.
 */
export const serviceAccountHandlers = {
  check: async (_olds: unknown, news: Record<string, unknown>) => checkInputs("ServiceAccount", (await schema()).serviceAccountInputs, news),

  diff: async (_id: string, olds: ServiceAccountOutputs, news: ServiceAccountInputs) => diffServiceAccount(olds, news),

  async create(inputs: ServiceAccountInputs): Promise<pulumi.dynamic.CreateResult> {
    listed.forget();
    const client = adminClient(label(inputs));
    const live = await client.createServiceAccount(createBody(inputs)).catch(async (err: unknown) => {
      // Names are unique: a 409 may be this resource's own create whose response was lost.
      const leftover = await leftoverAfterConflict(err, {
        label: label(inputs), what: "service account", name: inputs.name, owner: ownerOf(inputs),
        list: () => client.listServiceAccounts(), owns: ownedByDescription,
        remedy: (other) => `archive ${other.id} if nothing uses it (in the Console, or POST /v1/organizations/service_accounts/${other.id}/archive with an org:admin token)`,
      });
      const body = updateBody(outputsFromWire({}, leftover), inputs);
      return body ? client.updateServiceAccount(leftover.id, body) : leftover;
    });
    return { id: live.id, outs: recordDeclared(outputsFromWire(inputs, live), inputs) };
  },

  async read(id: string, props: ServiceAccountOutputs): Promise<pulumi.dynamic.ReadResult> {
    const client = adminClient(label(props));
    const live = await listed.read(id, () => unlessNotFound(client.getServiceAccount(id)), () => client.listServiceAccounts());
    // Archiving is final (there is no unarchive): an archived account is gone.
    if (!live || live.archived_at) return gone;
    return refreshed(id, props, legacy, (declared: ServiceAccountInputs) => outputsFromWire(declared, live));
  },

  async update(id: string, olds: ServiceAccountOutputs, news: ServiceAccountInputs): Promise<pulumi.dynamic.UpdateResult> {
    listed.forget();
    const body = updateBody(olds, news);
    const outs = body
      ? outputsFromWire(news, await adminClient(label(news)).updateServiceAccount(id, body))
      : { ...olds, ...withoutInternal(news) };
    return { outs: recordDeclared(outs, news) };
  },

  async delete(id: string, props: ServiceAccountOutputs): Promise<void> {
    listed.forget();
    // One request, idempotent; an account already gone (404) is done. The API refuses (400) while a live
    // federation rule targets the account: the engine deletes such rules first when they depend on it.
    await unlessNotFound(adminClient(label(props)).archiveServiceAccount(id));
  },
} satisfies KindHandlers<ServiceAccountInputs, ServiceAccountOutputs>;
