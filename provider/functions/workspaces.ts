/** Workspaces of the organization. */
import type * as pulumi from "@pulumi/pulumi";
import { outputOf } from "./output";

/** Arguments of `getWorkspaces`; all optional. */
export interface GetWorkspacesArgs {
  /** Also list archived workspaces; default false. */
  includeArchived?: boolean;
  /** Also list the organization's default workspace; default false. */
  includeDefault?: boolean;
  /**
   * Which organization of the stack config (`anthropic:organizations.<name>.*`) to read; default: the
   * top-level `anthropic:*` settings.
   */
  organization?: string;
}

/** Arguments of `getWorkspacesOutput`: those of `getWorkspaces`, each may be an Input. */
export interface GetWorkspacesOutputArgs {
  /** Also list archived workspaces; default false. */
  includeArchived?: pulumi.Input<boolean>;
  /** Also list the organization's default workspace; default false. */
  includeDefault?: pulumi.Input<boolean>;
  /**
   * Which organization of the stack config (`anthropic:organizations.<name>.*`) to read; default: the
   * top-level `anthropic:*` settings.
   */
  organization?: pulumi.Input<string>;
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
