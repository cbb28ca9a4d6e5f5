import type { ResourceKind } from "../../provider/base/kinds";
import { canaryText } from "./canary";
import { adminFetch, type EmulatorHandle } from "./emulator";
import { personSdk } from "./oauth-provider";

// Valid inputs of every resource kind, with the objects they refer to: what the per-kind tests
// (test/resources/every-kind.test.ts, update-then-no-change.test.ts) create, change and read back.

/** Objects the resources refer to, made fresh before each test. */
export interface World {
  workspaceId: string;
  otherWorkspaceId: string;
  /** No service account is a member of it. */
  spareWorkspaceId: string;
  userId: string;
  userEmail: string;
  serviceAccountId: string;
  otherServiceAccountId: string;
  issuerId: string;
  rbacGroupId: string;
  jwk: Record<string, unknown>;
  otherJwk: Record<string, unknown>;
  /** A value that must never reach state in plaintext: sample inputs put it where their kind keeps secrets. */
  secret: string;
}

export interface Sample {
  kind: ResourceKind;
  /** Every input the kind takes that needs no other object than the world's. */
  inputs: (w: World) => Record<string, unknown>;
  /** Each updatable field (plan.ts `diffSpec.updates`), with another value for it. */
  changes: (w: World) => Record<string, unknown>;
  /**
   * Each field that replaces (plan.ts `diffSpec.replaces`): another value that check accepts (`to`), and
   * where the sample's own value could not differ from it, the value that state records instead (`from`).
   */
  replaces: (w: World) => Record<string, { from?: unknown; to: unknown }>;
}

export const ARN = "arn:aws:kms:us-east-1:111122223333:key/abcd1234-5678-90ab-cdef-000011112222";
export const OTHER_ARN = "arn:aws:kms:us-east-1:111122223333:key/abcd1234-5678-90ab-cdef-999988887777";

/** One sample of every kind: valid inputs with every field it takes, and other values for each field. */
export const samples: Sample[] = [
  {
    kind: "Workspace",
    inputs: () => ({
      name: "Every field", displayColor: "#112233", tags: { team: "ml" }, workspaceGeo: "us", allowedInferenceGeos: ["us", "global"],
      defaultInferenceGeo: "us", spendLimit: { monthlyUsd: 100 }, rateLimits: { requestsPerMinute: 1000 }, archiveOnDelete: true,
    }),
    changes: () => ({
      name: "Renamed", displayColor: "#445566", tags: { team: "platform" }, allowedInferenceGeos: "unrestricted",
      defaultInferenceGeo: "global", spendLimit: { monthlyUsd: 200 }, rateLimits: { requestsPerMinute: 500 }, archiveOnDelete: false,
    }),
    replaces: (w) => ({ workspaceGeo: { from: "eu", to: "us" }, externalKeyId: { from: "extkey_recorded", to: "extkey_other" }, adoptId: { to: w.otherWorkspaceId } }),
  },
  {
    kind: "ApiKey",
    inputs: (w) => ({ name: "portal", workspaceId: w.workspaceId, status: "active", revokeOnDelete: true, keepers: { rotation: w.secret } }),
    changes: () => ({ name: "portal-renamed", status: "inactive", revokeOnDelete: false }),
    replaces: (w) => ({ workspaceId: { to: w.otherWorkspaceId }, expiresAt: { to: "2031-01-01T00:00:00Z" }, keepers: { to: { rotation: 2 } }, adoptId: { to: "apikey_01adopted" } }),
  },
  {
    kind: "UserInvite", inputs: () => ({ email: "new@example.com", role: "developer" }), changes: () => ({}),
    replaces: (w) => ({ email: { to: "other@example.com" }, role: { to: "user" }, groups: { to: [w.rbacGroupId || "rbac_group_01other"] } }),
  },
  {
    kind: "WorkspaceMember",
    inputs: (w) => ({ workspaceId: w.workspaceId, userId: w.userId, role: "workspace_developer" }),
    changes: () => ({ role: "workspace_admin" }),
    replaces: (w) => ({ workspaceId: { to: w.otherWorkspaceId }, userId: { to: "user_01other" } }),
  },
  {
    kind: "OrganizationMember",
    inputs: (w) => ({ userId: w.userId, email: w.userEmail, role: "developer", revokeKeysOnDelete: true }),
    changes: () => ({ role: "user", revokeKeysOnDelete: false }),
    replaces: () => ({ userId: { to: "user_01other" }, email: { to: "other@example.com" } }),
  },
  {
    kind: "ExternalKey",
    inputs: () => ({ providerConfig: { type: "aws", kmsArn: ARN }, displayName: "CMK", validate: false }),
    changes: () => ({ providerConfig: { type: "aws", kmsArn: OTHER_ARN }, displayName: "CMK 2", geo: "us", validate: true }),
    replaces: () => ({ userProfileId: { to: "uprof_01other" } }),
  },
  {
    kind: "ComplianceSettings", inputs: () => ({ state: "enabled", stateOnDelete: "disabled" }),
    changes: () => ({ state: "disabled", stateOnDelete: "enabled" }), replaces: () => ({}),
  },
  { kind: "RbacGroup", inputs: () => ({ name: "Engineering" }), changes: () => ({ name: "Platform" }), replaces: () => ({}) },
  {
    kind: "RbacGroupMember", inputs: (w) => ({ rbacGroupId: w.rbacGroupId, userId: w.userId }), changes: () => ({}),
    replaces: () => ({ rbacGroupId: { to: "rbac_group_01other" }, userId: { to: "user_01other" } }),
  },
  {
    kind: "WebhookEndpoint",
    inputs: (w) => ({
      url: "https://example.com/hooks", events: ["user_profile.enforcement_action_opened"], name: "alerts", description: "pager",
      enabled: true, keepers: { rotation: w.secret },
    }),
    changes: () => ({
      url: "https://example.com/other", events: ["user_profile.enforcement_action_resolved"], name: "alerts-2", description: "email",
      enabled: false, keepers: { rotation: 2 },
    }),
    replaces: () => ({}),
  },
  {
    kind: "TelemetryDestination",
    inputs: (w) => ({
      endpointUrl: "https://gateway.example.com/otlp", displayName: "Gateway", headers: { authorization: `Bearer ${w.secret}` },
      workspaces: { include: [w.workspaceId] }, enabled: true,
    }),
    changes: (w) => ({
      endpointUrl: "https://other.example.com/otlp", displayName: "Other", headers: { authorization: "Bearer collector-2" },
      workspaces: { exclude: [w.otherWorkspaceId] }, enabled: false,
    }),
    replaces: () => ({}),
  },
  {
    kind: "ServiceAccount",
    inputs: () => ({ name: "ci-deploy", description: "deploys", organizationRole: "developer" }),
    changes: () => ({ description: "deploys from CI", organizationRole: "admin" }),
    replaces: () => ({ name: { to: "ci-deploy-2" } }),
  },
  {
    kind: "ServiceAccountWorkspace",
    inputs: (w) => ({ serviceAccountId: w.serviceAccountId, workspaceId: w.spareWorkspaceId, role: "workspace_developer" }),
    changes: () => ({ role: "workspace_user" }),
    replaces: (w) => ({ serviceAccountId: { to: w.otherServiceAccountId }, workspaceId: { to: w.otherWorkspaceId } }),
  },
  {
    kind: "FederationIssuer",
    inputs: (w) => ({
      name: "acme-ci", issuerUrl: "https://ci.acme.example", jwks: { type: "inline", keys: [w.jwk] }, checkJti: true, maxJwtLifetimeSeconds: 3600,
    }),
    changes: (w) => ({
      name: "acme-ci-2", issuerUrl: "https://ci2.acme.example", jwks: { type: "inline", keys: [w.otherJwk] }, checkJti: false, maxJwtLifetimeSeconds: 600,
    }),
    replaces: () => ({}),
  },
  {
    kind: "FederationRule",
    inputs: (w) => ({
      name: "deploy", description: "CI deploys", issuerId: w.issuerId, issuerUrl: "https://ci.acme.example",
      match: { subjectPrefix: "repo:acme/app:*" }, oauthScope: "workspace:developer", serviceAccountId: w.serviceAccountId,
      workspaceIds: [w.workspaceId], appliesToAllWorkspaces: false, tokenLifetimeSeconds: 600,
    }),
    changes: (w) => ({
      name: "deploy-2", description: "CI deploys, main only", issuerUrl: "https://ci.acme.example/", match: { subjectPrefix: "repo:acme/app:ref:*" },
      oauthScope: "workspace:inference", serviceAccountId: w.otherServiceAccountId, workspaceIds: [w.workspaceId, w.otherWorkspaceId],
      appliesToAllWorkspaces: true, tokenLifetimeSeconds: 1200,
    }),
    replaces: () => ({ issuerId: { to: "fdis_01other" } }),
  },
];

/** Kinds that exist only on a Claude Enterprise organization (where workspaces take no spend limit). */
export const enterpriseKinds: ResourceKind[] = ["RbacGroup", "RbacGroupMember", "ComplianceSettings", "ExternalKey"];

/** Two workspaces and a spare one, a user, two service accounts in both workspaces, an issuer, an RBAC group (Enterprise). */
export async function makeWorld(emulator: EmulatorHandle, enterprise: boolean): Promise<World> {
  const { exportJWK, generateKeyPair } = await import("jose");
  const publicJwk = async (kid: string) => ({ ...(await exportJWK((await generateKeyPair("RS256")).publicKey)), kid, alg: "RS256" });
  const [workspace, other, spare] = await Promise.all(["Home", "Other", "Spare"].map((name) => emulator.control.seedWorkspace({ name })));
  const [user] = await emulator.control.seedUsers([{ email: "dev@example.com", role: "user" }]);
  const org = personSdk(emulator).beta.organization;
  const accounts = [await org.serviceAccounts.create({ name: "deployer" }), await org.serviceAccounts.create({ name: "releaser" })];
  for (const account of accounts) {
    for (const ws of [workspace!, other!]) await org.workspaces.serviceAccounts.add(ws.id, { service_account_id: account.id, workspace_role: "workspace_developer" });
  }
  const jwk = await publicJwk("k1");
  const issuer = await org.federation.issuers.create({ name: "world-ci", issuer_url: "https://ci.acme.example", jwks: { type: "inline", keys: [jwk] } });
  const group = enterprise ? (await adminFetch(emulator, "POST", "/v1/organizations/rbac_groups", { body: { name: "World group" } })).body : undefined;
  return {
    workspaceId: workspace!.id, otherWorkspaceId: other!.id, spareWorkspaceId: spare!.id, userId: user!.id, userEmail: user!.email,
    serviceAccountId: accounts[0]!.id, otherServiceAccountId: accounts[1]!.id, issuerId: issuer.id, rbacGroupId: group?.id ?? "",
    jwk, otherJwk: await publicJwk("k2"), secret: canaryText("sample"),
  };
}
