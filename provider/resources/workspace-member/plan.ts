import type * as pulumi from "@pulumi/pulumi";
import { diffInputs, type DiffSpec } from "../diff";
import type { WorkspaceMemberInputs, WorkspaceMemberOutputs } from "./schema";

export const diffSpec: DiffSpec = {
  updates: ["role"],
  replaces: ["workspaceId", "userId"],
  deleteBeforeReplace: true,
};

export function diffWorkspaceMember(olds: Partial<WorkspaceMemberOutputs>, news: WorkspaceMemberInputs): pulumi.dynamic.DiffResult {
  // One membership per user and workspace: the old one must go before the new one is added.
  return diffInputs(olds as Record<string, unknown>, news as Record<string, unknown>, diffSpec);
}
