import type * as pulumi from "@pulumi/pulumi";
import { diffSpecOf } from "../declare";
import { diffInputs, type DiffSpec } from "../diff";
import { declaration, type WorkspaceMemberInputs, type WorkspaceMemberOutputs } from "./schema";

// One membership per user and workspace: the old one must go before the new one is added.
export const diffSpec: DiffSpec = diffSpecOf(declaration, { deleteBeforeReplace: true });

export function diffWorkspaceMember(olds: Partial<WorkspaceMemberOutputs>, news: WorkspaceMemberInputs): pulumi.dynamic.DiffResult {
  return diffInputs(olds as Record<string, unknown>, news as Record<string, unknown>, diffSpec);
}
