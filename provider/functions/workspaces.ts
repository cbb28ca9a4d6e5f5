/** Workspaces of the organization. */
import type * as pulumi from "@pulumi/pulumi";
import type { GetWorkspacesArgs } from "./calls/workspaces";
import { outputOf } from "./output";

export type { GetWorkspacesArgs } from "./calls/workspaces";
export interface GetWorkspacesOutputArgs {
  includeArchived?: pulumi.Input<boolean>;
  includeDefault?: pulumi.Input<boolean>;
}

export interface WorkspaceInfo {
  /** `wrkspc_...` */
  id: string;
  name: string;
  displayColor: string;
  tags: Record<string, string>;
  createdAt: string;
  /** Null while the workspace is active. */
  archivedAt: string | null;
  workspaceGeo: string;
  allowedInferenceGeos: "unrestricted" | string[];
  defaultInferenceGeo: string;
  externalKeyId: string | null;
}

export interface GetWorkspacesResult {
  workspaces: WorkspaceInfo[];
}

/** Active workspaces by default, as the API lists them; archived and default ones on request. */
export async function getWorkspaces(args?: GetWorkspacesArgs, opts?: pulumi.InvokeOptions): Promise<GetWorkspacesResult> {
  return (await import("./calls/workspaces.js")).getWorkspaces(args, opts);
}

export function getWorkspacesOutput(args?: GetWorkspacesOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetWorkspacesResult> {
  return outputOf(getWorkspaces, args, opts);
}
