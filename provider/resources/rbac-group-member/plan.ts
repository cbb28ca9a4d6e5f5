import type * as pulumi from "@pulumi/pulumi";
import { diffInputs, type DiffSpec } from "../diff";
import type { RbacGroupMemberInputs, RbacGroupMemberOutputs } from "./schema";

export const diffSpec: DiffSpec = {
  updates: [],
  replaces: ["rbacGroupId", "userId"],
  deleteBeforeReplace: true,
};

export function diffRbacGroupMember(olds: Partial<RbacGroupMemberOutputs>, news: RbacGroupMemberInputs): pulumi.dynamic.DiffResult {
  // A membership has nothing to edit; one per user and group, so the old one goes first.
  return diffInputs(olds as Record<string, unknown>, news as Record<string, unknown>, diffSpec);
}
