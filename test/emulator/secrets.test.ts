import { mkdtempSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type AdminClient, collect } from "../../provider/client";
import { createAdminClient } from "../../provider/settings/admin-client";
import { resolveAdminConfig } from "../../provider/settings/config";
import { rejectionOf } from "../support/admin-client";
import { canaryAdminKey } from "../support/canary";
import { useEmulator } from "../support/emulator";

const CANARY = canaryAdminKey("client");
const emulator = useEmulator({ adminKey: CANARY });

/** Everything the error could show a user or a log: message, stack, and the same for each cause. */
function everythingIn(err: unknown): string {
  const parts: string[] = [];
  for (let e: any = err, depth = 0; e && depth < 5; e = e.cause, depth++) {
    parts.push(String(e.message), String(e.stack), JSON.stringify(e, Object.getOwnPropertyNames(e)));
  }
  return parts.join("\n");
}

// A server that echoes the key back, the worst case for redaction: in an error message, and inside a
// success body that does not match the wire schema.
let echo: Server;
let echoUrl: string;
beforeAll(async () => {
  echo = createServer((req, res) => {
    const key = String(req.headers["x-api-key"]);
    res.setHeader("content-type", "application/json");
    res.setHeader("request-id", "req_echo");
    if (req.url?.startsWith("/v1/organizations/me")) {
      res.end(JSON.stringify({ id: key, type: "organization" }));
    } else {
      res.statusCode = 401;
      res.end(JSON.stringify({ type: "error", error: { type: "authentication_error", message: `invalid x-api-key ${key}` } }));
    }
  });
  await new Promise<void>((resolve) => echo.listen(0, "127.0.0.1", resolve));
  echoUrl = `http://127.0.0.1:${(echo.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => echo.close(() => resolve())));

describe("the admin key never leaks", () => {
  it("is absent from errors, audit lines and Pulumi debug output, whatever fails", async () => {
    const debugLines: string[] = [];
    const debugSpy = vi.spyOn(pulumi.log, "debug").mockImplementation(async (msg: string) => {
      debugLines.push(msg);
    });
    const auditFile = join(mkdtempSync(join(tmpdir(), "secrets-")), "audit.log");
    const observed: string[] = [];
    const make = (baseUrl: string, extra: object = {}): AdminClient =>
      createAdminClient({ adminKey: CANARY, baseUrl, auditLog: auditFile, retry: { initialDelayMs: 1 }, onAudit: (_r, line) => observed.push(line), ...extra });
    const client = make(emulator.url);
    const errors: unknown[] = [];

    // Successes, with query filters (the email must stay out of the audit too).
    await client.getOrganization();
    await collect(client.listUsers({ email: "person@example.com" }));
    const ws = await client.createWorkspace({ name: "Secret test" });
    const created = await client.createApiKey({ name: "k", workspace_id: ws.id });

    // Failures of every kind.
    errors.push(await rejectionOf(client.getWorkspace("wrkspc_01missing")));
    await emulator.control.fault({ route: "GET /v1/organizations/me", kind: "status", status: 429, retryAfter: 0 });
    errors.push(await rejectionOf(client.getOrganization()));
    await emulator.control.clearFaults();
    await emulator.control.fault({ route: "GET /v1/organizations/me", kind: "drop" });
    errors.push(await rejectionOf(client.getOrganization()));
    await emulator.control.clearFaults();
    await emulator.control.fault({ route: "GET /v1/organizations/me", kind: "latency", latencyMs: 500, times: 3 });
    errors.push(await rejectionOf(make(emulator.url, { timeouts: { requestMs: 50 } }).getOrganization()));
    await emulator.control.clearFaults();
    await emulator.control.fault({ route: "POST /v1/organizations/api_keys", kind: "status", status: 405 });
    errors.push(await rejectionOf(client.createApiKey({ name: "k2", workspace_id: ws.id })));
    errors.push(await rejectionOf(make(echoUrl).getUser("user_1")));
    errors.push(await rejectionOf(make(echoUrl).getOrganization()));
    errors.push(await rejectionOf(make("http://127.0.0.1:1").getOrganization()));
    errors.push(await rejectionOf(Promise.resolve().then(() => make(`http://${CANARY}.example.com`))));
    errors.push(await rejectionOf(Promise.resolve().then(() => resolveAdminConfig(() => undefined, { ANTHROPIC_BASE_URL: CANARY }))));

    expect(errors).toHaveLength(10);
    for (const err of errors) expect(everythingIn(err)).not.toContain("CANARY");
    // The echo server did put the key in its message; it reached the error only masked.
    expect((errors[5] as Error).message).toContain("invalid x-api-key [REDACTED]");

    const fileLines = readFileSync(auditFile, "utf8").trimEnd().split("\n");
    expect(fileLines.length).toBeGreaterThanOrEqual(15);
    expect(fileLines).toEqual(observed);
    for (const line of [...fileLines, ...debugLines]) {
      expect(line).not.toContain("CANARY");
      expect(line).not.toContain("person@example.com");
      expect(line).not.toContain(created.key);
    }
    // The debug log really received the records, so the check above looked at something.
    expect(debugLines).toHaveLength(fileLines.length);
    expect(debugLines[0]).toMatch(/^anthropic admin api: \{"time":.*"operation":"getOrganization"/);
    expect(JSON.parse(fileLines[1]!)).toMatchObject({ operation: "listUsers", queryKeys: ["email", "limit"] });
    debugSpy.mockRestore();
  });
});
