import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import * as pulumi from "@pulumi/pulumi";
import * as settings from "@pulumi/pulumi/runtime/settings";
import { DeveloperAccess, InvalidComponentArgumentsError } from "pulumi-anthropic";
import { useEmulator } from "../support/emulator";
import { outputValue as output, recordingMocks, SECRET_SIG, SECRET_SIG_KEY, type Registration } from "../support/mocks";

// The component's wiring under mocks: which children it declares in each phase, their parent,
// dependencies and secrets. The membership lookup (getUsers) is real, against an emulator; the
// children's CRUD is mocked here and runs for real in test/engine/developer-access.engine.test.ts.

const COMPONENT = "anthropic:index:DeveloperAccess";
const emulator = useEmulator();

interface Wiring {
  parent: string;
  dependencies: string[];
  propertyDependencies: Record<string, string[]>;
  ignoreChanges: string[];
}

/** What the engine recorded for a component at the end of its last run, by name (none: a new component). */
const lastRun = new Map<string, Record<string, unknown>>();

const mocks: pulumi.runtime.Mocks = {
  newResource: ({ type, name, inputs, custom }) => {
    // The engine answers a component's registration with what its last run recorded (a same step).
    if (!custom) return { id: "", state: lastRun.get(name) ?? {} };
    const kind = type.split(":").pop();
    if (kind === "UserInvite") return { id: `invite_${name}`, state: { ...inputs, status: "pending" } };
    if (kind === "OrganizationMember") return { id: "user_mocked", state: { ...inputs, userId: "user_mocked" } };
    if (kind === "WorkspaceMember") return { id: `${inputs.workspaceId}/${inputs.userId}`, state: inputs };
    if (kind === "ApiKey") return { id: `apikey_${name}`, state: { ...inputs, key: `sk-ant-api03-${name}-value` } };
    return { id: `${name}-id`, state: inputs };
  },
  call: () => ({}),
};

let registrations: Map<string, Registration>;
const wiring = new Map<string, Wiring>();
const componentOutputs = new Map<string, Record<string, any>>();
const savedEnv = { url: process.env.ANTHROPIC_BASE_URL, key: process.env.ANTHROPIC_ADMIN_KEY };

beforeAll(async () => {
  // No stack config under mocks: the lookup reads the environment.
  process.env.ANTHROPIC_BASE_URL = emulator.url;
  process.env.ANTHROPIC_ADMIN_KEY = emulator.adminKey;
  registrations = await recordingMocks(mocks);
  // Also record what recordingMocks does not: parent, dependencies, ignoreChanges, component outputs.
  const monitor = settings.getMonitor() as any;
  const register = monitor.registerResource.bind(monitor);
  monitor.registerResource = (req: any, callback: unknown) => {
    const propertyDependencies: Record<string, string[]> = {};
    req.getPropertydependenciesMap().forEach((deps: any, key: string) => (propertyDependencies[key] = deps.getUrnsList()));
    wiring.set(req.getName(), {
      parent: req.getParent(),
      dependencies: req.getDependenciesList(),
      propertyDependencies,
      ignoreChanges: req.getIgnorechangesList(),
    });
    return register(req, callback);
  };
  const registerOutputs = monitor.registerResourceOutputs.bind(monitor);
  monitor.registerResourceOutputs = (req: any, callback: unknown) => {
    componentOutputs.set(req.getUrn(), req.getOutputs().toJavaScript());
    return registerOutputs(req, callback);
  };
});

afterAll(() => {
  for (const [name, value] of [["ANTHROPIC_BASE_URL", savedEnv.url], ["ANTHROPIC_ADMIN_KEY", savedEnv.key]] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

const childrenOf = (componentName: string) => [...registrations.keys()].filter((n) => n !== componentName && n.startsWith(`${componentName}-`)).sort();

describe("DeveloperAccess before the person has joined", () => {
  test("declares only the invite, with the default role; status invited, no user, memberships or key", async () => {
    const bob = new DeveloperAccess("bob", {
      email: " Bob@Example.com ",
      workspaces: [{ workspaceId: "wrkspc_platform" }],
      apiKey: { workspaceId: "wrkspc_platform" },
    });
    expect(await output(bob.status)).toBe("invited");
    expect(await output(bob.inviteId)).toBe("invite_bob-invite");
    expect(await output(bob.userId)).toBeUndefined();
    expect(await output(bob.workspaceMemberIds)).toEqual([]);
    expect(await output(bob.key)).toBeUndefined();
    expect(await pulumi.isSecret(bob.key)).toBe(true);

    expect(registrations.get("bob")!.type).toBe(COMPONENT);
    expect(childrenOf("bob")).toEqual(["bob-invite"]);
    expect(registrations.get("bob-invite")!.type).toBe("pulumi-nodejs:dynamic/anthropic:UserInvite");
    // Trimmed and kept as written; the API and every comparison treat emails case-insensitively.
    expect(registrations.get("bob-invite")!.inputs).toMatchObject({ email: "Bob@Example.com", role: "developer" });
    expect(wiring.get("bob-invite")!.parent).toBe(await output(bob.urn));
    // While invited, a role change must re-invite: nothing is ignored.
    expect(wiring.get("bob-invite")!.ignoreChanges).toEqual([]);
  });
});

describe("DeveloperAccess once the person has joined", () => {
  let alice: DeveloperAccess;
  let aliceId: string;
  let sharedWorkspace: pulumi.Output<string>;

  beforeAll(async () => {
    aliceId = (await emulator.control.seedUsers([{ email: "alice@example.com", name: "Alice", role: "user" }]))[0]!.id;
    // An Output workspace id, as from `new Workspace(...).id`.
    sharedWorkspace = pulumi.output(Promise.resolve("wrkspc_shared"));
    alice = new DeveloperAccess("alice", {
      email: "alice@example.com",
      role: "claude_code_user",
      workspaces: [{ workspaceId: "wrkspc_platform" }, { workspaceId: sharedWorkspace, role: "workspace_admin" }],
      apiKey: { workspaceId: "wrkspc_platform", name: "alice service", keepers: { quarter: "2026Q4" } },
      revokeKeysOnDelete: false,
    });
    await output(alice.workspaceMemberIds);
  });

  test("declares the member, one membership per workspace and the key, all children of the component", async () => {
    expect(childrenOf("alice")).toEqual(["alice-invite", "alice-key", "alice-member", "alice-workspaces-1", "alice-wrkspc_platform"]);
    const urn = await output(alice.urn);
    for (const child of childrenOf("alice")) expect(wiring.get(child)!.parent, child).toBe(urn);
    // The component's own inputs never change (an update step would drop the outputs it remembers by).
    expect(wiring.get("alice")!.ignoreChanges).toEqual(["*"]);

    expect(registrations.get("alice-member")!.type).toBe("pulumi-nodejs:dynamic/anthropic:OrganizationMember");
    // By the id it found, not the email, which may change outside Pulumi.
    expect(registrations.get("alice-member")!.inputs).toMatchObject({ userId: aliceId, role: "claude_code_user", revokeKeysOnDelete: false });
    expect(registrations.get("alice-member")!.inputs.email).toBeUndefined();
    expect(registrations.get("alice-wrkspc_platform")!.type).toBe("pulumi-nodejs:dynamic/anthropic:WorkspaceMember");
    expect(registrations.get("alice-wrkspc_platform")!.inputs).toMatchObject({ workspaceId: "wrkspc_platform", userId: "user_mocked", role: "workspace_developer" });
    expect(registrations.get("alice-workspaces-1")!.inputs).toMatchObject({ workspaceId: "wrkspc_shared", userId: "user_mocked", role: "workspace_admin" });
    expect(registrations.get("alice-key")!.type).toBe("pulumi-nodejs:dynamic/anthropic:ApiKey");
    expect(registrations.get("alice-key")!.inputs).toMatchObject({ workspaceId: "wrkspc_platform", name: "alice service", keepers: { quarter: "2026Q4" } });
    // The invite keeps its role: once joined, the member holds it.
    expect(registrations.get("alice-invite")!.inputs).toMatchObject({ email: "alice@example.com", role: "claude_code_user" });
    expect(wiring.get("alice-invite")!.ignoreChanges).toEqual(["role", "email"]);
  });

  test("memberships and the key depend on the member, so the engine deletes them before the user", async () => {
    const memberUrn = await output(registrationUrn("alice-member"));
    expect(wiring.get("alice-wrkspc_platform")!.propertyDependencies.userId).toEqual([memberUrn]);
    expect(wiring.get("alice-workspaces-1")!.propertyDependencies.userId).toEqual([memberUrn]);
    expect(wiring.get("alice-key")!.dependencies).toContain(memberUrn);
    // ... and the member does not depend on them (that would invert the order).
    expect(wiring.get("alice-member")!.dependencies).toEqual([]);
  });

  test("outputs: active, the member's user id, membership ids and the key, which stays secret", async () => {
    expect(await output(alice.status)).toBe("active");
    expect(await output(alice.userId)).toBe("user_mocked");
    expect(await output(alice.inviteId)).toBe("invite_alice-invite");
    expect(await output(alice.workspaceMemberIds)).toEqual(["wrkspc_platform/user_mocked", "wrkspc_shared/user_mocked"]);
    expect(await output(alice.key)).toBe("sk-ant-api03-alice-key-value");
    expect(await pulumi.isSecret(alice.key)).toBe(true);
    expect(await pulumi.isSecret(alice.status)).toBe(false);
    expect(registrations.get("alice-key")!.secretOutputs).toEqual(["key"]);

    // What the engine stores for the component: the key only as a secret.
    const registered = componentOutputs.get(await output(alice.urn))!;
    expect(registered.key).toEqual({ [SECRET_SIG_KEY]: SECRET_SIG, value: "sk-ant-api03-alice-key-value" });
    expect(registered).toMatchObject({ status: "active", userId: "user_mocked", inviteId: "invite_alice-invite" });
    expect(JSON.stringify({ ...registered, key: undefined })).not.toContain("sk-ant-api03");
  });

  test("a resource depending on the component waits for every child", async () => {
    class AfterOnboarding extends pulumi.CustomResource {
      constructor(name: string, opts: pulumi.CustomResourceOptions) {
        super("test:index:AfterOnboarding", name, {}, opts);
      }
    }
    const after = new AfterOnboarding("after-alice", { dependsOn: [alice] });
    await output(after.urn);
    const expected = await Promise.all(childrenOf("alice").map((child) => output(registrationUrn(child))));
    expect([...wiring.get("after-alice")!.dependencies].sort()).toEqual(expected.sort());
  });

  test("without apiKey there is no key child and the key output is undefined (still secret)", async () => {
    const carol = await emulator.control.seedUsers([{ email: "carol@example.com" }]);
    expect(carol).toHaveLength(1);
    const access = new DeveloperAccess("carol", { email: "carol@example.com" });
    expect(await output(access.userId)).toBe("user_mocked");
    expect(await output(access.status)).toBe("active");
    expect(childrenOf("carol")).toEqual(["carol-invite", "carol-member"]);
    expect(registrations.get("carol-member")!.inputs).toMatchObject({ role: "developer", revokeKeysOnDelete: true });
    expect(await output(access.key)).toBeUndefined();
    expect(await pulumi.isSecret(access.key)).toBe(true);
  });
});

describe("DeveloperAccess whose person's email changed outside Pulumi (an SSO domain migration)", () => {
  const declareDana = () =>
    new DeveloperAccess("dana", {
      email: "dana@old.example.com",
      workspaces: [{ workspaceId: "wrkspc_platform" }],
      apiKey: { workspaceId: "wrkspc_platform", name: "dana service" },
    });

  test("keeps declaring the member it found, by id, with its memberships and key, and warns naming the user", async () => {
    const [dana] = await emulator.control.seedUsers([{ email: "dana@new.example.com", name: "Dana" }]);
    lastRun.set("dana", { status: "active", userId: dana!.id, inviteId: "invite_dana-invite" });
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      const access = declareDana();
      expect(await output(access.status)).toBe("active");
      expect(await output(access.userId)).toBe("user_mocked"); // the member's output, mocked
      await output(pulumi.all([access.workspaceMemberIds, access.key]));
      expect(childrenOf("dana")).toEqual(["dana-invite", "dana-key", "dana-member", "dana-wrkspc_platform"]);
      expect(registrations.get("dana-member")!.inputs).toMatchObject({ userId: dana!.id, role: "developer" });
      expect(registrations.get("dana-member")!.inputs.email).toBeUndefined();
      // The accepted invite keeps its old email; the program may now write the new one.
      expect(wiring.get("dana-invite")!.ignoreChanges).toEqual(["role", "email"]);
      const warnings = warn.mock.calls.map((call) => String(call[0])).filter((line) => line.includes('"dana"'));
      expect(warnings).toEqual([
        expect.stringContaining(`no member has the email dana@old.example.com any more; user ${dana!.id}, whom this component onboarded, now has the email dana@new.example.com`),
      ]);
    } finally {
      warn.mockRestore();
    }
  });

  test("a remembered user who left the organization is not declared again", async () => {
    lastRun.set("gone", { status: "active", userId: "user_01NoLongerHere00000000" });
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      const access = new DeveloperAccess("gone", { email: "gone@example.com" });
      expect(await output(access.status)).toBe("invited");
      await output(access.inviteId);
      expect(childrenOf("gone")).toEqual(["gone-invite"]);
      expect(warn.mock.calls.map((call) => String(call[0]))).toContainEqual(
        expect.stringContaining('DeveloperAccess "gone": user user_01NoLongerHere00000000, whom this component onboarded, is no longer a member'),
      );
    } finally {
      warn.mockRestore();
    }
  });

  test("when the email now belongs to someone else, the remembered person stays the one managed", async () => {
    const [erin, other] = await emulator.control.seedUsers([{ email: "erin@new.example.com" }, { email: "erin@old.example.com" }]);
    lastRun.set("erin-old", { status: "active", userId: erin!.id });
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      const access = new DeveloperAccess("erin-old", { email: "erin@old.example.com" });
      expect(await output(access.status)).toBe("active");
      await output(access.userId);
      expect(registrations.get("erin-old-member")!.inputs).toMatchObject({ userId: erin!.id });
      expect(warn.mock.calls.map((call) => String(call[0]))).toContainEqual(
        expect.stringContaining(`the email erin@old.example.com now belongs to another user (${other!.id}), whom this component does not manage`),
      );
    } finally {
      warn.mockRestore();
    }
  });
});

describe("DeveloperAccess arguments are checked before anything is registered", () => {
  const declare = (name: string, args: unknown) => () => new DeveloperAccess(name, args as any);

  test("every bad argument is named with what to write instead, and no request is sent", async () => {
    await emulator.control.resetRequests();
    const attempt = declare("bad", {
      email: "not-an-email",
      role: "admin",
      workspaces: [{ workspaceId: "wrkspc_ok", role: "workspace_billing" }, { workspaceId: "ws_1" }],
      apiKey: { workspaceId: "wrkspc_ok", keepers: { quarter: { nested: true } } },
      revokeKeysOnDelete: "yes",
    });
    let error: unknown;
    try {
      attempt();
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(InvalidComponentArgumentsError);
    const problems = (error as InvalidComponentArgumentsError).problems;
    expect(problems.map((p) => p.argument).sort()).toEqual(
      ["apiKey.keepers.quarter", "email", "revokeKeysOnDelete", "role", "workspaces[0].role", "workspaces[1].workspaceId"],
    );
    const message = (error as Error).message;
    expect(message).toMatch(/^DeveloperAccess "bad" was not declared: invalid arguments: /);
    expect(message).toContain("email: must be an email address like alice@example.com");
    expect(message).toContain("role: the Admin API cannot assign the admin role; grant it in the Console; use one of user, developer");
    expect(message).toContain("workspaces[0].role: workspace_billing cannot be assigned to a member");
    expect(message).toContain('workspaces[1].workspaceId: must be a workspace id starting with "wrkspc_"');
    expect(message).toContain("revokeKeysOnDelete: must be true or false");
    expect(registrations.has("bad")).toBe(false);
    expect((await emulator.control.requests()).byRoute["GET /v1/organizations/users"]).toBeUndefined();
  });

  test("misspelt, missing and repeated arguments", () => {
    expect(declare("typo", { email: "dan@example.com", workspace: [] })).toThrow(
      'DeveloperAccess "typo" was not declared: invalid arguments: workspace: unknown argument; remove it or check its spelling.',
    );
    expect(declare("no-email", { role: "developer" })).toThrow(/invalid arguments: email: must be an email address/);
    expect(declare("no-key-workspace", { email: "dan@example.com", apiKey: { name: "svc" } })).toThrow(
      /apiKey\.workspaceId: a workspace id must be a string like "wrkspc_\.\.\."/,
    );
    expect(declare("twice", { email: "dan@example.com", workspaces: [{ workspaceId: "wrkspc_a" }, { workspaceId: "wrkspc_a" }] })).toThrow(
      "workspaces[1].workspaceId: repeats workspaces[0]; list each workspace once",
    );
    expect(declare("not-an-object", undefined)).toThrow(/\(arguments\): must be an object/);
    for (const name of ["typo", "no-email", "no-key-workspace", "twice", "not-an-object"]) expect(registrations.has(name)).toBe(false);
  });

  test("an Output workspace id is left for the WorkspaceMember to check once known", async () => {
    const access = new DeveloperAccess("erin", { email: "erin@example.com", workspaces: [{ workspaceId: pulumi.output("not-checked-yet") }] });
    expect(await output(access.status)).toBe("invited");
    expect(registrations.get("erin")!.type).toBe(COMPONENT);
  });
});

function registrationUrn(name: string): pulumi.Output<string> {
  const stack = pulumi.getStack();
  const project = pulumi.getProject();
  const type = registrations.get(name)!.type;
  return pulumi.output(`urn:pulumi:${stack}::${project}::${COMPONENT}$${type}::${name}`);
}

describe("DeveloperAccess.isInstance", () => {
  test("is true for a DeveloperAccess, also one made by another copy of the package, and false for other components and its children", async () => {
    const frank = new DeveloperAccess("frank", { email: "frank@example.com" });
    await output(frank.status);
    const team = new pulumi.ComponentResource("acme:index:Team", "team");
    expect(DeveloperAccess.isInstance(frank)).toBe(true);
    // ComponentResource.isInstance, inherited until now, took any component for a DeveloperAccess.
    expect(DeveloperAccess.isInstance(team)).toBe(false);
    for (const value of [undefined, null, {}, "anthropic:index:DeveloperAccess", { __pulumiType: "other:index:DeveloperAccess" }]) {
      expect(DeveloperAccess.isInstance(value)).toBe(false);
    }
    vi.resetModules();
    const copy = (await import("../../provider/index.js")) as typeof import("pulumi-anthropic");
    expect(copy.DeveloperAccess).not.toBe(DeveloperAccess);
    expect(frank instanceof copy.DeveloperAccess).toBe(false);
    expect(copy.DeveloperAccess.isInstance(frank)).toBe(true);
    expect(copy.DeveloperAccess.isInstance(team)).toBe(false);
  });
});
