import { afterEach, beforeAll, describe, expect, test } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { ConfigurationError } from "../../provider/client/errors";
import { implementation } from "../../provider/dynamic/implementation";
import { inOrganization } from "../../provider/settings/organization-scope";
import * as functions from "../../provider/functions";
import { InvalidArgumentsError } from "../../provider/functions/arguments";
import { claim, keptForAnotherResource } from "../../provider/resources/claims";
import { ListedReads } from "../../provider/resources/listed-reads";
import type { ResourceKind } from "../../provider/base/kinds";
import { useEmulator, type EmulatorHandle } from "../support/emulator";
import { newDeployment, requestCount } from "../support/provider";

// Two organizations in one process, as one `pulumi up` of a program that manages both runs them: the
// top-level settings point at one emulator, `anthropic:organizations.sandbox` at the other.
const main = useEmulator();
const sandbox = useEmulator();

function stackConfig(extra: Record<string, unknown> = {}): Record<string, string> {
  return {
    "anthropic:adminKey": main.adminKey,
    "anthropic:baseUrl": main.url,
    "anthropic:organizations": JSON.stringify({ sandbox: { adminKey: sandbox.adminKey, baseUrl: sandbox.url }, ...extra }),
  };
}

async function provider(kind: ResourceKind, config = stackConfig()): Promise<Required<pulumi.dynamic.ResourceProvider>> {
  const impl = implementation(kind);
  await impl.configure({ config: { get: (key: string) => config[key], require: (key: string) => config[key]! } } as never);
  return impl;
}

const workspacesOf = async (emulator: EmulatorHandle) => (await emulator.control.state()).workspaces;
const bothRequestCounts = async () => [await requestCount(main), await requestCount(sandbox)];

let workspace: Required<pulumi.dynamic.ResourceProvider>;
beforeAll(async () => {
  workspace = await provider("Workspace");
});

describe("a resource with organization: sandbox", () => {
  test("is created, read, updated and archived in that organization only, and records the name, never the key", async () => {
    const checked = await workspace.check({}, { name: "Sandbox", organization: "sandbox", __owner: "urn:pulumi:dev::p::pulumi-nodejs:dynamic/anthropic:Workspace::sb" });
    expect(checked.failures).toEqual([]);
    expect(checked.inputs).toMatchObject({ name: "Sandbox", organization: "sandbox" });

    const { id, outs } = await workspace.create(checked.inputs);
    expect(outs).toMatchObject({ name: "Sandbox", organization: "sandbox" });
    expect((await workspacesOf(sandbox)).map((w) => w.id)).toContain(id);
    expect((await workspacesOf(main)).map((w) => w.id)).not.toContain(id);
    expect(await requestCount(main)).toBe(0);

    const read = await workspace.read(id, outs);
    expect(read.props).toMatchObject({ organization: "sandbox" });
    // The refreshed inputs are what the program gives (the owner included, see owner-through-refresh.test.ts): no diff.
    expect(read.inputs).toEqual({ name: "Sandbox", organization: "sandbox", __owner: checked.inputs.__owner });
    expect((await workspace.diff(id, read.props, checked.inputs)).changes).toBe(false);

    const { outs: renamed } = await workspace.update(id, read.props, { ...checked.inputs, name: "Sandbox 2" });
    expect(renamed).toMatchObject({ name: "Sandbox 2", organization: "sandbox" });
    expect((await workspacesOf(sandbox)).find((w) => w.id === id)?.name).toBe("Sandbox 2");

    // A later `pulumi destroy`: the diff above kept the workspace for the deployment that made it.
    newDeployment();
    await workspace.delete(id, renamed);
    expect((await workspacesOf(sandbox)).find((w) => w.id === id)?.archived_at).not.toBeNull();
    expect(await requestCount(main)).toBe(0);
    expect(JSON.stringify([checked, outs, read, renamed])).not.toContain(sandbox.adminKey);
  });

  test("moving it to another organization is a replacement; \"default\" is the same as unset", async () => {
    const { id, outs } = await workspace.create({ name: "Mover" });
    expect(outs).not.toHaveProperty("organization");
    expect(await workspace.diff(id, outs, { name: "Mover", organization: "sandbox" })).toMatchObject({ changes: true, replaces: ["organization"] });
    expect((await workspace.diff(id, outs, { name: "Mover", organization: "default" })).changes).toBe(false);
  });

  test("errors name the organization, and so do audit records", async () => {
    const auditLog = join(mkdtempSync(join(tmpdir(), "organizations-audit-")), "audit.jsonl");
    const audited = await provider("Workspace", stackConfig({ sandbox: { adminKey: sandbox.adminKey, baseUrl: sandbox.url, auditLog } }));
    const error = await audited.create({ name: "Adopter", adoptId: "wrkspc_01NoSuchWorkspace000000", organization: "sandbox" }).catch((e) => e);
    expect(error.message).toMatch(/^Workspace "Adopter" in organization "sandbox": getWorkspace failed: 404/);
    expect(error.message).not.toContain(sandbox.adminKey);
    const records = readFileSync(auditLog, "utf8").trim().split("\n").map((line) => JSON.parse(line));
    expect(records.map((r) => r.operation)).toEqual(['Workspace "Adopter" in organization "sandbox": getWorkspace']);
    expect(readFileSync(auditLog, "utf8")).not.toContain(sandbox.adminKey);
  });

  test("a WorkspaceMember (a DeveloperAccess child) reads its organization from state (its outputs carry none of its own)", async () => {
    const member = await provider("WorkspaceMember");
    const seededUser = (await sandbox.control.seedUsers([{ email: "dev@example.com", name: "Dev", role: "developer" }]))[0]!;
    const { id: wsId } = await workspace.create({ name: "Team", organization: "sandbox" });
    const created = await member.create({ workspaceId: wsId, userId: seededUser.id, role: "workspace_developer", organization: "sandbox" });
    expect(created.outs).toMatchObject({ organization: "sandbox" });
    const membership = expect.objectContaining({ user_id: seededUser.id, workspace_id: wsId });
    expect((await sandbox.control.state()).members).toContainEqual(membership);
    const read = await member.read(created.id, created.outs);
    expect(read.inputs).toMatchObject({ organization: "sandbox", role: "workspace_developer" });
    await member.delete(created.id, created.outs);
    expect((await sandbox.control.state()).members).not.toContainEqual(membership);
    expect(await requestCount(main)).toBe(0);
  });
});

describe("check rejects an organization that cannot be used, before any request", () => {
  const failuresOf = async (news: Record<string, unknown>, config = stackConfig()) =>
    (await (await provider("Workspace", config)).check({}, { name: "W", ...news })).failures ?? [];

  test("a name that is not configured: on the organization property, with the command that configures it", async () => {
    const failures = await failuresOf({ organization: "staging" });
    expect(failures).toEqual([
      {
        property: "organization",
        reason:
          'Organization "staging" is not configured in this stack. Configured: "sandbox". Add it with ' +
          "`pulumi config set --secret --path 'anthropic:organizations.staging.adminKey' <admin key>`, and " +
          "`pulumi config set --path 'anthropic:organizations.staging.baseUrl' <url>` unless it is https://api.anthropic.com.",
      },
    ]);
    expect(await bothRequestCounts()).toEqual([0, 0]);
  });

  test("a named organization without a key, with an unsafe endpoint, or a name that is not one", async () => {
    const noKey = await failuresOf({ organization: "bare" }, stackConfig({ bare: { baseUrl: "https://example.com" } }));
    expect(noKey[0]?.reason).toMatch(/^Organization "bare" has no admin key\. Set it with `pulumi config set --secret --path 'anthropic:organizations\.bare\.adminKey' <admin key>`/);
    const unsafe = await failuresOf({ organization: "plain" }, stackConfig({ plain: { adminKey: sandbox.adminKey, baseUrl: "http://example.com" } }));
    expect(unsafe[0]?.reason).toMatch(/^Organization "plain": anthropic:organizations\.plain\.baseUrl uses plain http:\/\//);
    expect(JSON.stringify(unsafe)).not.toContain(sandbox.adminKey);
    expect(await failuresOf({ organization: 42 })).toEqual([{ property: "organization", reason: 'organization must be the name of an organization in stack config, like "sandbox".' }]);
    expect(await failuresOf({ organization: "a.b" })).toMatchObject([{ property: "organization", reason: expect.stringMatching(/must be letters, digits/) }]);
    expect(await bothRequestCounts()).toEqual([0, 0]);
  });

  test("the top-level organization is unaffected by a broken named one, and an unknown name during preview waits", async () => {
    expect(await failuresOf({}, stackConfig({ broken: "not an object" }))).toEqual([]);
    expect(await failuresOf({ organization: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" })).toEqual([]);
  });
});

describe("what one deployment remembers is kept per organization (ids may be the same in two)", () => {
  test("a claim in one organization does not protect the same id in another", async () => {
    newDeployment();
    inOrganization("sandbox", () => claim("wrkspc_same"));
    expect(await inOrganization(undefined, () => keptForAnotherResource("wrkspc_same", "x"))).toBe(false);
    expect(await inOrganization("sandbox", () => keptForAnotherResource("wrkspc_same", "x"))).toBe(true);
    newDeployment();
  });

  test("a listing of one organization never answers a read in another", async () => {
    const listed = new ListedReads<{ id: string; org: string }>();
    const source = (org: string) => ({
      fetch: async () => ({ id: "same", org }),
      list: async function* () {
        yield { id: "same", org };
      },
    });
    const read = (org: string | undefined) => inOrganization(org, () => listed.read("same", source(org ?? "main").fetch, source(org ?? "main").list));
    for (let i = 0; i < 3; i++) {
      expect(await read(undefined)).toEqual({ id: "same", org: "main" });
      expect(await read("sandbox")).toEqual({ id: "same", org: "sandbox" });
    }
  });
});

describe("data functions take organization", () => {
  afterEach(() => pulumi.runtime.setAllConfig({}, []));

  test("each reads its own organization's objects, through the stack config the program gets", async () => {
    pulumi.runtime.setAllConfig(stackConfig(), ["anthropic:adminKey", "anthropic:organizations"]);
    const { id } = await workspace.create({ name: "Only in sandbox", organization: "sandbox" });
    const inSandbox = await functions.getWorkspaces({ organization: "sandbox" });
    expect(inSandbox.workspaces.map((w) => w.id)).toContain(id);
    expect((await functions.getWorkspaces()).workspaces.map((w) => w.id)).not.toContain(id);
    expect((await functions.getWorkspaces({ organization: "default" })).workspaces.map((w) => w.id)).not.toContain(id);
    const org = await functions.getOrganization({ organization: "sandbox" });
    expect(org.id).toBe((await sandbox.control.state()).organization.id);
  });

  test("an unknown organization fails before any request, naming the function and the fix; a bad name is a bad argument", async () => {
    pulumi.runtime.setAllConfig(stackConfig(), ["anthropic:adminKey", "anthropic:organizations"]);
    const error = await functions.getUsers({ organization: "staging" }).catch((e) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toMatch(/^getUsers in organization "staging": Organization "staging" is not configured in this stack\./);
    const bad = await functions.getUsers({ organization: "a b" }).catch((e) => e);
    expect(bad).toBeInstanceOf(InvalidArgumentsError);
    expect(bad.message).toMatch(/^getUsers was not called: invalid arguments: organization: must be letters, digits/);
    expect(await bothRequestCounts()).toEqual([0, 0]);
  });
});
