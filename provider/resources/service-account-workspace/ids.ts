import type { ServiceAccountWorkspaceInputs } from "./schema";

/** A membership has no id of its own: `svac_.../wrkspc_...`. */
export function membershipId(inputs: Pick<ServiceAccountWorkspaceInputs, "serviceAccountId" | "workspaceId">): string {
  return `${inputs.serviceAccountId}/${inputs.workspaceId}`;
}

export function parseMembershipId(id: string): { serviceAccountId: string; workspaceId: string } {
  const [account, workspace, ...rest] = id.split("/");
  if (!account || !workspace || rest.length > 0) throw new Error(`"${id}" is not a service account membership id ("svac_.../wrkspc_...")`);
  return { serviceAccountId: account, workspaceId: workspace };
}
