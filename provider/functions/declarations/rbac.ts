/** `getRbacRoles` and `getRbacGroups`: RBAC of a Claude Enterprise organization (a Console organization's API refuses them). */
import { z } from "zod";
import { declareFunction, field, named } from "../declare";
import { flagArgument as flag } from "../flag-argument";
import { organizationArgument } from "../organization-argument";

const permission = named(
  z.object({
    action: field(z.string(), "What the permission grants, e.g. `chat`, `permission_manage_members`, `use`."),
    resourceType: field(z.string(), "What it applies to: `organization`, `connector`, `connector_tool`, `connector_scope`, `all_connectors`, ..."),
    resource: field(z.record(z.string(), z.string()), "The resource's identifiers, camelCased (`organizationId`, `connectorId`, `toolName`, `scope`)."),
  }),
  "RbacPermissionInfo",
  "What a role grants, on what.",
);

const role = named(
  z.object({
    id: field(z.string(), "`rbac_role_...`: keep this, not the name, to refer to a role (Anthropic may rename built-in roles)."),
    displayName: field(z.string(), "The role's name."),
    source: field(z.string(), "`built_in` or `custom` (more may come)."),
    createdAt: field(z.string(), "When it was created (RFC 3339)."),
    updatedAt: field(z.string(), "When it last changed (RFC 3339)."),
    permissions: field(z.array(permission), "Empty unless `includePermissions`."),
  }),
  "RbacRoleInfo",
  "An RBAC role of the organization.",
);

const member = named(
  z.object({
    userId: field(z.string(), "`user_...`"),
    email: field(z.string(), "The member's email."),
    addedAt: field(z.string(), "When the user joined the group."),
  }),
  "RbacGroupMemberInfo",
  "A member of an RBAC group.",
);

const group = named(
  z.object({
    id: field(z.string(), "`rbac_group_...`"),
    name: field(z.string(), "The group's name."),
    roleIds: field(z.array(z.string()).nullable(), "Null when the API could not read the group's roles this time (not the same as none)."),
    sourceType: field(z.string(), "`direct` or `scim` (provisioned by the identity provider; change those there)."),
    createdAt: field(z.string(), "When it was created (RFC 3339)."),
    updatedAt: field(z.string(), "When it last changed (RFC 3339)."),
    members: field(z.array(member).optional(), "Only with `includeMembers`."),
  }),
  "RbacGroupInfo",
  "An RBAC group of the organization.",
);

export const getRbacRoles = declareFunction({
  name: "getRbacRoles",
  description: "Every role of the organization, following all pages, with what each grants.",
  args: z.strictObject({
    includePermissions: field(flag("read what each role grants; default true"), "Also read what each role grants (one more request per role). Default true."),
    organization: organizationArgument,
  }),
  result: z.object({ roles: field(z.array(role), "The roles.") }),
});

export const getRbacGroups = declareFunction({
  name: "getRbacGroups",
  description: "Every RBAC group of the organization, following all pages; members on request.",
  args: z.strictObject({
    includeMembers: field(flag("list each group's members; default false"), "Also list each group's members (one more request per group). Default false."),
    organization: organizationArgument,
  }),
  result: z.object({ groups: field(z.array(group), "The groups.") }),
});
