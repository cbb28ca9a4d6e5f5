import type * as pulumi from "@pulumi/pulumi";
import { diffSpecOf } from "../declare";
import { inputChanges } from "./generated";
import { diffInputs, type DiffSpec } from "../diff";
import type { RbacGroupMemberInputs, RbacGroupMemberOutputs } from "./schema";

// A membership has nothing to edit; one per user and group, so the old one goes first.
export const diffSpec: DiffSpec = diffSpecOf(inputChanges, { deleteBeforeReplace: true });

export function diffRbacGroupMember(olds: Partial<RbacGroupMemberOutputs>, news: RbacGroupMemberInputs): pulumi.dynamic.DiffResult {
  return diffInputs(olds as Record<string, unknown>, news as Record<string, unknown>, diffSpec);
}
