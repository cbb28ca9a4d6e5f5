/**
 * When a failed Admin API call is sent again, and after how long. Pure functions: the request loop
 * asks `shouldRetry` and `retryDelayMs` after each failed attempt.
 *
 * Decisions:
 * - 400, 401, 403, 404 and 422 are never retried, whatever `x-should-retry` says: the same request
 *   cannot succeed, and retrying a 401 only multiplies failed authentications.
 * - Otherwise `x-should-retry: true|false` from the server wins: it knows whether the request was
 *   processed, so it also makes a create retryable.
 * - Idempotent requests (GET, DELETE, updates that set values, the spend-limit upsert, archive) are
 *   retried on 408, 409 (a lock or concurrent-change conflict; resending the full desired state is
 *   what a declarative update wants), 429, 500, 502, 503, 504, 529 and on any connection error or
 *   timeout.
 * - Creates (workspace, invite, API key, workspace member) could make a duplicate, so they are retried
 *   only when the server cannot have acted on them: 429 and 529 (rejected before processing) and
 *   connection errors raised before the request was written (refused, DNS, connect timeout). A reset,
 *   a dropped connection or a timeout after sending is surfaced instead.
 * - Delay: the server's `retry-after-ms`, else `retry-after` (seconds or an HTTP date), used exactly
 *   when it is positive and at most `maxRetryAfterMs`. A longer requested wait ends the retries (the
 *   error carries `retryAfterMs`): sleeping a minute inside `pulumi up` is worse than failing with
 *   the reason. Without a usable header: 0.5 s doubling to 8 s, minus up to 25 % jitter so parallel
 *   resources do not retry in lock step.
 */
import { withoutUndefined } from "../base/defined";

export interface RetryPolicy {
  /** Retries after the first attempt; 0 disables retrying. */
  maxRetries: number;
  initialDelayMs: number;
  maxDelayMs: number;
  /** The longest server-requested wait that is honoured. */
  maxRetryAfterMs: number;
  /** Fraction of the backoff delay that jitter may remove, 0..1. */
  jitter: number;
}

export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = Object.freeze({
  maxRetries: 2,
  initialDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
  jitter: 0.25,
});

export function resolveRetryPolicy(overrides: Partial<RetryPolicy> = {}): RetryPolicy {
  const policy = { ...DEFAULT_RETRY_POLICY, ...withoutUndefined(overrides) };
  if (!Number.isInteger(policy.maxRetries) || policy.maxRetries < 0) {
    throw new RangeError(`retry.maxRetries must be a non-negative integer, got ${policy.maxRetries}`);
  }
  if (!(policy.jitter >= 0 && policy.jitter <= 1)) throw new RangeError("retry.jitter must be within 0..1");
  return policy;
}

/** Header lookup that ignores case; undici gives lower-case names but callers may not. */
export type HeaderGetter = (name: string) => string | undefined;

export type AttemptFailure =
  | { kind: "status"; status: number; header: HeaderGetter }
  /** `sent: false` only when the request certainly never reached the server. */
  | { kind: "connection"; sent: boolean };

const NEVER_RETRY = new Set([400, 401, 403, 404, 422]);
const RETRY_IDEMPOTENT = new Set([408, 409, 429, 500, 502, 503, 504, 529]);
// Both mean the server turned the request away before doing anything with it.
const RETRY_ANY = new Set([429, 529]);

export function shouldRetry(failure: AttemptFailure, idempotent: boolean): boolean {
  if (failure.kind === "connection") return idempotent || !failure.sent;
  if (NEVER_RETRY.has(failure.status)) return false;
  const serverSays = failure.header("x-should-retry")?.trim().toLowerCase();
  if (serverSays === "true") return true;
  if (serverSays === "false") return false;
  return idempotent ? RETRY_IDEMPOTENT.has(failure.status) : RETRY_ANY.has(failure.status);
}

/**
 * The wait the server asked for, in ms, or undefined when it sent no usable value (missing,
 * unparseable, zero or negative, or a date in the past).
 */
export function parseRetryAfter(header: HeaderGetter, now: number = Date.now()): number | undefined {
  const ms = header("retry-after-ms")?.trim();
  if (ms && /^\d+(\.\d+)?$/.test(ms)) {
    const value = Number(ms);
    if (value > 0) return value;
  }
  const after = header("retry-after")?.trim();
  if (!after) return undefined;
  if (/^\d+(\.\d+)?$/.test(after)) {
    const seconds = Number(after);
    return seconds > 0 ? seconds * 1000 : undefined;
  }
  const date = Date.parse(after);
  if (Number.isNaN(date)) return undefined;
  const wait = date - now;
  return wait > 0 ? wait : undefined;
}

/** Exponential backoff for the n-th retry (1-based) with downward jitter. */
export function backoffDelayMs(policy: RetryPolicy, retryNumber: number, random: () => number = Math.random): number {
  const base = Math.min(policy.initialDelayMs * 2 ** Math.max(0, retryNumber - 1), policy.maxDelayMs);
  return base * (1 - random() * policy.jitter);
}

export type RetryDelay = { retry: true; delayMs: number } | { retry: false; retryAfterMs: number };

/** How long to wait before the n-th retry; `retry: false` when the server asks for more than the cap. */
export function retryDelayMs(
  policy: RetryPolicy,
  retryNumber: number,
  header: HeaderGetter | undefined,
  now: number = Date.now(),
  random: () => number = Math.random,
): RetryDelay {
  const requested = header ? parseRetryAfter(header, now) : undefined;
  if (requested !== undefined) {
    if (requested > policy.maxRetryAfterMs) return { retry: false, retryAfterMs: requested };
    return { retry: true, delayMs: requested };
  }
  return { retry: true, delayMs: backoffDelayMs(policy, retryNumber, random) };
}
