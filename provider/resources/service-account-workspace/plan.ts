import type * as pulumi from "@pulumi/pulumi";
import { diffInputs, type DiffSpec } from "../diff";
import type { ServiceAccountWorkspaceInputs, ServiceAccountWorkspaceOutputs } from "./schema";

export const diffSpec: DiffSpec = {
  updates: ["role"],
  replaces: ["serviceAccountId", "workspaceId"],
};

export function diffServiceAccountWorkspace(
  olds: Partial<ServiceAccountWorkspaceOutputs>, news: ServiceAccountWorkspaceInputs,
): pulumi.dynamic.DiffResult {
  // A replacement names another account or workspace, so another membership: it is added before the old
  // one is removed, and a rule that targets the account never loses the workspace in between.
  return diffInputs(olds as Record<string, unknown>, news as Record<string, unknown>, diffSpec);
}
