import { z } from "zod";
import { invalid } from "../errors";
import { idPageQuery, pageById } from "../pagination";
import { parseWith } from "../params";
import { route, type Route } from "../router";
import { memberKey } from "../store";
import { WORKSPACE_ROLES, type WorkspaceMember } from "../wire";
import { activeWorkspace } from "./workspaces";

// `workspace_billing` follows the organization's billing role; it can be set by update, never on add.
const addableRole = z.enum(["workspace_admin", "workspace_developer", "workspace_restricted_developer", "workspace_user"]);

const addBody = z.strictObject({ user_id: z.string().min(1), workspace_role: addableRole });
const updateBody = z.strictObject({ workspace_role: z.enum(WORKSPACE_ROLES) });
const listQuery = z.object(idPageQuery);

const BASE = "/v1/organizations/workspaces/{id}/members";

export const memberRoutes: Route[] = [
  route("POST", BASE, ({ store, params, body }) => {
    const workspace = activeWorkspace(store, params.id);
    const input = parseWith(addBody, body, "body");
    const user = store.user(input.user_id);
    const key = memberKey(workspace.id, user.id);
    if (store.members.has(key)) throw invalid(`User '${user.id}' is already a member of workspace '${workspace.id}'.`);
    const member: WorkspaceMember = {
      type: "workspace_member", user_id: user.id, workspace_id: workspace.id,
      workspace_role: input.workspace_role,
    };
    store.members.set(key, member);
    return member;
  }),
  route("GET", BASE, ({ store, params, query }) => {
    const workspace = store.workspace(params.id);
    const page = parseWith(listQuery, query, "query");
    const members = [...store.members.values()]
      .filter((m) => m.workspace_id === workspace.id)
      .sort((a, b) => (a.user_id < b.user_id ? -1 : a.user_id > b.user_id ? 1 : 0));
    return pageById(members, (m) => m.user_id, page);
  }),
  route("GET", `${BASE}/{user_id}`, ({ store, params }) => store.member(store.workspace(params.id).id, params.user_id)),
  route("POST", `${BASE}/{user_id}`, ({ store, params, body }) => {
    const member = store.member(activeWorkspace(store, params.id).id, params.user_id);
    const { workspace_role } = parseWith(updateBody, body, "body");
    if (workspace_role === "workspace_billing" && store.user(member.user_id).role !== "billing") {
      throw invalid("workspace_billing can only be held by users with the organization billing role.");
    }
    member.workspace_role = workspace_role;
    return member;
  }),
  route("DELETE", `${BASE}/{user_id}`, ({ store, params }) => {
    const member = store.member(store.workspace(params.id).id, params.user_id);
    store.members.delete(memberKey(member.workspace_id, member.user_id));
    return { type: "workspace_member_deleted", user_id: member.user_id, workspace_id: member.workspace_id };
  }),
];
