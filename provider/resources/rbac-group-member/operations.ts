import type * as pulumi from "@pulumi/pulumi";
import type { AdminClient } from "../../client";
import { AnthropicAdminError, NotFoundError } from "../../client/errors";
import type { WireRbacGroupMember } from "../../client/rbac";
import { adminClient } from "../../settings/provider-settings";
import { checkInputs } from "../check";
import { claim, keptForAnotherResource } from "../claims";
import { gone, unlessNotFound } from "../outcomes";
import { diffRbacGroupMember } from "./plan";
import type { RbacGroupMemberInputs, RbacGroupMemberOutputs } from "./schema";
import { groupMemberId, parseGroupMemberId } from "./ids";
import type { KindHandlers } from "../kind-handlers";

/** The kind's zod schema, loaded by its first check: a refresh or a destroy builds none. */
const schema = () => import("./schema.js");

const label = (m: RbacGroupMemberInputs) => `RbacGroupMember "${groupMemberId(m)}"`;

const outputsOf = (live: WireRbacGroupMember): RbacGroupMemberOutputs => ({ rbacGroupId: live.rbac_group_id, userId: live.user_id, email: live.email });

/** RbacGroupMember CRUD: the functions the dynamic provider shim calls. */
export const rbacGroupMemberHandlers = {
  check: async (_olds: unknown, news: Record<string, unknown>) => checkInputs("RbacGroupMember", (await schema()).rbacGroupMemberInputs, news),

  diff: async (_id: string, olds: RbacGroupMemberOutputs, news: RbacGroupMemberInputs) => diffRbacGroupMember(olds, news),

  async create(inputs: RbacGroupMemberInputs): Promise<pulumi.dynamic.CreateResult> {
    const live = await addOrTakeOver(adminClient(label(inputs)), inputs);
    return { id: groupMemberId(inputs), outs: outputsOf(live) };
  },

  async read(id: string): Promise<pulumi.dynamic.ReadResult> {
    const member = parseGroupMemberId(id);
    const live = await membership(adminClient(label(member)), member);
    if (!live) return gone;
    const outs = outputsOf(live);
    return { id, props: outs, inputs: { rbacGroupId: outs.rbacGroupId, userId: outs.userId } };
  },

  async update(): Promise<pulumi.dynamic.UpdateResult> {
    // diff() reports every change as a replacement, so the engine never asks for this.
    throw new Error("RbacGroupMember cannot be changed in place; every change replaces the membership");
  },

  async delete(id: string): Promise<void> {
    const member = parseGroupMemberId(id);
    if (await keptForAnotherResource(id, `${label(member)} was not removed`)) return;
    // One request; a membership (or group) already gone is done.
    await unlessNotFound(adminClient(label(member)).removeRbacGroupMember(member.rbacGroupId, member.userId));
  },
} satisfies KindHandlers<RbacGroupMemberInputs, RbacGroupMemberOutputs>;

/**
 * The live membership, from the group's member list (the API has no read of one membership); undefined
 * when the user is not a member or the group is gone.
 */
async function membership(client: AdminClient, member: RbacGroupMemberInputs): Promise<WireRbacGroupMember | undefined> {
  try {
    for await (const live of client.listRbacGroupMembers(member.rbacGroupId)) if (live.user_id === member.userId) return live;
    return undefined;
  } catch (err) {
    if (err instanceof NotFoundError) return undefined;
    throw err;
  }
}

/**
 * Adds the user, or takes over the membership that exists already (an interrupted create, or a rename in
 * this deployment whose old resource is deleted afterwards).
 */
async function addOrTakeOver(client: AdminClient, inputs: RbacGroupMemberInputs): Promise<WireRbacGroupMember> {
  try {
    return await client.addRbacGroupMember(inputs.rbacGroupId, { user_id: inputs.userId });
  } catch (err) {
    if (!(err instanceof AnthropicAdminError) || (err.status ?? 500) >= 500 || !/already a member/i.test(err.serverMessage ?? "")) throw err;
    const live = await membership(client, inputs);
    if (!live) throw err;
    claim(groupMemberId(inputs));
    return live;
  }
}
