import { beforeEach, describe, expect, it } from "vitest";
import { adminFetch, useEmulator } from "../support/emulator";

// Every rejected request answers with the real error shape and leaves the organization exactly as it was.

const emu = useEmulator();
let workspaceId: string;

beforeEach(async () => {
  await emu.control.seedUsers(3);
  workspaceId = (await emu.control.seedWorkspace({ name: "Prod" })).id;
  await emu.control.seedApiKey({ workspaceId, name: "console key" });
});

async function expectRejected(
  status: number, type: string, request: () => Promise<{ status: number; headers: Headers; body: any }>,
) {
  const before = await emu.control.state();
  const response = await request();
  expect(response.status).toBe(status);
  expect(response.body.type).toBe("error");
  expect(response.body.error.type).toBe(type);
  expect(response.body.error.message).toEqual(expect.any(String));
  expect(response.body.request_id).toBe(response.headers.get("request-id"));
  expect(await emu.control.state()).toEqual(before);
  return response.body.error.message as string;
}

describe("authentication and versioning", () => {
  it("rejects a wrong admin key with 401 authentication_error", async () => {
    await expectRejected(401, "authentication_error", () =>
      adminFetch(emu, "POST", "/v1/organizations/workspaces", { body: { name: "x" }, headers: { "x-api-key": "sk-ant-admin01-wrong" } }));
  });

  it("rejects a missing admin key with 401", async () => {
    await expectRejected(401, "authentication_error", () =>
      adminFetch(emu, "GET", "/v1/organizations/users", { headers: { "x-api-key": undefined } }));
  });

  it("rejects a missing anthropic-version with 400 invalid_request_error", async () => {
    const message = await expectRejected(400, "invalid_request_error", () =>
      adminFetch(emu, "POST", "/v1/organizations/workspaces", { body: { name: "x" }, headers: { "anthropic-version": undefined } }));
    expect(message).toContain("anthropic-version");
  });

  it("accepts anthropic-beta headers it does not know", async () => {
    const response = await adminFetch(emu, "GET", "/v1/organizations/me", { headers: { "anthropic-beta": "efs-2026-10-01,other-beta" } });
    expect(response.status).toBe(200);
    expect(response.body.type).toBe("organization");
  });
});

describe("validation", () => {
  it("answers 404 not_found_error for unknown ids on every kind of object", async () => {
    for (const [method, path] of [
      ["GET", "/v1/organizations/users/user_01Nope"],
      ["POST", "/v1/organizations/users/user_01Nope"],
      ["DELETE", "/v1/organizations/invites/invite_01Nope"],
      ["GET", "/v1/organizations/workspaces/wrkspc_01Nope"],
      ["POST", "/v1/organizations/workspaces/wrkspc_01Nope/archive"],
      ["GET", "/v1/organizations/api_keys/apikey_01Nope"],
      ["DELETE", "/v1/organizations/spend_limits/spl_01Nope"],
    ]) {
      const message = await expectRejected(404, "not_found_error", () => adminFetch(emu, method, path, method === "POST" ? { body: { role: "user" } } : {}));
      expect(message).toContain("_01Nope");
    }
  });

  it("rejects inviting with the admin role, saying admin cannot be invited", async () => {
    const message = await expectRejected(400, "invalid_request_error", () =>
      adminFetch(emu, "POST", "/v1/organizations/invites", { body: { email: "new@example.com", role: "admin" } }));
    expect(message).toMatch(/admin role cannot be invited/);
  });

  it("rejects limit=0 and limit=1001", async () => {
    for (const limit of ["0", "1001", "abc"]) {
      const message = await expectRejected(400, "invalid_request_error", () =>
        adminFetch(emu, "GET", `/v1/organizations/users?limit=${limit}`));
      expect(message).toMatch(/^limit: /);
    }
  });

  it("rejects malformed JSON", async () => {
    const message = await expectRejected(400, "invalid_request_error", () =>
      adminFetch(emu, "POST", "/v1/organizations/workspaces", { rawBody: '{"name": "Prod"' }));
    expect(message).toMatch(/not valid JSON/);
  });

  it("rejects bad enums and unknown fields", async () => {
    await expectRejected(400, "invalid_request_error", () =>
      adminFetch(emu, "POST", `/v1/organizations/workspaces/${workspaceId}/members`, { body: { user_id: "user_x", workspace_role: "workspace_owner" } }));
    await expectRejected(400, "invalid_request_error", () =>
      adminFetch(emu, "GET", "/v1/organizations/api_keys?status=revoked"));
    const message = await expectRejected(400, "invalid_request_error", () =>
      adminFetch(emu, "POST", "/v1/organizations/workspaces", { body: { name: "x", colour: "#000000" } }));
    expect(message).toContain("colour");
  });

  it("rejects a request body over the size limit with 413 request_too_large", async () => {
    await expectRejected(413, "request_too_large", () =>
      adminFetch(emu, "POST", "/v1/organizations/workspaces", { body: { name: "x".repeat(2 * 1024 * 1024) } }));
  });

  it("answers unknown paths with 404 and wrong methods with 405", async () => {
    await expectRejected(404, "not_found_error", () => adminFetch(emu, "GET", "/v1/organizations/nothing"));
    await expectRejected(405, "invalid_request_error", () => adminFetch(emu, "DELETE", "/v1/organizations/workspaces"));
  });

  it("rejects a half-valid update without applying the valid half", async () => {
    await expectRejected(400, "invalid_request_error", () =>
      adminFetch(emu, "POST", `/v1/organizations/workspaces/${workspaceId}`, { body: { name: "Renamed", display_color: "red" } }));
    expect((await adminFetch(emu, "GET", `/v1/organizations/workspaces/${workspaceId}`)).body.name).toBe("Prod");
  });
});

describe("request ids", () => {
  it("puts a distinct request-id header on every response, success or error", async () => {
    const responses = await Promise.all([
      adminFetch(emu, "GET", "/v1/organizations/me"),
      adminFetch(emu, "GET", "/v1/organizations/users/user_01Nope"),
      adminFetch(emu, "GET", "/v1/organizations/me", { headers: { "x-api-key": "bad" } }),
      adminFetch(emu, "GET", "/nowhere"),
    ]);
    const ids = responses.map((r) => r.headers.get("request-id"));
    for (const id of ids) expect(id).toMatch(/^req_[A-Za-z0-9]{20,}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(responses.slice(1).map((r) => r.body.request_id)).toEqual(ids.slice(1));
  });
});
