/** Workspace members: `/v1/organizations/workspaces/{id}/members[/{user_id}]`. */
import { idPageSchema, paginateById } from "./pagination";
import { pageLimit } from "./page-limit";
import { request, type RequestContext } from "./request";
import { WorkspaceMemberAddBody, WorkspaceMemberUpdateBody } from "./request-schemas";
import {
  type WireWorkspaceMember,
  type WireWorkspaceMemberDeleted,
  WorkspaceMemberDeletedSchema,
  WorkspaceMemberSchema,
} from "./schemas";

export interface ListWorkspaceMembersParams {
  /** Page size, 1..1000 (default 1000). */
  limit?: number;
}

export interface MembersApi {
  /** Treated as a create: a repeat would be refused with 409, so it is not blindly resent. */
  addWorkspaceMember(workspaceId: string, body: WorkspaceMemberAddBody): Promise<WireWorkspaceMember>;
  listWorkspaceMembers(workspaceId: string, params?: ListWorkspaceMembersParams): AsyncIterable<WireWorkspaceMember>;
  getWorkspaceMember(workspaceId: string, userId: string): Promise<WireWorkspaceMember>;
  updateWorkspaceMember(workspaceId: string, userId: string, body: WorkspaceMemberUpdateBody): Promise<WireWorkspaceMember>;
  removeWorkspaceMember(workspaceId: string, userId: string): Promise<WireWorkspaceMemberDeleted>;
}

const MembersPage = idPageSchema(WorkspaceMemberSchema);

export function membersApi(ctx: RequestContext): MembersApi {
  return {
    addWorkspaceMember: (workspaceId, body) =>
      request(ctx, {
        operation: "addWorkspaceMember",
        method: "POST",
        path: ["workspaces", workspaceId, "members"],
        body,
        bodySchema: WorkspaceMemberAddBody,
        idempotent: false,
        schema: WorkspaceMemberSchema,
      }),
    listWorkspaceMembers: (workspaceId, params = {}) =>
      paginateById("listWorkspaceMembers", (afterId) =>
        request(ctx, {
          operation: "listWorkspaceMembers",
          method: "GET",
          path: ["workspaces", workspaceId, "members"],
          query: { limit: pageLimit(params.limit, "listWorkspaceMembers"), after_id: afterId },
          schema: MembersPage,
        }),
      ),
    getWorkspaceMember: (workspaceId, userId) =>
      request(ctx, {
        operation: "getWorkspaceMember",
        method: "GET",
        path: ["workspaces", workspaceId, "members", userId],
        schema: WorkspaceMemberSchema,
      }),
    updateWorkspaceMember: (workspaceId, userId, body) =>
      request(ctx, {
        operation: "updateWorkspaceMember",
        method: "POST",
        path: ["workspaces", workspaceId, "members", userId],
        body,
        bodySchema: WorkspaceMemberUpdateBody,
        idempotent: true,
        schema: WorkspaceMemberSchema,
      }),
    removeWorkspaceMember: (workspaceId, userId) =>
      request(ctx, {
        operation: "removeWorkspaceMember",
        method: "DELETE",
        path: ["workspaces", workspaceId, "members", userId],
        schema: WorkspaceMemberDeletedSchema,
      }),
  };
}
