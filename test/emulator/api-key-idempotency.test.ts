import { describe, expect, it } from "vitest";
import { InvalidRequestError, KeyCreationUnsupportedError, ServerError, TimeoutError } from "../../provider/client";
import { clientFor, rejectionOf } from "../support/admin-client";
import { type EmulatorHandle, useEmulator } from "../support/emulator";

// createApiKey with an idempotency key is retried like an idempotent request, because the server
// replays instead of minting twice; without one it keeps the never-duplicate rule of any create.

const emulator = useEmulator();
const CREATE = "POST /v1/organizations/api_keys";

/** Waits until the emulator has answered (or dropped) `count` requests on the create route. */
async function createRequestsSettled(emu: EmulatorHandle, count: number) {
  for (let i = 0; i < 100; i++) {
    const { log } = await emu.control.requests();
    const creates = log.filter((entry) => entry.route === CREATE);
    if (creates.length >= count) return creates;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the emulator did not log ${count} create requests`);
}

describe("createApiKey with an idempotency key", () => {
  it("retries a 500 and mints exactly one key", async () => {
    const ws = await emulator.control.seedWorkspace({ name: "Keys" });
    await emulator.control.fault({ route: CREATE, kind: "status", status: 500, times: 1 });
    const { client, audit } = clientFor(emulator);
    const created = await client.createApiKey({ name: "portal", workspace_id: ws.id }, { idempotencyKey: "portal-1" });
    expect(audit.map((r) => [r.attempt, r.status, r.outcome])).toEqual([[1, 500, "retry"], [2, 200, "ok"]]);
    expect((await emulator.control.state()).apiKeys.map((k) => k.id)).toEqual([created.id]);
  });

  it("without one, does not retry a 500 and mints nothing", async () => {
    const ws = await emulator.control.seedWorkspace({ name: "Keys" });
    await emulator.control.fault({ route: CREATE, kind: "status", status: 500, times: 1 });
    const { client, audit } = clientFor(emulator);
    const err = await rejectionOf(client.createApiKey({ name: "portal", workspace_id: ws.id }));
    expect(err).toBeInstanceOf(ServerError);
    expect(err.attempts).toBe(1);
    expect(audit.map((r) => [r.attempt, r.status, r.outcome])).toEqual([[1, 500, "error"]]);
    expect((await emulator.control.state()).apiKeys).toEqual([]);
  });

  it("recovers the key a timed-out attempt minted instead of minting a second", async () => {
    // The first attempt reaches the server, which answers only after the client gave up on it.
    const ws = await emulator.control.seedWorkspace({ name: "Keys" });
    await emulator.control.fault({ route: CREATE, kind: "latency", latencyMs: 1_000, times: 1 });
    const { client, audit } = clientFor(emulator, { timeouts: { requestMs: 300 } });
    const created = await client.createApiKey({ name: "portal", workspace_id: ws.id }, { idempotencyKey: "portal-1" });
    expect(audit.map((r) => r.outcome)).toEqual(["retry", "ok"]);
    await createRequestsSettled(emulator, 2);
    expect((await emulator.control.state()).apiKeys.map((k) => k.id)).toEqual([created.id]);
  });

  it("without one, surfaces that timeout and leaves the orphan it cannot see", async () => {
    const ws = await emulator.control.seedWorkspace({ name: "Keys" });
    await emulator.control.fault({ route: CREATE, kind: "latency", latencyMs: 1_000, times: 1 });
    const { client } = clientFor(emulator, { timeouts: { requestMs: 300 } });
    const err = await rejectionOf(client.createApiKey({ name: "portal", workspace_id: ws.id }));
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err.message).toContain("may have reached the server, so it was not repeated");
    await createRequestsSettled(emulator, 1);
    expect((await emulator.control.state()).apiKeys).toHaveLength(1);
  });

  it("returns the same key, secret included, when the create is run again with the same idempotency key", async () => {
    const ws = await emulator.control.seedWorkspace({ name: "Keys" });
    const { client } = clientFor(emulator);
    const body = { name: "portal", workspace_id: ws.id };
    const first = await client.createApiKey(body, { idempotencyKey: "stack/dev/portal" });
    const again = await client.createApiKey(body, { idempotencyKey: "stack/dev/portal" });
    expect(first.replayed).toBe(false);
    expect(again).toEqual({ ...first, replayed: true });
    expect((await emulator.control.state()).apiKeys).toHaveLength(1);
  });

  it("still reports a server without key creation as KeyCreationUnsupportedError, after one request", async () => {
    const ws = await emulator.control.seedWorkspace({ name: "Keys" });
    await emulator.control.fault({ route: CREATE, kind: "status", status: 405 });
    const { client } = clientFor(emulator);
    const err = await rejectionOf(client.createApiKey({ name: "portal", workspace_id: ws.id }, { idempotencyKey: "portal-1" }));
    expect(err).toBeInstanceOf(KeyCreationUnsupportedError);
    expect((await emulator.control.requests()).log).toHaveLength(1);
  });

  it.each(["", "k".repeat(256), "line\nbreak", "clé"])("refuses a malformed idempotency key before sending", async (key) => {
    const { client } = clientFor(emulator, { operationPrefix: "ApiKey portal: " });
    const err = await rejectionOf(client.createApiKey({ name: "portal", workspace_id: "wrkspc_01x" }, { idempotencyKey: key }));
    expect(err).toBeInstanceOf(InvalidRequestError);
    expect(err.message).toBe(
      "ApiKey portal: createApiKey was not sent: invalid request: idempotencyKey: must be 1 to 255 printable ASCII characters",
    );
    expect((await emulator.control.requests()).log).toEqual([]);
  });
});
