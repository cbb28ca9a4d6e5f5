import { beforeEach, describe, expect, test } from "vitest";
import type * as pulumi from "@pulumi/pulumi";
import { useEmulator } from "../support/emulator";
import { newDeployment, requestsByRoute, useProviders } from "../support/provider";

// Requests per operation at the physical minimum (issue "Performance at the floor"). Deterministic, so
// asserted here; times are the benchmark's.
const emulator = useEmulator();
const providers = useProviders(emulator);
beforeEach(() => newDeployment());

const WS = "/v1/organizations/workspaces";
const counted = async <T>(op: () => Promise<T>) => {
  await emulator.control.resetRequests();
  await op();
  return requestsByRoute(emulator);
};

describe("one request per delete of an object state says exists", () => {
  test("workspace: archive only; already archived or gone is done too, with no extra read", async () => {
    const { id, outs } = await providers.Workspace.create({ name: "Doomed" });
    expect(await counted(() => providers.Workspace.delete(id, outs))).toEqual({ [`POST ${WS}/{id}/archive`]: 1 });
    expect(await counted(() => providers.Workspace.delete(id, outs))).toEqual({ [`POST ${WS}/{id}/archive`]: 1 });
    await emulator.control.remove(id);
    expect(await counted(() => providers.Workspace.delete(id, outs))).toEqual({ [`POST ${WS}/{id}/archive`]: 1 });
  });

  test("API key: archive only, also when archived already", async () => {
    const workspaceId = (await emulator.control.seedWorkspace({ name: "K" })).id;
    const { id, outs } = await providers.ApiKey.create({ name: "k", workspaceId });
    expect(await counted(() => providers.ApiKey.delete(id, outs))).toEqual({ "POST /v1/organizations/api_keys/{id}": 1 });
    expect(await counted(() => providers.ApiKey.delete(id, outs))).toEqual({ "POST /v1/organizations/api_keys/{id}": 1 });
    expect((await emulator.control.state()).apiKeys.find((k) => k.id === id)?.status).toBe("archived");
  });

  test("invite: one DELETE; an accepted invite's refusal is done; a change (replace) is 2 requests", async () => {
    const { id, outs } = await providers.UserInvite.create({ email: "x@example.com", role: "user" });
    expect(await counted(() => providers.UserInvite.delete(id, outs))).toEqual({ "DELETE /v1/organizations/invites/{id}": 1 });
    const accepted = await providers.UserInvite.create({ email: "y@example.com", role: "user" });
    await emulator.control.acceptInvite(accepted.id);
    expect(await counted(() => providers.UserInvite.delete(accepted.id, accepted.outs))).toEqual({ "DELETE /v1/organizations/invites/{id}": 1 });
    const old = await providers.UserInvite.create({ email: "z@example.com", role: "user" });
    const replace = await counted(async () => {
      await providers.UserInvite.delete(old.id, old.outs);
      await providers.UserInvite.create({ email: "z@example.com", role: "developer" });
    });
    expect(replace).toEqual({ "DELETE /v1/organizations/invites/{id}": 1, "POST /v1/organizations/invites": 1 });
  });

  // Offboarding also signs the member out first (issue 10): one more request than the object itself. This
  // Console emulator refuses it (organization_not_enrolled_in_beta), and the removal goes on.
  test("member: one sign-out, one key listing, one archive per key, one removal", async () => {
    const [user] = await emulator.control.seedUsers([{ email: "m@example.com", role: "user" }]);
    const workspaceId = (await emulator.control.seedWorkspace({ name: "M" })).id;
    await emulator.control.seedApiKey({ workspaceId, name: "theirs", createdByUserId: user!.id });
    const { id, outs } = await providers.OrganizationMember.create({ userId: user!.id, role: "user" });
    newDeployment();
    expect(await counted(() => providers.OrganizationMember.delete(id, outs))).toEqual({
      "POST /v1/organizations/users/{id}/sign_out": 1,
      "GET /v1/organizations/api_keys": 1, "POST /v1/organizations/api_keys/{id}": 1, "DELETE /v1/organizations/users/{id}": 1,
    });
  });
});

describe("updates send only what changed", () => {
  test("a spend-limit change is one request: no workspace read, no rate-limit listing", async () => {
    const inputs = { name: "Limits", spendLimit: { monthlyUsd: 10 }, rateLimits: { requestsPerMinute: 100 } };
    const { id, outs } = await providers.Workspace.create(inputs);
    expect(await counted(() => providers.Workspace.update(id, outs, { ...inputs, spendLimit: { monthlyUsd: 20 } }))).toEqual({
      "POST /v1/organizations/spend_limits": 1,
    });
  });

  test("a rename of a workspace with limits is one request", async () => {
    const inputs = { name: "Named", spendLimit: { monthlyUsd: 10 }, rateLimits: { requestsPerMinute: 100 } };
    const { id, outs } = await providers.Workspace.create(inputs);
    expect(await counted(() => providers.Workspace.update(id, outs, { ...inputs, name: "Renamed" }))).toEqual({ [`POST ${WS}/{id}`]: 1 });
  });

  test("a rate-limit change lists the limits once and writes each model group", async () => {
    const inputs = { name: "Rates", rateLimits: { requestsPerMinute: 100 } };
    const { id, outs } = await providers.Workspace.create(inputs);
    const byRoute = await counted(() => providers.Workspace.update(id, outs, { ...inputs, rateLimits: { requestsPerMinute: 200 } }));
    expect(byRoute[`GET ${WS}/{id}/rate_limits`]).toBe(1);
    expect(Object.keys(byRoute).sort()).toEqual([`GET ${WS}/{id}/rate_limits`, `POST ${WS}/{id}/rate_limits/{rate_limit_id}`]);
  });

  test("recording a new revokeOnDelete or revokeKeysOnDelete sends nothing", async () => {
    const workspaceId = (await emulator.control.seedWorkspace({ name: "R" })).id;
    const key = await providers.ApiKey.create({ name: "k", workspaceId });
    expect(await counted(() => providers.ApiKey.update(key.id, key.outs, { name: "k", workspaceId, revokeOnDelete: true }))).toEqual({});
    const [user] = await emulator.control.seedUsers([{ email: "r@example.com", role: "user" }]);
    const member = await providers.OrganizationMember.create({ userId: user!.id, role: "user" });
    expect(await counted(() => providers.OrganizationMember.update(member.id, member.outs, { userId: user!.id, role: "user", revokeKeysOnDelete: false }))).toEqual({});
  });
});

describe("refresh reads", () => {
  test("one resource is one read; many share one listing, and see what changed before the refresh", async () => {
    const made: pulumi.dynamic.CreateResult[] = [];
    for (const n of [1, 2, 3, 4, 5]) made.push(await providers.Workspace.create({ name: `Refresh ${n}` }));
    await emulator.control.patch(made[4]!.id, { name: "Renamed out of band" });
    newDeployment(); // the refresh's own provider process
    expect(await counted(() => providers.Workspace.read(made[0]!.id, made[0]!.outs))).toEqual({ [`GET ${WS}/{id}`]: 1 });
    const reads = await counted(async () => {
      for (const w of made.slice(1)) await providers.Workspace.read(w.id, w.outs);
    });
    expect(reads).toEqual({ [`GET ${WS}`]: 1 });
    newDeployment();
    await providers.Workspace.read(made[0]!.id, made[0]!.outs);
    expect((await providers.Workspace.read(made[4]!.id, made[4]!.outs)).props?.name).toBe("Renamed out of band");
  });
});
