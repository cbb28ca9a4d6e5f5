import type * as pulumi from "@pulumi/pulumi";
import type { AdminClient } from "../../client";
import { adminClient } from "../../dynamic/settings";
import { checkInputs } from "../check";
import { gone, unlessNotFound } from "../outcomes";
import { diffOrganizationMember, outputsFromWire } from "./plan";
import { organizationMemberInputs, type OrganizationMemberInputs, type OrganizationMemberOutputs } from "./schema";

const label = (m: { userId?: string; email?: string }) => `OrganizationMember "${m.email ?? m.userId}"`;

/** OrganizationMember CRUD: the functions the dynamic provider shim calls. */
export const organizationMemberHandlers = {
  check: async (_olds: unknown, news: Record<string, unknown>) => checkInputs(organizationMemberInputs, news),

  diff: async (_id: string, olds: OrganizationMemberOutputs, news: OrganizationMemberInputs) => diffOrganizationMember(olds, news),

  async create(inputs: OrganizationMemberInputs): Promise<pulumi.dynamic.CreateResult> {
    const client = adminClient(label(inputs));
    let live = await findUser(client, inputs);
    if (live.role !== inputs.role) live = await client.updateUser(live.id, { role: inputs.role });
    return { id: live.id, outs: outputsFromWire(inputs, live) };
  },

  async read(id: string, props: OrganizationMemberOutputs): Promise<pulumi.dynamic.ReadResult> {
    const live = await unlessNotFound(adminClient(label(props)).getUser(id));
    if (!live) return gone;
    const outs = outputsFromWire(props, live);
    const inputs: OrganizationMemberInputs = { userId: outs.userId, email: outs.email, role: outs.role };
    if (props.revokeKeysOnDelete !== undefined) inputs.revokeKeysOnDelete = props.revokeKeysOnDelete;
    return { id, props: outs, inputs };
  },

  async update(id: string, olds: OrganizationMemberOutputs, news: OrganizationMemberInputs): Promise<pulumi.dynamic.UpdateResult> {
    const client = adminClient(label(news));
    const live = news.role !== olds.role ? await client.updateUser(id, { role: news.role }) : await client.getUser(id);
    return { outs: outputsFromWire(news, live) };
  },

  async delete(id: string, props: OrganizationMemberOutputs): Promise<void> {
    const client = adminClient(label(props));
    // The Admin API keeps a removed user's keys working; offboarding means revoking them first.
    if (props.revokeKeysOnDelete ?? true) {
      for (const status of ["active", "inactive"] as const) {
        for await (const key of client.listApiKeys({ createdByUserId: id, status })) {
          await unlessNotFound(client.updateApiKey(key.id, { status: "archived" }));
        }
      }
    }
    await unlessNotFound(client.deleteUser(id));
  },
};

async function findUser(client: AdminClient, inputs: OrganizationMemberInputs) {
  if (inputs.userId) {
    const live = await unlessNotFound(client.getUser(inputs.userId));
    if (!live) throw new Error(`userId: there is no user ${inputs.userId} in this organization`);
    if (inputs.email && live.email.toLowerCase() !== inputs.email.toLowerCase()) {
      throw new Error(`email: user ${live.id} has email ${live.email}, not ${inputs.email}; name the user by one of them`);
    }
    return live;
  }
  const email = inputs.email!.toLowerCase();
  for await (const user of client.listUsers({ email })) {
    if (user.email.toLowerCase() === email) return user;
  }
  throw new Error(
    `email: no user with email ${inputs.email} in this organization; invite them with UserInvite and manage them once they accept`,
  );
}
