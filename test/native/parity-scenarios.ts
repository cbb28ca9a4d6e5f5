/**
 * One scenario per resource kind for the parity test: what exists first (made through the emulator's
 * control surface or the official SDK, never by the paths under test), the inputs a program declares,
 * and a change of them (in place where the kind updates anything, else one that replaces).
 */
import type { ResourceKind } from "../../provider/dynamic/shim";
import { adminFetch, type EmulatorHandle } from "../support/emulator";
import { personSdk } from "../support/oauth-provider";

type Props = Record<string, unknown>;
type World = Record<string, string>;

export interface Scenario {
  /** Prerequisites, by name. */
  world?: (emulator: EmulatorHandle) => Promise<World>;
  inputs: (world: World) => Props;
  changed: (world: World) => Props;
}

const ARN = "arn:aws:kms:us-east-1:111122223333:key/abcd1234-5678-90ab-cdef-000011112222";
const EVENTS = ["user_profile.enforcement_action_opened", "user_profile.enforcement_action_resolved"];

const workspace = async (emulator: EmulatorHandle) => ({ workspaceId: (await emulator.control.seedWorkspace({ name: "Parity Space" })).id });
const user = async (emulator: EmulatorHandle) => ({ userId: (await emulator.control.seedUsers([{ email: "pat@example.com", role: "user" }]))[0]!.id });
const serviceAccount = async (emulator: EmulatorHandle) => ({ serviceAccountId: (await personSdk(emulator).beta.organization.serviceAccounts.create({ name: "deployer" })).id });
// One key for every run, so that both paths declare the same inputs.
let jwks: Promise<Props> | undefined;
function publicJwks(): Promise<Props> {
  jwks ??= (async () => {
    const { exportJWK, generateKeyPair } = await import("jose");
    return { type: "inline", keys: [{ ...(await exportJWK((await generateKeyPair("RS256")).publicKey)), kid: "k1", alg: "RS256" }] };
  })();
  return jwks;
}

export const SCENARIOS: Record<ResourceKind, Scenario> = {
  Workspace: { inputs: () => ({ name: "Parity", displayColor: "#112233" }), changed: () => ({ name: "Parity 2", displayColor: "#112233" }) },
  ApiKey: {
    world: workspace,
    inputs: (w) => ({ name: "portal", workspaceId: w.workspaceId }),
    changed: (w) => ({ name: "portal 2", workspaceId: w.workspaceId }),
  },
  UserInvite: { inputs: () => ({ email: "inv@example.com", role: "user" }), changed: () => ({ email: "inv@example.com", role: "developer" }) },
  WorkspaceMember: {
    world: async (e) => ({ ...(await workspace(e)), ...(await user(e)) }),
    inputs: (w) => ({ workspaceId: w.workspaceId, userId: w.userId, role: "workspace_user" }),
    changed: (w) => ({ workspaceId: w.workspaceId, userId: w.userId, role: "workspace_developer" }),
  },
  // An Enterprise organization (what RBAC needs) has the roles user and managed.
  OrganizationMember: { world: user, inputs: (w) => ({ userId: w.userId, role: "user" }), changed: (w) => ({ userId: w.userId, role: "managed" }) },
  ExternalKey: {
    inputs: () => ({ providerConfig: { type: "aws", kmsArn: ARN }, displayName: "CMK" }),
    changed: () => ({ providerConfig: { type: "aws", kmsArn: ARN }, displayName: "CMK 2" }),
  },
  ComplianceSettings: { inputs: () => ({ state: "enabled", stateOnDelete: "disabled" }), changed: () => ({ state: "disabled", stateOnDelete: "disabled" }) },
  RbacGroup: { inputs: () => ({ name: "Eng" }), changed: () => ({ name: "Engineering" }) },
  RbacGroupMember: {
    world: async (e) => {
      const [one, other] = await e.control.seedUsers([{ email: "pat@example.com" }, { email: "sam@example.com" }]);
      return { userId: one!.id, otherUserId: other!.id, rbacGroupId: await rbacGroup(e) };
    },
    inputs: (w) => ({ rbacGroupId: w.rbacGroupId, userId: w.userId }),
    changed: (w) => ({ rbacGroupId: w.rbacGroupId, userId: w.otherUserId }),
  },
  WebhookEndpoint: {
    inputs: () => ({ name: "alerts", url: "https://example.com/hooks", events: EVENTS }),
    changed: () => ({ name: "alerts 2", url: "https://example.com/hooks", events: EVENTS }),
  },
  TelemetryDestination: {
    inputs: () => ({ displayName: "Gateway", endpointUrl: "https://gateway.example.com/otlp", headers: { authorization: "Bearer collector-9f2c4e7a1b" }, workspaces: "all" }),
    changed: () => ({ displayName: "Gateway 2", endpointUrl: "https://gateway.example.com/otlp", headers: { authorization: "Bearer collector-9f2c4e7a1b" }, workspaces: "all" }),
  },
  ServiceAccount: { inputs: () => ({ name: "ci-deploy", description: "deploys" }), changed: () => ({ name: "ci-deploy", description: "deploys from CI" }) },
  ServiceAccountWorkspace: {
    world: async (e) => ({ ...(await workspace(e)), ...(await serviceAccount(e)) }),
    inputs: (w) => ({ serviceAccountId: w.serviceAccountId, workspaceId: w.workspaceId, role: "workspace_user" }),
    changed: (w) => ({ serviceAccountId: w.serviceAccountId, workspaceId: w.workspaceId, role: "workspace_developer" }),
  },
  FederationIssuer: {
    world: async () => ({ jwks: JSON.stringify(await publicJwks()) }),
    inputs: (w) => ({ name: "acme-ci", issuerUrl: "https://ci.acme.example", jwks: JSON.parse(w.jwks!) }),
    changed: (w) => ({ name: "acme-ci-2", issuerUrl: "https://ci.acme.example", jwks: JSON.parse(w.jwks!) }),
  },
  FederationRule: {
    world: async (e) => {
      const issuer = await personSdk(e).beta.organization.federation.issuers.create({ name: "acme-ci", issuer_url: "https://ci.acme.example", jwks: (await publicJwks()) as never });
      const { workspaceId } = await workspace(e);
      const { serviceAccountId } = await serviceAccount(e);
      await personSdk(e).beta.organization.workspaces.serviceAccounts.add(workspaceId, { service_account_id: serviceAccountId, workspace_role: "workspace_developer" });
      return { issuerId: issuer.id, workspaceId, serviceAccountId };
    },
    inputs: (w) => rule(w, "deploys"),
    changed: (w) => rule(w, "deploys from main"),
  },
};

function rule(w: World, description: string): Props {
  return {
    name: "github-deploy", description, issuerId: w.issuerId, issuerUrl: "https://ci.acme.example",
    match: { subjectPrefix: "repo:acme/app:" }, oauthScope: "workspace:developer",
    serviceAccountId: w.serviceAccountId, workspaceIds: [w.workspaceId],
  };
}

async function rbacGroup(emulator: EmulatorHandle): Promise<string> {
  return (await adminFetch(emulator, "POST", "/v1/organizations/rbac_groups", { body: { name: "Eng" } })).body.id;
}
