/** Organization invites: `/v1/organizations/invites`. No update; delete works only while pending. */
import { idPageSchema, paginateById } from "./pagination";
import { pageLimit } from "./page-limit";
import { request, type RequestContext } from "./request";
import { InviteCreateBody } from "./request-schemas";
import { InviteSchema, type WireDeleted, type WireInvite, deletedSchema } from "./schemas";

export interface ListInvitesParams {
  /** Exact email match (the server normalises case). */
  email?: string;
  /** By default the server lists pending, accepted and expired invites. */
  statuses?: Array<"pending" | "accepted" | "expired">;
  /** Page size, 1..1000 (default 1000). */
  limit?: number;
}

export interface InvitesApi {
  /** Not retried after it may have reached the server: a second invite could be created. */
  createInvite(body: InviteCreateBody): Promise<WireInvite>;
  listInvites(params?: ListInvitesParams): AsyncIterable<WireInvite>;
  getInvite(inviteId: string): Promise<WireInvite>;
  deleteInvite(inviteId: string): Promise<WireDeleted<"invite_deleted">>;
}

const InvitesPage = idPageSchema(InviteSchema);

export function invitesApi(ctx: RequestContext): InvitesApi {
  return {
    createInvite: (body) =>
      request(ctx, {
        operation: "createInvite",
        method: "POST",
        path: ["invites"],
        body,
        bodySchema: InviteCreateBody,
        idempotent: false,
        schema: InviteSchema,
      }),
    listInvites: (params = {}) =>
      paginateById("listInvites", (afterId) =>
        request(ctx, {
          operation: "listInvites",
          method: "GET",
          path: ["invites"],
          query: {
            email: params.email,
            statuses: params.statuses,
            limit: pageLimit(params.limit, "listInvites"),
            after_id: afterId,
          },
          schema: InvitesPage,
        }),
      ),
    getInvite: (inviteId) =>
      request(ctx, { operation: "getInvite", method: "GET", path: ["invites", inviteId], schema: InviteSchema }),
    deleteInvite: (inviteId) =>
      request(ctx, {
        operation: "deleteInvite",
        method: "DELETE",
        path: ["invites", inviteId],
        schema: deletedSchema("invite_deleted"),
      }),
  };
}
