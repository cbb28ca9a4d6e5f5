import type * as pulumi from "@pulumi/pulumi";
import type { AdminClient } from "../../client";
import { AnthropicAdminError } from "../../client/errors";
import { adminClient } from "../../settings/provider-settings";
import { checkInputs } from "../check";
import { claim, keptForAnotherResource } from "../claims";
import { gone, unlessNotFound } from "../outcomes";
import { diffWorkspaceMember } from "./plan";
import type { WorkspaceMemberInputs, WorkspaceMemberOutputs } from "./schema";
import { memberId, parseMemberId } from "./ids";
import type { KindHandlers } from "../kind-handlers";

/** The kind's zod schema, loaded by its first check: a refresh or a destroy builds none. */
const schema = () => import("./schema.js");

const label = (m: { workspaceId: string; userId: string }) => `WorkspaceMember "${memberId(m)}"`;

/** WorkspaceMember CRUD: the functions the dynamic provider shim calls. */
export const workspaceMemberHandlers = {
  check: async (_olds: unknown, news: Record<string, unknown>) => checkInputs("WorkspaceMember", (await schema()).workspaceMemberInputs, news),

  diff: async (_id: string, olds: WorkspaceMemberOutputs, news: WorkspaceMemberInputs) => diffWorkspaceMember(olds, news),

  async create(inputs: WorkspaceMemberInputs): Promise<pulumi.dynamic.CreateResult> {
    const live = await addOrTakeOver(adminClient(label(inputs)), inputs);
    return { id: memberId(inputs), outs: { workspaceId: live.workspace_id, userId: live.user_id, role: live.workspace_role } };
  },

  async read(id: string): Promise<pulumi.dynamic.ReadResult> {
    const { workspaceId, userId } = parseMemberId(id);
    const live = await unlessNotFound(adminClient(label({ workspaceId, userId })).getWorkspaceMember(workspaceId, userId));
    if (!live) return gone;
    const outs = { workspaceId, userId, role: live.workspace_role };
    return { id, props: outs, inputs: outs };
  },

  async update(id: string, _olds: WorkspaceMemberOutputs, news: WorkspaceMemberInputs): Promise<pulumi.dynamic.UpdateResult> {
    const { workspaceId, userId } = parseMemberId(id);
    const live = await adminClient(label(news)).updateWorkspaceMember(workspaceId, userId, { workspace_role: news.role });
    return { outs: { workspaceId, userId, role: live.workspace_role } };
  },

  async delete(id: string): Promise<void> {
    const { workspaceId, userId } = parseMemberId(id);
    if (await keptForAnotherResource(id, `${label({ workspaceId, userId })} was not removed`)) return;
    await unlessNotFound(adminClient(label({ workspaceId, userId })).removeWorkspaceMember(workspaceId, userId));
  },
} satisfies KindHandlers<WorkspaceMemberInputs, WorkspaceMemberOutputs>;

/**
 * Adds the membership, or takes over the one that exists already (an interrupted create, or a rename
 * in this deployment whose old resource is deleted afterwards), bringing its role to the inputs.
 */
async function addOrTakeOver(client: AdminClient, inputs: WorkspaceMemberInputs) {
  try {
    return await client.addWorkspaceMember(inputs.workspaceId, { user_id: inputs.userId, workspace_role: inputs.role });
  } catch (err) {
    if (!(err instanceof AnthropicAdminError) || (err.status ?? 500) >= 500) throw err;
    const live = await unlessNotFound(client.getWorkspaceMember(inputs.workspaceId, inputs.userId));
    if (!live) throw err;
    claim(memberId(inputs));
    return live.workspace_role === inputs.role
      ? live
      : client.updateWorkspaceMember(inputs.workspaceId, inputs.userId, { workspace_role: inputs.role });
  }
}
