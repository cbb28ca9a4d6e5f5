import { describe, expect, it } from "vitest";
import { InvalidRequestError, NotFoundError, collect } from "../../provider/client";
import { clientFor, rejectionOf } from "../support/admin-client";
import { useEmulator } from "../support/emulator";

const emulator = useEmulator();

describe("spend limits", () => {
  it("upserts a workspace's monthly limit: a second set updates the same limit", async () => {
    const ws = await emulator.control.seedWorkspace({ name: "Spend" });
    const { client } = clientFor(emulator);
    const first = await client.setSpendLimit({ amount: "500000", scope: { type: "workspace", workspace_id: ws.id }, period: "monthly" });
    expect(first).toMatchObject({
      type: "spend_limit",
      amount: "500000",
      currency: "USD",
      period: "monthly",
      scope: { type: "workspace", workspace_id: ws.id },
    });
    const second = await client.setSpendLimit({ amount: "250000", scope: { type: "workspace", workspace_id: ws.id } });
    expect(second.id).toBe(first.id);
    expect(second.amount).toBe("250000");
    expect(await client.getSpendLimit(first.id)).toEqual(second);
  });

  it("lists limits (with the beta opt-in), filtered by workspace", async () => {
    const a = await emulator.control.seedWorkspace({ name: "A" });
    const b = await emulator.control.seedWorkspace({ name: "B" });
    const { client } = clientFor(emulator);
    const la = await client.setSpendLimit({ amount: "100", scope: { type: "workspace", workspace_id: a.id } });
    const lb = await client.setSpendLimit({ amount: "200", scope: { type: "workspace", workspace_id: b.id } });
    const all = await collect(client.listSpendLimits());
    expect(all.map((l) => l.scope.type).sort()).toEqual(["usage_tier", "workspace", "workspace"]);
    expect((await collect(client.listSpendLimits({ workspaceId: b.id }))).map((l) => l.id)).toEqual([lb.id]);
    expect((await collect(client.listSpendLimits({ scopeTypes: ["workspace"], limit: 1 }))).map((l) => l.id).sort()).toEqual(
      [la.id, lb.id].sort(),
    );
  });

  it("deletes a limit, after which it is not found", async () => {
    const ws = await emulator.control.seedWorkspace({ name: "Spend" });
    const { client } = clientFor(emulator);
    const limit = await client.setSpendLimit({ amount: "100", scope: { type: "workspace", workspace_id: ws.id } });
    expect(await client.deleteSpendLimit(limit.id)).toEqual({ id: limit.id, type: "spend_limit_deleted" });
    const err = await rejectionOf(client.getSpendLimit(limit.id));
    expect(err).toBeInstanceOf(NotFoundError);
    expect(err.requestId).toMatch(/^req_/);
  });

  it("surfaces the server's refusals", async () => {
    const { client } = clientFor(emulator);
    const [usageTier] = await collect(client.listSpendLimits({ scopeTypes: ["usage_tier"] }));
    const err = await rejectionOf(client.deleteSpendLimit(usageTier!.id));
    expect(err).toBeInstanceOf(InvalidRequestError);
    expect(err.serverMessage).toBe("The usage_tier spend limit is set by Anthropic and cannot be deleted.");
    const missing = await rejectionOf(client.setSpendLimit({ amount: "1", scope: { type: "workspace", workspace_id: "wrkspc_01missing" } }));
    expect(missing).toBeInstanceOf(NotFoundError);
  });

  it("refuses a non-integer amount before sending", async () => {
    const { client } = clientFor(emulator);
    const err = await rejectionOf(client.setSpendLimit({ amount: "12.50", scope: { type: "organization" } }));
    expect(err.message).toBe("setSpendLimit was not sent: invalid request: amount: expected a non-negative integer string of cents");
    expect((await emulator.control.requests()).total).toBe(0);
  });
});
