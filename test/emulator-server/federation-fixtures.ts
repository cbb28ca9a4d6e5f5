// jose is an ES module and these tests compile as CommonJS: types statically, code by dynamic import.
import type { CryptoKey, JWK, JWTPayload } from "jose" with { "resolution-mode": "import" };
import type { EmulatorHandle } from "../support/emulator";

// Shared set-up for the federation tests: an identity provider of the test's own (a key pair, signed
// assertions), OAuth-authenticated Admin API calls, and an issuer + service account + rule to exchange against.

export const ISSUER_URL = "https://idp.example.test";
export const AUDIENCE = "https://api.anthropic.com";
export const BETAS = "oauth-2025-04-20,oidc-federation-2026-04-01";

export interface TestIdp {
  privateKey: CryptoKey;
  publicJwk: JWK;
  sign(claims?: JWTPayload, options?: { issuer?: string; lifetimeS?: number; iatOffsetS?: number }): Promise<string>;
}

let kidCounter = 0;

export const jose = () => import("jose");

export async function testIdp(issuer = ISSUER_URL): Promise<TestIdp> {
  const { exportJWK, generateKeyPair, SignJWT } = await jose();
  const { privateKey, publicKey } = await generateKeyPair("ES256");
  const kid = `test-key-${++kidCounter}`;
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: "ES256", use: "sig" };
  return {
    privateKey,
    publicJwk,
    sign: (claims = {}, options = {}) => {
      const iat = Math.floor(Date.now() / 1000) + (options.iatOffsetS ?? 0);
      return new SignJWT({ sub: "repo:acme/app:ref:refs/heads/main", aud: AUDIENCE, ...claims })
        .setProtectedHeader({ alg: "ES256", kid })
        .setIssuer(options.issuer ?? issuer)
        .setIssuedAt(iat)
        .setExpirationTime(iat + (options.lifetimeS ?? 300))
        .sign(privateKey);
    },
  };
}

export type Reply = { status: number; headers: Headers; body: any };

/** An Admin API call with an OAuth token (the person's, unless another is given), as the SDK sends one. */
export async function oauthFetch(
  emu: EmulatorHandle, method: string, path: string,
  init: { body?: unknown; token?: string; headers?: Record<string, string | undefined> } = {},
): Promise<Reply> {
  const headers: Record<string, string | undefined> = {
    authorization: `Bearer ${init.token ?? emu.oauthToken}`, "anthropic-version": "2023-06-01",
    "anthropic-beta": "oauth-2025-04-20", "content-type": "application/json", ...init.headers,
  };
  const response = await fetch(`${emu.url}${path}`, {
    method,
    headers: Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== undefined)) as Record<string, string>,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

/** Must succeed; returns the body. */
export async function ok(reply: Promise<Reply>): Promise<any> {
  const { status, body } = await reply;
  if (status !== 200) throw new Error(`expected 200, got ${status}: ${JSON.stringify(body)}`);
  return body;
}

/** `POST /v1/oauth/token` exactly as the SDK's oidcFederationProvider sends it. */
export async function exchange(emu: EmulatorHandle, body: Record<string, unknown>, betas = BETAS): Promise<Reply> {
  const response = await fetch(`${emu.url}/v1/oauth/token`, {
    method: "POST",
    headers: { "content-type": "application/json", "anthropic-beta": betas },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

export interface Federation {
  idp: TestIdp;
  organizationId: string;
  serviceAccountId: string;
  issuerId: string;
  ruleId: string;
  workspaceId: string;
  /** The exchange body for an assertion, every id filled in. */
  request(assertion: string, extra?: Record<string, unknown>): Record<string, unknown>;
}

/** An inline-key issuer, a service account that is a member of a new workspace, and a rule for it. */
export async function setUpFederation(
  emu: EmulatorHandle,
  options: { scope?: string; checkJti?: boolean; match?: Record<string, unknown>; tokenLifetimeS?: number; admin?: boolean } = {},
): Promise<Federation> {
  const idp = await testIdp();
  const organizationId = (await emu.control.state()).organization.id;
  const workspace = await emu.control.seedWorkspace({ name: "Federated" });
  const account = await ok(oauthFetch(emu, "POST", "/v1/organizations/service_accounts", {
    body: { name: "ci-deployer", organization_role: options.admin ? "admin" : "developer" },
  }));
  await ok(oauthFetch(emu, "POST", `/v1/organizations/service_accounts/${account.id}/workspaces`, {
    body: { workspace_id: workspace.id, workspace_role: "workspace_developer" },
  }));
  const issuer = await ok(oauthFetch(emu, "POST", "/v1/organizations/federation_issuers", {
    body: { name: "test-idp", issuer_url: ISSUER_URL, jwks: { type: "inline", keys: [idp.publicJwk] }, check_jti: options.checkJti ?? true },
  }));
  const ruleBody = {
    name: "deploy", issuer_id: issuer.id, oauth_scope: options.scope ?? "workspace:developer",
    match: options.match ?? { subject_prefix: "repo:acme/app:*" },
    target: { type: "service_account", service_account_id: account.id },
    workspace_id: workspace.id, token_lifetime_seconds: options.tokenLifetimeS ?? 600,
  };
  const rule = ruleBody.oauth_scope.split(" ").every((s) => s.startsWith("workspace:"))
    ? await ok(oauthFetch(emu, "POST", "/v1/organizations/federation_rules", { body: ruleBody }))
    : await emu.control.createConsoleFederationRule(ruleBody);
  return {
    idp, organizationId, serviceAccountId: account.id, issuerId: issuer.id, ruleId: rule.id, workspaceId: workspace.id,
    request: (assertion, extra = {}) => ({
      grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer", assertion, federation_rule_id: rule.id,
      organization_id: organizationId, service_account_id: account.id, ...extra,
    }),
  };
}
