import { beforeAll, describe, expect, test, vi } from "vitest";
import * as pulumi from "@pulumi/pulumi";
import * as settings from "@pulumi/pulumi/runtime/settings";
import { RESOURCE_KINDS } from "../../provider/base/kinds";
import * as anthropic from "../../provider";
import { SECRET_SIG, SECRET_SIG_KEY } from "../support/mocks";

// What the conventions of established providers do at run time: `get(name, id, state?, opts?)` sends
// the state as the read's recorded properties and gives every declared output; `isInstance` recognises
// a resource by the type Pulumi registered, also across two copies of the package. Mocked engine.

interface Read {
  type: string;
  properties: Record<string, unknown>;
  secretOutputs: string[];
}
const reads = new Map<string, Read>();

beforeAll(async () => {
  await pulumi.runtime.setMocks(
    { newResource: (args) => ({ id: args.id || `${args.name}-id`, state: args.inputs }), call: () => ({}) },
    "project",
    "stack",
    false,
  );
  // What the engine receives for each read, before the mock answers it.
  const monitor = settings.getMonitor() as any;
  const readResource = monitor.readResource.bind(monitor);
  monitor.readResource = (req: any, callback: unknown) => {
    const { __provider: _provider, ...properties } = req.getProperties().toJavaScript();
    reads.set(req.getName(), { type: req.getType(), properties, secretOutputs: req.getAdditionalsecretoutputsList() });
    return readResource(req, callback);
  };
});

/** The properties of `R` that are Outputs: what the class declares (id and urn aside). */
type OutputKeys<R> = Exclude<{ [K in keyof R]-?: R[K] extends pulumi.Output<unknown> ? K : never }[keyof R], "id" | "urn">;
/** Every declared output, listed: a list that misses one does not compile. */
const every = <R>() => <const K extends readonly OutputKeys<R>[]>(keys: K & (Exclude<OutputKeys<R>, K[number]> extends never ? unknown : never)) => keys;

const kinds = [
  { kind: "Workspace", get: anthropic.Workspace.get, is: anthropic.Workspace.isInstance, outputs: every<anthropic.Workspace>()(["name"]) },
  {
    kind: "ApiKey",
    get: anthropic.ApiKey.get,
    is: anthropic.ApiKey.isInstance,
    outputs: every<anthropic.ApiKey>()(["name", "workspaceId", "status", "expiresAt", "key", "partialKeyHint"]),
  },
  {
    kind: "UserInvite",
    get: anthropic.UserInvite.get,
    is: anthropic.UserInvite.isInstance,
    outputs: every<anthropic.UserInvite>()(["email", "role", "groups", "status", "expiresAt"]),
  },
  {
    kind: "WorkspaceMember",
    get: anthropic.WorkspaceMember.get,
    is: anthropic.WorkspaceMember.isInstance,
    outputs: every<anthropic.WorkspaceMember>()(["workspaceId", "userId", "role"]),
  },
  {
    kind: "OrganizationMember",
    get: anthropic.OrganizationMember.get,
    is: anthropic.OrganizationMember.isInstance,
    outputs: every<anthropic.OrganizationMember>()(["userId", "email", "name", "role"]),
  },
  { kind: "ExternalKey", get: anthropic.ExternalKey.get, is: anthropic.ExternalKey.isInstance, outputs: every<anthropic.ExternalKey>()(["displayName", "attached"]) },
  { kind: "ComplianceSettings", get: anthropic.ComplianceSettings.get, is: anthropic.ComplianceSettings.isInstance, outputs: every<anthropic.ComplianceSettings>()(["state"]) },
  { kind: "RbacGroup", get: anthropic.RbacGroup.get, is: anthropic.RbacGroup.isInstance, outputs: every<anthropic.RbacGroup>()(["name", "roleIds"]) },
  { kind: "RbacGroupMember", get: anthropic.RbacGroupMember.get, is: anthropic.RbacGroupMember.isInstance, outputs: every<anthropic.RbacGroupMember>()(["rbacGroupId", "userId", "email"]) },
  {
    kind: "WebhookEndpoint",
    get: anthropic.WebhookEndpoint.get,
    is: anthropic.WebhookEndpoint.isInstance,
    outputs: every<anthropic.WebhookEndpoint>()(["name", "url", "events", "enabled", "disabledReason", "signingSecret"]),
  },
  {
    kind: "TelemetryDestination",
    get: anthropic.TelemetryDestination.get,
    is: anthropic.TelemetryDestination.isInstance,
    outputs: every<anthropic.TelemetryDestination>()(["endpointUrl", "displayName", "headerNames", "headers", "workspaces", "enabled", "disabledReason"]),
  },
  {
    kind: "ServiceAccount",
    get: anthropic.ServiceAccount.get,
    is: anthropic.ServiceAccount.isInstance,
    outputs: every<anthropic.ServiceAccount>()(["name", "description", "organizationRole"]),
  },
  {
    kind: "ServiceAccountWorkspace",
    get: anthropic.ServiceAccountWorkspace.get,
    is: anthropic.ServiceAccountWorkspace.isInstance,
    outputs: every<anthropic.ServiceAccountWorkspace>()(["serviceAccountId", "workspaceId", "role"]),
  },
  {
    kind: "FederationIssuer",
    get: anthropic.FederationIssuer.get,
    is: anthropic.FederationIssuer.isInstance,
    outputs: every<anthropic.FederationIssuer>()(["name", "issuerUrl", "jwks", "checkJti", "maxJwtLifetimeSeconds"]),
  },
  {
    kind: "FederationRule",
    get: anthropic.FederationRule.get,
    is: anthropic.FederationRule.isInstance,
    outputs: every<anthropic.FederationRule>()([
      "name", "issuerId", "match", "oauthScope", "serviceAccountId", "workspaceIds", "appliesToAllWorkspaces", "tokenLifetimeSeconds",
    ]),
  },
] as const;

test("the tables cover every resource kind the package registers", () => {
  expect(kinds.map((k) => k.kind).sort()).toEqual([...RESOURCE_KINDS].sort());
  expect(Object.keys(made).sort()).toEqual([...RESOURCE_KINDS].sort());
});

describe("get(name, id, state?, opts?)", () => {
  test.each(kinds.map((k) => [k.kind, k] as const))("%s.get without state reads the id with no properties and gives every declared output", async (kind, { get, outputs }) => {
    const resource = get(`plain-${kind}`, `${kind}-1`) as unknown as Record<string, unknown>;
    await new Promise<void>((resolve) => (resource.id as pulumi.Output<string>).apply(() => resolve()));
    const read = reads.get(`plain-${kind}`)!;
    expect(read.type).toBe(`pulumi-nodejs:dynamic/anthropic:${kind}`);
    // No defaults (a logical name as `name`) and no owner: nothing the read would take as declared.
    expect(read.properties).toEqual({});
    for (const output of outputs) expect(pulumi.Output.isInstance(resource[output]), output).toBe(true);
  });

  test("the state is the read's recorded properties, organization included; options still apply", async () => {
    const parent = new anthropic.Workspace("parent", { name: "Parent" });
    const workspace = anthropic.Workspace.get("with-state", "wrkspc_1", { organization: "sandbox", name: "Production", tags: { team: "a" } }, { parent });
    await new Promise<void>((resolve) => workspace.id.apply(() => resolve()));
    expect(reads.get("with-state")!.properties).toEqual({ organization: "sandbox", name: "Production", tags: { team: "a" } });
    expect(await new Promise((resolve) => workspace.urn.apply(resolve))).toContain("anthropic:Workspace$pulumi-nodejs:dynamic/anthropic:Workspace::with-state");
  });

  test("an ApiKey's state key goes to the read as a secret, and its output stays secret", async () => {
    const key = anthropic.ApiKey.get("adopted-key", "apikey_1", { key: "sk-ant-api03-given", organization: "sandbox" });
    await new Promise<void>((resolve) => key.id.apply(() => resolve()));
    const read = reads.get("adopted-key")!;
    expect(read.properties.key).toEqual({ [SECRET_SIG_KEY]: SECRET_SIG, value: "sk-ant-api03-given" });
    expect(read.secretOutputs).toEqual(["key"]);
    expect(await pulumi.isSecret(key.key)).toBe(true);
  });
});

const made = {
  Workspace: () => new anthropic.Workspace("w", { name: "W" }),
  ApiKey: () => new anthropic.ApiKey("k", { workspaceId: "wrkspc_1" }),
  UserInvite: () => new anthropic.UserInvite("i", { email: "i@example.com", role: "user" }),
  WorkspaceMember: () => new anthropic.WorkspaceMember("m", { workspaceId: "wrkspc_1", userId: "user_1", role: "workspace_user" }),
  OrganizationMember: () => new anthropic.OrganizationMember("o", { userId: "user_1", role: "user" }),
  ExternalKey: () => new anthropic.ExternalKey("e", { providerConfig: { type: "gcp", keyName: "projects/p/locations/us/keyRings/r/cryptoKeys/k" } }),
  ComplianceSettings: () => new anthropic.ComplianceSettings("c", { state: "enabled" }),
  RbacGroup: () => new anthropic.RbacGroup("g", { name: "G" }),
  RbacGroupMember: () => new anthropic.RbacGroupMember("gm", { rbacGroupId: "rbac_group_1", userId: "user_1" }),
  WebhookEndpoint: () => new anthropic.WebhookEndpoint("h", { url: "https://example.com/h", events: ["external_key.failed"] }),
  TelemetryDestination: () => new anthropic.TelemetryDestination("t", { endpointUrl: "https://otel.example.com" }),
  ServiceAccount: () => new anthropic.ServiceAccount("sa"),
  ServiceAccountWorkspace: () =>
    new anthropic.ServiceAccountWorkspace("saw", { serviceAccountId: "svac_1", workspaceId: "wrkspc_1", role: "workspace_developer" }),
  FederationIssuer: () => new anthropic.FederationIssuer("fi", { issuerUrl: "https://ci.example.com" }),
  FederationRule: () =>
    new anthropic.FederationRule("fr", {
      issuerId: "fdis_1", match: { subjectPrefix: "ci:x" }, oauthScope: "workspace:developer", serviceAccountId: "svac_1",
      workspaceIds: ["wrkspc_1"],
    }),
};

describe("isInstance", () => {
  let instances: Record<string, pulumi.Resource>;
  beforeAll(() => {
    instances = Object.fromEntries(Object.entries(made).map(([kind, make]) => [kind, make()]));
  });

  test.each(kinds.map((k) => [k.kind, k] as const))("%s.isInstance is true for its own kind only", (kind, { is }) => {
    for (const [other, instance] of Object.entries(instances)) expect(is(instance), `${kind}.isInstance(${other})`).toBe(other === kind);
    for (const value of [undefined, null, {}, "Workspace", 42, { __pulumiType: "pulumi-nodejs:dynamic/other:Workspace" }]) {
      expect(is(value)).toBe(false);
    }
  });

  test("holds across two copies of the package, where instanceof does not", async () => {
    vi.resetModules();
    const copy = (await import("../../provider/index.js")) as typeof anthropic;
    expect(copy.Workspace).not.toBe(anthropic.Workspace);
    const workspace = instances.Workspace!;
    expect(workspace instanceof copy.Workspace).toBe(false);
    expect(copy.Workspace.isInstance(workspace)).toBe(true);
    expect(copy.ApiKey.isInstance(workspace)).toBe(false);
  });
});
