import Anthropic from "@anthropic-ai/sdk";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { ComplianceSettingsSchema } from "../../provider/client/compliance";
import { ExternalKeySchema, ExternalKeyValidationSchema } from "../../provider/client/external-keys";
import {
  FederationIssuerSchema, FederationRuleSchema, FederationRuleWorkspaceDeletedSchema, FederationRuleWorkspaceSchema,
  ServiceAccountMemberDeletedSchema, ServiceAccountMemberSchema, ServiceAccountSchema,
} from "../../provider/client/federation-schemas";
import { RbacGroupMemberDeletedSchema, RbacGroupMemberSchema, RbacGroupSchema, RbacRolePermissionSchema, RbacRoleSchema } from "../../provider/client/rbac";
import {
  ApiKeySchema, InviteSchema, OrganizationRateLimitSchema, OrganizationSchema, UserSchema, WorkspaceMemberDeletedSchema,
  WorkspaceMemberSchema, WorkspaceRateLimitSchema, WorkspaceSchema,
} from "../../provider/client/schemas";
import { useEmulator, type EmulatorHandle } from "../support/emulator";
import { eachConstruction } from "./sdk";

// The official SDK's non-beta organization classes (`client.organization`, no beta header) against the
// emulator, route by route; each answer is also read with the client's own schema for that route, which
// must take it (the beta classes are driven by the other conformance files).

const emu = useEmulator();
const enterprise = useEmulator({ organizationType: "enterprise" });
const ARN = "arn:aws:kms:us-east-1:111122223333:key/abcd1234-5678-90ab-cdef-000011112222";

/** `answer`, after checking that the client's schema takes it. */
function taken<T>(schema: z.ZodType, answer: T): T {
  const parsed = schema.safeParse(answer);
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  return answer;
}

async function all<T>(page: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of page) items.push(item);
  return items;
}

/** A person's org:admin token, as the non-beta classes take it (service accounts and federation refuse the admin key). */
const person = (emulator: EmulatorHandle) =>
  new Anthropic({ baseURL: emulator.url, authToken: emulator.oauthToken, maxRetries: 0, defaultHeaders: { "anthropic-beta": "oauth-2025-04-20" } }).organization;

eachConstruction(emu, (sdk) => {
  describe("non-beta classes", () => {
    it("organization, users, invites, API keys and organization rate limits", async () => {
      const org = sdk().organization;
      taken(OrganizationSchema, await org.retrieve());
      const [ada] = await emu.control.seedUsers([{ email: "ada@example.com", name: "Ada" }]);
      taken(UserSchema, await org.users.retrieve(ada!.id));
      expect(taken(UserSchema, await org.users.update(ada!.id, { role: "developer" })).role).toBe("developer");
      (await all(org.users.list())).forEach((user) => taken(UserSchema, user));
      const invite = taken(InviteSchema, await org.invites.create({ email: "bo@example.com", role: "user" }));
      taken(InviteSchema, await org.invites.retrieve(invite.id));
      (await all(org.invites.list())).forEach((i) => taken(InviteSchema, i));
      await org.invites.delete(invite.id);

      const workspace = await org.workspaces.create({ name: "Keys" });
      const key = await emu.control.seedApiKey({ workspaceId: workspace.id, name: "portal" });
      taken(ApiKeySchema, await org.apiKeys.retrieve(key.id));
      expect(taken(ApiKeySchema, await org.apiKeys.update(key.id, { name: "renamed" })).name).toBe("renamed");
      (await all(org.apiKeys.list())).forEach((k) => taken(ApiKeySchema, k));
      (await org.rateLimits.list()).data.forEach((limit) => taken(OrganizationRateLimitSchema, limit));
    });

    it("workspaces, their members and rate limits", async () => {
      const workspaces = sdk().organization.workspaces;
      const workspace = taken(WorkspaceSchema, await workspaces.create({ name: "Prod" }));
      taken(WorkspaceSchema, await workspaces.retrieve(workspace.id));
      expect(taken(WorkspaceSchema, await workspaces.update(workspace.id, { name: "Production" })).name).toBe("Production");
      (await all(workspaces.list())).forEach((w) => taken(WorkspaceSchema, w));

      const [ada] = await emu.control.seedUsers([{ email: "ada@example.com" }]);
      taken(WorkspaceMemberSchema, await workspaces.members.add(workspace.id, { user_id: ada!.id, workspace_role: "workspace_user" }));
      taken(WorkspaceMemberSchema, await workspaces.members.retrieve(ada!.id, { workspace_id: workspace.id }));
      taken(WorkspaceMemberSchema, await workspaces.members.update(ada!.id, { workspace_id: workspace.id, workspace_role: "workspace_developer" }));
      (await all(workspaces.members.list(workspace.id))).forEach((m) => taken(WorkspaceMemberSchema, m));
      taken(WorkspaceMemberDeletedSchema, await workspaces.members.remove(ada!.id, { workspace_id: workspace.id }));

      (await workspaces.rateLimits.list(workspace.id, { include_inherited: true })).data.forEach((l) => taken(WorkspaceRateLimitSchema, l));
      expect(taken(WorkspaceSchema, await workspaces.archive(workspace.id)).archived_at).not.toBeNull();
    });

    it("external keys", async () => {
      const keys = sdk().organization.externalKeys;
      const created = taken(ExternalKeySchema, await keys.create({ provider_config: { type: "aws", kms_arn: ARN }, display_name: "Prod" }));
      taken(ExternalKeySchema, await keys.retrieve(created.id));
      taken(ExternalKeySchema, await keys.update(created.id, { display_name: "Production" }));
      (await all(keys.list())).forEach((k) => taken(ExternalKeySchema, k));
      taken(ExternalKeyValidationSchema, await keys.validate(created.id));
      await keys.delete(created.id);
    });
  });
});

describe("non-beta classes with a person's OAuth token", () => {
  it("service accounts, their workspaces, federation issuers and rules", async () => {
    const { exportJWK, generateKeyPair } = await import("jose");
    const org = person(emu);
    const account = taken(ServiceAccountSchema, await org.serviceAccounts.create({ name: "deployer" }));
    taken(ServiceAccountSchema, await org.serviceAccounts.retrieve(account.id));
    taken(ServiceAccountSchema, await org.serviceAccounts.update(account.id, { description: "deploys" }));
    (await all(org.serviceAccounts.list())).forEach((a) => taken(ServiceAccountSchema, a));
    const [deploys, other] = [await org.workspaces.create({ name: "Deploys" }), await org.workspaces.create({ name: "Other" })];
    taken(ServiceAccountMemberSchema, await org.serviceAccounts.workspaces.add(account.id, { workspace_id: deploys.id, workspace_role: "workspace_developer" }));
    taken(ServiceAccountMemberSchema, await org.workspaces.serviceAccounts.add(other.id, { service_account_id: account.id, workspace_role: "workspace_user" }));
    (await all(org.serviceAccounts.workspaces.list(account.id))).forEach((m) => taken(ServiceAccountMemberSchema, m));

    const jwk = { ...(await exportJWK((await generateKeyPair("RS256")).publicKey)), kid: "k1", alg: "RS256" };
    const issuer = taken(FederationIssuerSchema, await org.federation.issuers.create({
      name: "acme-ci", issuer_url: "https://ci.acme.example", jwks: { type: "inline", keys: [jwk] },
    }));
    taken(FederationIssuerSchema, await org.federation.issuers.retrieve(issuer.id));
    taken(FederationIssuerSchema, await org.federation.issuers.update(issuer.id, { max_jwt_lifetime_seconds: 600 }));
    (await all(org.federation.issuers.list())).forEach((i) => taken(FederationIssuerSchema, i));

    const rule = taken(FederationRuleSchema, await org.federation.rules.create({
      name: "deploy", issuer_id: issuer.id, oauth_scope: "workspace:developer", match: { subject_prefix: "pipeline:acme/*" },
      target: { type: "service_account", service_account_id: account.id }, workspace_id: deploys.id,
    }));
    taken(FederationRuleSchema, await org.federation.rules.retrieve(rule.id));
    taken(FederationRuleSchema, await org.federation.rules.update(rule.id, { description: "deploys" }));
    (await all(org.federation.rules.list())).forEach((r) => taken(FederationRuleSchema, r));
    taken(FederationRuleWorkspaceSchema, await org.federation.rules.workspaces.add(rule.id, { workspace_id: other.id }));
    (await all(org.federation.rules.workspaces.list(rule.id))).forEach((w) => taken(FederationRuleWorkspaceSchema, w));
    taken(FederationRuleWorkspaceDeletedSchema, await org.federation.rules.workspaces.remove(other.id, { federation_rule_id: rule.id }));
    expect(taken(FederationRuleSchema, await org.federation.rules.archive(rule.id)).archived_at).not.toBeNull();
    expect(taken(FederationIssuerSchema, await org.federation.issuers.archive(issuer.id)).archived_at).not.toBeNull();

    taken(ServiceAccountMemberDeletedSchema, await org.serviceAccounts.workspaces.remove(other.id, { service_account_id: account.id }));
    expect(taken(ServiceAccountSchema, await org.serviceAccounts.archive(account.id)).archived_at).not.toBeNull();
  });
});

eachConstruction(enterprise, (sdk) => {
  it("non-beta classes on an Enterprise organization: RBAC groups, members, roles, compliance settings", async () => {
    const org = sdk().organization;
    const [alice] = await enterprise.control.seedUsers([{ email: "alice@example.com" }]);
    const group = taken(RbacGroupSchema, await org.rbacGroups.create({ name: "Engineering" }));
    taken(RbacGroupSchema, await org.rbacGroups.retrieve(group.id));
    taken(RbacGroupSchema, await org.rbacGroups.update(group.id, { name: "Platform" }));
    (await all(org.rbacGroups.list())).forEach((g) => taken(RbacGroupSchema, g));
    taken(RbacGroupMemberSchema, await org.rbacGroups.members.add(group.id, { user_id: alice!.id }));
    (await all(org.rbacGroups.members.list(group.id))).forEach((m) => taken(RbacGroupMemberSchema, m));
    taken(RbacGroupMemberDeletedSchema, await org.rbacGroups.members.remove(alice!.id, { rbac_group_id: group.id }));
    await org.rbacGroups.delete(group.id);

    const [role] = await all(org.rbacRoles.list());
    taken(RbacRoleSchema, await org.rbacRoles.retrieve(role!.id));
    (await all(org.rbacRoles.permissions.list(role!.id))).forEach((p) => taken(RbacRolePermissionSchema, p));

    taken(ComplianceSettingsSchema, await org.complianceSettings.retrieve());
    expect(taken(ComplianceSettingsSchema, await org.complianceSettings.update({ state: { type: "enabled" } })).state.type).toBe("enabled");
  });
});
