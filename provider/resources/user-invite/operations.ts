import type * as pulumi from "@pulumi/pulumi";
import { adminClient } from "../../dynamic/settings";
import { checkInputs } from "../check";
import { gone, unlessNotFound } from "../outcomes";
import { diffUserInvite, isGone, outputsFromWire } from "./plan";
import { userInviteInputs, type UserInviteInputs, type UserInviteOutputs } from "./schema";

const label = (inputs: { email: string }) => `UserInvite "${inputs.email}"`;

/** UserInvite CRUD: the functions the dynamic provider shim calls. */
export const userInviteHandlers = {
  check: async (_olds: unknown, news: Record<string, unknown>) => checkInputs(userInviteInputs, news),

  diff: async (_id: string, olds: UserInviteOutputs, news: UserInviteInputs) => diffUserInvite(olds, news),

  async create(inputs: UserInviteInputs): Promise<pulumi.dynamic.CreateResult> {
    const live = await adminClient(label(inputs)).createInvite({
      email: inputs.email,
      role: inputs.role,
      ...(inputs.groups ? { rbac_group_ids: inputs.groups } : {}),
    });
    return { id: live.id, outs: outputsFromWire(inputs, live) };
  },

  async read(id: string, props: UserInviteOutputs): Promise<pulumi.dynamic.ReadResult> {
    const live = await unlessNotFound(adminClient(label(props)).getInvite(id));
    if (!live || isGone(live)) return gone;
    const outs = outputsFromWire(props, live);
    const inputs: UserInviteInputs = { email: outs.email, role: outs.role, ...(outs.groups ? { groups: outs.groups } : {}) };
    return { id, props: outs, inputs };
  },

  async update(): Promise<pulumi.dynamic.UpdateResult> {
    // diff() reports every change as a replacement, so the engine never asks for this.
    throw new Error("UserInvite cannot be changed in place; every change replaces the invite");
  },

  async delete(id: string, props: UserInviteOutputs): Promise<void> {
    // Only a pending invite can be withdrawn; an accepted one has become a member (see OrganizationMember).
    const client = adminClient(label(props));
    const live = await unlessNotFound(client.getInvite(id));
    if (live?.status === "pending") await unlessNotFound(client.deleteInvite(id));
  },
};
