import { describe, expect, it } from "vitest";
import { adminFetch, useEmulator } from "../support/emulator";

// The admin key in `x-api-key` or as `Authorization: Bearer` (what the official SDK sends by default); the
// API's own 401 wording for each, and never the value sent.

const emu = useEmulator({ adminKey: "sk-ant-admin01-auth-test-key" });
const ME = "/v1/organizations/me";
const WRONG = "sk-ant-admin01-not-the-key";

const call = (headers: Record<string, string | undefined>) => adminFetch(emu, "GET", ME, { headers: { "x-api-key": undefined, ...headers } });

describe("authentication", () => {
  it("takes the key in x-api-key", async () => {
    expect((await call({ "x-api-key": emu.adminKey })).status).toBe(200);
  });

  it("takes the key as Authorization: Bearer, the scheme case-insensitive", async () => {
    expect((await call({ authorization: `Bearer ${emu.adminKey}` })).status).toBe(200);
    expect((await call({ authorization: `bearer ${emu.adminKey}` })).status).toBe(200);
  });

  it.each([
    ["a wrong x-api-key", { "x-api-key": WRONG }, "invalid x-api-key"],
    ["a wrong bearer token", { authorization: `Bearer ${WRONG}` }, "Invalid bearer token"],
    ["another scheme", { authorization: `Basic ${WRONG}` }, "Invalid bearer token"],
    ["a bearer with no token", { authorization: "Bearer " }, "Invalid bearer token"],
    ["no credential", {}, "x-api-key header is required"],
    // x-api-key is the one checked when both are sent, so a right bearer does not rescue a wrong key.
    ["a wrong x-api-key beside a right bearer", { "x-api-key": WRONG, authorization: `Bearer sk-ant-admin01-auth-test-key` }, "invalid x-api-key"],
  ])("refuses %s with 401 authentication_error and the API's wording", async (_name, headers, message) => {
    const response = await call(headers as Record<string, string>);
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ type: "error", error: { type: "authentication_error", message }, request_id: expect.stringMatching(/^req_/) });
    expect(JSON.stringify(response.body)).not.toContain(WRONG);
    expect(response.headers.get("request-id")).toBe(response.body.request_id);
  });

  it("a right x-api-key wins over a wrong bearer", async () => {
    expect((await call({ "x-api-key": emu.adminKey, authorization: `Bearer ${WRONG}` })).status).toBe(200);
  });

  it("checks the credential before the route: an unknown path with a wrong key is 401, not 404", async () => {
    const response = await adminFetch(emu, "GET", "/v1/organizations/nothing_here", { headers: { "x-api-key": undefined, authorization: `Bearer ${WRONG}` } });
    expect(response.status).toBe(401);
  });

  it("still requires anthropic-version with a bearer key", async () => {
    const response = await adminFetch(emu, "GET", ME, {
      headers: { "x-api-key": undefined, authorization: `Bearer ${emu.adminKey}`, "anthropic-version": undefined },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain("anthropic-version");
  });
});
