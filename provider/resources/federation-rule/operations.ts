import type * as pulumi from "@pulumi/pulumi";
import type { AdminClient } from "../../client";
import type { WireFederationRule } from "../../client/federation-schemas";
import { adminClient } from "../../settings/provider-settings";
import { checkInputs } from "../check";
import { recordDeclared, refreshed, withoutInternal } from "../declared";
import { ListedReads } from "../listed-reads";
import { leftoverAfterConflict, ownedByDescription } from "../name-taken";
import { gone, PartialResourceError, unlessNotFound } from "../outcomes";
import { ownerOf } from "../owner";
import { requireMemberships } from "./membership";
import { createBody, diffFederationRule, liveWorkspaceIds, outputsFromWire, updateBody, workspaceChanges } from "./plan";
import type { FederationRuleInputs, FederationRuleOutputs } from "./schema";
import type { KindHandlers } from "../kind-handlers";
import { checkedInputs } from "./generated";

/** The kind's zod schema, loaded by its first check: a refresh or a destroy builds none. */
const schema = () => import("./schema.js");

/** A refresh of many rules reads them from one listing. */
const listed = new ListedReads<WireFederationRule>();

const label = (inputs: { name?: string }) => `FederationRule "${inputs.name}"`;
const legacy = { inputs: checkedInputs, alwaysReported: [] };

/**
 * FederationRule CRUD: the functions the dynamic provider shim calls (OAuth token only). Requests:
 * create 2 (the target's memberships, then the rule) + 1 per workspace beyond the first; update 1 for
 * the rule's own fields, + 1 per workspace enabled or disabled, + 1 membership listing when the target
 * or the workspaces change; delete 1 (archive); refresh 1 (or a share of one listing); no-change preview 0.
 */
export const federationRuleHandlers = {
  check: async (_olds: unknown, news: Record<string, unknown>) => checkInputs("FederationRule", (await schema()).federationRuleInputs, news),

  diff: async (_id: string, olds: FederationRuleOutputs, news: FederationRuleInputs) => diffFederationRule(olds, news),

  async create(inputs: FederationRuleInputs): Promise<pulumi.dynamic.CreateResult> {
    listed.forget();
    const client = adminClient(label(inputs));
    const workspaceIds = inputs.workspaceIds ?? [];
    if (!inputs.appliesToAllWorkspaces) await requireMemberships(client, inputs.serviceAccountId, workspaceIds);
    let created: WireFederationRule;
    try {
      created = await client.createFederationRule(createBody(inputs));
    } catch (err) {
      return takeOver(inputs, await leftoverAfterConflict(err, nameTaken(client, inputs)));
    }
    const live = await enableEach(client, created, workspaceIds.filter((id) => !liveWorkspaceIds(created).includes(id)), inputs);
    return { id: live.id, outs: recordDeclared(outputsFromWire(inputs, live.rule, live.workspaceIds), inputs) };
  },

  async read(id: string, props: FederationRuleOutputs): Promise<pulumi.dynamic.ReadResult> {
    const client = adminClient(label(props));
    const live = await listed.read(id, () => unlessNotFound(client.getFederationRule(id)), () => client.listFederationRules());
    // Archiving stops token exchange for good (and clears the workspaces): the rule is gone.
    if (!live || live.archived_at) return gone;
    return refreshed(id, props, legacy, (declared: FederationRuleInputs) => outputsFromWire(declared, live));
  },

  async update(id: string, olds: FederationRuleOutputs, news: FederationRuleInputs): Promise<pulumi.dynamic.UpdateResult> {
    listed.forget();
    const client = adminClient(label(news));
    const { add, remove } = workspaceChanges(olds.workspaceIds ?? [], news);
    if (!news.appliesToAllWorkspaces) {
      // A new target must be a member everywhere the rule mints; the same target, where it is added.
      const wanted = news.serviceAccountId !== olds.serviceAccountId ? (news.workspaceIds ?? olds.workspaceIds ?? []) : add;
      await requireMemberships(client, news.serviceAccountId, wanted);
    }
    // Enable first and disable last, so that the rule is never left with no workspace in between.
    for (const workspaceId of add) await client.addFederationRuleWorkspace(id, workspaceId);
    const body = updateBody(olds, news);
    const live = body ? await client.updateFederationRule(id, body) : undefined;
    for (const workspaceId of remove) await unlessNotFound(client.removeFederationRuleWorkspace(id, workspaceId));
    const workspaceIds = [...(olds.workspaceIds ?? []), ...add].filter((ws) => !remove.includes(ws));
    const outs = live
      ? outputsFromWire(news, live, workspaceIds)
      : { ...olds, ...withoutInternal(news), workspaceIds: news.workspaceIds ?? workspaceIds };
    return { outs: recordDeclared(outs, news) };
  },

  async delete(id: string, props: FederationRuleOutputs): Promise<void> {
    listed.forget();
    // One request, idempotent; already gone (404) is done. Tokens minted before live on until they expire.
    await unlessNotFound(adminClient(label(props)).archiveFederationRule(id));
  },
} satisfies KindHandlers<FederationRuleInputs, FederationRuleOutputs>;

/** Names are unique among live rules: a 409 may be this resource's own create whose response was lost. */
function nameTaken(client: AdminClient, inputs: FederationRuleInputs) {
  return {
    label: label(inputs), what: "federation rule", name: inputs.name, owner: ownerOf(inputs),
    list: () => client.listFederationRules(),
    // The issuer is fixed once created: a rule on another issuer is not what this create made.
    owns: (live: WireFederationRule, owner: string) => live.issuer_id === inputs.issuerId && ownedByDescription(live, owner),
    remedy: (other: WireFederationRule) =>
      `archive ${other.id} if nothing uses it (in the Console, or POST /v1/organizations/federation_rules/${other.id}/archive with an org:admin token)`,
  };
}

/** The leftover, brought to the inputs exactly as an update from its live state would. */
async function takeOver(inputs: FederationRuleInputs, leftover: WireFederationRule): Promise<pulumi.dynamic.CreateResult> {
  const { outs } = await federationRuleHandlers.update(leftover.id, outputsFromWire({}, leftover), inputs);
  return { id: leftover.id, outs };
}

/**
 * Enables the rule in each further workspace. A failure leaves a rule that exists but is not complete:
 * reported as such, so it is recorded in state and the next `up` enables the rest.
 */
async function enableEach(client: AdminClient, rule: WireFederationRule, workspaceIds: string[], inputs: FederationRuleInputs) {
  const enabled = liveWorkspaceIds(rule);
  try {
    for (const workspaceId of workspaceIds) {
      await client.addFederationRuleWorkspace(rule.id, workspaceId);
      enabled.push(workspaceId);
    }
  } catch (err) {
    const properties = recordDeclared(outputsFromWire(inputs, rule, enabled), inputs) as unknown as Record<string, unknown>;
    throw new PartialResourceError(rule.id, properties, err);
  }
  return { id: rule.id, rule, workspaceIds: enabled };
}
