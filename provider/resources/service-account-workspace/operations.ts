import type * as pulumi from "@pulumi/pulumi";
import { InvalidRequestError } from "../../client/errors";
import type { WireServiceAccountMember } from "../../client/federation-schemas";
import { adminClient } from "../../settings/provider-settings";
import { checkInputs } from "../check";
import { claim, keptForAnotherResource } from "../claims";
import { gone, unlessNotFound } from "../outcomes";
import { diffServiceAccountWorkspace } from "./plan";
import type { ServiceAccountWorkspaceInputs, ServiceAccountWorkspaceOutputs } from "./schema";
import { membershipId, parseMembershipId } from "./ids";
import type { KindHandlers } from "../kind-handlers";

/** The kind's zod schema, loaded by its first check: a refresh or a destroy builds none. */
const schema = () => import("./schema.js");

const label = (m: { serviceAccountId: string; workspaceId: string }) => `ServiceAccountWorkspace "${membershipId(m)}"`;

const outputsOf = (live: WireServiceAccountMember): ServiceAccountWorkspaceOutputs => ({
  serviceAccountId: live.service_account_id,
  workspaceId: live.workspace_id,
  role: live.workspace_role as ServiceAccountWorkspaceOutputs["role"],
});

/** The API answers 400 for anything in an archived workspace: the membership is gone with it. */
const archived = (err: unknown) => err instanceof InvalidRequestError && /archived/i.test(err.serverMessage ?? "");

/**
 * ServiceAccountWorkspace CRUD: the functions the dynamic provider shim calls (OAuth token only).
 * Requests: create 1, update 1, delete 1, refresh 1, a no-change preview 0.
 */
export const serviceAccountWorkspaceHandlers = {
  check: async (_olds: unknown, news: Record<string, unknown>) => checkInputs("ServiceAccountWorkspace", (await schema()).serviceAccountWorkspaceInputs, news),

  diff: async (_id: string, olds: ServiceAccountWorkspaceOutputs, news: ServiceAccountWorkspaceInputs) => diffServiceAccountWorkspace(olds, news),

  async create(inputs: ServiceAccountWorkspaceInputs): Promise<pulumi.dynamic.CreateResult> {
    // The API's add replaces the role of a membership that exists (an interrupted create, a rename in this
    // deployment): so it is always this resource's now, and a delete of the same membership by another
    // resource later in this deployment must leave it alone.
    const live = await adminClient(label(inputs)).addServiceAccountToWorkspace(inputs.serviceAccountId, inputs.workspaceId, inputs.role);
    claim(membershipId(inputs));
    return { id: membershipId(inputs), outs: outputsOf(live) };
  },

  async read(id: string): Promise<pulumi.dynamic.ReadResult> {
    const member = parseMembershipId(id);
    let live: WireServiceAccountMember | undefined;
    try {
      live = await unlessNotFound(adminClient(label(member)).getWorkspaceServiceAccount(member.workspaceId, member.serviceAccountId));
    } catch (err) {
      if (!archived(err)) throw err;
    }
    // The implicit default-workspace membership is what remains once the explicit one is removed.
    if (!live || live.implicit === true) return gone;
    const outs = outputsOf(live);
    return { id, props: outs, inputs: outs };
  },

  async update(id: string, _olds: ServiceAccountWorkspaceOutputs, news: ServiceAccountWorkspaceInputs): Promise<pulumi.dynamic.UpdateResult> {
    const { serviceAccountId, workspaceId } = parseMembershipId(id);
    const live = await adminClient(label(news)).updateWorkspaceServiceAccount(workspaceId, serviceAccountId, news.role);
    return { outs: outputsOf(live) };
  },

  async delete(id: string): Promise<void> {
    const member = parseMembershipId(id);
    if (await keptForAnotherResource(id, `${label(member)} was not removed`)) return;
    // One request; idempotent. In an archived workspace the membership went with the workspace.
    try {
      await unlessNotFound(adminClient(label(member)).removeServiceAccountFromWorkspace(member.serviceAccountId, member.workspaceId));
    } catch (err) {
      if (!archived(err)) throw err;
    }
  },
} satisfies KindHandlers<ServiceAccountWorkspaceInputs, ServiceAccountWorkspaceOutputs>;
