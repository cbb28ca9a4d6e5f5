/** `getWorkspaces` itself: loaded on its first call (see ../generated/functions.ts). */
import type * as pulumi from "@pulumi/pulumi";
import { collect } from "../../client";
import type { WireWorkspace } from "../../client/schemas";
import { parseArgs } from "../arguments";
import { functionClient } from "../client";
import { getWorkspaces as declared } from "../declarations/workspaces";
import type { GetWorkspacesArgs, GetWorkspacesResult, WorkspaceInfo } from "../generated/workspaces";

function workspaceInfo(w: WireWorkspace): WorkspaceInfo {
  return {
    id: w.id,
    name: w.name,
    displayColor: w.display_color,
    tags: { ...w.tags },
    createdAt: w.created_at,
    archivedAt: w.archived_at,
    workspaceGeo: w.data_residency.workspace_geo,
    allowedInferenceGeos: w.data_residency.allowed_inference_geos,
    defaultInferenceGeo: w.data_residency.default_inference_geo,
    externalKeyId: w.external_key_id,
  };
}

export async function getWorkspaces(args?: GetWorkspacesArgs, _opts?: pulumi.InvokeOptions): Promise<GetWorkspacesResult> {
  const { includeArchived, includeDefault, organization } = parseArgs("getWorkspaces", declared.args, args);
  const workspaces = await collect(functionClient("getWorkspaces", organization).listWorkspaces({ includeArchived, includeDefault }));
  return { workspaces: workspaces.map(workspaceInfo) };
}
