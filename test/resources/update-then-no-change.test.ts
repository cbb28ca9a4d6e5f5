import { beforeAll, beforeEach, describe, expect, test } from "vitest";
import type * as pulumi from "@pulumi/pulumi";
import type { ResourceKind } from "../../provider/kinds";
import { adminFetch, useEmulator, type EmulatorHandle } from "../support/emulator";
import { oauthProvider, personSdk } from "../support/oauth-provider";
import { configuredProvider, newDeployment } from "../support/provider";

// Finding 8 of issue 15: after an update, the state must preview with no changes. For every kind, with
// every field it takes declared, each updatable field (each kind's plan.ts `updates`) is changed alone
// through check, diff and update as the engine calls them; then the next preview's diff (and a refresh's)
// must be empty, and the outputs must still hold every declared field.

/** Objects the resources refer to, made fresh before each test. */
interface World {
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
}

interface Row {
  kind: ResourceKind;
  /** Every input the kind takes that needs no other object than the world's. */
  inputs: (w: World) => Record<string, unknown>;
  /** Each updatable field, with another value for it. */
  changes: (w: World) => Record<string, unknown>;
}

const ARN = "arn:aws:kms:us-east-1:111122223333:key/abcd1234-5678-90ab-cdef-000011112222";
const OTHER_ARN = "arn:aws:kms:us-east-1:111122223333:key/abcd1234-5678-90ab-cdef-999988887777";

const table: Row[] = [
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
  },
  {
    kind: "ApiKey",
    inputs: (w) => ({ name: "portal", workspaceId: w.workspaceId, status: "active", revokeOnDelete: true }),
    changes: () => ({ name: "portal-renamed", status: "inactive", revokeOnDelete: false }),
  },
  { kind: "UserInvite", inputs: () => ({ email: "new@example.com", role: "developer" }), changes: () => ({}) },
  {
    kind: "WorkspaceMember",
    inputs: (w) => ({ workspaceId: w.workspaceId, userId: w.userId, role: "workspace_developer" }),
    changes: () => ({ role: "workspace_admin" }),
  },
  {
    kind: "OrganizationMember",
    inputs: (w) => ({ userId: w.userId, email: w.userEmail, role: "developer", revokeKeysOnDelete: true }),
    changes: () => ({ role: "user", revokeKeysOnDelete: false }),
  },
  {
    kind: "ExternalKey",
    inputs: () => ({ providerConfig: { type: "aws", kmsArn: ARN }, displayName: "CMK", validate: false }),
    changes: () => ({ providerConfig: { type: "aws", kmsArn: OTHER_ARN }, displayName: "CMK 2", geo: "us", validate: true }),
  },
  { kind: "ComplianceSettings", inputs: () => ({ state: "enabled", stateOnDelete: "disabled" }), changes: () => ({ state: "disabled", stateOnDelete: "enabled" }) },
  { kind: "RbacGroup", inputs: () => ({ name: "Engineering" }), changes: () => ({ name: "Platform" }) },
  { kind: "RbacGroupMember", inputs: (w) => ({ rbacGroupId: w.rbacGroupId, userId: w.userId }), changes: () => ({}) },
  {
    kind: "WebhookEndpoint",
    inputs: () => ({
      url: "https://example.com/hooks", events: ["user_profile.enforcement_action_opened"], name: "alerts", description: "pager",
      enabled: true, keepers: { rotation: 1 },
    }),
    changes: () => ({
      url: "https://example.com/other", events: ["user_profile.enforcement_action_resolved"], name: "alerts-2", description: "email",
      enabled: false, keepers: { rotation: 2 },
    }),
  },
  {
    kind: "TelemetryDestination",
    inputs: (w) => ({
      endpointUrl: "https://gateway.example.com/otlp", displayName: "Gateway", headers: { authorization: "Bearer collector-1" },
      workspaces: { include: [w.workspaceId] }, enabled: true,
    }),
    changes: (w) => ({
      endpointUrl: "https://other.example.com/otlp", displayName: "Other", headers: { authorization: "Bearer collector-2" },
      workspaces: { exclude: [w.otherWorkspaceId] }, enabled: false,
    }),
  },
  {
    kind: "ServiceAccount",
    inputs: () => ({ name: "ci-deploy", description: "deploys", organizationRole: "developer" }),
    changes: () => ({ description: "deploys from CI", organizationRole: "admin" }),
  },
  {
    kind: "ServiceAccountWorkspace",
    inputs: (w) => ({ serviceAccountId: w.serviceAccountId, workspaceId: w.spareWorkspaceId, role: "workspace_developer" }),
    changes: () => ({ role: "workspace_user" }),
  },
  {
    kind: "FederationIssuer",
    inputs: (w) => ({
      name: "acme-ci", issuerUrl: "https://ci.acme.example", jwks: { type: "inline", keys: [w.jwk] }, checkJti: true, maxJwtLifetimeSeconds: 3600,
    }),
    changes: (w) => ({
      name: "acme-ci-2", issuerUrl: "https://ci2.acme.example", jwks: { type: "inline", keys: [w.otherJwk] }, checkJti: false, maxJwtLifetimeSeconds: 600,
    }),
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
  },
];

const oauthKinds: ResourceKind[] = ["ServiceAccount", "ServiceAccountWorkspace", "FederationIssuer", "FederationRule"];
/** Kinds that exist only on a Claude Enterprise organization (where workspaces take no spend limit). */
const enterpriseKinds: ResourceKind[] = ["RbacGroup", "RbacGroupMember", "ComplianceSettings", "ExternalKey"];

/** The field names of each row's changes (their values need the world, made per test). */
const noWorld = new Proxy({} as World, { get: () => "(made per test)" });

describe.each(["console", "enterprise"] as const)("every update leaves a state that previews with no changes (%s organization)", (organizationType) => {
  const emulator = useEmulator({ organizationType });
  const rows = table.filter((row) => enterpriseKinds.includes(row.kind) === (organizationType === "enterprise"));
  const providers = {} as Record<ResourceKind, Required<pulumi.dynamic.ResourceProvider>>;
  beforeAll(async () => {
    for (const { kind } of rows) {
      providers[kind] = oauthKinds.includes(kind) ? await oauthProvider(kind, emulator) : await configuredProvider(kind, emulator);
    }
  });
  let world: World;
  beforeEach(async () => {
    newDeployment();
    world = await makeWorld(emulator, organizationType === "enterprise");
  });

  /** check, as the engine calls it before create and update: what it returns is what they get. */
  async function checked(kind: ResourceKind, olds: Record<string, unknown>, news: Record<string, unknown>) {
    const { inputs, failures } = await providers[kind].check(olds, news);
    expect(failures ?? []).toEqual([]);
    return inputs as Record<string, unknown>;
  }

  /** The next preview: no change, and every declared field still in the outputs (and in `__declared` where kept). */
  async function expectNoChange(kind: ResourceKind, id: string, outs: Record<string, unknown>, inputs: Record<string, unknown>) {
    const declared = Object.keys(inputs).filter((key) => inputs[key] !== undefined);
    expect(Object.keys(outs)).toEqual(expect.arrayContaining(declared));
    if (outs.__declared !== undefined) expect(outs.__declared).toEqual([...declared].sort());
    expect(await providers[kind].diff(id, outs, inputs)).toMatchObject({ changes: false });
  }

  const cases = rows.flatMap((row) => [
    { kind: row.kind, field: "(none)", row },
    ...Object.keys(row.changes(noWorld)).map((field) => ({ kind: row.kind, field, row })),
  ]);

  test.each(cases)("$kind: create, change $field alone, update, then preview and refresh see nothing to do", async ({ kind, field, row }) => {
    const provider = providers[kind];
    const inputs = await checked(kind, {}, row.inputs(world));
    const created = await provider.create(inputs);
    await expectNoChange(kind, created.id, created.outs, inputs);
    if (field === "(none)") return;

    const news = await checked(kind, inputs, { ...row.inputs(world), [field]: row.changes(world)[field] });
    expect((await provider.diff(created.id, created.outs, news)).replaces ?? []).toEqual([]);
    const { outs } = await provider.update(created.id, created.outs, news);
    await expectNoChange(kind, created.id, outs!, news);

    const read = await provider.read(created.id, outs);
    expect(read.id).toBe(created.id);
    await expectNoChange(kind, created.id, read.props!, news);
  });
});

/** Two workspaces and a spare one, a user, two service accounts in both workspaces, an issuer, an RBAC group (Enterprise). */
async function makeWorld(emulator: EmulatorHandle, enterprise: boolean): Promise<World> {
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
    jwk, otherJwk: await publicJwk("k2"),
  };
}
