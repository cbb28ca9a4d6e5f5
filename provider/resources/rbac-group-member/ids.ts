import type { RbacGroupMemberInputs } from "./schema";

/** A membership has no id of its own: `rbac_group_.../user_...`. */
export function groupMemberId(inputs: Pick<RbacGroupMemberInputs, "rbacGroupId" | "userId">): string {
  return `${inputs.rbacGroupId}/${inputs.userId}`;
}

export function parseGroupMemberId(id: string): RbacGroupMemberInputs {
  const [group, user, ...rest] = id.split("/");
  if (!group || !user || rest.length > 0) throw new Error(`"${id}" is not an RBAC group member id ("rbac_group_.../user_...")`);
  return { rbacGroupId: group, userId: user };
}
