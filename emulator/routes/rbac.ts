import { z } from "zod";
import { invalid, notFound } from "../errors";
import { groupMemberKey, type RbacGroup, type RbacGroupMember } from "../governance";
import { newId } from "../ids";
import { requireEnterprise } from "../organization-kind";
import { cursorPageQuery, pageByCursor } from "../pagination";
import { parseWith } from "../params";
import { route, type Ctx, type Route } from "../router";
import { now } from "../store";

// RBAC groups, their members and roles: Claude Enterprise organizations only. Roles are built in (role
// attachment to groups is managed in the admin settings and read-only here).

const name = z.string().trim().min(1, "must not be empty").max(255, "must be at most 255 characters");
const createBody = z.strictObject({ name });
const updateBody = z.strictObject({ name: name.nullish() });
const addMemberBody = z.strictObject({ user_id: z.string().min(1) });
const listQuery = z.object(cursorPageQuery);

const GROUPS = "/v1/organizations/rbac_groups";
const ROLES = "/v1/organizations/rbac_roles";

/** Every route: refused for a Console organization before anything else is looked at. */
function enterprise(feature: string, handler: Route["handler"]): Route["handler"] {
  return (ctx) => {
    requireEnterprise(ctx.store, feature);
    return handler(ctx);
  };
}

function page<T>(ctx: Ctx, items: T[]) {
  const { data, next_page } = pageByCursor(items, parseWith(listQuery, ctx.query, "query"), 20);
  return { data, next_page };
}

export const rbacRoutes: Route[] = [
  route("POST", GROUPS, enterprise("RBAC groups", ({ store, body }) => {
    const input = parseWith(createBody, body, "body");
    const at = now();
    const group: RbacGroup = {
      id: newId("rbac_group"), type: "rbac_group", name: input.name, role_ids: [], source_type: "direct", created_at: at, updated_at: at,
    };
    store.governance.rbacGroups.set(group.id, group);
    return group;
  })),
  route("GET", GROUPS, enterprise("RBAC groups", (ctx) => page(ctx, [...ctx.store.governance.rbacGroups.values()]))),
  route("GET", `${GROUPS}/{id}`, enterprise("RBAC groups", ({ store, params }) => store.governance.rbacGroup(params.id))),
  route("POST", `${GROUPS}/{id}`, enterprise("RBAC groups", ({ store, params, body }) => {
    const group = direct(store.governance.rbacGroup(params.id));
    const input = parseWith(updateBody, body, "body");
    if (input.name != null) group.name = input.name;
    group.updated_at = now();
    return group;
  })),
  route("DELETE", `${GROUPS}/{id}`, enterprise("RBAC groups", ({ store, params }) => {
    const group = direct(store.governance.rbacGroup(params.id));
    store.governance.rbacGroups.delete(group.id);
    for (const [key, member] of store.governance.rbacGroupMembers) if (member.rbac_group_id === group.id) store.governance.rbacGroupMembers.delete(key);
    return { id: group.id, type: "rbac_group_deleted" };
  })),
  route("GET", `${GROUPS}/{id}/members`, enterprise("RBAC groups", (ctx) => {
    const group = ctx.store.governance.rbacGroup(ctx.params.id);
    // A user removed from the organization is no longer anyone's member.
    const members = [...ctx.store.governance.rbacGroupMembers.values()].filter(
      (m) => m.rbac_group_id === group.id && ctx.store.users.has(m.user_id),
    );
    return page(ctx, members);
  })),
  route("POST", `${GROUPS}/{id}/members`, enterprise("RBAC groups", ({ store, params, body }) => {
    const group = direct(store.governance.rbacGroup(params.id));
    const input = parseWith(addMemberBody, body, "body");
    const user = store.user(input.user_id);
    const key = groupMemberKey(group.id, user.id);
    if (store.governance.rbacGroupMembers.has(key)) throw invalid(`User '${user.id}' is already a member of RBAC group '${group.id}'.`);
    const member: RbacGroupMember = { type: "rbac_group_member", rbac_group_id: group.id, user_id: user.id, email: user.email, created_at: now() };
    store.governance.rbacGroupMembers.set(key, member);
    return member;
  })),
  route("DELETE", `${GROUPS}/{id}/members/{user_id}`, enterprise("RBAC groups", ({ store, params }) => {
    const group = direct(store.governance.rbacGroup(params.id));
    const key = groupMemberKey(group.id, params.user_id);
    const member = store.governance.rbacGroupMembers.get(key);
    if (!member || !store.users.has(member.user_id)) throw notFound("RBAC group member", params.user_id);
    store.governance.rbacGroupMembers.delete(key);
    return { type: "rbac_group_member_deleted", rbac_group_id: group.id, user_id: member.user_id };
  })),
  route("GET", ROLES, enterprise("RBAC roles", (ctx) => page(ctx, [...ctx.store.governance.rbacRoles.values()]))),
  route("GET", `${ROLES}/{id}`, enterprise("RBAC roles", ({ store, params }) => store.governance.rbacRole(params.id))),
  route("GET", `${ROLES}/{id}/permissions`, enterprise("RBAC roles", (ctx) => {
    const role = ctx.store.governance.rbacRole(ctx.params.id);
    return page(ctx, ctx.store.governance.rbacRolePermissions.get(role.id) ?? []);
  })),
];

/** Groups provisioned by the identity provider change only there (the emulator has no SCIM, but a snapshot may). */
function direct(group: RbacGroup): RbacGroup {
  if (group.source_type === "scim") {
    throw invalid(`RBAC group '${group.id}' is provisioned by your identity provider (SCIM) and cannot be changed through the API.`);
  }
  return group;
}
