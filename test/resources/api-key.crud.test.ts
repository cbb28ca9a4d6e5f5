import { beforeAll, beforeEach, describe, expect, test } from "vitest";
import type * as pulumi from "@pulumi/pulumi";
import { useEmulator } from "../support/emulator";
import { configuredProvider, newDeployment, requestsByRoute } from "../support/provider";

const emulator = useEmulator();
let provider: Required<pulumi.dynamic.ResourceProvider>;
let workspaceId: string;
beforeAll(async () => {
  provider = await configuredProvider("ApiKey", emulator);
});
beforeEach(async () => {
  workspaceId = (await emulator.control.seedWorkspace({ name: "Keys" })).id;
  await emulator.control.resetRequests();
});

const KEYS = "/v1/organizations/api_keys";
const keyInState = async (id: string) => (await emulator.control.state()).apiKeys.find((k) => k.id === id)!;

describe("ApiKey", () => {
  test("create mints a key through the extension endpoint in one request; read keeps the secret from state", async () => {
    const { id, outs } = await provider.create({ name: "portal", workspaceId });
    expect(id).toMatch(/^apikey_/);
    expect(outs.key).toMatch(/^sk-ant-api03-/);
    expect(outs).toMatchObject({ name: "portal", workspaceId, status: "active" });
    expect(await requestsByRoute(emulator)).toEqual({ [`POST ${KEYS}`]: 1 });

    await emulator.control.resetRequests();
    const read = await provider.read(id, outs);
    expect(read.props.key).toBe(outs.key);
    // Only what the program set comes back as inputs (status was not set).
    expect(read.inputs).toEqual({ name: "portal", workspaceId });
    expect(await requestsByRoute(emulator)).toEqual({ [`GET ${KEYS}/{id}`]: 1 });
  });

  test("name and status update in place, keeping the key", async () => {
    const { id, outs } = await provider.create({ name: "portal", workspaceId });
    const { outs: after } = await provider.update(id, outs, { name: "portal-v2", workspaceId, status: "inactive" });
    expect(after).toMatchObject({ name: "portal-v2", status: "inactive", key: outs.key });
    expect(await keyInState(id)).toMatchObject({ name: "portal-v2", status: "inactive" });
  });

  test("create with an expiry and inactive status", async () => {
    const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
    const { id, outs } = await provider.create({ name: "temp", workspaceId, expiresAt, status: "inactive" });
    expect(outs).toMatchObject({ expiresAt, status: "inactive" });
    expect((await keyInState(id)).status).toBe("inactive");
  });

  test("delete archives a created key; deleting again succeeds", async () => {
    const { id, outs } = await provider.create({ name: "doomed", workspaceId });
    await provider.delete(id, outs);
    expect((await keyInState(id)).status).toBe("archived");
    await expect(provider.delete(id, outs)).resolves.toBeUndefined();
  });

  test("an adopted Console key is managed in place, has no value, and is left working on delete", async () => {
    const consoleKey = await emulator.control.seedApiKey({ workspaceId, name: "console" });
    const { id, outs } = await provider.create({ name: "adopted", adoptId: consoleKey.id });
    expect(id).toBe(consoleKey.id);
    // null, not absent: a preview then shows a known value instead of [unknown].
    expect(outs.key).toBeNull();
    expect(outs.workspaceId).toBe(workspaceId);
    expect((await keyInState(id)).name).toBe("adopted");
    newDeployment();
    await provider.delete(id, outs);
    expect((await keyInState(id)).status).toBe("active");
    await provider.delete(id, { ...outs, revokeOnDelete: true });
    expect((await keyInState(id)).status).toBe("archived");
  });

  test("adopting a key of another workspace is refused with the property named", async () => {
    const other = await emulator.control.seedWorkspace({ name: "Other" });
    const consoleKey = await emulator.control.seedApiKey({ workspaceId: other.id, name: "console" });
    await expect(provider.create({ name: "x", adoptId: consoleKey.id, workspaceId })).rejects.toThrow(/^workspaceId: .* belongs to workspace/);
  });

  test("archived, expired and deleted keys read as gone", async () => {
    const a = await provider.create({ name: "a", workspaceId });
    await emulator.control.patch(a.id, { status: "archived" });
    expect((await provider.read(a.id, a.outs)).id).toBe("");
    const b = await provider.create({ name: "b", workspaceId });
    await emulator.control.patch(b.id, { expires_at: new Date(Date.now() - 1000).toISOString() });
    expect((await provider.read(b.id, b.outs)).id).toBe("");
    const c = await provider.create({ name: "c", workspaceId });
    await emulator.control.remove(c.id);
    expect((await provider.read(c.id, c.outs)).id).toBe("");
  });

  test("out-of-band rename comes back as drift with matching inputs", async () => {
    const { id, outs } = await provider.create({ name: "portal", workspaceId });
    await emulator.control.patch(id, { name: "renamed" });
    const read = await provider.read(id, outs);
    expect(read.props.name).toBe("renamed");
    expect(read.inputs.name).toBe("renamed");
  });

  test("a server without key creation gets an error that says how to adopt a Console key", async () => {
    await emulator.control.fault({ route: `POST ${KEYS}`, kind: "status", status: 404, times: 1 });
    const error = (await provider.create({ name: "portal", workspaceId }).catch((e) => e)) as Error;
    expect(error.message).toMatch(/Console/);
    expect(error.message).toMatch(/adoptId/);
  });
});
