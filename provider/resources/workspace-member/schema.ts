import { z } from "zod";
import { declareKind, input, output } from "../declare";
import { userId, workspaceId, workspaceRole } from "../fields";

export const workspaceMemberInputs = z.strictObject({
  workspaceId: input(workspaceId(), { description: "The workspace (`wrkspc_...`).", change: "replace" }),
  userId: input(userId(), { description: "The member (`user_...`); they must belong to the organization.", change: "replace" }),
  role: input(workspaceRole(), {
    description: "`workspace_user`, `workspace_developer`, `workspace_restricted_developer` or `workspace_admin`.",
    change: "update",
  }),
});

export const declaration = declareKind({
  kind: "WorkspaceMember",
  inputs: workspaceMemberInputs,
  outputs: z.strictObject({
    workspaceId: output(z.string(), { description: "The workspace (`wrkspc_...`)." }),
    userId: output(z.string(), { description: "The member (`user_...`)." }),
    role: output(z.string(), { description: "The member's workspace role, as the API reports it (a change made elsewhere shows at refresh)." }),
  }),
});

export type WorkspaceMemberInputs = z.output<typeof workspaceMemberInputs>;
export type WorkspaceMemberOutputs = WorkspaceMemberInputs;
