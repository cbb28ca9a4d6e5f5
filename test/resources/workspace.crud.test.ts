import { beforeAll, describe, expect, test } from "vitest";
import type * as pulumi from "@pulumi/pulumi";
import { PartialResourceError } from "../../provider/resources/outcomes";
import { useEmulator } from "../support/emulator";
import { configuredProvider, newDeployment, requestsByRoute } from "../support/provider";

const emulator = useEmulator();
let provider: Required<pulumi.dynamic.ResourceProvider>;
beforeAll(async () => {
  provider = await configuredProvider("Workspace", emulator);
});

const WS = "/v1/organizations/workspaces";

async function workspaceInState(id: string) {
  return (await emulator.control.state()).workspaces.find((w) => w.id === id)!;
}

describe("Workspace create", () => {
  test("a plain workspace takes exactly one request", async () => {
    const { id, outs } = await provider.create({ name: "Production", displayColor: "#112233", tags: { team: "platform" } });
    expect(id).toMatch(/^wrkspc_/);
    expect(await requestsByRoute(emulator)).toEqual({ [`POST ${WS}`]: 1 });
    expect(outs).toMatchObject({ name: "Production", displayColor: "#112233", tags: { team: "platform" } });
    expect(outs).not.toHaveProperty("workspaceGeo");
    const live = await workspaceInState(id);
    expect(live.name).toBe("Production");
    expect(live.tags).toEqual({ team: "platform" });
  });

  test("spend limit (cents, monthly, workspace scope) and rate limits on every model group", async () => {
    const { id, outs } = await provider.create({
      name: "Limited",
      spendLimit: { monthlyUsd: 5000.5 },
      rateLimits: { requestsPerMinute: 1000, outputTokensPerMinute: 20000 },
    });
    const state = await emulator.control.state();
    const spend = state.spendLimits.find((s) => s.scope.type === "workspace" && (s.scope as { workspace_id?: string }).workspace_id === id)!;
    expect(spend).toMatchObject({ amount: "500050", period: "monthly" });
    expect(outs.spendLimitId).toBe(spend.id);
    expect(outs.spendLimit).toEqual({ monthlyUsd: 5000.5 });
    const overrides = state.rateLimitOverrides.filter((o) => o.key.includes(id));
    expect(overrides.length).toBeGreaterThanOrEqual(3);
    for (const o of overrides) expect(o.limits).toMatchObject({ requests_per_minute: 1000, output_tokens_per_minute: 20000 });
    const routes = await requestsByRoute(emulator);
    expect(routes[`POST ${WS}`]).toBe(1);
    expect(routes["POST /v1/organizations/spend_limits"]).toBe(1);
    expect(routes[`GET ${WS}/{id}/rate_limits`]).toBe(1);
    expect(routes[`POST ${WS}/{id}/rate_limits/{rate_limit_id}`]).toBe(overrides.length);
  });

  test("a limiter the organization does not have is refused with the property named", async () => {
    await expect(provider.create({ name: "NoSuchLimiter", rateLimits: { tokensPerDay: 5 } })).rejects.toThrow(/rateLimits: .*tokensPerDay/);
  });

  test("a failure after the workspace exists records it, and the next update finishes the job", async () => {
    await emulator.control.fault({ route: "POST /v1/organizations/spend_limits", kind: "status", status: 500, times: 10 });
    const inputs = { name: "Half", spendLimit: { monthlyUsd: 10 }, __provider: "serialized-provider" };
    const error = (await provider.create(inputs).catch((e) => e)) as PartialResourceError;
    expect(error).toBeInstanceOf(PartialResourceError);
    expect(error.id).toMatch(/^wrkspc_/);
    expect(error.message).toContain("run `pulumi up` again");
    // The engine stores these properties; without __provider it could not call us again.
    expect(error.properties).toMatchObject({ name: "Half", __provider: "serialized-provider" });
    expect(error.properties).not.toHaveProperty("spendLimit");
    expect((await workspaceInState(error.id)).archived_at).toBeNull();

    await emulator.control.clearFaults();
    const diff = await provider.diff(error.id, error.properties, inputs);
    expect(diff).toMatchObject({ changes: true, replaces: [] });
    const { outs } = await provider.update(error.id, error.properties, inputs);
    expect(outs.spendLimit).toEqual({ monthlyUsd: 10 });
    const spend = (await emulator.control.state()).spendLimits.find((s) => s.id === outs.spendLimitId);
    expect(spend?.amount).toBe("1000");
  });

  test("adopting an existing workspace updates it instead of creating one", async () => {
    const existing = await emulator.control.seedWorkspace({ name: "Console made" });
    await emulator.control.resetRequests();
    const { id, outs } = await provider.create({ name: "Now managed", adoptId: existing.id });
    expect(id).toBe(existing.id);
    expect(outs.name).toBe("Now managed");
    const routes = await requestsByRoute(emulator);
    expect(routes[`POST ${WS}`]).toBeUndefined();
    expect(routes[`GET ${WS}/{id}`]).toBe(1);
    expect(routes[`POST ${WS}/{id}`]).toBe(1);
  });
});

describe("Workspace read, update, delete", () => {
  test("read of a plain workspace is one request and returns matching inputs", async () => {
    const { id, outs } = await provider.create({ name: "Readable" });
    await emulator.control.resetRequests();
    const result = await provider.read(id, outs);
    expect(result.id).toBe(id);
    expect(result.props).toMatchObject({ name: "Readable" });
    expect(result.props).not.toHaveProperty("workspaceGeo");
    expect(result.inputs).toMatchObject({ name: "Readable" });
    expect(await requestsByRoute(emulator)).toEqual({ [`GET ${WS}/{id}`]: 1 });
  });

  test("a diff makes no request, changed or not", async () => {
    const { id, outs } = await provider.create({ name: "Diffed", spendLimit: { monthlyUsd: 5 } });
    await emulator.control.resetRequests();
    expect((await provider.diff(id, outs, { name: "Diffed", spendLimit: { monthlyUsd: 5 } })).changes).toBe(false);
    expect((await provider.diff(id, outs, { name: "Renamed", spendLimit: { monthlyUsd: 5 } })).changes).toBe(true);
    expect((await emulator.control.requests()).total).toBe(0);
  });

  test("a rename is one request", async () => {
    const { id, outs } = await provider.create({ name: "Before" });
    await emulator.control.resetRequests();
    const { outs: after } = await provider.update(id, outs, { name: "After" });
    expect(after.name).toBe("After");
    expect(await requestsByRoute(emulator)).toEqual({ [`POST ${WS}/{id}`]: 1 });
    expect((await workspaceInState(id)).name).toBe("After");
  });

  test("tags are set exactly: a tag removed from the inputs is removed", async () => {
    const { id, outs } = await provider.create({ name: "Tagged", tags: { a: "1", b: "2" } });
    await provider.update(id, outs, { name: "Tagged", tags: { a: "1", c: "3" } });
    expect((await workspaceInState(id)).tags).toEqual({ a: "1", c: "3" });
  });

  test("removing the spend limit and rate limits clears them", async () => {
    const { id, outs } = await provider.create({ name: "Unlimit", spendLimit: { monthlyUsd: 50 }, rateLimits: { requestsPerMinute: 10 } });
    const { outs: after } = await provider.update(id, outs, { name: "Unlimit" });
    expect(after.spendLimit).toBeUndefined();
    const state = await emulator.control.state();
    expect(state.spendLimits.find((s) => s.id === outs.spendLimitId)).toBeUndefined();
    for (const o of state.rateLimitOverrides.filter((o) => o.key.includes(id))) {
      expect(o.limits).not.toHaveProperty("requests_per_minute");
    }
  });

  test("delete archives the workspace and its keys; a second delete succeeds", async () => {
    const { id, outs } = await provider.create({ name: "Doomed" });
    const key = await emulator.control.seedApiKey({ workspaceId: id, name: "k" });
    await provider.delete(id, outs);
    const state = await emulator.control.state();
    expect(state.workspaces.find((w) => w.id === id)?.archived_at).not.toBeNull();
    expect(state.apiKeys.find((k) => k.id === key.id)?.status).toBe("archived");
    await expect(provider.delete(id, outs)).resolves.toBeUndefined();
    await emulator.control.remove(id);
    await expect(provider.delete(id, outs)).resolves.toBeUndefined();
  });

  test("an adopted workspace is left alone on delete unless archiveOnDelete", async () => {
    const existing = await emulator.control.seedWorkspace({ name: "Keep me" });
    const { outs } = await provider.create({ name: "Keep me", adoptId: existing.id });
    newDeployment();
    await provider.delete(existing.id, outs);
    expect((await workspaceInState(existing.id)).archived_at).toBeNull();
    await provider.delete(existing.id, { ...outs, archiveOnDelete: true });
    expect((await workspaceInState(existing.id)).archived_at).not.toBeNull();
  });
});
