/** Workspaces: `/v1/organizations/workspaces`. There is no delete; archiving is final. */
import { idPageSchema, paginateById } from "./pagination";
import { pageLimit } from "./page-limit";
import { request, type RequestContext } from "./request";
import { WorkspaceCreateBody, WorkspaceUpdateBody } from "./request-schemas";
import { type WireWorkspace, WorkspaceSchema } from "./schemas";

export interface ListWorkspacesParams {
  /** Also list archived workspaces (the server's default is to leave them out). */
  includeArchived?: boolean;
  /** Also list the organization's default workspace (left out by the server unless asked). */
  includeDefault?: boolean;
  /** Page size, 1..1000 (default 1000). */
  limit?: number;
}

export interface WorkspacesApi {
  /** Not retried after it may have reached the server: a second workspace could be created. */
  createWorkspace(body: WorkspaceCreateBody): Promise<WireWorkspace>;
  listWorkspaces(params?: ListWorkspacesParams): AsyncIterable<WireWorkspace>;
  getWorkspace(workspaceId: string): Promise<WireWorkspace>;
  updateWorkspace(workspaceId: string, body: WorkspaceUpdateBody): Promise<WireWorkspace>;
  archiveWorkspace(workspaceId: string): Promise<WireWorkspace>;
}

const WorkspacesPage = idPageSchema(WorkspaceSchema);

export function workspacesApi(ctx: RequestContext): WorkspacesApi {
  return {
    createWorkspace: (body) =>
      request(ctx, {
        operation: "createWorkspace",
        method: "POST",
        path: ["workspaces"],
        body,
        bodySchema: WorkspaceCreateBody,
        idempotent: false,
        schema: WorkspaceSchema,
      }),
    listWorkspaces: (params = {}) =>
      paginateById("listWorkspaces", (afterId) =>
        request(ctx, {
          operation: "listWorkspaces",
          method: "GET",
          path: ["workspaces"],
          query: {
            include_archived: params.includeArchived,
            include_default: params.includeDefault,
            limit: pageLimit(params.limit, "listWorkspaces"),
            after_id: afterId,
          },
          schema: WorkspacesPage,
        }),
      ),
    getWorkspace: (workspaceId) =>
      request(ctx, { operation: "getWorkspace", method: "GET", path: ["workspaces", workspaceId], schema: WorkspaceSchema }),
    updateWorkspace: (workspaceId, body) =>
      request(ctx, {
        operation: "updateWorkspace",
        method: "POST",
        path: ["workspaces", workspaceId],
        body,
        bodySchema: WorkspaceUpdateBody,
        idempotent: true,
        schema: WorkspaceSchema,
      }),
    archiveWorkspace: (workspaceId) =>
      request(ctx, {
        operation: "archiveWorkspace",
        method: "POST",
        path: ["workspaces", workspaceId, "archive"],
        idempotent: true,
        schema: WorkspaceSchema,
      }),
  };
}
