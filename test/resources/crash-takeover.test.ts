import { beforeEach, describe, expect, test } from "vitest";
import { OWNER, OWNER_TAG } from "../../provider/resources/owner";
import { useEmulator } from "../support/emulator";
import { newDeployment, requestsByRoute, useProviders } from "../support/provider";

// Finding 6 of the trust issue: a create repeated after an interrupted `up` (whose result never reached
// state) takes over what the first attempt made, instead of failing or duplicating.
const emulator = useEmulator();
const providers = useProviders(emulator);
beforeEach(() => newDeployment());

const urn = (type: string, name: string) => `urn:pulumi:dev::crash::pulumi-nodejs:dynamic/anthropic:${type}::${name}`;

describe("a create repeated after a crash", () => {
  test("a workspace is taken over by its ownership tag, which never shows in outputs", async () => {
    const inputs = { name: "Team A", tags: { team: "a" }, [OWNER]: urn("Workspace", "team-a") };
    const first = await providers.Workspace.create(inputs);
    const live = (await emulator.control.state()).workspaces.find((w) => w.id === first.id)!;
    expect(live.tags).toEqual({ team: "a", [OWNER_TAG]: inputs[OWNER] });
    expect(first.outs.tags).toEqual({ team: "a" });

    newDeployment(); // the crashed process is gone; the engine never recorded `first`
    const second = await providers.Workspace.create(inputs);
    expect(second.id).toBe(first.id);
    const active = (await emulator.control.state()).workspaces.filter((w) => w.name === "Team A" && !w.archived_at);
    expect(active).toHaveLength(1);
    expect((await providers.Workspace.diff(second.id, second.outs, inputs)).changes).toBe(false);
  });

  test("another resource's workspace with the same name is not taken over", async () => {
    const first = await providers.Workspace.create({ name: "Shared name", [OWNER]: urn("Workspace", "one") });
    newDeployment();
    const second = await providers.Workspace.create({ name: "Shared name", [OWNER]: urn("Workspace", "two") });
    expect(second.id).not.toBe(first.id);
  });

  test("a deployment creating many workspaces lists the organization once", async () => {
    await emulator.control.resetRequests();
    for (const n of [1, 2, 3]) await providers.Workspace.create({ name: `Many ${n}`, [OWNER]: urn("Workspace", `many-${n}`) });
    expect(await requestsByRoute(emulator)).toEqual({ "GET /v1/organizations/workspaces": 1, "POST /v1/organizations/workspaces": 3 });
  });

  test("a pending invite for the same email and role is taken over", async () => {
    const first = await providers.UserInvite.create({ email: "load09@example.com", role: "user" });
    newDeployment();
    const second = await providers.UserInvite.create({ email: "Load09@example.com", role: "user" });
    expect(second.id).toBe(first.id);
    expect((await emulator.control.state()).invites.filter((i) => i.status === "pending")).toHaveLength(1);
  });

  test("a pending invite with another role is not taken over, and the error says what to do", async () => {
    await providers.UserInvite.create({ email: "role@example.com", role: "user" });
    await expect(providers.UserInvite.create({ email: "role@example.com", role: "developer" })).rejects.toThrow(
      /^email: a pending invite for role@example.com with role user already exists .* declare the same role/,
    );
  });

  test("an API key create repeated with the same idempotency key returns the same key and secret", async () => {
    const workspaceId = (await emulator.control.seedWorkspace({ name: "Keys" })).id;
    const inputs = { name: "svc", workspaceId, [OWNER]: urn("ApiKey", "svc") };
    const first = await providers.ApiKey.create(inputs);
    newDeployment();
    const second = await providers.ApiKey.create(inputs);
    expect(second.id).toBe(first.id);
    expect(second.outs.key).toBe(first.outs.key);
    expect((await emulator.control.state()).apiKeys.filter((k) => k.name === "svc")).toHaveLength(1);
  });

  test("a rotation (keepers) mints a new key, and going back to old keepers never returns a revoked key", async () => {
    const workspaceId = (await emulator.control.seedWorkspace({ name: "Rotation" })).id;
    const base = { name: "rotated", workspaceId, [OWNER]: urn("ApiKey", "rotated") };
    const v1 = await providers.ApiKey.create({ ...base, keepers: { v: 1 } });
    const v2 = await providers.ApiKey.create({ ...base, keepers: { v: 2 } });
    expect(v2.id).not.toBe(v1.id);
    newDeployment();
    await providers.ApiKey.delete(v1.id, v1.outs);
    const back = await providers.ApiKey.create({ ...base, keepers: { v: 1 } });
    expect([v1.id, v2.id]).not.toContain(back.id);
    expect((await emulator.control.state()).apiKeys.find((k) => k.id === back.id)?.status).toBe("active");
  });
});
