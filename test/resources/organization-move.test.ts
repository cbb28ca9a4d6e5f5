import { beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import type * as pulumi from "@pulumi/pulumi";
import { implementation } from "../../provider/dynamic/implementation";
import type { ResourceKind } from "../../provider/base/kinds";
import { useEmulator, type EmulatorHandle } from "../support/emulator";
import { newDeployment, requestsByRoute } from "../support/provider";

// Finding 1a of issue 15: two names of one organization (the top-level settings and `prod` with the
// same key and URL; `sandbox` and `staging`, one by admin key, the other by OAuth token) are one
// organization. `twin` is another emulator whose organization has the same id (emulators mint the same
// ids): the endpoint tells them apart.
const ORGANIZATION_ID = "c0ffee00-0000-4000-8000-000000000015";
const main = useEmulator({ seed: { organization: { id: ORGANIZATION_ID } } });
const twin = useEmulator({ seed: { organization: { id: ORGANIZATION_ID } } });

const providers = {} as Record<ResourceKind, Required<pulumi.dynamic.ResourceProvider>>;
beforeAll(async () => {
  const config: Record<string, string> = {
    "anthropic:adminKey": main.adminKey,
    "anthropic:baseUrl": main.url,
    "anthropic:organizations": JSON.stringify({
      prod: { adminKey: main.adminKey, baseUrl: main.url },
      sandbox: { adminKey: main.adminKey, baseUrl: main.url },
      staging: { authToken: main.oauthToken, baseUrl: main.url },
      twin: { adminKey: twin.adminKey, baseUrl: twin.url },
    }),
  };
  for (const kind of ["Workspace", "OrganizationMember", "WorkspaceMember"] as const) {
    providers[kind] = implementation(kind);
    await providers[kind].configure({ config: { get: (key: string) => config[key], require: (key: string) => config[key]! } } as never);
  }
});
beforeEach(() => newDeployment());

const writes = async (emulator: EmulatorHandle) =>
  Object.entries(await requestsByRoute(emulator)).filter(([route]) => !route.startsWith("GET ")).reduce((n, [, count]) => n + count, 0);
const userOf = async (id: string) => (await main.control.state()).users.find((u) => u.id === id);
const workspaceOf = async (id: string) => (await main.control.state()).workspaces.find((w) => w.id === id);
const quietly = async <T>(fn: () => Promise<T>): Promise<{ result: T; said: string }> => {
  const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  try {
    const result = await fn();
    return { result, said: stderr.mock.calls.map(([text]) => String(text)).join("") };
  } finally {
    stderr.mockRestore();
  }
};
const owner = (name: string) => `urn:pulumi:dev::p::pulumi-nodejs:dynamic/anthropic:Workspace::${name}`;

describe("moving a resource between two names of one organization", () => {
  test("from the top-level settings to prod (same key and URL) is an update that writes nothing, not a replacement", async () => {
    const [carol] = await main.control.seedUsers([{ email: "carol@example.com", role: "developer" }]);
    const member = providers.OrganizationMember;
    const { id, outs } = await member.create({ email: "carol@example.com", role: "developer" });
    const moved = { email: "carol@example.com", role: "developer", organization: "prod" };
    const diff = await member.diff(id, outs, moved);
    expect(diff.changes).toBe(true);
    expect(diff.replaces ?? []).toEqual([]);
    await main.control.resetRequests();
    const { outs: after } = await member.update(id, outs, moved);
    expect(after).toMatchObject({ organization: "prod", userId: carol!.id });
    expect(await writes(main)).toBe(0);
    expect((await member.diff(id, after!, moved)).changes).toBe(false);
    // And back: the top-level settings record no organization at all.
    const { outs: back } = await member.update(id, after!, { email: "carol@example.com", role: "developer" });
    expect(back).not.toHaveProperty("organization");
    expect(await userOf(carol!.id)).toBeDefined();
  });

  test("a replacement that took over the member (or workspace) under prod does not let the top-level delete remove it", async () => {
    const [dave] = await main.control.seedUsers([{ email: "dave@example.com", role: "developer" }]);
    const member = providers.OrganizationMember;
    const before = await member.create({ email: "dave@example.com", role: "developer" });
    const workspace = providers.Workspace;
    const oldWorkspace = await workspace.create({ name: "Moving", __owner: owner("moving") });
    newDeployment();
    // As the engine runs a replacement (or a rename without alias): create under the new name, then delete the old.
    await member.create({ email: "dave@example.com", role: "developer", organization: "prod" });
    const taken = await workspace.create({ name: "Moving", __owner: owner("moving"), organization: "prod" });
    expect(taken.id).toBe(oldWorkspace.id);
    const { said } = await quietly(async () => {
      await member.delete(before.id, before.outs);
      await workspace.delete(oldWorkspace.id, oldWorkspace.outs);
    });
    expect(said).toMatch(/dave@example.com.* was not removed from the organization/);
    expect(said).toMatch(/was not archived/);
    expect(await userOf(dave!.id)).toBeDefined();
    expect((await workspaceOf(oldWorkspace.id))?.archived_at).toBeNull();
    expect((await workspace.read(taken.id, taken.outs)).id).toBe(taken.id);
  });

  test("sandbox renamed to staging (admin key, then OAuth token): the member and the workspace stay, refresh still finds them", async () => {
    const [erin] = await main.control.seedUsers([{ email: "erin@example.com", role: "user" }]);
    const ws = await providers.Workspace.create({ name: "Team", __owner: owner("team"), organization: "sandbox" });
    const wm = await providers.WorkspaceMember.create({ workspaceId: ws.id, userId: erin!.id, role: "workspace_user", organization: "sandbox" });
    newDeployment();
    const wsNews = { name: "Team", __owner: owner("team"), organization: "staging" };
    expect((await providers.Workspace.diff(ws.id, ws.outs, wsNews)).replaces ?? []).toEqual([]);
    const wmNews = { workspaceId: ws.id, userId: erin!.id, role: "workspace_user", organization: "staging" };
    expect((await providers.WorkspaceMember.diff(wm.id, wm.outs, wmNews)).replaces ?? []).toEqual([]);
    // The update records the new name; refresh reads the same objects through staging's OAuth token.
    const updated = await providers.Workspace.update(ws.id, ws.outs, wsNews);
    expect(updated.outs).toMatchObject({ organization: "staging", name: "Team" });
    expect((await providers.Workspace.read(ws.id, updated.outs!)).props).toMatchObject({ organization: "staging" });
    const wmUpdated = await providers.WorkspaceMember.update(wm.id, wm.outs, wmNews);
    expect((await providers.WorkspaceMember.read(wm.id, wmUpdated.outs!)).id).toBe(wm.id);
    // Had the engine replaced them anyway (a replacement for another reason), the old deletes keep them.
    const taken = await providers.Workspace.create(wsNews);
    expect(taken.id).toBe(ws.id);
    const wmTaken = await providers.WorkspaceMember.create(wmNews);
    await quietly(async () => {
      await providers.WorkspaceMember.delete(wm.id, wm.outs);
      await providers.Workspace.delete(ws.id, ws.outs);
    });
    expect((await workspaceOf(ws.id))?.archived_at).toBeNull();
    expect((await main.control.state()).members.some((m) => m.workspace_id === ws.id && m.user_id === erin!.id)).toBe(true);
    expect((await providers.Workspace.read(taken.id, taken.outs)).id).toBe(ws.id);
    expect((await providers.WorkspaceMember.read(wmTaken.id, wmTaken.outs)).id).toBe(wm.id);
  });

  test("a no-op diff sends no request; a move asks each credential's organization who it is once per process", async () => {
    const ws = await providers.Workspace.create({ name: "Quiet", organization: "sandbox" });
    await main.control.resetRequests();
    expect((await providers.Workspace.diff(ws.id, ws.outs, { name: "Quiet", organization: "sandbox" })).changes).toBe(false);
    expect(await requestsByRoute(main)).toEqual({});
    newDeployment();
    for (let i = 0; i < 3; i++) await providers.Workspace.diff(ws.id, ws.outs, { name: "Quiet", organization: "staging" });
    // sandbox (admin key) and staging (OAuth token): one GET /me each, whatever the number of diffs.
    expect(await requestsByRoute(main)).toEqual({ "GET /v1/organizations/me": 2 });
  });
});

describe("another organization is another object", () => {
  test("an organization with the same id at another endpoint still replaces, and its claims protect nothing here", async () => {
    const [fay] = await main.control.seedUsers([{ email: "fay@example.com", role: "developer" }]);
    // The twin emulator holds the same organization, ids included (as two emulators can mint them).
    await twin.control.restore(await main.control.state());
    const member = providers.OrganizationMember;
    const here = await member.create({ userId: fay!.id, role: "developer" });
    expect((await member.diff(here.id, here.outs, { userId: fay!.id, role: "developer", organization: "twin" })).replaces).toEqual(["organization"]);
    newDeployment();
    // A take-over of the same user id at the twin says nothing about this organization.
    const there = await member.create({ userId: fay!.id, role: "developer", organization: "twin" });
    expect(there.id).toBe(fay!.id);
    await member.delete(here.id, here.outs);
    expect(await userOf(fay!.id)).toBeUndefined();
  });
});

describe("a move from a name no longer configured", () => {
  test("fails the diff, before any request, saying to keep both names until the up is done", async () => {
    const config: Record<string, string> = {
      "anthropic:adminKey": main.adminKey,
      "anthropic:baseUrl": main.url,
      "anthropic:organizations": JSON.stringify({ staging: { adminKey: main.adminKey, baseUrl: main.url } }),
    };
    const workspace = implementation("Workspace");
    await workspace.configure({ config: { get: (key: string) => config[key], require: (key: string) => config[key]! } } as never);
    await main.control.resetRequests();
    const error = await workspace.diff("wrkspc_01Old", { name: "Team", organization: "sandbox" }, { name: "Team", organization: "staging" }).catch((e) => e);
    expect(error.message).toMatch(/^organization: moving from "sandbox" to "staging" needs both configured until this `pulumi up` is done/);
    expect(error.message).toMatch(/Organization "sandbox" is not configured in this stack/);
    expect(await requestsByRoute(main)).toEqual({});
  });
});
