import { beforeEach, describe, expect, test, vi } from "vitest";
import { useEmulator } from "../support/emulator";
import { newDeployment, useProviders } from "../support/provider";

// Finding 5 of the trust issue: a deployment that adopts and releases the same person (a rename
// without alias: the new resource is created first, the old one deleted last) leaves them in place.
const emulator = useEmulator();
const providers = useProviders(emulator);
beforeEach(() => newDeployment());

describe("people are never removed by accident", () => {
  test("renaming an OrganizationMember without an alias keeps the person and their keys, with a warning", async () => {
    const [carol] = await emulator.control.seedUsers([{ email: "carol@example.com", role: "developer" }]);
    const workspaceId = (await emulator.control.seedWorkspace({ name: "W" })).id;
    const key = await emulator.control.seedApiKey({ workspaceId, name: "carol's", createdByUserId: carol!.id });
    const before = await providers.OrganizationMember.create({ email: "carol@example.com", role: "developer" });
    newDeployment();
    // The rename, as the engine runs it: create "carol-renamed", then delete "carol".
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      const after = await providers.OrganizationMember.create({ email: "carol@example.com", role: "developer" });
      expect(after.id).toBe(before.id);
      await providers.OrganizationMember.delete(before.id, before.outs);
      expect(stderr.mock.calls.map(([text]) => String(text)).join("")).toMatch(/carol@example.com.* was not removed from the organization/);
    } finally {
      stderr.mockRestore();
    }
    const state = await emulator.control.state();
    expect(state.users.find((u) => u.id === carol!.id)).toBeDefined();
    expect(state.apiKeys.find((k) => k.id === key.id)?.status).toBe("active");
  });

  test("in a later deployment, deleting the member does offboard them", async () => {
    const [dave] = await emulator.control.seedUsers([{ email: "dave@example.com", role: "user" }]);
    const { id, outs } = await providers.OrganizationMember.create({ userId: dave!.id, role: "user" });
    newDeployment();
    await providers.OrganizationMember.delete(id, outs);
    expect((await emulator.control.state()).users.find((u) => u.id === dave!.id)).toBeUndefined();
  });

  test("a rename whose up failed after the create: the next up's diff of the new resource keeps the person", async () => {
    const [gus] = await emulator.control.seedUsers([{ email: "gus@example.com", role: "developer" }]);
    const before = await providers.OrganizationMember.create({ email: "gus@example.com", role: "developer" });
    newDeployment();
    const after = await providers.OrganizationMember.create({ email: "gus@example.com", role: "developer" });
    // The up fails here; the next one is a new provider process. The engine diffs every resource of the
    // program before it deletes those no longer in it (test/engine/claims.engine.test.ts).
    newDeployment();
    expect((await providers.OrganizationMember.diff(after.id, after.outs, { email: "gus@example.com", role: "developer" })).changes).toBe(false);
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      await providers.OrganizationMember.delete(before.id, before.outs);
    } finally {
      stderr.mockRestore();
    }
    expect((await emulator.control.state()).users.find((u) => u.id === gus!.id)).toBeDefined();
  });

  test("a diff that replaces keeps nothing: the replaced workspace is archived", async () => {
    const { id, outs } = await providers.Workspace.create({ name: "Geo", workspaceGeo: "us" });
    newDeployment();
    expect((await providers.Workspace.diff(id, outs, { name: "Geo", workspaceGeo: "eu" })).replaces).toEqual(["workspaceGeo"]);
    await providers.Workspace.delete(id, outs);
    expect((await emulator.control.state()).workspaces.find((w) => w.id === id)?.archived_at).not.toBeNull();
  });

  test("renaming a WorkspaceMember without an alias keeps the membership", async () => {
    const [erin] = await emulator.control.seedUsers([{ email: "erin@example.com", role: "developer" }]);
    const workspaceId = (await emulator.control.seedWorkspace({ name: "W2" })).id;
    const inputs = { workspaceId, userId: erin!.id, role: "workspace_developer" };
    const before = await providers.WorkspaceMember.create(inputs);
    newDeployment();
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      const after = await providers.WorkspaceMember.create(inputs);
      expect(after.id).toBe(before.id);
      await providers.WorkspaceMember.delete(before.id, before.outs);
    } finally {
      stderr.mockRestore();
    }
    expect((await emulator.control.state()).members.some((m) => m.workspace_id === workspaceId && m.user_id === erin!.id)).toBe(true);
  });
});
