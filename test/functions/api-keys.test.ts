import { describe, expect, it } from "vitest";
import { getApiKeys } from "../../provider/functions";
import { useEmulator } from "../support/emulator";
import { useEmulatorEnvironment } from "./environment";

const emulator = useEmulator();
useEmulatorEnvironment(emulator);

async function seed() {
  const [alice] = await emulator.control.seedUsers([{ email: "alice@example.com", role: "developer" }]);
  const prod = await emulator.control.seedWorkspace({ name: "Production" });
  const dev = await emulator.control.seedWorkspace({ name: "Dev" });
  const portal = await emulator.control.seedApiKey({ workspaceId: prod.id, name: "portal", createdByUserId: alice!.id, expiresAt: "2030-01-01T00:00:00Z" });
  const batch = await emulator.control.seedApiKey({ workspaceId: prod.id, name: "batch", status: "inactive" });
  const scratch = await emulator.control.seedApiKey({ workspaceId: dev.id, name: "scratch", status: "archived", createdByUserId: alice!.id });
  return { alice: alice!, prod, dev, portal, batch, scratch };
}

describe("getApiKeys", () => {
  it("lists every key with its fields and hint, never a key value", async () => {
    const { alice, prod, portal, batch, scratch } = await seed();
    const { apiKeys } = await getApiKeys();
    expect(apiKeys.map((k) => k.id).sort()).toEqual([portal.id, batch.id, scratch.id].sort());
    expect(apiKeys.find((k) => k.id === portal.id)).toEqual({
      id: portal.id,
      name: "portal",
      status: "active",
      workspaceId: prod.id,
      createdAt: portal.created_at,
      expiresAt: "2030-01-01T00:00:00.000Z",
      createdBy: alice.id,
      partialKeyHint: portal.partial_key_hint,
    });
    expect(portal.partial_key_hint).toMatch(/\.\.\./);
    expect(Object.keys(apiKeys[0]!)).not.toContain("key");
  });

  it("filters by workspace, status and creator, each sent to the server", async () => {
    const { alice, prod, dev, portal, batch, scratch } = await seed();
    const ids = async (args: Parameters<typeof getApiKeys>[0]) => (await getApiKeys(args)).apiKeys.map((k) => k.id).sort();
    expect(await ids({ workspaceId: prod.id })).toEqual([portal.id, batch.id].sort());
    expect(await ids({ workspaceId: dev.id })).toEqual([scratch.id]);
    expect(await ids({ status: "inactive" })).toEqual([batch.id]);
    expect(await ids({ createdByUserId: alice.id })).toEqual([portal.id, scratch.id].sort());
    expect(await ids({ createdByUserId: alice.id, status: "active", workspaceId: prod.id })).toEqual([portal.id]);
  });
});
