import { createRequire } from "node:module";
import { beforeAll, beforeEach, expect, test } from "vitest";
import type * as pulumi from "@pulumi/pulumi";
import type { ResourceKind } from "../../provider/base/kinds";
import { sdkFor } from "../conformance/sdk";
import { useEmulator } from "../support/emulator";
import { oauthProvider, personSdk } from "../support/oauth-provider";
import { configuredProvider, newDeployment } from "../support/provider";

// Finding 4 of issue 15: a partly created resource was saved without `__provider`, so refresh and
// destroy failed until an update succeeded. The host saves a partial state exactly as the error's
// `properties` (cmd/dynamic-provider: grpcResponseFromError) and every later call starts with
// `requireFromString(props.__provider).handler()`: these tests make each call that way.

/** The dynamic-provider host's own way to turn a stored `__provider` back into a provider. */
const requireFromString = createRequire(__filename)("require-from-string") as (code: string) => unknown;

const emulator = useEmulator();
const providers = {} as Record<ResourceKind, Required<pulumi.dynamic.ResourceProvider>>;
const registry = "__pulumiAnthropicPartialStateTest";

/** What a state stores as `__provider` for `kind`: a module whose `handler()` gives the kind's provider. */
const storedProvider = (kind: ResourceKind) => `exports.handler = () => globalThis.${registry}[${JSON.stringify(kind)}];`;

/** The provider the host would load from a saved state: fails as the host does when `__provider` is missing. */
function asTheHostLoads(props: Record<string, unknown>): Required<pulumi.dynamic.ResourceProvider> {
  return (requireFromString(props.__provider as string) as { handler(): Required<pulumi.dynamic.ResourceProvider> }).handler();
}

/** A create of several requests that removes its object again when a later one fails. */
interface UndoneCreate {
  failure: "undone";
  /** Inputs of a create that makes the object, and the fault that fails a later request. */
  setUp(): Promise<{ inputs: Record<string, unknown>; fault: string }>;
  /** How many objects of the kind are live on the server. */
  live(): Promise<number>;
}

/** A create of several requests that records its object as partly made when a later one fails. */
interface PartialCreate {
  failure: "recorded";
  /** Inputs of a create that makes the object, and the fault that fails it afterwards. */
  setUp(): Promise<{ inputs: Record<string, unknown>; fault: string }>;
  /** Whether the object still exists (and is live) on the server. */
  live(id: string): Promise<boolean>;
}

const ORG = "/v1/organizations";

/** A service account in two workspaces, an issuer: a rule for both is made in two steps. */
async function federationWorld() {
  const { exportJWK, generateKeyPair } = await import("jose");
  const org = personSdk(emulator).beta.organization;
  const jwk = { ...(await exportJWK((await generateKeyPair("RS256")).publicKey)), kid: "k1", alg: "RS256" };
  const issuer = await org.federation.issuers.create({ name: "acme-ci", issuer_url: "https://ci.acme.example", jwks: { type: "inline", keys: [jwk] } });
  const account = await org.serviceAccounts.create({ name: "deployer" });
  const workspaces = sdkFor(emulator).beta.organization.workspaces;
  const ids = [(await workspaces.create({ name: "Deploys" })).id, (await workspaces.create({ name: "Other" })).id];
  for (const id of ids) await org.workspaces.serviceAccounts.add(id, { service_account_id: account.id, workspace_role: "workspace_developer" });
  return { issuerId: issuer.id, serviceAccountId: account.id, workspaceIds: ids };
}

/**
 * How each kind's create can be left half done. Every kind is listed, so a new kind must say:
 * - a PartialCreate: requests after the object exists, whose failure is recorded as a partial state;
 * - an UndoneCreate: requests after the object exists, whose failure removes the object again;
 * - "one request": the object exists only when the create succeeded.
 */
const partialCreates: Record<ResourceKind, PartialCreate | UndoneCreate | "one request"> = {
  Workspace: {
    failure: "recorded",
    setUp: async () => ({ inputs: { name: "Half", spendLimit: { monthlyUsd: 10 } }, fault: `POST ${ORG}/spend_limits` }),
    live: async (id) => !(await emulator.control.state()).workspaces.find((w) => w.id === id)?.archived_at,
  },
  FederationRule: {
    failure: "recorded",
    setUp: async () => {
      const world = await federationWorld();
      const inputs = {
        name: "deploy", issuerId: world.issuerId, match: { subjectPrefix: "pipeline:acme/*" }, oauthScope: "workspace:developer",
        serviceAccountId: world.serviceAccountId, workspaceIds: world.workspaceIds,
      };
      return { inputs, fault: `POST ${ORG}/federation_rules/{id}/workspaces` };
    },
    live: async (id) => !(await personSdk(emulator).beta.organization.federation.rules.retrieve(id)).archived_at,
  },
  // status "inactive": a failed deactivation archives the new key.
  ApiKey: {
    failure: "undone",
    setUp: async () => {
      const workspaceId = (await emulator.control.seedWorkspace({ name: "Keys" })).id;
      return { inputs: { name: "dormant", workspaceId, status: "inactive" }, fault: `POST ${ORG}/api_keys/{id}` };
    },
    live: async () => (await emulator.control.state()).apiKeys.filter((k) => k.name === "dormant" && k.status !== "archived").length,
  },
  // enabled false: a failed disable deletes the new endpoint.
  WebhookEndpoint: {
    failure: "undone",
    setUp: async () => ({
      inputs: { name: "alerts", url: "https://example.com/hooks", events: ["external_key.failed"], enabled: false },
      fault: `POST ${ORG}/webhooks/{id}`,
    }),
    live: async () => (await sdkFor(emulator).beta.organization.webhooks.list()).data.length,
  },
  // enabled false (or workspaces beyond the first request's): a failure deletes the new destination.
  TelemetryDestination: {
    failure: "undone",
    setUp: async () => ({ inputs: { endpointUrl: "https://otel.example.com", enabled: false }, fault: `POST ${ORG}/telemetry_destinations/{id}` }),
    live: async () => (await sdkFor(emulator).beta.organization.telemetryDestinations.list()).data.length,
  },
  // validate: a config the KMS refuses, or a check that could not run, is deleted.
  ExternalKey: {
    failure: "undone",
    setUp: async () => ({
      inputs: { providerConfig: { type: "aws", kmsArn: "arn:aws:kms:us-east-1:111122223333:key/abcd1234" }, validate: true },
      fault: `POST ${ORG}/external_keys/{id}/validate`,
    }),
    live: async () => (await sdkFor(emulator).beta.organization.externalKeys.list()).data.length,
  },
  UserInvite: "one request",
  WorkspaceMember: "one request",
  OrganizationMember: "one request", // adopts a person who exists; a role change is one request
  ComplianceSettings: "one request",
  RbacGroup: "one request",
  RbacGroupMember: "one request",
  ServiceAccount: "one request",
  ServiceAccountWorkspace: "one request",
  FederationIssuer: "one request",
};

const OAUTH_ONLY: ResourceKind[] = ["ServiceAccount", "ServiceAccountWorkspace", "FederationIssuer", "FederationRule"];

beforeAll(async () => {
  for (const kind of Object.keys(partialCreates) as ResourceKind[]) {
    providers[kind] = OAUTH_ONLY.includes(kind) ? await oauthProvider(kind, emulator) : await configuredProvider(kind, emulator);
  }
  (globalThis as Record<string, unknown>)[registry] = providers;
});
beforeEach(() => newDeployment());

const partlyMade = Object.entries(partialCreates).filter((entry): entry is [ResourceKind, PartialCreate] => typeof entry[1] === "object" && entry[1].failure === "recorded");
const undone = Object.entries(partialCreates).filter((entry): entry is [ResourceKind, UndoneCreate] => typeof entry[1] === "object" && entry[1].failure === "undone");

test.each(undone)("%s: a create whose later request fails leaves neither a state nor an object", async (kind, create) => {
  const { inputs, fault } = await create.setUp();
  // A refusal (never retried) of the request after the object exists.
  await emulator.control.fault({ route: fault, kind: "status", status: 400, times: 1 });
  const error = (await providers[kind].create({ ...inputs, __provider: storedProvider(kind) }).catch((e) => e)) as { id?: string; message: string };
  expect(error.message).toMatch(/400/);
  expect(error.id).toBeUndefined();
  expect(await create.live()).toBe(0);
});

test.each(partlyMade)("%s: a partly created object's saved state can be refreshed and destroyed", async (kind, partial) => {
  const { inputs, fault } = await partial.setUp();
  await emulator.control.fault({ route: fault, kind: "status", status: 400, times: 10 });
  const error = (await providers[kind].create({ ...inputs, __provider: storedProvider(kind) }).catch((e) => e)) as {
    id?: string; properties?: Record<string, unknown>; reasons?: string[];
  };
  await emulator.control.clearFaults();
  expect(error.reasons?.[0]).toMatch(/was created but is not complete/);
  const saved = error.properties!;
  expect(saved.__provider).toBe(storedProvider(kind));

  // pulumi refresh: the host loads the provider from the saved state and reads; the object is still there.
  newDeployment();
  const read = await asTheHostLoads(saved).read(error.id!, saved);
  expect(read.id).toBe(error.id);
  // pulumi destroy (or the resource removed from the program), from the refreshed state the host saves.
  const refreshed = { ...read.props, __provider: saved.__provider };
  await asTheHostLoads(refreshed).delete(error.id!, refreshed);
  expect(await partial.live(error.id!)).toBe(false);
});
