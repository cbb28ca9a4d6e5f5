import type * as pulumi from "@pulumi/pulumi";
import { diffSpecOf } from "../declare";
import { inputChanges } from "./generated";
import { diffInputs, type DiffSpec } from "../diff";
import type { WorkspaceMemberInputs, WorkspaceMemberOutputs } from "./schema";

// One membership per user and workspace: the old one must go before the new one is added.
export const diffSpec: DiffSpec = diffSpecOf(inputChanges, { deleteBeforeReplace: true });

export function diffWorkspaceMember(olds: Partial<WorkspaceMemberOutputs>, news: WorkspaceMemberInputs): pulumi.dynamic.DiffResult {
  return diffInputs(olds as Record<string, unknown>, news as Record<string, unknown>, diffSpec);
}
