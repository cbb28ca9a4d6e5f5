import { z } from "zod";
import { notFound } from "./errors";
import { newId } from "./ids";

// State of the organization's governance settings, as @anthropic-ai/sdk's beta organization types describe
// them: customer-managed encryption key configs (external keys), the compliance settings singleton, RBAC
// groups with their members, and the RBAC roles groups carry. Kept apart from ./store.ts, which holds one
// instance (`store.governance`) and resets it with the organization.

const timestamp = z.iso.datetime({ offset: true });

export const groupMemberKey = (groupId: string, userId: string) => `${groupId}/${userId}`;

/** A Map keeps one object per key, so a duplicate in a snapshot would vanish silently instead of being restored. */
export function unique(ctx: z.RefinementCtx, field: string, keys: string[]): void {
  const seen = new Set<string>();
  keys.forEach((key, index) => {
    if (seen.has(key)) ctx.addIssue({ code: "custom", path: [field, index], message: `duplicate '${key}'` });
    seen.add(key);
  });
}

export const providerConfigSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("aws"), kms_arn: z.string(), region: z.string().nullable() }),
  z.strictObject({ type: z.literal("gcp"), key_name: z.string() }),
  z.strictObject({
    type: z.literal("azure"), key_name: z.string(), tenant_id: z.string(), vault_uri: z.string(), client_id: z.string().nullable(),
  }),
]);

/** Stored without `attachment`: that is derived from the workspaces each time a key is returned. */
export const externalKeySchema = z.strictObject({
  id: z.string(),
  type: z.literal("external_key"),
  created_at: timestamp,
  updated_at: timestamp,
  display_name: z.string().nullable(),
  geo: z.literal("us"),
  provider_config: providerConfigSchema,
  user_profile_id: z.string().nullable(),
});

export const rbacGroupSchema = z.strictObject({
  id: z.string(),
  type: z.literal("rbac_group"),
  name: z.string(),
  role_ids: z.array(z.string()).nullable(),
  source_type: z.enum(["direct", "scim"]),
  created_at: timestamp,
  updated_at: timestamp,
});

export const rbacGroupMemberSchema = z.strictObject({
  type: z.literal("rbac_group_member"),
  rbac_group_id: z.string(),
  user_id: z.string(),
  email: z.string(),
  created_at: timestamp,
});

const permissionResourceSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("organization"), organization_id: z.string() }),
  z.strictObject({ type: z.literal("all_connectors") }),
  z.strictObject({ type: z.literal("connector"), connector_id: z.string() }),
]);

export const rbacRolePermissionSchema = z.strictObject({
  type: z.literal("rbac_role_permission"),
  action: z.string().min(1),
  resource: permissionResourceSchema,
});

export const rbacRoleSchema = z.strictObject({
  id: z.string(),
  type: z.literal("rbac_role"),
  display_name: z.string(),
  source: z.strictObject({ type: z.enum(["built_in", "custom"]) }),
  created_at: timestamp,
  updated_at: timestamp,
});

/**
 * What `GET/PUT /_emulator/state` carries of governance (see ./snapshot.ts). Roles are kept, not
 * regenerated on restore: their ids are random per organization, and a stack may hold them (a group's
 * `role_ids`, a function's output), so a restarted emulator must answer with the same ones.
 */
export const governanceSnapshotSchema = z.strictObject({
  externalKeys: z.array(externalKeySchema),
  compliance: z.enum(["enabled", "disabled"]),
  rbacGroups: z.array(rbacGroupSchema),
  rbacGroupMembers: z.array(rbacGroupMemberSchema),
  rbacRoles: z.array(z.strictObject({ role: rbacRoleSchema, permissions: z.array(rbacRolePermissionSchema) })),
}).superRefine((snapshot, ctx) => {
  const groups = new Set(snapshot.rbacGroups.map((g) => g.id));
  snapshot.rbacGroupMembers.forEach((member, index) => {
    if (!groups.has(member.rbac_group_id)) {
      ctx.addIssue({ code: "custom", path: ["rbacGroupMembers", index, "rbac_group_id"], message: `'${member.rbac_group_id}' is not a group in the snapshot` });
    }
  });
  unique(ctx, "externalKeys", snapshot.externalKeys.map((k) => k.id));
  unique(ctx, "rbacGroups", snapshot.rbacGroups.map((g) => g.id));
  unique(ctx, "rbacGroupMembers", snapshot.rbacGroupMembers.map((m) => groupMemberKey(m.rbac_group_id, m.user_id)));
  unique(ctx, "rbacRoles", snapshot.rbacRoles.map((r) => r.role.id));
});

export type RbacRolePermission = z.infer<typeof rbacRolePermissionSchema>;
export type RbacRole = z.infer<typeof rbacRoleSchema>;
export type GovernanceSnapshot = z.infer<typeof governanceSnapshotSchema>;
export type ProviderConfig = z.infer<typeof providerConfigSchema>;
export type ExternalKey = z.infer<typeof externalKeySchema>;
export type RbacGroup = z.infer<typeof rbacGroupSchema>;
export type RbacGroupMember = z.infer<typeof rbacGroupMemberSchema>;
export type ComplianceState = "enabled" | "disabled";

/** Built-in roles an Enterprise organization starts with, and the permissions each grants. */
const BUILT_IN_ROLES: Array<{ name: string; permissions: (orgId: string) => RbacRolePermission["resource"][]; actions: string[] }> = [
  { name: "Member", permissions: (orgId) => [{ type: "organization", organization_id: orgId }], actions: ["chat", "claude_code"] },
  { name: "Admin", permissions: (orgId) => [{ type: "organization", organization_id: orgId }], actions: ["capability_access_all", "permission_manage_members", "permission_manage_groups"] },
  { name: "Connector user", permissions: () => [{ type: "all_connectors" }], actions: ["use"] },
];

export class GovernanceState {
  /** Oldest first, as minted; lists reverse them where the API lists newest first. */
  externalKeys = new Map<string, ExternalKey>();
  compliance: ComplianceState = "disabled";
  rbacGroups = new Map<string, RbacGroup>();
  /** Keyed `rbac_group_.../user_...`. */
  rbacGroupMembers = new Map<string, RbacGroupMember>();
  rbacRoles = new Map<string, RbacRole>();
  rbacRolePermissions = new Map<string, RbacRolePermission[]>();

  /** Back to a new organization (`organizationId`: the one the built-in role permissions name). */
  reset(organizationId: string): void {
    this.externalKeys.clear();
    this.rbacGroups.clear();
    this.rbacGroupMembers.clear();
    this.rbacRoles.clear();
    this.rbacRolePermissions.clear();
    this.compliance = "disabled";
    const at = new Date().toISOString();
    for (const role of BUILT_IN_ROLES) {
      const id = newId("rbac_role");
      this.rbacRoles.set(id, { id, type: "rbac_role", display_name: role.name, source: { type: "built_in" }, created_at: at, updated_at: at });
      const permissions = role.permissions(organizationId).flatMap((resource) =>
        role.actions.map((action): RbacRolePermission => ({ type: "rbac_role_permission", action, resource })),
      );
      this.rbacRolePermissions.set(id, permissions);
    }
  }

  snapshot(): GovernanceSnapshot {
    return structuredClone({
      externalKeys: [...this.externalKeys.values()],
      compliance: this.compliance,
      rbacGroups: [...this.rbacGroups.values()],
      rbacGroupMembers: [...this.rbacGroupMembers.values()],
      rbacRoles: [...this.rbacRoles.values()].map((role) => ({ role, permissions: this.rbacRolePermissions.get(role.id) ?? [] })),
    });
  }

  /** A snapshot without governance (written before it existed) restores a new organization's: built-in roles only. */
  restore(snapshot: GovernanceSnapshot | undefined, organizationId: string): void {
    this.reset(organizationId);
    if (!snapshot) return;
    const copy = structuredClone(snapshot);
    this.rbacRoles.clear();
    this.rbacRolePermissions.clear();
    for (const k of copy.externalKeys) this.externalKeys.set(k.id, k);
    this.compliance = copy.compliance;
    for (const g of copy.rbacGroups) this.rbacGroups.set(g.id, g);
    for (const m of copy.rbacGroupMembers) this.rbacGroupMembers.set(groupMemberKey(m.rbac_group_id, m.user_id), m);
    for (const { role, permissions } of copy.rbacRoles) {
      this.rbacRoles.set(role.id, role);
      this.rbacRolePermissions.set(role.id, permissions);
    }
  }

  externalKey = (id: string) => found(this.externalKeys, id, "External key");
  rbacGroup = (id: string) => found(this.rbacGroups, id, "RBAC group");
  rbacRole = (id: string) => found(this.rbacRoles, id, "RBAC role");
}

function found<T>(map: Map<string, T>, key: string, what: string): T {
  const value = map.get(key);
  if (value === undefined) throw notFound(what, key);
  return value;
}
