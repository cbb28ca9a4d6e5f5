import { describe, expect, it } from "vitest";
import { InvalidRequestError, KeyCreationUnsupportedError, NotFoundError, collect } from "../../provider/client";
import { clientFor, rejectionOf } from "../support/admin-client";
import { useEmulator } from "../support/emulator";

const emulator = useEmulator();

describe("API keys", () => {
  it("creates a key through the extension and returns its secret once", async () => {
    const ws = await emulator.control.seedWorkspace({ name: "Keys" });
    const { client } = clientFor(emulator);
    const created = await client.createApiKey({ name: "portal", workspace_id: ws.id });
    expect(created.key).toMatch(/^sk-ant-api03-/);
    expect(created).toMatchObject({ type: "api_key", name: "portal", status: "active", scope: { type: "workspace", workspace_id: ws.id } });
    expect(created.replayed).toBe(false);
    const { key: _secret, replayed: _replayed, ...withoutSecret } = created;
    const read = await client.getApiKey(created.id);
    expect(read).toEqual(withoutSecret);
    expect(read).not.toHaveProperty("key");
  });

  it("lists keys filtered by workspace, status and creator", async () => {
    const a = await emulator.control.seedWorkspace({ name: "A" });
    const b = await emulator.control.seedWorkspace({ name: "B" });
    const [dev] = await emulator.control.seedUsers([{ email: "dev@example.com", role: "developer" }]);
    const k1 = await emulator.control.seedApiKey({ workspaceId: a.id, name: "a-active" });
    const k2 = await emulator.control.seedApiKey({ workspaceId: a.id, name: "a-inactive", status: "inactive", createdByUserId: dev!.id });
    const k3 = await emulator.control.seedApiKey({ workspaceId: b.id, name: "b-active", createdByUserId: dev!.id });
    const { client } = clientFor(emulator);
    const ids = async (params: Parameters<typeof client.listApiKeys>[0]) => (await collect(client.listApiKeys(params))).map((k) => k.id);
    expect(await ids({})).toEqual([k1.id, k2.id, k3.id]);
    expect(await ids({ workspaceId: a.id })).toEqual([k1.id, k2.id]);
    expect(await ids({ status: "active" })).toEqual([k1.id, k3.id]);
    expect(await ids({ createdByUserId: dev!.id })).toEqual([k2.id, k3.id]);
    expect(await ids({ workspaceId: a.id, status: "inactive", limit: 1 })).toEqual([k2.id]);
  });

  it("renames, deactivates and archives a key", async () => {
    const ws = await emulator.control.seedWorkspace({ name: "Keys" });
    const seeded = await emulator.control.seedApiKey({ workspaceId: ws.id, name: "old" });
    const { client } = clientFor(emulator);
    expect(await client.updateApiKey(seeded.id, { name: "new", status: "inactive" })).toMatchObject({ name: "new", status: "inactive" });
    expect((await client.updateApiKey(seeded.id, { status: "archived" })).status).toBe("archived");
    const err = await rejectionOf(client.updateApiKey(seeded.id, { status: "active" }));
    expect(err).toBeInstanceOf(InvalidRequestError);
    expect(err.serverMessage).toBe(`API key '${seeded.id}' is archived and can no longer be modified.`);
  });

  it("reports an unknown key as NotFoundError", async () => {
    const { client } = clientFor(emulator);
    expect(await rejectionOf(client.getApiKey("apikey_01missing"))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(client.updateApiKey("apikey_01missing", { name: "x" }))).toBeInstanceOf(NotFoundError);
  });

  it("reports a missing workspace on create as NotFoundError, not as missing key creation", async () => {
    const { client } = clientFor(emulator);
    const err = await rejectionOf(client.createApiKey({ name: "k", workspace_id: "wrkspc_01missing" }));
    expect(err).toBeInstanceOf(NotFoundError);
    expect(err).not.toBeInstanceOf(KeyCreationUnsupportedError);
  });

  it.each([405, 404])("turns a %i from a server without key creation into KeyCreationUnsupportedError", async (status) => {
    const ws = await emulator.control.seedWorkspace({ name: "Keys" });
    await emulator.control.fault({ route: "POST /v1/organizations/api_keys", kind: "status", status });
    const { client } = clientFor(emulator);
    const err = await rejectionOf(client.createApiKey({ name: "portal", workspace_id: ws.id }));
    expect(err).toBeInstanceOf(KeyCreationUnsupportedError);
    expect(err.code).toBe("ANTHROPIC_KEY_CREATION_UNSUPPORTED");
    expect(err.status).toBe(status);
    expect(err.message).toContain("api.anthropic.com mints keys only in the Console");
    expect(err.message).toContain('adoptId: "apikey_..."');
    const { log } = await emulator.control.requests();
    expect(log).toHaveLength(1);
    expect(err.requestId).toBe(log[0]!.requestId);
    expect(err.message).toContain(log[0]!.requestId);
  });

  it("refuses an empty name before sending", async () => {
    const { client } = clientFor(emulator);
    const err = await rejectionOf(client.createApiKey({ name: "", workspace_id: "wrkspc_01x" }));
    expect(err.message).toMatch(/^createApiKey was not sent: invalid request: name:/);
    expect((await emulator.control.requests()).total).toBe(0);
  });
});
