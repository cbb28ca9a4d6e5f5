import { z } from "zod";
import { invalid } from "../errors";
import { idPageQuery, pageById } from "../pagination";
import { parseWith, q } from "../params";
import { route, type Route } from "../router";
import { ORGANIZATION_ROLES } from "../wire";

/** Roles a Console organization accepts through the API (the SDK's UserUpdateParams/InviteCreateParams). */
export const ASSIGNABLE_ROLES = ["user", "developer", "billing", "claude_code_user"] as const;

/** One schema for both invites and role updates, so the message for `admin` is the same everywhere. */
export const assignableRole = (verb: string) =>
  z.enum(ASSIGNABLE_ROLES, {
    error: (issue) => {
      if (issue.input === "admin") {
        return `The admin role cannot be ${verb} through the API; use one of ${ASSIGNABLE_ROLES.join(", ")} and promote the user in the Console.`;
      }
      if (issue.input === "managed") return "The managed role is only for Claude Enterprise organizations.";
      return `must be one of ${ASSIGNABLE_ROLES.join(", ")}`;
    },
  });

const listQuery = z.object({
  ...idPageQuery,
  email: q.one(),
  roles: q.list(z.enum(ORGANIZATION_ROLES)),
});

const updateBody = z.strictObject({ role: assignableRole("assigned") });

export const userRoutes: Route[] = [
  route("GET", "/v1/organizations/users", ({ store, query }) => {
    const params = parseWith(listQuery, query, "query");
    const email = params.email?.trim().toLowerCase();
    const users = [...store.users.values()].filter(
      (u) => (email === undefined || u.email.toLowerCase() === email) && (!params.roles || params.roles.includes(u.role)),
    );
    return pageById(users, (u) => u.id, params);
  }),
  route("GET", "/v1/organizations/users/{id}", ({ store, params }) => store.user(params.id)),
  route("POST", "/v1/organizations/users/{id}", ({ store, params, body }) => {
    const user = store.user(params.id);
    const { role } = parseWith(updateBody, body, "body");
    if (user.role === "admin" && adminCount(store) === 1) {
      throw invalid("The organization's last admin cannot be demoted.");
    }
    user.role = role;
    return user;
  }),
  route("DELETE", "/v1/organizations/users/{id}", ({ store, params }) => {
    const user = store.user(params.id);
    if (store.users.size === 1) throw invalid("Cannot remove the last member of the organization.", "cannot_remove_last_member");
    if (user.role === "admin" && adminCount(store) === 1) throw invalid("Cannot remove the organization's last admin.");
    store.removeUser(user.id);
    return { id: user.id, type: "user_deleted" };
  }),
];

function adminCount(store: { users: Map<string, { role: string }> }): number {
  let count = 0;
  for (const user of store.users.values()) if (user.role === "admin") count += 1;
  return count;
}
