/**
 * The workload side of workload identity federation: exchange an identity token from a CI system or cloud
 * (an OIDC JWT) for an Anthropic OAuth access token at `POST /v1/oauth/token`, with the RFC 7523 jwt-bearer
 * grant, exactly as the official SDK's `oidcFederationProvider` sends it. Neither token is ever put in an
 * error, a log line or the audit record (which carries the path, status and timing only).
 *
 * No retries: the exchange may consume the assertion's `jti`, so repeating a request that may have reached
 * the server could only fail. The caller re-reads a fresh identity token and exchanges again.
 */
import { createAuditor, type AuditRecord } from "../base/audit";
import { validateBaseUrl } from "../base/base-url";
import { redact } from "../base/redaction";
import { withoutUndefined } from "../base/defined";
import { AnthropicAdminError, ConfigurationError, ConnectionError, ResponseValidationError, TimeoutError } from "./errors";
import { OAuthErrorBodySchema, TokenResponseSchema } from "./federation-schemas";
import { DEFAULT_TIMEOUTS, OAUTH_BETA, send, TransportFailure, type Timeouts, type WireResponse } from "./transport";

export const TOKEN_PATH = "/v1/oauth/token";
export const GRANT_TYPE_JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";
export const FEDERATION_BETA = "oidc-federation-2026-04-01";
/** The token endpoint's limit; checked here too so a wrong token source fails without a round trip. */
export const MAX_ASSERTION_BYTES = 16 * 1024;
const OPERATION = "exchangeFederationToken";

export interface FederationTokenRequest {
  /** e.g. https://api.anthropic.com; plain http:// only to loopback. */
  baseUrl: string;
  /** `fdrl_...` */
  federationRuleId: string;
  /** The organization's UUID. */
  organizationId: string;
  /** `svac_...`; the rule's target when omitted. */
  serviceAccountId?: string;
  /** `wrkspc_...` or `default`; needed when the rule is enabled for several workspaces. */
  workspaceId?: string;
  /** The OIDC JWT the workload's platform issued. */
  identityToken: string;
  timeouts?: Partial<Timeouts>;
  /** Receives the one audit record of the exchange. */
  audit?: (record: AuditRecord) => void;
  /** Where audit records are appended, as for the Admin API client. */
  auditLog?: string;
}

export interface FederationAccessToken {
  /** Send as `Authorization: Bearer` (the client's `authToken`). */
  accessToken: string;
  /** Epoch milliseconds. */
  expiresAt: number;
  /** The scope the rule granted, e.g. `org:admin`. */
  scope?: string;
}

/** The token endpoint refused the exchange (or the identity token could not be sent). */
export class FederationExchangeError extends AnthropicAdminError {
  override readonly code = "ANTHROPIC_FEDERATION_EXCHANGE";
}

export async function exchangeFederationToken(req: FederationTokenRequest): Promise<FederationAccessToken> {
  const identityToken = req.identityToken?.trim() ?? "";
  if (!identityToken) throw new ConfigurationError(`${OPERATION}: the identity token is empty.`, "identityToken");
  if (Buffer.byteLength(identityToken) > MAX_ASSERTION_BYTES) {
    throw new FederationExchangeError(
      `${OPERATION} was not sent: the identity token is ${Math.ceil(Buffer.byteLength(identityToken) / 1024)} KiB, over the 16 KiB assertion limit.`,
      { operation: OPERATION });
  }
  const url = new URL(`${validateBaseUrl(req.baseUrl, "baseUrl")}${TOKEN_PATH}`);
  const body = withoutUndefined({
    grant_type: GRANT_TYPE_JWT_BEARER,
    assertion: identityToken,
    federation_rule_id: req.federationRuleId,
    organization_id: req.organizationId,
    service_account_id: req.serviceAccountId || undefined,
    workspace_id: req.workspaceId || undefined,
  });
  const timeouts = { ...DEFAULT_TIMEOUTS, ...withoutUndefined(req.timeouts ?? {}) };
  const audit = req.audit ?? createAuditor({ file: req.auditLog });
  const secrets = [identityToken];
  const started = performance.now();
  const record = (fields: Pick<AuditRecord, "status" | "requestId" | "outcome"> & { errorCode?: string }) =>
    audit({
      time: new Date().toISOString(), operation: OPERATION, method: "POST", path: TOKEN_PATH, queryKeys: [],
      elapsedMs: Math.round(performance.now() - started), attempt: 1, ...fields,
    });

  let res: WireResponse;
  try {
    // No admin key: the assertion is the credential.
    res = await send({ method: "POST", url, adminKey: "", body, headers: { "anthropic-beta": `${OAUTH_BETA},${FEDERATION_BETA}` } }, timeouts);
  } catch (err) {
    if (!(err instanceof TransportFailure)) throw err;
    record({ status: null, requestId: null, outcome: "error", errorCode: err.errorCode });
    const Class = err.timedOut ? TimeoutError : ConnectionError;
    throw new Class(`${OPERATION} failed: ${err.timedOut ? "timed out" : "connection error"}: ${redact(err.message, secrets)} (${err.errorCode}) talking to ${url.host}.`,
      { operation: OPERATION, cause: err });
  }
  const requestId = res.header("request-id") ?? undefined;
  if (res.status >= 200 && res.status < 300) {
    const parsed = TokenResponseSchema.safeParse(res.json);
    if (!parsed.success) {
      record({ status: res.status, requestId: requestId ?? null, outcome: "error" });
      throw new ResponseValidationError(`${OPERATION} failed: the token endpoint's answer is not an OAuth token response ` +
        `(${parsed.error.issues.map((i) => i.path.join(".") || "body").join(", ")}).`, { operation: OPERATION, status: res.status, requestId });
    }
    record({ status: res.status, requestId: requestId ?? null, outcome: "ok" });
    const token = parsed.data;
    return { accessToken: token.access_token, expiresAt: Date.now() + token.expires_in * 1000, scope: token.scope };
  }
  record({ status: res.status, requestId: requestId ?? null, outcome: "error" });
  throw refusal(req, res, requestId, secrets);
}

function refusal(req: FederationTokenRequest, res: WireResponse, requestId: string | undefined, secrets: string[]): FederationExchangeError {
  const parsed = OAuthErrorBodySchema.safeParse(res.json);
  const code = parsed.success ? parsed.data.error : undefined;
  const description = redact(parsed.success ? parsed.data.error_description ?? "" : res.text.replace(/\s+/g, " ").trim().slice(0, 200), secrets);
  let message = `${OPERATION} failed: ${res.status}${code ? ` ${code}` : ""}: ${description || "(no description)"}`;
  if (requestId) message += ` (request-id ${requestId})`;
  if (res.status === 401) {
    message += `. Check that federation rule ${req.federationRuleId} matches the identity token (issuer, audience, subject, claims)` +
      (req.workspaceId ? "" : ", and set the workspace when the rule is enabled for several workspaces") + ".";
  }
  return new FederationExchangeError(message, {
    operation: OPERATION, status: res.status, errorType: code, serverMessage: description, requestId,
  });
}
