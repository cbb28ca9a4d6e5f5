/**
 * One HTTP exchange with the Admin API over undici. One keep-alive pool per process and origin, so the
 * many clients a `pulumi up` creates (one per resource operation) share warm connections.
 * No retries or error mapping here: a transport failure is a {@link TransportFailure} saying whether the
 * request can have reached the server.
 */
import type { Pool } from "undici";
import { openPool, requestThrough } from "./undici-pool";

export const ANTHROPIC_VERSION = "2023-06-01";

export interface Timeouts {
  /** TCP + TLS set-up. */
  connectMs: number;
  /** One attempt from start to the last body byte. */
  requestMs: number;
}

export const DEFAULT_TIMEOUTS: Readonly<Timeouts> = Object.freeze({ connectMs: 10_000, requestMs: 60_000 });

export interface WireRequest {
  method: "GET" | "POST" | "DELETE";
  /** Origin plus path plus query, already encoded. */
  url: URL;
  /** Sent in `x-api-key`; empty sends no credential (the OAuth token endpoint takes none). */
  adminKey: string;
  /**
   * An OAuth access token, sent instead of the admin key as `Authorization: Bearer` with the
   * `anthropic-beta: oauth-2025-04-20` the API requires on requests authenticated by an OAuth token.
   */
  bearerToken?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface WireResponse {
  status: number;
  header(name: string): string | undefined;
  /** Parsed JSON, or undefined when the body was empty or not JSON. */
  json: unknown;
  /** The raw body, kept for error messages from servers that answer in HTML or text. */
  text: string;
}

/** No HTTP response was received. */
export class TransportFailure extends Error {
  constructor(
    message: string,
    readonly errorCode: string,
    /** False only when the request certainly never left this process (refused, DNS, connect timeout). */
    readonly sent: boolean,
    readonly timedOut: boolean,
    cause?: unknown,
  ) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = "TransportFailure";
  }
}

// Raised while connecting, before a byte of the request was written.
const NOT_SENT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EADDRNOTAVAIL",
  "UND_ERR_CONNECT_TIMEOUT",
]);

const pools = new Map<string, Pool>();

function poolFor(origin: string, connectMs: number): Pool {
  const id = `${origin}#${connectMs}`;
  let pool = pools.get(id);
  if (!pool) {
    // undici is loaded by the first request, not with the client: a program or a check that sends
    // nothing never pays for it. Below the 5 s idle timeout of common servers, so a socket is not
    // reused just as it is closed.
    pool = openPool(origin, { connections: 16, connectTimeout: connectMs, keepAliveTimeout: 4_000 });
    pools.set(id, pool);
  }
  return pool;
}

/** Closes every pooled connection; for tests and short-lived scripts that want to exit promptly. */
export async function closeAllPools(): Promise<void> {
  const all = [...pools.values()];
  pools.clear();
  await Promise.all(all.map((p) => p.close().catch(() => p.destroy())));
}

let cachedUserAgent: string | undefined;
export function userAgent(): string {
  if (!cachedUserAgent) {
    let version = "0.0.0";
    try {
      // Self-reference through package.json "exports": resolves from provider/ and from dist/provider/.
      version = (require("pulumi-anthropic/package.json") as { version: string }).version;
    } catch {
      // Vendored copies without package metadata still work; the version is only informative.
    }
    cachedUserAgent = `pulumi-anthropic/${version} node/${process.versions.node}`;
  }
  return cachedUserAgent;
}

export async function send(req: WireRequest, timeouts: Timeouts): Promise<WireResponse> {
  const headers: Record<string, string> = {
    ...credentialHeaders(req),
    "anthropic-version": ANTHROPIC_VERSION,
    "user-agent": userAgent(),
    accept: "application/json",
    ...req.headers,
  };
  if (req.bearerToken && req.headers?.["anthropic-beta"]) headers["anthropic-beta"] = `${req.headers["anthropic-beta"]},${OAUTH_BETA}`;
  let body: string | undefined;
  if (req.body !== undefined) {
    body = JSON.stringify(req.body);
    headers["content-type"] = "application/json";
  }
  const signal = AbortSignal.timeout(timeouts.requestMs);
  try {
    const res = await requestThrough(poolFor(req.url.origin, timeouts.connectMs), {
      method: req.method,
      path: `${req.url.pathname}${req.url.search}`,
      headers,
      body,
      signal,
      headersTimeout: timeouts.requestMs,
      bodyTimeout: timeouts.requestMs,
    });
    const text = await res.body.text();
    return {
      status: res.statusCode,
      header: (name) => {
        const value = res.headers[name.toLowerCase()];
        return Array.isArray(value) ? value[0] : value;
      },
      json: parseJson(text),
      text,
    };
  } catch (err) {
    throw toTransportFailure(err, signal.aborted, timeouts);
  }
}

export const OAUTH_BETA = "oauth-2025-04-20";

function credentialHeaders(req: WireRequest): Record<string, string> {
  if (req.bearerToken) return { authorization: `Bearer ${req.bearerToken}`, "anthropic-beta": OAUTH_BETA };
  return req.adminKey ? { "x-api-key": req.adminKey } : {};
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function toTransportFailure(err: unknown, aborted: boolean, timeouts: Timeouts): TransportFailure {
  const e = err as { code?: string; message?: string; cause?: { code?: string } };
  const code = e?.code ?? e?.cause?.code ?? "UNKNOWN";
  if (aborted || code === "UND_ERR_HEADERS_TIMEOUT" || code === "UND_ERR_BODY_TIMEOUT") {
    return new TransportFailure(`no complete response within ${timeouts.requestMs} ms`, "TIMEOUT", true, true, err);
  }
  if (code === "UND_ERR_CONNECT_TIMEOUT") {
    return new TransportFailure(`could not connect within ${timeouts.connectMs} ms`, code, false, true, err);
  }
  return new TransportFailure(e?.message ?? String(err), code, !NOT_SENT_CODES.has(code), false, err);
}
