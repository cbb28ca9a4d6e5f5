import type { WorkspaceMemberInputs } from "./schema";

/** A membership has no id of its own: `wrkspc_.../user_...`. */
export function memberId(inputs: Pick<WorkspaceMemberInputs, "workspaceId" | "userId">): string {
  return `${inputs.workspaceId}/${inputs.userId}`;
}

export function parseMemberId(id: string): { workspaceId: string; userId: string } {
  const [workspace, user] = id.split("/");
  if (!workspace || !user) throw new Error(`"${id}" is not a workspace member id ("wrkspc_.../user_...")`);
  return { workspaceId: workspace, userId: user };
}
