/**
 * Service accounts (`/v1/organizations/service_accounts`) and their workspace memberships, from both sides.
 * These endpoints take only an OAuth access token with `org:admin` (the client's `authToken`), never the
 * admin key. There is no delete: archiving is final.
 */
import { z } from "zod";
import { cursorPageSchema, paginateByCursor } from "./pagination";
import { pageLimit } from "./page-limit";
import { request, type RequestContext } from "./request";
import {
  ServiceAccountCreateBody, ServiceAccountMemberDeletedSchema, ServiceAccountMemberSchema, ServiceAccountRole,
  ServiceAccountSchema, ServiceAccountUpdateBody, type ServiceAccountWorkspaceRole, type WireServiceAccount,
  type WireServiceAccountMember, type WireServiceAccountMemberDeleted,
} from "./federation-schemas";

/** Page size for these lists when none is given; the API documents no maximum, so stay modest. */
export const FEDERATION_PAGE_SIZE = 100;

export interface ListServiceAccountsParams {
  includeArchived?: boolean;
  /** Page size, 1..1000 (default 100). */
  limit?: number;
}

export interface ServiceAccountsApi {
  /** Not retried after it may have reached the server: a second account could be created. */
  createServiceAccount(body: ServiceAccountCreateBody): Promise<WireServiceAccount>;
  getServiceAccount(serviceAccountId: string): Promise<WireServiceAccount>;
  /** Newest first, as the API orders them. */
  listServiceAccounts(params?: ListServiceAccountsParams): AsyncIterable<WireServiceAccount>;
  updateServiceAccount(serviceAccountId: string, body: ServiceAccountUpdateBody): Promise<WireServiceAccount>;
  archiveServiceAccount(serviceAccountId: string): Promise<WireServiceAccount>;
  /** The implicit default-workspace membership (`implicit: true`) comes first when there is no explicit one. */
  listServiceAccountWorkspaces(serviceAccountId: string, params?: { limit?: number }): AsyncIterable<WireServiceAccountMember>;
  /** Adds the membership, or replaces its role when it exists. */
  addServiceAccountToWorkspace(serviceAccountId: string, workspaceId: string, role: ServiceAccountWorkspaceRole): Promise<WireServiceAccountMember>;
  /** Idempotent; on the implicit default-workspace membership a no-op. */
  removeServiceAccountFromWorkspace(serviceAccountId: string, workspaceId: string): Promise<WireServiceAccountMemberDeleted>;
  listWorkspaceServiceAccounts(workspaceId: string, params?: { limit?: number }): AsyncIterable<WireServiceAccountMember>;
  getWorkspaceServiceAccount(workspaceId: string, serviceAccountId: string): Promise<WireServiceAccountMember>;
  /** Explicit memberships only; add one to set a role on the default workspace. */
  updateWorkspaceServiceAccount(workspaceId: string, serviceAccountId: string, role: ServiceAccountWorkspaceRole): Promise<WireServiceAccountMember>;
}

const AccountsPage = cursorPageSchema(ServiceAccountSchema);
const RoleBody = z.lazy(() => z.looseObject({ workspace_role: ServiceAccountRole }));
const MembershipBody = z.lazy(() => RoleBody.unwrap().extend({ workspace_id: z.string().min(1) }));
const MembersPage = cursorPageSchema(ServiceAccountMemberSchema);

export function serviceAccountsApi(ctx: RequestContext): ServiceAccountsApi {
  const limitOf = (limit: number | undefined, operation: string) => pageLimit(limit ?? FEDERATION_PAGE_SIZE, operation);
  return {
    createServiceAccount: (body) =>
      request(ctx, {
        operation: "createServiceAccount", method: "POST", path: ["service_accounts"], body,
        bodySchema: ServiceAccountCreateBody, idempotent: false, schema: ServiceAccountSchema,
      }),
    getServiceAccount: (id) =>
      request(ctx, { operation: "getServiceAccount", method: "GET", path: ["service_accounts", id], schema: ServiceAccountSchema }),
    listServiceAccounts: (params = {}) =>
      paginateByCursor("listServiceAccounts", (page) =>
        request(ctx, {
          operation: "listServiceAccounts", method: "GET", path: ["service_accounts"],
          query: { include_archived: params.includeArchived, limit: limitOf(params.limit, "listServiceAccounts"), page },
          schema: AccountsPage,
        }),
      ),
    updateServiceAccount: (id, body) =>
      request(ctx, {
        operation: "updateServiceAccount", method: "POST", path: ["service_accounts", id], body,
        bodySchema: ServiceAccountUpdateBody, idempotent: true, schema: ServiceAccountSchema,
      }),
    archiveServiceAccount: (id) =>
      request(ctx, {
        operation: "archiveServiceAccount", method: "POST", path: ["service_accounts", id, "archive"], idempotent: true,
        schema: ServiceAccountSchema,
      }),
    listServiceAccountWorkspaces: (id, params = {}) =>
      paginateByCursor("listServiceAccountWorkspaces", (page) =>
        request(ctx, {
          operation: "listServiceAccountWorkspaces", method: "GET", path: ["service_accounts", id, "workspaces"],
          query: { limit: limitOf(params.limit, "listServiceAccountWorkspaces"), page }, schema: MembersPage,
        }),
      ),
    addServiceAccountToWorkspace: (id, workspaceId, role) =>
      request(ctx, {
        operation: "addServiceAccountToWorkspace", method: "POST", path: ["service_accounts", id, "workspaces"],
        body: { workspace_id: workspaceId, workspace_role: role }, bodySchema: MembershipBody, idempotent: true,
        schema: ServiceAccountMemberSchema,
      }),
    removeServiceAccountFromWorkspace: (id, workspaceId) =>
      request(ctx, {
        operation: "removeServiceAccountFromWorkspace", method: "DELETE", path: ["service_accounts", id, "workspaces", workspaceId],
        schema: ServiceAccountMemberDeletedSchema,
      }),
    listWorkspaceServiceAccounts: (workspaceId, params = {}) =>
      paginateByCursor("listWorkspaceServiceAccounts", (page) =>
        request(ctx, {
          operation: "listWorkspaceServiceAccounts", method: "GET", path: ["workspaces", workspaceId, "service_accounts"],
          query: { limit: limitOf(params.limit, "listWorkspaceServiceAccounts"), page }, schema: MembersPage,
        }),
      ),
    getWorkspaceServiceAccount: (workspaceId, id) =>
      request(ctx, {
        operation: "getWorkspaceServiceAccount", method: "GET", path: ["workspaces", workspaceId, "service_accounts", id],
        schema: ServiceAccountMemberSchema,
      }),
    updateWorkspaceServiceAccount: (workspaceId, id, role) =>
      request(ctx, {
        operation: "updateWorkspaceServiceAccount", method: "POST", path: ["workspaces", workspaceId, "service_accounts", id],
        body: { workspace_role: role }, bodySchema: RoleBody, idempotent: true, schema: ServiceAccountMemberSchema,
      }),
  };
}
