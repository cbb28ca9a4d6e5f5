import { describe, expect, it } from "vitest";
import { getEffectiveSpendLimits, getEffectiveSpendLimitsOutput } from "../../provider/functions";
import { adminFetch, useEmulator } from "../support/emulator";
import { rejectionOf } from "../support/admin-client";
import { routeCounts, useEmulatorEnvironment } from "./environment";

describe("getEffectiveSpendLimits on a Claude Enterprise organization", () => {
  const emulator = useEmulator({ organizationType: "enterprise" });
  useEmulatorEnvironment(emulator);

  it("reports each member's limit per period in dollars, and where it comes from", async () => {
    const [ada] = await emulator.control.seedUsers([{ email: "ada@example.com", name: "Ada" }]);
    const own = await adminFetch(emulator, "POST", "/v1/organizations/spend_limits", {
      body: { amount: "12550", scope: { type: "user", user_id: ada.id }, period: "weekly" },
    });
    const state = await emulator.control.state();
    const orgLimit = state.spendLimits.find((l) => l.scope.type === "organization")!;
    await emulator.control.resetRequests();

    const { limits } = await getEffectiveSpendLimits({ userIds: [ada.id] });
    expect(limits).toEqual([
      {
        userId: ada.id, email: "ada@example.com", period: "monthly", limit: Number(orgLimit.amount) / 100, currency: "USD",
        periodToDateSpend: 0, source: { type: "organization" }, spendLimitId: orgLimit.id,
      },
      {
        userId: ada.id, email: "ada@example.com", period: "weekly", limit: 125.5, currency: "USD",
        periodToDateSpend: 0, source: { type: "user", userId: ada.id }, spendLimitId: own.body.id,
      },
    ]);
    expect(await routeCounts(emulator)).toEqual({ "GET /v1/organizations/spend_limits/effective": 1 });
  });

  it("filters by period on the server and covers every member by default", async () => {
    await emulator.control.seedUsers(3);
    const { limits } = await getEffectiveSpendLimits({ periods: ["monthly"] });
    expect(limits).toHaveLength(4);
    expect(new Set(limits.map((l) => l.period))).toEqual(new Set(["monthly"]));
    const none = await getEffectiveSpendLimits({ periods: ["daily"] });
    expect(none.limits).toEqual([]);
  });

  it("has an Output form", async () => {
    const result = await new Promise<{ limits: unknown[] }>((resolve) => getEffectiveSpendLimitsOutput().apply(resolve));
    expect(result.limits).toHaveLength(1);
  });
});

describe("getEffectiveSpendLimits on a Claude Console organization", () => {
  const emulator = useEmulator();
  useEmulatorEnvironment(emulator);

  it("fails with the API's organization_type_not_supported refusal, naming the function", async () => {
    const err = await rejectionOf(getEffectiveSpendLimits());
    expect(err.message).toMatch(/^getEffectiveSpendLimits: listEffectiveSpendLimits failed: 400 invalid_request_error: Effective spend limits: supported for Claude Enterprise organizations only/);
    expect(err.errorCode).toBe("organization_type_not_supported");
  });
});
