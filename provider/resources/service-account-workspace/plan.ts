import type * as pulumi from "@pulumi/pulumi";
import { diffInputs } from "../diff";
import type { ServiceAccountWorkspaceInputs, ServiceAccountWorkspaceOutputs } from "./schema";

export function diffServiceAccountWorkspace(
  olds: Partial<ServiceAccountWorkspaceOutputs>, news: ServiceAccountWorkspaceInputs,
): pulumi.dynamic.DiffResult {
  // A replacement names another account or workspace, so another membership: it is added before the old
  // one is removed, and a rule that targets the account never loses the workspace in between.
  return diffInputs(olds as Record<string, unknown>, news as Record<string, unknown>, {
    updates: ["role"],
    replaces: ["serviceAccountId", "workspaceId"],
  });
}
