import type * as pulumi from "@pulumi/pulumi";
import type { AdminClient } from "../../client";
import { AnthropicAdminError } from "../../client/errors";
import type { WireInvite } from "../../client/schemas";
import { warn } from "../../base/engine-log";
import { adminClient } from "../../settings/provider-settings";
import { sameValue } from "../../base/canonical";
import { checkInputs } from "../check";
import { claim, keptForAnotherResource } from "../claims";
import { recordDeclared, refreshed } from "../declared";
import { doneUnless, gone, unlessNotFound } from "../outcomes";
import { diffUserInvite, isGone, outputsFromWire } from "./plan";
import type { UserInviteInputs, UserInviteOutputs } from "./schema";
import type { KindHandlers } from "../kind-handlers";
import { checkedInputs } from "./generated";

/** The kind's zod schema, loaded by its first check: a refresh or a destroy builds none. */
const schema = () => import("./schema.js");

const label = (inputs: { email: string }) => `UserInvite "${inputs.email}"`;
// Invite outputs always reported email and role, which are required inputs anyway.
const legacy = { inputs: checkedInputs, alwaysReported: [] };

/** UserInvite CRUD: the functions the dynamic provider shim calls. */
export const userInviteHandlers = {
  check: async (_olds: unknown, news: Record<string, unknown>) => checkInputs("UserInvite", (await schema()).userInviteInputs, news),

  diff: async (_id: string, olds: UserInviteOutputs, news: UserInviteInputs) => diffUserInvite(olds, news),

  async create(inputs: UserInviteInputs): Promise<pulumi.dynamic.CreateResult> {
    const client = adminClient(label(inputs));
    const live = await inviteOrTakeOver(client, inputs);
    return { id: live.id, outs: recordDeclared(outputsFromWire(inputs, live), inputs) };
  },

  async read(id: string, props: UserInviteOutputs): Promise<pulumi.dynamic.ReadResult> {
    const live = await unlessNotFound(adminClient(label(props)).getInvite(id));
    if (!live || isGone(live)) return gone;
    return refreshed(id, props, legacy, (declared: UserInviteInputs) => outputsFromWire(declared, live));
  },

  async update(): Promise<pulumi.dynamic.UpdateResult> {
    // diff() reports every change as a replacement, so the engine never asks for this.
    throw new Error("UserInvite cannot be changed in place; every change replaces the invite");
  },

  async delete(id: string, props: UserInviteOutputs): Promise<void> {
    if (await keptForAnotherResource(id, `${label(props)} (${id}) was not withdrawn`)) return;
    // One request. Only a pending invite can be withdrawn: an accepted one has become a member (see
    // OrganizationMember) and an expired one is void, so the API's refusal for those is done too.
    const client = adminClient(label(props));
    await doneUnless(client.deleteInvite(id), /\bis (accepted|expired|deleted)\b/i, async () => (await unlessNotFound(client.getInvite(id)))?.status !== "pending");
  },
} satisfies KindHandlers<UserInviteInputs, UserInviteOutputs>;

/**
 * Invites, unless a pending invite for the same email and role already exists (an interrupted create
 * of this resource, or a rename in this deployment): that one is taken over instead of failing.
 */
async function inviteOrTakeOver(client: AdminClient, inputs: UserInviteInputs): Promise<WireInvite> {
  try {
    return await client.createInvite({ email: inputs.email, role: inputs.role, ...(inputs.groups ? { rbac_group_ids: inputs.groups } : {}) });
  } catch (err) {
    if (!(err instanceof AnthropicAdminError) || (err.status ?? 500) >= 500) throw err;
    const pending = await pendingInvite(client, inputs.email);
    if (!pending) throw err;
    if (pending.role !== inputs.role || !sameGroups(pending, inputs)) {
      throw new Error(
        `email: a pending invite for ${pending.email} with role ${pending.role} already exists (${pending.id}) and this ` +
          `resource asks for ${inputs.role}; withdraw that invite in the Console or declare the same role`,
      );
    }
    claim(pending.id);
    await warn(`${label(inputs)}: took over the pending invite ${pending.id} for the same email and role.`);
    return pending;
  }
}

async function pendingInvite(client: AdminClient, email: string): Promise<WireInvite | undefined> {
  for await (const invite of client.listInvites({ email, statuses: ["pending"] })) {
    if (invite.status === "pending" && sameValue("email", invite.email, email)) return invite;
  }
  return undefined;
}

const sameGroups = (live: WireInvite, inputs: UserInviteInputs) => sameValue("groups", live.rbac_group_ids ?? [], inputs.groups ?? []);
