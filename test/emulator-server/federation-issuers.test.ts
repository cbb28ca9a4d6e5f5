import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useEmulator } from "../support/emulator";
import { exchange, jose, oauthFetch, ok, testIdp, type TestIdp } from "./federation-fixtures";

// The three key sources of an issuer: inline keys, an explicit JWKS URL and OIDC discovery, both served
// here by a real identity-provider stand-in on loopback that the emulator fetches at exchange time.

const emu = useEmulator();
let idpServer: Server;
let idpUrl: string;
let idp: TestIdp;
let served = { jwks: 0, discovery: 0 };

beforeAll(async () => {
  idpServer = createServer((req, res) => {
    if (req.url === "/.well-known/openid-configuration") {
      served.discovery++;
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ issuer: idpUrl, jwks_uri: `${idpUrl}/keys` }));
    } else if (req.url === "/keys") {
      served.jwks++;
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ keys: [idp.publicJwk] }));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => idpServer.listen(0, "127.0.0.1", resolve));
  idpUrl = `http://127.0.0.1:${(idpServer.address() as AddressInfo).port}`;
  idp = await testIdp(idpUrl);
});
afterAll(() => new Promise<void>((resolve) => idpServer.close(() => resolve())));

async function exchangeThrough(jwks: Record<string, unknown>) {
  served = { jwks: 0, discovery: 0 };
  const workspace = await emu.control.seedWorkspace({ name: "W" });
  const account = await ok(oauthFetch(emu, "POST", "/v1/organizations/service_accounts", { body: { name: "bot" } }));
  await ok(oauthFetch(emu, "POST", `/v1/organizations/service_accounts/${account.id}/workspaces`, {
    body: { workspace_id: workspace.id, workspace_role: "workspace_user" },
  }));
  const issuer = await ok(oauthFetch(emu, "POST", "/v1/organizations/federation_issuers", { body: { name: "idp", issuer_url: idpUrl, jwks } }));
  const rule = await ok(oauthFetch(emu, "POST", "/v1/organizations/federation_rules", {
    body: {
      name: "r", issuer_id: issuer.id, oauth_scope: "workspace:inference", match: { claims: { repository_owner: "acme" } },
      target: { type: "service_account", service_account_id: account.id }, workspace_id: workspace.id,
    },
  }));
  const organizationId = (await emu.control.state()).organization.id;
  const reply = await exchange(emu, {
    grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer", assertion: await idp.sign({ repository_owner: "acme" }),
    federation_rule_id: rule.id, organization_id: organizationId,
  });
  return { reply, issuerId: issuer.id };
}

describe("federation issuers", () => {
  it("creates an issuer with the API's defaults", async () => {
    const issuer = await ok(oauthFetch(emu, "POST", "/v1/organizations/federation_issuers", {
      body: { name: "github-actions", issuer_url: "https://token.actions.githubusercontent.com" },
    }));
    expect(issuer).toMatchObject({
      id: expect.stringMatching(/^fdis_/), type: "federation_issuer", jwks: { type: "discovery" }, check_jti: true,
      max_jwt_lifetime_seconds: 3600, archived_at: null, poll_status: null, jwks_polling_disabled_at: null,
      created_by_actor_id: (await emu.control.state()).adminUserId,
    });
    const again = await oauthFetch(emu, "POST", "/v1/organizations/federation_issuers", {
      body: { name: "github-actions", issuer_url: "https://gitlab.com" },
    });
    expect(again.status).toBe(409);
  });

  it("verifies against inline keys without fetching anything", async () => {
    const { reply } = await exchangeThrough({ type: "inline", keys: [idp.publicJwk] });
    expect(reply.status).toBe(200);
    expect(served).toEqual({ jwks: 0, discovery: 0 });
  });

  it("fetches an explicit JWKS URL on loopback", async () => {
    const { reply, issuerId } = await exchangeThrough({ type: "explicit_url", url: `${idpUrl}/keys` });
    expect(reply.status).toBe(200);
    expect(served).toEqual({ jwks: 1, discovery: 0 });
    const issuer = await ok(oauthFetch(emu, "GET", `/v1/organizations/federation_issuers/${issuerId}`));
    expect(issuer.poll_status).toMatchObject({ consecutive_failures: 0, last_fetched_at: expect.any(String) });
  });

  it("follows OIDC discovery to the keys", async () => {
    const { reply } = await exchangeThrough({ type: "discovery" });
    expect(reply.status).toBe(200);
    expect(served).toEqual({ jwks: 1, discovery: 1 });
  });

  it("says so when the keys cannot be fetched", async () => {
    const { reply, issuerId } = await exchangeThrough({ type: "explicit_url", url: `${idpUrl}/missing` });
    expect(reply.status).toBe(401);
    expect(reply.body.error_description).toContain("signing keys are unavailable");
    expect(reply.body.error_description).toContain("HTTP 404");
    const issuer = await ok(oauthFetch(emu, "GET", `/v1/organizations/federation_issuers/${issuerId}`));
    expect(issuer.poll_status.consecutive_failures).toBe(1);
  });

  it("refuses private keys, symmetric keys and keys that do not import", async () => {
    const { exportJWK, generateKeyPair } = await jose();
    const privateJwk = await exportJWK((await generateKeyPair("ES256", { extractable: true })).privateKey);
    for (const [keys, expected] of [
      [[privateJwk], /private key material/],
      [[{ kty: "oct", k: "c2VjcmV0" }], /symmetric/],
      [[{ kty: "EC", crv: "P-256", x: "bad", y: "bad" }], /not a usable public JWK/],
    ] as const) {
      const reply = await oauthFetch(emu, "POST", "/v1/organizations/federation_issuers", {
        body: { name: "bad", issuer_url: "https://idp.example.test", jwks: { type: "inline", keys } },
      });
      expect(reply.status).toBe(400);
      expect(reply.body.error.message).toMatch(expected);
    }
  });

  it("updates, lists, and archives only once no live rule uses the issuer", async () => {
    const { issuerId } = await exchangeThrough({ type: "inline", keys: [idp.publicJwk] });
    const updated = await ok(oauthFetch(emu, "POST", `/v1/organizations/federation_issuers/${issuerId}`, {
      body: { check_jti: false, max_jwt_lifetime_seconds: 600 },
    }));
    expect(updated).toMatchObject({ check_jti: false, max_jwt_lifetime_seconds: 600 });
    const blocked = await oauthFetch(emu, "POST", `/v1/organizations/federation_issuers/${issuerId}/archive`);
    expect(blocked.status).toBe(400);
    expect(blocked.body.error.message).toContain("still backs live rule");
    const rules = await ok(oauthFetch(emu, "GET", `/v1/organizations/federation_rules?issuer_id=${issuerId}`));
    await ok(oauthFetch(emu, "POST", `/v1/organizations/federation_rules/${rules.data[0].id}/archive`));
    const archived = await ok(oauthFetch(emu, "POST", `/v1/organizations/federation_issuers/${issuerId}/archive`));
    expect(archived.archived_at).toEqual(expect.any(String));
    expect((await ok(oauthFetch(emu, "GET", "/v1/organizations/federation_issuers"))).data).toEqual([]);
    const all = await ok(oauthFetch(emu, "GET", "/v1/organizations/federation_issuers?include_archived=true"));
    expect(all).toEqual({ data: [archived], next_page: null });
  });
});
