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
  /**
   * Ends the member's sessions everywhere without removing them (beta; Claude Enterprise organizations
   * enrolled in it, others answer 400 `organization_not_enrolled_in_beta`).
   */
  signOutUser(userId: string): Promise<WireUser>;
}

/** Sign-out is a beta endpoint on api.anthropic.com and needs this opt-in. */
const SIGN_OUT_BETA = "admin-user-sign-out-2026-10-08";

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
    signOutUser: (userId) =>
      request(ctx, {
        operation: "signOutUser",
        method: "POST",
        path: ["users", userId, "sign_out"],
        headers: { "anthropic-beta": SIGN_OUT_BETA },
        // The SDK: after a 503 "send it again to finish; anything already ended stays ended".
        idempotent: true,
        schema: UserSchema,
      }),
  };
}
