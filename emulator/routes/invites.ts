import { z } from "zod";
import { invalid } from "../errors";
import { idPageQuery, pageById } from "../pagination";
import { parseWith, q } from "../params";
import { route, type Route } from "../router";
import { ORGANIZATION_ROLES } from "../wire";
import { assignableRole, checkRoleForKind } from "./users";

const createBody = z.strictObject({
  email: z.email("must be an email address"),
  role: assignableRole("invited"),
  rbac_group_ids: z.array(z.string())
    .refine((ids) => ids.length === 0, "RBAC groups are only available to Claude Enterprise organizations")
    .optional(),
});

const listQuery = z.object({
  ...idPageQuery,
  email: q.one(),
  roles: q.list(z.enum(ORGANIZATION_ROLES)),
  statuses: q.list(z.enum(["accepted", "expired", "pending"])),
});

const DEFAULT_STATUSES = ["accepted", "expired", "pending"];

export const inviteRoutes: Route[] = [
  route("POST", "/v1/organizations/invites", ({ store, body }) => {
    const input = parseWith(createBody, body, "body");
    checkRoleForKind(store, input.role);
    const email = input.email.trim();
    if (store.userByEmail(email)) throw invalid(`${email} is already a member of the organization.`, "already_member");
    for (const invite of store.invites.values()) {
      if (invite.status === "pending" && invite.email.toLowerCase() === email.toLowerCase()) {
        throw invalid(`A pending invite for ${email} already exists (${invite.id}).`, "invite_already_exists");
      }
    }
    return store.addInvite({ email, role: input.role });
  }),
  route("GET", "/v1/organizations/invites", ({ store, query }) => {
    const params = parseWith(listQuery, query, "query");
    const email = params.email?.trim().toLowerCase();
    const statuses: string[] = params.statuses ?? DEFAULT_STATUSES;
    const invites = [...store.invites.values()].filter(
      (i) =>
        statuses.includes(i.status) &&
        (email === undefined || i.email.toLowerCase() === email) &&
        (!params.roles || params.roles.includes(i.role)),
    );
    return pageById(invites, (i) => i.id, params);
  }),
  route("GET", "/v1/organizations/invites/{id}", ({ store, params }) => store.invite(params.id)),
  route("DELETE", "/v1/organizations/invites/{id}", ({ store, params }) => {
    const invite = store.invite(params.id);
    // The API deletes pending invites only; 400 (not 409) because sending it again can never succeed.
    if (invite.status !== "pending") {
      throw invalid(`Invite '${invite.id}' is ${invite.status}; only pending invites can be deleted.`);
    }
    invite.status = "deleted";
    return { id: invite.id, type: "invite_deleted" };
  }),
];
