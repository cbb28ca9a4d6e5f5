/**
 * RBAC groups, their members and the roles groups carry: `/v1/organizations/rbac_groups[/{id}[/members]]`
 * and `/v1/organizations/rbac_roles[/{id}/permissions]`. Claude Enterprise organizations only; a Console
 * organization answers 400 `organization_type_not_supported`.
 */
import { z } from "zod";
import { cursorPageSchema, paginateByCursor } from "./pagination";
import { pageLimit } from "./page-limit";
import { request, type RequestContext } from "./request";
import { deletedSchema, type WireDeleted } from "./schemas";

export const RbacGroupSchema = z.lazy(() => z.looseObject({
  id: z.string(),
  type: z.literal("rbac_group"),
  name: z.string(),
  /** Null when the API could not read role data this time (not the same as no roles). */
  role_ids: z.array(z.string()).nullable(),
  source_type: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
}));

export const RbacGroupMemberSchema = z.lazy(() => z.looseObject({
  type: z.literal("rbac_group_member"),
  rbac_group_id: z.string(),
  user_id: z.string(),
  email: z.string(),
  created_at: z.string(),
}));

export const RbacGroupMemberDeletedSchema = z.lazy(() => z.looseObject({
  type: z.literal("rbac_group_member_deleted"),
  rbac_group_id: z.string(),
  user_id: z.string(),
}));

export const RbacRoleSchema = z.lazy(() => z.looseObject({
  id: z.string(),
  type: z.literal("rbac_role"),
  display_name: z.string(),
  source: z.looseObject({ type: z.string() }),
  created_at: z.string(),
  updated_at: z.string(),
}));

export const RbacRolePermissionSchema = z.lazy(() => z.looseObject({
  type: z.literal("rbac_role_permission"),
  action: z.string(),
  /** A tagged union (`organization`, `connector`, `connector_tool`, ...) that grows: kept as sent. */
  resource: z.looseObject({ type: z.string() }),
}));

export const RbacGroupCreateBody = z.lazy(() => z.looseObject({ name: z.string().min(1) }));
export const RbacGroupUpdateBody = z.lazy(() => z.looseObject({ name: z.string().min(1).nullish() }));
export const RbacGroupMemberAddBody = z.lazy(() => z.looseObject({ user_id: z.string().min(1) }));

export type WireRbacGroup = z.infer<typeof RbacGroupSchema>;
export type WireRbacGroupMember = z.infer<typeof RbacGroupMemberSchema>;
export type WireRbacRole = z.infer<typeof RbacRoleSchema>;
export type WireRbacRolePermission = z.infer<typeof RbacRolePermissionSchema>;

export interface RbacApi {
  /** Not retried after it may have reached the server: names are not unique, so a repeat is a second group. */
  createRbacGroup(body: z.input<typeof RbacGroupCreateBody>): Promise<WireRbacGroup>;
  getRbacGroup(groupId: string): Promise<WireRbacGroup>;
  listRbacGroups(params?: { limit?: number }): AsyncIterable<WireRbacGroup>;
  updateRbacGroup(groupId: string, body: z.input<typeof RbacGroupUpdateBody>): Promise<WireRbacGroup>;
  deleteRbacGroup(groupId: string): Promise<WireDeleted<"rbac_group_deleted">>;
  listRbacGroupMembers(groupId: string, params?: { limit?: number }): AsyncIterable<WireRbacGroupMember>;
  /** Treated as a create: a repeat is refused (already a member), so it is not blindly resent. */
  addRbacGroupMember(groupId: string, body: z.input<typeof RbacGroupMemberAddBody>): Promise<WireRbacGroupMember>;
  removeRbacGroupMember(groupId: string, userId: string): Promise<z.infer<typeof RbacGroupMemberDeletedSchema>>;
  listRbacRoles(params?: { limit?: number }): AsyncIterable<WireRbacRole>;
  getRbacRole(roleId: string): Promise<WireRbacRole>;
  listRbacRolePermissions(roleId: string, params?: { limit?: number }): AsyncIterable<WireRbacRolePermission>;
}

export function rbacApi(ctx: RequestContext): RbacApi {
  const list = <T extends z.ZodType>(operation: string, path: string[], item: T, limit: number | undefined): AsyncIterable<z.infer<T>> =>
    paginateByCursor(operation, (page) =>
      request(ctx, { operation, method: "GET", path, query: { limit: pageLimit(limit, operation), page }, schema: cursorPageSchema(item) }),
    ) as AsyncIterable<z.infer<T>>;
  return {
    createRbacGroup: (body) =>
      request(ctx, {
        operation: "createRbacGroup",
        method: "POST",
        path: ["rbac_groups"],
        body,
        bodySchema: RbacGroupCreateBody,
        idempotent: false,
        schema: RbacGroupSchema,
      }),
    getRbacGroup: (groupId) =>
      request(ctx, { operation: "getRbacGroup", method: "GET", path: ["rbac_groups", groupId], schema: RbacGroupSchema }),
    listRbacGroups: (params = {}) => list("listRbacGroups", ["rbac_groups"], RbacGroupSchema, params.limit),
    updateRbacGroup: (groupId, body) =>
      request(ctx, {
        operation: "updateRbacGroup",
        method: "POST",
        path: ["rbac_groups", groupId],
        body,
        bodySchema: RbacGroupUpdateBody,
        idempotent: true,
        schema: RbacGroupSchema,
      }),
    deleteRbacGroup: (groupId) =>
      request(ctx, { operation: "deleteRbacGroup", method: "DELETE", path: ["rbac_groups", groupId], schema: deletedSchema("rbac_group_deleted") }),
    listRbacGroupMembers: (groupId, params = {}) =>
      list("listRbacGroupMembers", ["rbac_groups", groupId, "members"], RbacGroupMemberSchema, params.limit),
    addRbacGroupMember: (groupId, body) =>
      request(ctx, {
        operation: "addRbacGroupMember",
        method: "POST",
        path: ["rbac_groups", groupId, "members"],
        body,
        bodySchema: RbacGroupMemberAddBody,
        idempotent: false,
        schema: RbacGroupMemberSchema,
      }),
    removeRbacGroupMember: (groupId, userId) =>
      request(ctx, {
        operation: "removeRbacGroupMember",
        method: "DELETE",
        path: ["rbac_groups", groupId, "members", userId],
        schema: RbacGroupMemberDeletedSchema,
      }),
    listRbacRoles: (params = {}) => list("listRbacRoles", ["rbac_roles"], RbacRoleSchema, params.limit),
    getRbacRole: (roleId) => request(ctx, { operation: "getRbacRole", method: "GET", path: ["rbac_roles", roleId], schema: RbacRoleSchema }),
    listRbacRolePermissions: (roleId, params = {}) =>
      list("listRbacRolePermissions", ["rbac_roles", roleId, "permissions"], RbacRolePermissionSchema, params.limit),
  };
}
