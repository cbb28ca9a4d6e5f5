/** Organization members: `/v1/organizations/users`. Users join through invites; there is no create. */
import { idPageSchema, paginateById } from "./pagination";
import { pageLimit } from "./page-limit";
import { request, type RequestContext } from "./request";
import { UserUpdateBody } from "./request-schemas";
import { UserSchema, type WireDeleted, type WireUser, deletedSchema } from "./schemas";

export interface ListUsersParams {
  /** Exact email match (the server normalises case). */
  email?: string;
  /** Only users holding one of these organization roles. */
  roles?: string[];
  /** Page size, 1..1000 (default 1000). */
  limit?: number;
}

export interface UsersApi {
  listUsers(params?: ListUsersParams): AsyncIterable<WireUser>;
  getUser(userId: string): Promise<WireUser>;
  updateUser(userId: string, body: UserUpdateBody): Promise<WireUser>;
  deleteUser(userId: string): Promise<WireDeleted<"user_deleted">>;
}

const UsersPage = idPageSchema(UserSchema);

export function usersApi(ctx: RequestContext): UsersApi {
  return {
    listUsers: (params = {}) =>
      paginateById("listUsers", (afterId) =>
        request(ctx, {
          operation: "listUsers",
          method: "GET",
          path: ["users"],
          query: { email: params.email, roles: params.roles, limit: pageLimit(params.limit, "listUsers"), after_id: afterId },
          schema: UsersPage,
        }),
      ),
    getUser: (userId) => request(ctx, { operation: "getUser", method: "GET", path: ["users", userId], schema: UserSchema }),
    updateUser: (userId, body) =>
      request(ctx, {
        operation: "updateUser",
        method: "POST",
        path: ["users", userId],
        body,
        bodySchema: UserUpdateBody,
        idempotent: true,
        schema: UserSchema,
      }),
    deleteUser: (userId) =>
      request(ctx, { operation: "deleteUser", method: "DELETE", path: ["users", userId], schema: deletedSchema("user_deleted") }),
  };
}
