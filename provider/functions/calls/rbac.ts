/** `getRbacRoles` and `getRbacGroups` themselves: loaded on their first call (see ../generated/functions.ts). */
import type * as pulumi from "@pulumi/pulumi";
import { collect, type AdminClient } from "../../client";
import type { WireRbacGroup, WireRbacRolePermission } from "../../client/rbac";
import { parseArgs } from "../arguments";
import { functionClient } from "../client";
import { getRbacGroups as declaredGroups, getRbacRoles as declaredRoles } from "../declarations/rbac";
import type { GetRbacGroupsArgs, GetRbacGroupsResult, GetRbacRolesArgs, GetRbacRolesResult, RbacGroupInfo, RbacPermissionInfo } from "../generated/rbac";

const camel = (key: string) => key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

function permissionInfo(p: WireRbacRolePermission): RbacPermissionInfo {
  const { type, ...ids } = p.resource as Record<string, unknown>;
  const resource = Object.fromEntries(Object.entries(ids).filter(([, v]) => typeof v === "string").map(([k, v]) => [camel(k), v as string]));
  return { action: p.action, resourceType: String(type), resource };
}

export async function getRbacRoles(args?: GetRbacRolesArgs, _opts?: pulumi.InvokeOptions): Promise<GetRbacRolesResult> {
  const { includePermissions = true, organization } = parseArgs("getRbacRoles", declaredRoles.args, args);
  const client = functionClient("getRbacRoles", organization);
  const roles = await collect(client.listRbacRoles());
  return {
    roles: await Promise.all(
      roles.map(async (role) => ({
        id: role.id,
        displayName: role.display_name,
        source: role.source.type,
        createdAt: role.created_at,
        updatedAt: role.updated_at,
        permissions: includePermissions ? (await collect(client.listRbacRolePermissions(role.id))).map(permissionInfo) : [],
      })),
    ),
  };
}

async function groupInfo(client: AdminClient, g: WireRbacGroup, includeMembers: boolean): Promise<RbacGroupInfo> {
  const info: RbacGroupInfo = {
    id: g.id,
    name: g.name,
    roleIds: g.role_ids,
    sourceType: g.source_type,
    createdAt: g.created_at,
    updatedAt: g.updated_at,
  };
  if (includeMembers) {
    const members = await collect(client.listRbacGroupMembers(g.id));
    info.members = members.map((m) => ({ userId: m.user_id, email: m.email, addedAt: m.created_at }));
  }
  return info;
}

export async function getRbacGroups(args?: GetRbacGroupsArgs, _opts?: pulumi.InvokeOptions): Promise<GetRbacGroupsResult> {
  const { includeMembers = false, organization } = parseArgs("getRbacGroups", declaredGroups.args, args);
  const client = functionClient("getRbacGroups", organization);
  const groups = await collect(client.listRbacGroups());
  return { groups: await Promise.all(groups.map((g) => groupInfo(client, g, includeMembers))) };
}
