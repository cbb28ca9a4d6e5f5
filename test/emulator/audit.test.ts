import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { collect } from "../../provider/client";
import { clientFor, rejectionOf } from "../support/admin-client";
import { useEmulator } from "../support/emulator";

const emulator = useEmulator();

describe("audit records of real calls", () => {
  it("writes one line per HTTP attempt that matches what the server saw", async () => {
    const auditLog = join(mkdtempSync(join(tmpdir(), "audit-")), "admin.log");
    await emulator.control.seedUsers(3);
    await emulator.control.fault({ route: "GET /v1/organizations/me", kind: "status", status: 500, times: 1 });
    const { client } = clientFor(emulator, { auditLog, operationPrefix: 'Workspace "prod": ' });
    await client.getOrganization();
    await collect(client.listUsers({ limit: 2, email: undefined }));
    await rejectionOf(client.getWorkspace("wrkspc_01missing"));

    const records = readFileSync(auditLog, "utf8").trimEnd().split("\n").map((l) => JSON.parse(l));
    const { log } = await emulator.control.requests();
    expect(records.map((r) => r.requestId)).toEqual(log.map((l) => l.requestId));
    expect(records.map((r) => [r.operation, r.method, r.path, r.status, r.attempt, r.outcome])).toEqual([
      ['Workspace "prod": getOrganization', "GET", "/v1/organizations/me", 500, 1, "retry"],
      ['Workspace "prod": getOrganization', "GET", "/v1/organizations/me", 200, 2, "ok"],
      ['Workspace "prod": listUsers', "GET", "/v1/organizations/users", 200, 1, "ok"],
      ['Workspace "prod": listUsers', "GET", "/v1/organizations/users", 200, 1, "ok"],
      ['Workspace "prod": getWorkspace', "GET", "/v1/organizations/workspaces/wrkspc_01missing", 404, 1, "error"],
    ]);
    expect(records[3].queryKeys).toEqual(["limit", "after_id"]);
    for (const r of records) {
      expect(Date.parse(r.time)).not.toBeNaN();
      expect(r.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(r.elapsedMs).toBeGreaterThanOrEqual(0);
      expect(r.elapsedMs).toBeLessThan(5000);
    }
  });

  it("names the operation prefix in errors too", async () => {
    const { client } = clientFor(emulator, { operationPrefix: 'ApiKey "portal": ' });
    const err = await rejectionOf(client.getApiKey("apikey_01missing"));
    expect(err.operation).toBe('ApiKey "portal": getApiKey');
    expect(err.message).toMatch(/^ApiKey "portal": getApiKey failed: 404 not_found_error: /);
  });
});
