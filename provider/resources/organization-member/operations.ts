import type * as pulumi from "@pulumi/pulumi";
import type { AdminClient } from "../../client";
import { adminClient } from "../../settings/provider-settings";
import { sameValue } from "../../base/canonical";
import { checkInputs } from "../check";
import { usersWithEmail } from "../users-by-email";
import { claim, keptForAnotherResource } from "../claims";
import { recordDeclared, refreshed } from "../declared";
import { gone, unlessNotFound } from "../outcomes";
import { diffOrganizationMember, outputsFromWire } from "./plan";
import { signOutBeforeRemoval } from "./sign-out";
import type { OrganizationMemberInputs, OrganizationMemberOutputs } from "./schema";
import type { KindHandlers } from "../kind-handlers";
import { checkedInputs } from "./generated";

/** The kind's zod schema, loaded by its first check: a refresh or a destroy builds none. */
const schema = () => import("./schema.js");

const label = (m: { userId?: string; email?: string }) => `OrganizationMember "${m.email ?? m.userId}"`;
// State from 0.1.0 always reported userId; email stays, as most programs name people by it.
const legacy = { inputs: checkedInputs, alwaysReported: ["userId"] };

/** OrganizationMember CRUD: the functions the dynamic provider shim calls. */
export const organizationMemberHandlers = {
  check: async (_olds: unknown, news: Record<string, unknown>) => checkInputs("OrganizationMember", (await schema()).organizationMemberInputs, news),

  diff: async (_id: string, olds: OrganizationMemberOutputs, news: OrganizationMemberInputs) => diffOrganizationMember(olds, news),

  async create(inputs: OrganizationMemberInputs): Promise<pulumi.dynamic.CreateResult> {
    const client = adminClient(label(inputs));
    let live = await findUser(client, inputs);
    // If this deployment also deletes a resource that held this person, that delete must leave them.
    claim(live.id);
    if (live.role !== inputs.role) live = await client.updateUser(live.id, { role: inputs.role });
    return { id: live.id, outs: recordDeclared(outputsFromWire(inputs, live), inputs) };
  },

  async read(id: string, props: OrganizationMemberOutputs): Promise<pulumi.dynamic.ReadResult> {
    const live = await unlessNotFound(adminClient(label(props)).getUser(id));
    if (!live) return gone;
    return refreshed(id, props, legacy, (declared: OrganizationMemberInputs) => outputsFromWire(declared, live));
  },

  async update(id: string, olds: OrganizationMemberOutputs, news: OrganizationMemberInputs): Promise<pulumi.dynamic.UpdateResult> {
    const client = adminClient(label(news));
    // Only the role is written; another change (revokeKeysOnDelete) is recorded with no request.
    if (news.role === olds.role) return { outs: recordDeclared({ ...olds, ...news }, news) };
    return { outs: recordDeclared(outputsFromWire(news, await client.updateUser(id, { role: news.role })), news) };
  },

  async delete(id: string, props: OrganizationMemberOutputs): Promise<void> {
    if (await keptForAnotherResource(id, `${label(props)} (${id}) was not removed from the organization`)) return;
    const client = adminClient(label(props));
    await signOutBeforeRemoval(client, id);
    // The Admin API keeps a removed user's keys working; offboarding means revoking them first.
    if (props.revokeKeysOnDelete ?? true) {
      for await (const key of client.listApiKeys({ createdByUserId: id })) {
        if (key.status === "active" || key.status === "inactive") await unlessNotFound(client.updateApiKey(key.id, { status: "archived" }));
      }
    }
    await unlessNotFound(client.deleteUser(id));
  },
} satisfies KindHandlers<OrganizationMemberInputs, OrganizationMemberOutputs>;

async function findUser(client: AdminClient, inputs: OrganizationMemberInputs) {
  if (inputs.userId) {
    const live = await unlessNotFound(client.getUser(inputs.userId));
    if (!live) throw new Error(`userId: there is no user ${inputs.userId} in this organization`);
    if (inputs.email && !sameValue("email", live.email, inputs.email)) {
      throw new Error(`email: user ${live.id} has email ${live.email}, not ${inputs.email}; name the user by one of them`);
    }
    return live;
  }
  const [user] = await usersWithEmail(client, inputs.email!);
  if (user) return user;
  throw new Error(
    `email: no user with email ${inputs.email} in this organization; invite them with UserInvite and manage them once they accept`,
  );
}
