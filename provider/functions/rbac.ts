/** RBAC roles and groups of a Claude Enterprise organization (a Console organization's API refuses them). */
import type * as pulumi from "@pulumi/pulumi";
import { outputOf } from "./output";

/** Arguments of `getRbacRoles`; all optional. */
export interface GetRbacRolesArgs {
  /** Also read what each role grants (one more request per role). Default true. */
  includePermissions?: boolean;
  /**
   * Which organization of the stack config (`anthropic:organizations.<name>.*`) to read; default: the
   * top-level `anthropic:*` settings.
   */
  organization?: string;
}
/** Arguments of `getRbacRolesOutput`: those of `getRbacRoles`, each may be an Input. */
export interface GetRbacRolesOutputArgs {
  includePermissions?: pulumi.Input<boolean>;
  organization?: pulumi.Input<string>;
}

export interface RbacPermissionInfo {
  /** What the permission grants, e.g. `chat`, `permission_manage_members`, `use`. */
  action: string;
  /** What it applies to: `organization`, `connector`, `connector_tool`, `connector_scope`, `all_connectors`, ... */
  resourceType: string;
  /** The resource's identifiers, camelCased (`organizationId`, `connectorId`, `toolName`, `scope`). */
  resource: Record<string, string>;
}

export interface RbacRoleInfo {
  /** `rbac_role_...`: keep this, not the name, to refer to a role (Anthropic may rename built-in roles). */
  id: string;
  displayName: string;
  /** `built_in` or `custom` (more may come). */
  source: string;
  createdAt: string;
  updatedAt: string;
  /** Empty unless `includePermissions`. */
  permissions: RbacPermissionInfo[];
}

export interface GetRbacRolesResult {
  roles: RbacRoleInfo[];
}

/** Arguments of `getRbacGroups`; all optional. */
export interface GetRbacGroupsArgs {
  /** Also list each group's members (one more request per group). Default false. */
  includeMembers?: boolean;
  /**
   * Which organization of the stack config (`anthropic:organizations.<name>.*`) to read; default: the
   * top-level `anthropic:*` settings.
   */
  organization?: string;
}
/** Arguments of `getRbacGroupsOutput`: those of `getRbacGroups`, each may be an Input. */
export interface GetRbacGroupsOutputArgs {
  includeMembers?: pulumi.Input<boolean>;
  organization?: pulumi.Input<string>;
}

export interface RbacGroupMemberInfo {
  userId: string;
  email: string;
  /** When the user joined the group. */
  addedAt: string;
}

export interface RbacGroupInfo {
  /** `rbac_group_...` */
  id: string;
  name: string;
  /** Null when the API could not read the group's roles this time (not the same as none). */
  roleIds: string[] | null;
  /** `direct` or `scim` (provisioned by the identity provider; change those there). */
  sourceType: string;
  createdAt: string;
  updatedAt: string;
  /** Only with `includeMembers`. */
  members?: RbacGroupMemberInfo[];
}

export interface GetRbacGroupsResult {
  groups: RbacGroupInfo[];
}

/** Every role of the organization, following all pages, with what each grants. */
export async function getRbacRoles(args?: GetRbacRolesArgs, opts?: pulumi.InvokeOptions): Promise<GetRbacRolesResult> {
  return (await import("./calls/rbac.js")).getRbacRoles(args, opts);
}

export function getRbacRolesOutput(args?: GetRbacRolesOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetRbacRolesResult> {
  return outputOf(getRbacRoles, args, opts);
}

/** Every RBAC group of the organization, following all pages; members on request. */
export async function getRbacGroups(args?: GetRbacGroupsArgs, opts?: pulumi.InvokeOptions): Promise<GetRbacGroupsResult> {
  return (await import("./calls/rbac.js")).getRbacGroups(args, opts);
}

export function getRbacGroupsOutput(args?: GetRbacGroupsOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetRbacGroupsResult> {
  return outputOf(getRbacGroups, args, opts);
}
