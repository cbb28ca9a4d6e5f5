import type { IncomingHttpHeaders } from "node:http";
import type { JWTPayload } from "jose" with { "resolution-mode": "import" };
import { z } from "zod";
import type { Store } from "../store";
import { newAccessToken } from "./access";
import { jose } from "./jose";
import { KeySourceError, keySetFor } from "./keys";
import { DEFAULT_AUDIENCE, mismatch } from "./match";
import { invalidGrant, invalidRequest, OAuthError } from "./oauth-error";
import { ORG_ADMIN_SCOPE } from "./credentials";
import { enabledWorkspaces, isMember } from "./workspaces";
import type { FederationIssuer, StoredRule } from "../federation-wire";

// `POST /v1/oauth/token` with the RFC 7523 jwt-bearer grant, as the SDK's `oidcFederationProvider` sends
// it. Every check runs before anything is recorded: a refused exchange leaves no trace but the request log.

export const GRANT_TYPE_JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";
export const FEDERATION_BETA = "oidc-federation-2026-04-01";
export const MAX_ASSERTION_BYTES = 16 * 1024;
/** Seconds of clock skew tolerated on `exp`, `nbf` and `iat`. */
const CLOCK_TOLERANCE_S = 30;

const exchangeBody = z.object({
  grant_type: z.string().optional(),
  assertion: z.string().optional(),
  federation_rule_id: z.string().optional(),
  organization_id: z.string().optional(),
  service_account_id: z.string().nullish(),
  workspace_id: z.string().nullish(),
});

export interface TokenResponse {
  access_token: string;
  token_type: "Bearer";
  expires_in: number;
  scope: string;
}

export async function exchange(store: Store, headers: IncomingHttpHeaders, rawBody: unknown): Promise<TokenResponse> {
  const betas = String(headers["anthropic-beta"] ?? "").split(",").map((b) => b.trim());
  if (!betas.includes(FEDERATION_BETA)) {
    throw invalidRequest(`The jwt-bearer grant is in beta: send 'anthropic-beta: ${FEDERATION_BETA}' with the request.`);
  }
  const parsed = exchangeBody.safeParse(rawBody ?? {});
  if (!parsed.success) throw invalidRequest("The request body must be a JSON object of strings.");
  const body = parsed.data;
  if (body.grant_type !== GRANT_TYPE_JWT_BEARER) {
    throw new OAuthError(400, "unsupported_grant_type", `grant_type must be '${GRANT_TYPE_JWT_BEARER}'.`);
  }
  for (const field of ["assertion", "federation_rule_id", "organization_id"] as const) {
    if (!body[field]) throw invalidRequest(`${field} is required.`);
  }
  const assertion = body.assertion!;
  if (Buffer.byteLength(assertion) > MAX_ASSERTION_BYTES) {
    throw invalidRequest(`assertion is ${Math.ceil(Buffer.byteLength(assertion) / 1024)} KiB, over the 16 KiB assertion limit.`);
  }
  const federation = store.federation;
  const rule = federation.rules.get(body.federation_rule_id!);
  if (body.organization_id !== store.organization.id || !rule) {
    throw invalidGrant(`Federation rule '${body.federation_rule_id}' not found in organization '${body.organization_id}'.`);
  }
  if (rule.archived_at) throw invalidGrant(`Federation rule '${rule.id}' is archived.`);
  const issuer = federation.issuer(rule.issuer_id);
  if (issuer.archived_at) throw invalidGrant(`The rule's federation issuer '${issuer.id}' is archived.`);

  const claims = await verifyAssertion(assertion, issuer, rule);
  const reason = mismatch(rule.match, claims);
  if (reason) throw invalidGrant(`The assertion does not match federation rule '${rule.id}': ${reason}.`);

  const scopes = rule.oauth_scope.split(/\s+/).filter(Boolean);
  const account = federation.serviceAccounts.get(rule.target.service_account_id);
  if (!account || account.archived_at) throw invalidGrant(`The rule's target service account '${rule.target.service_account_id}' is archived or gone.`);
  if (body.service_account_id && body.service_account_id !== account.id) {
    throw invalidGrant(`service_account_id '${body.service_account_id}' is not the target of federation rule '${rule.id}'.`);
  }
  if (scopes.includes(ORG_ADMIN_SCOPE) && account.organization_role !== "admin") {
    throw invalidGrant(`Federation rule '${rule.id}' grants \`org:admin\`, but its target service account's organization_role is '${account.organization_role}'.`);
  }
  const workspaceId = resolveWorkspace(store, rule, account.id, body.workspace_id ?? undefined);

  // Last: a refused exchange must not burn the `jti`.
  const jtiKey = typeof claims.jti === "string" && issuer.check_jti ? `${issuer.id}:${claims.jti}` : undefined;
  federation.sweepJtis();
  if (jtiKey && federation.usedJtis.has(jtiKey)) {
    throw invalidGrant("The assertion's `jti` was already used; the issuer enforces single use (check_jti).");
  }
  if (jtiKey) federation.usedJtis.set(jtiKey, (claims.exp! + CLOCK_TOLERANCE_S) * 1000);

  const remaining = claims.exp! - Math.floor(Date.now() / 1000);
  const lifetime = Math.max(60, Math.min(rule.token_lifetime_seconds, 2 * remaining));
  const token = newAccessToken();
  federation.saveToken(token, { scopes, expiresAt: Date.now() + lifetime * 1000, actorId: account.id, workspaceId });
  return { access_token: token, token_type: "Bearer", expires_in: lifetime, scope: scopes.join(" ") };
}

async function verifyAssertion(assertion: string, issuer: FederationIssuer, rule: StoredRule): Promise<JWTPayload> {
  const { jwtVerify } = await jose();
  let keys;
  try {
    keys = await keySetFor(issuer);
  } catch (error) {
    const why = error instanceof KeySourceError ? error.message : "they could not be loaded";
    throw invalidGrant(`The issuer's signing keys are unavailable: ${why}.`);
  }
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(assertion, keys, {
      issuer: issuer.issuer_url,
      audience: rule.match.audience ?? DEFAULT_AUDIENCE,
      requiredClaims: ["iat", "exp"],
      clockTolerance: CLOCK_TOLERANCE_S,
    }));
  } catch (error) {
    throw invalidGrant(`The assertion was rejected: ${joseReason(error)}.`);
  }
  if (payload.exp! - payload.iat! > issuer.max_jwt_lifetime_seconds) {
    throw invalidGrant(`The assertion was rejected: its lifetime (exp - iat) exceeds the issuer's max_jwt_lifetime_seconds (${issuer.max_jwt_lifetime_seconds}).`);
  }
  return payload;
}

/** jose's error codes in the words of the check that failed; never the token or a claim's value. */
function joseReason(error: unknown): string {
  const { code, claim, reason } = error as { code?: string; claim?: string; reason?: string };
  switch (code) {
    case "ERR_JWT_EXPIRED": return "it has expired (`exp`)";
    case "ERR_JWS_SIGNATURE_VERIFICATION_FAILED": return "its signature does not verify against the issuer's keys";
    case "ERR_JWKS_NO_MATCHING_KEY": return "no key in the issuer's JWKS matches its `kid` and `alg`";
    case "ERR_JWKS_MULTIPLE_MATCHING_KEYS": return "several keys in the issuer's JWKS match it; give each key a distinct `kid`";
    case "ERR_JOSE_ALG_NOT_ALLOWED":
    case "ERR_JOSE_NOT_SUPPORTED": return "its signing algorithm is not accepted";
    case "ERR_JWT_CLAIM_VALIDATION_FAILED":
      if (claim === "iss") return "its `iss` is not the issuer's `issuer_url`";
      if (claim === "aud") return "its `aud` does not include the audience the rule expects";
      if (claim === "nbf") return "it is not valid yet (`nbf`)";
      if (reason === "missing") return `it has no \`${claim}\` claim, which is required`;
      return `its \`${claim}\` claim is invalid`;
    default: return "it is not a well-formed signed JWT";
  }
}

function resolveWorkspace(store: Store, rule: StoredRule, accountId: string, requested: string | undefined): string {
  const enabled = enabledWorkspaces(store, rule);
  let choice: (typeof enabled)[number] | undefined;
  if (requested !== undefined) {
    const id = requested === "default" ? store.defaultWorkspaceId : requested;
    choice = enabled.find((w) => w.workspaceId === id);
    if (!choice) throw invalidGrant(`Federation rule '${rule.id}' is not enabled for workspace '${requested}'.`);
  } else if (enabled.length === 1) {
    choice = enabled[0];
  } else {
    choice = enabled.find((w) => w.workspaceId === store.defaultWorkspaceId);
    if (!choice) {
      throw invalidGrant(enabled.length === 0
        ? `Federation rule '${rule.id}' is not enabled for any workspace.`
        : `Federation rule '${rule.id}' is enabled for several workspaces: set workspace_id.`);
    }
  }
  if (choice.membershipRequired && !isMember(store, choice.workspaceId, accountId)) {
    throw invalidGrant(`The rule's target service account '${accountId}' is not a member of workspace '${choice.workspaceId}'.`);
  }
  return choice.workspaceId;
}
