import { describe, expect, it } from "vitest";
import { AuthenticationError, ConnectionError, NotFoundError, PermissionError, RateLimitError, ServerError } from "../../provider/client";
import { createAdminClient } from "../../provider/settings/admin-client";
import { clientFor, rejectionOf } from "../support/admin-client";
import { useEmulator } from "../support/emulator";

const emulator = useEmulator();
const ME = "GET /v1/organizations/me";

describe("retries against the emulator", () => {
  it("waits out a 429 with retry-after: 1 before retrying", async () => {
    await emulator.control.fault({ route: ME, kind: "status", status: 429, retryAfter: 1, times: 1 });
    // Production policy: no test shortcut for the delay.
    const { client, audit } = clientFor(emulator, { retry: {} });
    const org = await client.getOrganization();
    expect(org.type).toBe("organization");
    const { log } = await emulator.control.requests();
    expect(log.map((r) => r.status)).toEqual([429, 200]);
    expect(log[1]!.at - log[0]!.at).toBeGreaterThanOrEqual(1000);
    expect(audit.map((r) => [r.attempt, r.status, r.outcome])).toEqual([
      [1, 429, "retry"],
      [2, 200, "ok"],
    ]);
  });

  it("gives up after the retry cap with status, error type and the last request id", async () => {
    await emulator.control.fault({ route: ME, kind: "status", status: 529 });
    const { client } = clientFor(emulator, { retry: {} });
    const err = await rejectionOf(client.getOrganization());
    const { log } = await emulator.control.requests();
    expect(log).toHaveLength(3); // first attempt + 2 retries
    expect(err).toBeInstanceOf(ServerError);
    expect(err.status).toBe(529);
    expect(err.errorType).toBe("overloaded_error");
    expect(err.requestId).toBe(log[2]!.requestId);
    expect(err.attempts).toBe(3);
    expect(err.message).toContain(`(request-id ${log[2]!.requestId})`);
    // Backoff: about 0.5 s then 1 s, each shortened by at most 25 % jitter.
    expect(log[1]!.at - log[0]!.at).toBeGreaterThanOrEqual(375 - 5);
    expect(log[2]!.at - log[1]!.at).toBeGreaterThanOrEqual(750 - 5);
  });

  it("honours a configured retry count", async () => {
    await emulator.control.fault({ route: ME, kind: "status", status: 503 });
    const { client } = clientFor(emulator, { retry: { maxRetries: 4, initialDelayMs: 1 } });
    expect((await rejectionOf(client.getOrganization())).attempts).toBe(5);
    expect((await emulator.control.requests()).byRoute[ME]).toBe(5);
  });

  it("reports a long server-requested wait instead of sleeping through it", async () => {
    await emulator.control.fault({ route: ME, kind: "status", status: 429, retryAfter: 120 });
    const { client } = clientFor(emulator);
    const err = await rejectionOf(client.getOrganization());
    expect(err).toBeInstanceOf(RateLimitError);
    expect(err.retryAfterMs).toBe(120_000);
    expect((await emulator.control.requests()).total).toBe(1);
  });

  it("does not retry 401, 403 or 404: exactly one request each", async () => {
    const wrongKey = createAdminClient({ adminKey: "sk-ant-admin01-not-the-key", baseUrl: emulator.url, retry: { initialDelayMs: 1 } });
    expect(await rejectionOf(wrongKey.getOrganization())).toBeInstanceOf(AuthenticationError);
    expect((await emulator.control.requests()).total).toBe(1);

    await emulator.control.resetRequests();
    await emulator.control.fault({ route: ME, kind: "status", status: 403, times: 1 });
    const { client } = clientFor(emulator);
    expect(await rejectionOf(client.getOrganization())).toBeInstanceOf(PermissionError);
    expect((await emulator.control.requests()).total).toBe(1);

    await emulator.control.resetRequests();
    expect(await rejectionOf(client.getWorkspace("wrkspc_01missing"))).toBeInstanceOf(NotFoundError);
    expect((await emulator.control.requests()).total).toBe(1);
  });

  it("retries a GET whose connection was dropped", async () => {
    await emulator.control.fault({ route: ME, kind: "drop", times: 1 });
    const { client, audit } = clientFor(emulator);
    expect((await client.getOrganization()).type).toBe("organization");
    expect((await emulator.control.requests()).log.map((r) => r.status)).toEqual([0, 200]);
    expect(audit.map((r) => [r.status, r.outcome])).toEqual([
      [null, "retry"],
      [200, "ok"],
    ]);
    expect(audit[0]!.errorCode).toEqual(expect.any(String));
  });

  it("does not resend a create whose connection dropped: it may have been processed", async () => {
    await emulator.control.fault({ route: "POST /v1/organizations/workspaces", kind: "drop", times: 1 });
    const { client } = clientFor(emulator);
    const err = await rejectionOf(client.createWorkspace({ name: "Once" }));
    expect(err).toBeInstanceOf(ConnectionError);
    expect(err.message).toContain("was not repeated");
    expect((await emulator.control.requests()).byRoute["POST /v1/organizations/workspaces"]).toBe(1);
  });

  it("retries a create on 429 and 529, which mean it was not processed, creating it once", async () => {
    await emulator.control.fault({ route: "POST /v1/organizations/workspaces", kind: "status", status: 429, times: 1 });
    await emulator.control.fault({ route: "POST /v1/organizations/workspaces", kind: "status", status: 529, times: 1 });
    const { client } = clientFor(emulator);
    const ws = await client.createWorkspace({ name: "Exactly once" });
    expect((await emulator.control.requests()).log.map((r) => r.status)).toEqual([429, 529, 200]);
    const named = (await emulator.control.state()).workspaces.filter((w) => w.name === "Exactly once");
    expect(named.map((w) => w.id)).toEqual([ws.id]);
  });

  it("does not retry a create on 500, whose outcome is unknown", async () => {
    await emulator.control.fault({ route: "POST /v1/organizations/workspaces", kind: "status", status: 500, times: 1 });
    const { client } = clientFor(emulator);
    expect(await rejectionOf(client.createWorkspace({ name: "x" }))).toBeInstanceOf(ServerError);
    expect((await emulator.control.requests()).total).toBe(1);
  });

  it("retries an idempotent update on 409 and 500", async () => {
    const ws = await emulator.control.seedWorkspace({ name: "Before" });
    await emulator.control.fault({ route: "POST /v1/organizations/workspaces/{id}", kind: "status", status: 409, times: 1 });
    await emulator.control.fault({ route: "POST /v1/organizations/workspaces/{id}", kind: "status", status: 500, times: 1 });
    const { client } = clientFor(emulator);
    expect((await client.updateWorkspace(ws.id, { name: "After" })).name).toBe("After");
    expect((await emulator.control.requests()).log.map((r) => r.status)).toEqual([409, 500, 200]);
  });

  it("retries when the whole-request timeout expires on a GET", async () => {
    await emulator.control.fault({ route: ME, kind: "latency", latencyMs: 1500, times: 1 });
    const { client, audit } = clientFor(emulator, { timeouts: { requestMs: 300 } });
    expect((await client.getOrganization()).type).toBe("organization");
    expect(audit.map((r) => [r.outcome, r.errorCode ?? r.status])).toEqual([
      ["retry", "TIMEOUT"],
      ["ok", 200],
    ]);
  });

  it("retries a create when the server cannot be reached at all, then reports the connection error", async () => {
    // A port that was just free: nothing listens, so the connection is refused before anything is sent.
    const closed = await import("node:net").then(
      (net) =>
        new Promise<number>((resolve) => {
          const srv = net.createServer().listen(0, "127.0.0.1", () => {
            const { port } = srv.address() as { port: number };
            srv.close(() => resolve(port));
          });
        }),
    );
    const audit: unknown[] = [];
    const client = createAdminClient({
      adminKey: "sk-ant-admin01-x",
      baseUrl: `http://127.0.0.1:${closed}`,
      retry: { initialDelayMs: 1 },
      onAudit: (r) => audit.push([r.attempt, r.errorCode, r.outcome]),
    });
    const err = await rejectionOf(client.createWorkspace({ name: "x" }));
    expect(err).toBeInstanceOf(ConnectionError);
    expect(err.attempts).toBe(3);
    expect(err.message).toMatch(/^createWorkspace failed: connection error: .*\(ECONNREFUSED\) after 3 attempts talking to 127\.0\.0\.1:\d+\.$/);
    expect(audit).toEqual([
      [1, "ECONNREFUSED", "retry"],
      [2, "ECONNREFUSED", "retry"],
      [3, "ECONNREFUSED", "error"],
    ]);
  });
});
