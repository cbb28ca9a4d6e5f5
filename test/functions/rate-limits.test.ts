import { describe, expect, it } from "vitest";
import { getRateLimits, getRateLimitsOutput } from "../../provider/functions";
import { rejectionOf } from "../support/admin-client";
import { useEmulator } from "../support/emulator";
import { routeCounts, useEmulatorEnvironment } from "./environment";

const emulator = useEmulator();
useEmulatorEnvironment(emulator);

describe("getRateLimits", () => {
  it("lists every group of the organization with its limiter values in camelCase, in one request", async () => {
    await emulator.control.resetRequests();
    const { groups } = await getRateLimits();
    const wire = (await emulator.control.state()).rateLimits;
    expect(groups.map((g) => g.id)).toEqual(wire.map((e) => e.id));
    const sonnet = groups.find((g) => g.models?.includes("claude-sonnet-4-5"))!;
    const wireSonnet = wire.find((e) => e.id === sonnet.id)!;
    expect(sonnet).toEqual({
      id: wireSonnet.id,
      groupType: "model_group",
      displayName: wireSonnet.group.display_name,
      models: wireSonnet.models,
      limits: Object.fromEntries(wireSonnet.limits.map((l) => [l.type.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()), l.value])),
    });
    expect(sonnet.limits.requestsPerMinute).toBeGreaterThan(0);
    expect(groups.find((g) => g.groupType === "batch")).toMatchObject({ models: null });
    expect(groups.find((g) => g.groupType === "batch")).not.toHaveProperty("displayName");
    expect(await routeCounts(emulator)).toEqual({ "GET /v1/organizations/rate_limits": 1 });
  });

  it("filters by model and by group type on the server", async () => {
    const { groups } = await getRateLimits({ model: "claude-haiku-4-5" });
    expect(groups).toHaveLength(1);
    expect(groups[0].models).toContain("claude-haiku-4-5");
    const batch = await getRateLimits({ groupType: "batch" });
    expect(batch.groups.map((g) => g.groupType)).toEqual(["batch"]);
  });

  it("reports an unknown model as the API's 404, naming the function", async () => {
    const err = await rejectionOf(getRateLimits({ model: "claude-nonexistent" }));
    expect(err.message).toMatch(/^getRateLimits: listOrganizationRateLimits failed: 404 not_found_error: .*claude-nonexistent/);
  });

  it("has an Output form", async () => {
    const groups = await new Promise<unknown>((resolve) => getRateLimitsOutput({ groupType: "batch" }).apply(resolve));
    expect((groups as { groups: unknown[] }).groups).toHaveLength(1);
  });
});
