/**
 * The request loop shared by every endpoint method: send, audit each attempt, retry by the policy in
 * `retry.ts`, map failures to the typed errors, validate the body against its wire schema.
 */
import type { z } from "zod";
import type { AuditRecord } from "../base/audit";
import { redact } from "../base/redaction";
import type { ChosenCredential, RequestCredentials } from "./credential";
import { AnthropicAdminError, ConnectionError, TimeoutError, httpError } from "./errors";
import { ErrorBodySchema } from "./schemas";
import { type RetryPolicy, backoffDelayMs, parseRetryAfter, retryDelayMs, shouldRetry } from "./retry";
import { type Timeouts, type WireResponse, TransportFailure, send } from "./transport";
import { type QueryValue, buildQuery, checkBody, organizationPath, parseResponse } from "./wire";

export interface RequestContext {
  /** The admin key or OAuth access token each request sends, chosen by its endpoint. */
  credentials: RequestCredentials;
  baseUrl: string;
  retry: RetryPolicy;
  timeouts: Timeouts;
  audit: (record: AuditRecord) => void;
  /** Prepended verbatim to every operation name, e.g. "Workspace prod: ". */
  operationPrefix: string;
  sleep: (ms: number) => Promise<void>;
}

export interface RequestSpec<S extends z.ZodType> {
  operation: string;
  method: "GET" | "POST" | "DELETE";
  /** Segments below `/v1/organizations/`, ids included; each is encoded. */
  path: ReadonlyArray<string>;
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** Whether sending twice has the same effect as once. Defaults to true for GET and DELETE only. */
  idempotent?: boolean;
  /** Checked before sending, so a caller's mistake never reaches the organization. */
  bodySchema?: z.ZodType;
  headers?: Record<string, string>;
  schema: S;
  /** Reads the headers of the successful response (e.g. whether an idempotent create was replayed). */
  onSuccessHeaders?: (header: (name: string) => string | undefined) => void;
}

/** One call of an endpoint method: the typed result, or a subclass of AnthropicAdminError. */
export async function request<S extends z.ZodType>(ctx: RequestContext, spec: RequestSpec<S>): Promise<z.infer<S>> {
  const operation = operationName(ctx.operationPrefix, spec.operation);
  const path = organizationPath(spec.path, operation);
  const body = spec.bodySchema ? checkBody(spec.bodySchema, spec.body, operation) : spec.body;
  const query = buildQuery(spec.query);
  const url = new URL(`${ctx.baseUrl}${path}${query.size ? `?${query}` : ""}`);
  const idempotent = spec.idempotent ?? spec.method !== "POST";
  const maxAttempts = ctx.retry.maxRetries + 1;
  // Throws a ConfigurationError naming the operation when no configured credential can make this request.
  let credential: ChosenCredential = await ctx.credentials.choose(spec.path, operation);
  let renewed = false;

  for (let attempt = 1; ; attempt++) {
    const started = performance.now();
    const audit = (fields: Pick<AuditRecord, "status" | "requestId" | "outcome"> & { errorCode?: string }) =>
      ctx.audit({
        time: new Date().toISOString(),
        operation,
        method: spec.method,
        path: url.pathname,
        queryKeys: [...new Set(query.keys())],
        elapsedMs: Math.round(performance.now() - started),
        attempt,
        ...fields,
      });

    let res: WireResponse;
    try {
      res = await send({ method: spec.method, url, adminKey: credential.adminKey, bearerToken: credential.bearerToken, body, headers: spec.headers }, ctx.timeouts);
    } catch (err) {
      if (!(err instanceof TransportFailure)) throw err;
      const again = attempt < maxAttempts && shouldRetry({ kind: "connection", sent: err.sent }, idempotent);
      audit({ status: null, requestId: null, outcome: again ? "retry" : "error", errorCode: err.errorCode });
      if (!again) throw connectionError(ctx, credential, operation, err, attempt, idempotent);
      await ctx.sleep(backoffDelayMs(ctx.retry, attempt));
      continue;
    }

    const requestId = res.header("request-id") ?? res.header("x-request-id") ?? bodyRequestId(res.json);
    if (res.status >= 200 && res.status < 300) {
      let value: z.infer<S>;
      try {
        value = parseResponse(spec.schema, res.json, operation, requestId, res.status);
      } catch (err) {
        audit({ status: res.status, requestId: requestId ?? null, outcome: "error" });
        throw err;
      }
      audit({ status: res.status, requestId: requestId ?? null, outcome: "ok" });
      spec.onSuccessHeaders?.(res.header);
      return value;
    }

    // A federated token the API refuses is exchanged again once (it may have been revoked early); a 401
    // means the request was not processed, so resending it cannot duplicate anything.
    if (res.status === 401 && credential.renew && !renewed) {
      audit({ status: res.status, requestId: requestId ?? null, outcome: "retry" });
      renewed = true;
      credential = await credential.renew();
      continue;
    }
    let again = attempt < maxAttempts && shouldRetry({ kind: "status", status: res.status, header: res.header }, idempotent);
    let delayMs = 0;
    if (again) {
      const delay = retryDelayMs(ctx.retry, attempt, res.header);
      if (delay.retry) delayMs = delay.delayMs;
      else again = false;
    }
    audit({ status: res.status, requestId: requestId ?? null, outcome: again ? "retry" : "error" });
    if (!again) throw statusError(ctx, credential, operation, res, requestId, attempt);
    await ctx.sleep(delayMs);
  }
}

/**
 * What errors and audit records call one endpoint call: the caller's prefix, then the endpoint method
 * (`Workspace "prod": createWorkspace`, `getUsers: listUsers`). A caller that is itself that endpoint
 * method (the data function getOrganization) is named once.
 */
export function operationName(prefix: string, operation: string): string {
  return prefix === callerPrefix(operation) ? operation : `${prefix}${operation}`;
}

/** The operation prefix that names a caller (a resource, a data function) in front of its calls. */
export function callerPrefix(caller: string): string {
  return `${caller}: `;
}

const secretsOf = (ctx: RequestContext, credential: ChosenCredential) => [credential.adminKey, credential.bearerToken, ...ctx.credentials.secrets()];

function bodyRequestId(json: unknown): string | undefined {
  const id = (json as { request_id?: unknown } | undefined)?.request_id;
  return typeof id === "string" ? id : undefined;
}

function statusError(
  ctx: RequestContext,
  credential: ChosenCredential,
  operation: string,
  res: WireResponse,
  requestId: string | undefined,
  attempts: number,
): AnthropicAdminError {
  const parsed = ErrorBodySchema.safeParse(res.json);
  // A proxy or load balancer may answer in HTML; keep a short, single-line excerpt of it.
  const serverMessage = parsed.success ? parsed.data.error.message : res.text.replace(/\s+/g, " ").trim().slice(0, 200);
  return httpError({
    operation,
    status: res.status,
    errorType: parsed.success ? parsed.data.error.type : undefined,
    errorCode: parsed.success ? parsed.data.error.details?.error_code : undefined,
    serverMessage: redact(serverMessage, secretsOf(ctx, credential)),
    requestId,
    attempts,
    retryAfterMs: parseRetryAfter(res.header),
    credential: credential.hint,
  });
}

function connectionError(
  ctx: RequestContext,
  credential: ChosenCredential,
  operation: string,
  failure: TransportFailure,
  attempts: number,
  idempotent: boolean,
): ConnectionError {
  const Class = failure.timedOut ? TimeoutError : ConnectionError;
  const tried = attempts > 1 ? ` after ${attempts} attempts` : "";
  const unsure =
    !idempotent && failure.sent
      ? " The request may have reached the server, so it was not repeated; check whether the object was created before running again."
      : "";
  const message = `${operation} failed: ${failure.timedOut ? "timed out" : "connection error"}: ${redact(failure.message, secretsOf(ctx, credential))} (${failure.errorCode})${tried} talking to ${new URL(ctx.baseUrl).host}.${unsure}`;
  return new Class(message, { operation, attempts, cause: failure });
}
