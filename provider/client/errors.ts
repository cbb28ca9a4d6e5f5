/**
 * The errors every Admin API call can throw. Callers branch on the class (`instanceof NotFoundError`)
 * or on the stable `code`; the message is for people and always names the operation, the HTTP status
 * and error type, the server's message and the request id, and never a credential.
 */
import { ConfigurationError, printedByMessageAlone } from "../base/configuration-error";

// Raised before any request, by every layer from the base up; the client's errors are its public home.
export { ConfigurationError };

export interface AdminErrorDetails {
  operation: string;
  status?: number;
  errorType?: string;
  /** `error.details.error_code`, e.g. `organization_not_enrolled_in_beta`: the API's stable reason, when it sends one. */
  errorCode?: string;
  /** The server's own words (already redacted), without the operation and status around them. */
  serverMessage?: string;
  requestId?: string;
  /** How many HTTP attempts were made before giving up (1 = no retries). */
  attempts?: number;
  /** The delay the server asked for (`retry-after-ms` / `retry-after`), when it sent one. */
  retryAfterMs?: number;
  cause?: unknown;
}

export class AnthropicAdminError extends Error {
  readonly code: string = "ANTHROPIC_API_ERROR";
  readonly operation: string;
  readonly status: number | undefined;
  readonly errorType: string | undefined;
  readonly errorCode: string | undefined;
  readonly serverMessage: string | undefined;
  readonly requestId: string | undefined;
  readonly attempts: number;
  readonly retryAfterMs: number | undefined;

  constructor(message: string, details: AdminErrorDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = new.target.name;
    this.operation = details.operation;
    this.status = details.status;
    this.errorType = details.errorType;
    this.errorCode = details.errorCode;
    this.serverMessage = details.serverMessage;
    this.requestId = details.requestId;
    this.attempts = details.attempts ?? 1;
    this.retryAfterMs = details.retryAfterMs;
    printedByMessageAlone(this);
  }
}

/** 400, 413 and 422: the request itself is wrong; resending it cannot succeed. */
export class InvalidRequestError extends AnthropicAdminError {
  override readonly code = "ANTHROPIC_INVALID_REQUEST";
}
/** 401: the credential (admin key or OAuth token) is missing, malformed, expired, revoked or for another organization. */
export class AuthenticationError extends AnthropicAdminError {
  override readonly code = "ANTHROPIC_AUTHENTICATION";
}
/** 403: the credential is valid but may not do this (not an admin key, a scope other than org:admin, an admin key on an OAuth-only endpoint, a feature not enabled). */
export class PermissionError extends AnthropicAdminError {
  override readonly code = "ANTHROPIC_PERMISSION";
}
export class NotFoundError extends AnthropicAdminError {
  override readonly code = "ANTHROPIC_NOT_FOUND";
}
export class ConflictError extends AnthropicAdminError {
  override readonly code = "ANTHROPIC_CONFLICT";
}
export class RateLimitError extends AnthropicAdminError {
  override readonly code = "ANTHROPIC_RATE_LIMIT";
}
/** 5xx and 529 (overloaded). */
export class ServerError extends AnthropicAdminError {
  override readonly code = "ANTHROPIC_SERVER";
}
/** No HTTP response: refused, reset, dropped, DNS, TLS. */
export class ConnectionError extends AnthropicAdminError {
  override readonly code: string = "ANTHROPIC_CONNECTION";
}
/** The connect timeout or the whole-request timeout expired. */
export class TimeoutError extends ConnectionError {
  override readonly code = "ANTHROPIC_TIMEOUT";
}
/** The server answered 2xx with a body that does not match the wire contract. */
export class ResponseValidationError extends AnthropicAdminError {
  override readonly code = "ANTHROPIC_INVALID_RESPONSE";
}
/** The server does not offer `POST /v1/organizations/api_keys` (api.anthropic.com today). */
export class KeyCreationUnsupportedError extends AnthropicAdminError {
  override readonly code = "ANTHROPIC_KEY_CREATION_UNSUPPORTED";
}
/**
 * `cause` with what the caller was doing in front of its message (`DeveloperAccess "dev": could not
 * check ...: <cause>`), printed as the cause would be: by its message alone when the cause is one of
 * this package's errors (it explains itself; its code is kept), with its stack trace otherwise (a bug).
 */
export function withContext(context: string, cause: unknown): Error {
  const error = new Error(`${context}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  const code = (cause as { code?: unknown } | null)?.code;
  if (cause instanceof Error && (cause as { __pulumiRunError?: unknown }).__pulumiRunError === true) {
    if (typeof code === "string") Object.defineProperty(error, "code", { value: code, enumerable: true });
    printedByMessageAlone(error);
  }
  return error;
}

type ErrorClass = new (message: string, details: AdminErrorDetails) => AnthropicAdminError;

export function errorClassForStatus(status: number): ErrorClass {
  if (status === 400 || status === 413 || status === 422) return InvalidRequestError;
  if (status === 401) return AuthenticationError;
  if (status === 403) return PermissionError;
  if (status === 404) return NotFoundError;
  if (status === 409) return ConflictError;
  if (status === 429) return RateLimitError;
  if (status >= 500) return ServerError;
  return AnthropicAdminError;
}

/**
 * What to do about a 401 or 403, for the credential the request carried (the admin key, an OAuth token,
 * a token from federation): written by provider/credentials, which knows the settings and how to set them.
 */
export interface CredentialHint {
  unauthorized: string;
  forbidden: string;
}

/** Said when the caller did not tell which credential it sent: a client that has only an admin key. */
const ADMIN_KEY_HINT: CredentialHint = {
  unauthorized: "Check the admin key: `pulumi config set --secret anthropic:adminKey <admin key>` or ANTHROPIC_ADMIN_KEY.",
  forbidden: "The key must be an Admin API key (Console > Settings > Admin keys) allowed to use this feature.",
};

/** What to do next, per status family; appended after the facts. */
function hintFor(status: number, attempts: number, credential: CredentialHint = ADMIN_KEY_HINT): string | undefined {
  const retried = attempts > 1 ? `Retried ${attempts - 1} time(s). ` : "";
  if (status === 401) return credential.unauthorized;
  if (status === 403) return credential.forbidden;
  if (status === 429) return `${retried}The server is rate limiting; try again later or lower \`pulumi up --parallel\`.`;
  if (status >= 500) return `${retried}The Admin API is failing or overloaded; try again later.`;
  if (attempts > 1) return retried.trim();
  return undefined;
}

export interface HttpErrorFacts {
  operation: string;
  status: number;
  errorType?: string;
  errorCode?: string;
  serverMessage?: string;
  requestId?: string;
  attempts: number;
  retryAfterMs?: number;
  /** The credential the request carried, for the 401/403 hint; the admin key when unset. */
  credential?: CredentialHint;
}

/** `createWorkspace failed: 404 not_found_error: <server message> (request-id req_...)`, then a hint. */
export function formatHttpErrorMessage(f: HttpErrorFacts): string {
  let text = `${f.operation} failed: ${f.status}`;
  if (f.errorType) text += ` ${f.errorType}`;
  text += `: ${f.serverMessage || "(no message)"}`;
  if (f.requestId) text += ` (request-id ${f.requestId})`;
  const hint = hintFor(f.status, f.attempts, f.credential);
  return hint ? `${text}. ${hint}` : text;
}

export function httpError(f: HttpErrorFacts): AnthropicAdminError {
  const Class = errorClassForStatus(f.status);
  return new Class(formatHttpErrorMessage(f), {
    operation: f.operation,
    status: f.status,
    errorType: f.errorType,
    errorCode: f.errorCode,
    serverMessage: f.serverMessage,
    requestId: f.requestId,
    attempts: f.attempts,
    retryAfterMs: f.retryAfterMs,
  });
}
