import type * as pulumi from "@pulumi/pulumi";
import type { WireFederationIssuer } from "../../client/federation-schemas";
import { adminClient } from "../../settings/provider-settings";
import { checkInputs } from "../check";
import { recordDeclared, refreshed, withoutInternal } from "../declared";
import { ListedReads } from "../listed-reads";
import { leftoverAfterConflict } from "../name-taken";
import { gone, unlessNotFound } from "../outcomes";
import { createBody, diffFederationIssuer, outputsFromWire, updateBody } from "./plan";
import type { FederationIssuerInputs, FederationIssuerOutputs } from "./schema";
import type { KindHandlers } from "../kind-handlers";
import { checkedInputs } from "./generated";

/** The kind's zod schema, loaded by its first check: a refresh or a destroy builds none. */
const schema = () => import("./schema.js");

/** A refresh of many issuers reads them from one listing. */
const listed = new ListedReads<WireFederationIssuer>();

const label = (inputs: { name?: string }) => `FederationIssuer "${inputs.name}"`;
const legacy = { inputs: checkedInputs, alwaysReported: [] };

/**
 * FederationIssuer CRUD: the functions the dynamic provider shim calls (OAuth token only). Requests:
 * create 1, update 1, delete 1 (archive), refresh 1 (or a share of one listing), a no-change preview 0.
 */
export const federationIssuerHandlers = {
  check: async (_olds: unknown, news: Record<string, unknown>) => checkInputs("FederationIssuer", (await schema()).federationIssuerInputs, news),

  diff: async (_id: string, olds: FederationIssuerOutputs, news: FederationIssuerInputs) => diffFederationIssuer(olds, news),

  async create(inputs: FederationIssuerInputs): Promise<pulumi.dynamic.CreateResult> {
    listed.forget();
    const client = adminClient(label(inputs));
    const live = await client.createFederationIssuer(createBody(inputs)).catch((err: unknown) =>
      // An issuer has no free-text field to carry an owner line, and every other field may be the same in
      // another stack (dev and prod of one project): a same-named issuer is never taken over (no `owns`).
      leftoverAfterConflict(err, {
        label: label(inputs), what: "federation issuer", name: inputs.name, owner: undefined,
        list: () => client.listFederationIssuers(),
        remedy: (other) =>
          `if an interrupted pulumi up created it for this resource and no rule uses it, archive ${other.id} ` +
          `(in the Console, or POST /v1/organizations/federation_issuers/${other.id}/archive with an org:admin token)`,
      }),
    );
    return { id: live.id, outs: recordDeclared(outputsFromWire(inputs, live), inputs) };
  },

  async read(id: string, props: FederationIssuerOutputs): Promise<pulumi.dynamic.ReadResult> {
    const client = adminClient(label(props));
    const live = await listed.read(id, () => unlessNotFound(client.getFederationIssuer(id)), () => client.listFederationIssuers());
    // An archived issuer cannot be updated or restored: it is gone.
    if (!live || live.archived_at) return gone;
    return refreshed(id, props, legacy, (declared: FederationIssuerInputs) => outputsFromWire(declared, live));
  },

  async update(id: string, olds: FederationIssuerOutputs, news: FederationIssuerInputs): Promise<pulumi.dynamic.UpdateResult> {
    listed.forget();
    const body = updateBody(olds, news);
    const outs = body
      ? outputsFromWire(news, await adminClient(label(news)).updateFederationIssuer(id, body))
      : { ...olds, ...withoutInternal(news) };
    return { outs: recordDeclared(outs, news) };
  },

  async delete(id: string, props: FederationIssuerOutputs): Promise<void> {
    listed.forget();
    // One request, idempotent; already gone (404) is done. Refused (400) while a live rule uses the issuer:
    // rules that take its id are deleted first by the engine.
    await unlessNotFound(adminClient(label(props)).archiveFederationIssuer(id));
  },
} satisfies KindHandlers<FederationIssuerInputs, FederationIssuerOutputs>;
