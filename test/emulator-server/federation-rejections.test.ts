import { beforeEach, describe, expect, it } from "vitest";
import { adminFetch, useEmulator } from "../support/emulator";
import { AUDIENCE, ISSUER_URL, exchange, jose, oauthFetch, ok, setUpFederation, testIdp, type Federation, type Reply } from "./federation-fixtures";

// Every refused exchange answers with the OAuth error shape and a description that says what failed, and
// leaves the organization as it was; the admin key is refused on the routes that take only OAuth tokens.

const emu = useEmulator();
let fed: Federation;

beforeEach(async () => {
  fed = await setUpFederation(emu);
});

async function expectRefused(status: number, error: string, send: () => Promise<Reply>): Promise<string> {
  const before = await emu.control.state();
  const reply = await send();
  expect(reply.status).toBe(status);
  expect(Object.keys(reply.body).sort()).toEqual(["error", "error_description"]);
  expect(reply.body.error).toBe(error);
  expect(await emu.control.state()).toEqual(before);
  return reply.body.error_description as string;
}

describe("token exchange refusals", () => {
  it("wrong audience", async () => {
    const message = await expectRefused(401, "invalid_grant", async () =>
      exchange(emu, fed.request(await fed.idp.sign({ aud: "https://someone-else.example" }))));
    expect(message).toMatch(/`aud` does not include the audience/);
  });

  it("expired assertion", async () => {
    const message = await expectRefused(401, "invalid_grant", async () =>
      exchange(emu, fed.request(await fed.idp.sign({}, { iatOffsetS: -900, lifetimeS: 300 }))));
    expect(message).toMatch(/has expired/);
  });

  it("not valid yet (nbf)", async () => {
    const message = await expectRefused(401, "invalid_grant", async () =>
      exchange(emu, fed.request(await fed.idp.sign({ nbf: Math.floor(Date.now() / 1000) + 600 }))));
    expect(message).toMatch(/not valid yet/);
  });

  it("wrong issuer", async () => {
    const message = await expectRefused(401, "invalid_grant", async () =>
      exchange(emu, fed.request(await fed.idp.sign({}, { issuer: "https://other-idp.example.test" }))));
    expect(message).toMatch(/`iss` is not the issuer's `issuer_url`/);
  });

  it("reused jti, when the issuer checks jti", async () => {
    const assertion = await fed.idp.sign({ jti: "run-1" });
    expect((await exchange(emu, fed.request(assertion))).status).toBe(200);
    const message = await expectRefused(401, "invalid_grant", () => exchange(emu, fed.request(assertion)));
    expect(message).toMatch(/`jti` was already used/);
  });

  it("a refused exchange does not burn the jti", async () => {
    const wrongWorkspace = await exchange(emu, fed.request(await fed.idp.sign({ jti: "run-2" }), { workspace_id: "wrkspc_01Nope" }));
    expect(wrongWorkspace.status).toBe(401);
    expect((await exchange(emu, fed.request(await fed.idp.sign({ jti: "run-2" })))).status).toBe(200);
  });

  it("unknown rule, and a rule of another organization", async () => {
    const assertion = await fed.idp.sign();
    const unknown = await expectRefused(401, "invalid_grant", () =>
      exchange(emu, fed.request(assertion, { federation_rule_id: "fdrl_01Nope" })));
    expect(unknown).toMatch(/Federation rule 'fdrl_01Nope' not found/);
    await expectRefused(401, "invalid_grant", () =>
      exchange(emu, fed.request(assertion, { organization_id: "00000000-0000-0000-0000-000000000000" })));
  });

  it("oversized assertion (over 16 KiB)", async () => {
    const message = await expectRefused(400, "invalid_request", async () =>
      exchange(emu, fed.request(await fed.idp.sign({ padding: "x".repeat(17 * 1024) }))));
    expect(message).toMatch(/16 KiB assertion limit/);
  });

  it("bad signature: signed by a key the issuer does not hold, or altered", async () => {
    const stranger = await testIdp();
    const { SignJWT } = await jose();
    const forged = await new SignJWT({ sub: "repo:acme/app:ref:refs/heads/main", aud: AUDIENCE })
      .setProtectedHeader({ alg: "ES256", kid: fed.idp.publicJwk.kid! })
      .setIssuer(ISSUER_URL).setIssuedAt().setExpirationTime("5m")
      .sign(stranger.privateKey);
    expect(await expectRefused(401, "invalid_grant", () => exchange(emu, fed.request(forged)))).toMatch(/signature does not verify/);
    const [header, , signature] = (await fed.idp.sign()).split(".");
    const altered = [header, Buffer.from(JSON.stringify({ iss: ISSUER_URL, sub: "repo:acme/app:x", aud: AUDIENCE, iat: 1, exp: 9e9 })).toString("base64url"), signature].join(".");
    expect(await expectRefused(401, "invalid_grant", () => exchange(emu, fed.request(altered)))).toMatch(/signature does not verify/);
  });

  it("assertion that does not match the rule's subject", async () => {
    const message = await expectRefused(401, "invalid_grant", async () =>
      exchange(emu, fed.request(await fed.idp.sign({ sub: "repo:evil/app:ref:refs/heads/main" }))));
    expect(message).toMatch(/`sub` does not match the rule's `subject_prefix`/);
  });

  it("lifetime over the issuer's max_jwt_lifetime_seconds", async () => {
    const message = await expectRefused(401, "invalid_grant", async () =>
      exchange(emu, fed.request(await fed.idp.sign({}, { lifetimeS: 7200 }))));
    expect(message).toMatch(/max_jwt_lifetime_seconds \(3600\)/);
  });

  it("target service account not a member of the requested workspace", async () => {
    const other = await emu.control.seedWorkspace({ name: "Other" });
    await ok(oauthFetch(emu, "POST", `/v1/organizations/federation_rules/${fed.ruleId}/workspaces`, { body: { workspace_id: other.id } }));
    const message = await expectRefused(401, "invalid_grant", async () =>
      exchange(emu, fed.request(await fed.idp.sign(), { workspace_id: other.id })));
    expect(message).toMatch(/not a member of workspace/);
    // Enabled for two workspaces and none named: the caller must choose.
    expect(await expectRefused(401, "invalid_grant", async () => exchange(emu, fed.request(await fed.idp.sign()))))
      .toMatch(/several workspaces: set workspace_id/);
  });

  it("missing beta header, wrong grant type, missing fields", async () => {
    const assertion = await fed.idp.sign();
    expect(await expectRefused(400, "invalid_request", () => exchange(emu, fed.request(assertion), "oauth-2025-04-20")))
      .toMatch(/oidc-federation-2026-04-01/);
    await expectRefused(400, "unsupported_grant_type", () => exchange(emu, fed.request(assertion, { grant_type: "client_credentials" })));
    expect(await expectRefused(400, "invalid_request", () => exchange(emu, fed.request(assertion, { organization_id: undefined }))))
      .toBe("organization_id is required.");
  });

  it("archived rule", async () => {
    await ok(oauthFetch(emu, "POST", `/v1/organizations/federation_rules/${fed.ruleId}/archive`));
    expect(await expectRefused(401, "invalid_grant", async () => exchange(emu, fed.request(await fed.idp.sign()))))
      .toMatch(/is archived/);
  });

  it("never echoes the assertion", async () => {
    const assertion = await fed.idp.sign({ aud: "nope" });
    const reply = await exchange(emu, fed.request(assertion));
    expect(JSON.stringify(reply.body)).not.toContain(assertion.split(".")[2]);
  });
});

describe("credential kinds", () => {
  const oauthOnly: Array<[string, string, unknown?]> = [
    ["POST", "/v1/organizations/service_accounts", { name: "by-admin-key" }],
    ["GET", "/v1/organizations/service_accounts"],
    ["POST", "/v1/organizations/federation_issuers", { name: "x", issuer_url: "https://idp.example.test" }],
    ["GET", "/v1/organizations/federation_rules"],
  ];

  it("refuses the admin key on every OAuth-only route family, with 403 and no write", async () => {
    for (const [method, path, body] of oauthOnly) {
      const before = await emu.control.state();
      const reply = await adminFetch(emu, method, path, { body });
      expect(reply.status, `${method} ${path}`).toBe(403);
      expect(reply.body.error.type).toBe("permission_error");
      expect(reply.body.error.message).toContain("Admin API keys are not accepted");
      expect(await emu.control.state()).toEqual(before);
    }
    const membership = await adminFetch(emu, "GET", `/v1/organizations/workspaces/${fed.workspaceId}/service_accounts`);
    expect(membership.status).toBe(403);
  });

  it("takes the admin key (x-api-key or Bearer) and the org:admin OAuth token on the other admin routes", async () => {
    expect((await adminFetch(emu, "GET", "/v1/organizations/workspaces")).status).toBe(200);
    expect((await oauthFetch(emu, "GET", "/v1/organizations/workspaces", { token: emu.adminKey, headers: { "anthropic-beta": undefined } })).status).toBe(200);
    expect((await oauthFetch(emu, "GET", "/v1/organizations/workspaces")).status).toBe(200);
  });

  it("refuses an unknown bearer token with 401", async () => {
    const unknown = await oauthFetch(emu, "GET", "/v1/organizations/service_accounts", { token: "sk-ant-oat01-not-a-token" });
    expect(unknown.status).toBe(401);
    expect(unknown.body.error.message).toBe("Invalid bearer token");
  });
});
