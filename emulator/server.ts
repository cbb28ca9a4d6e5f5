import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { authenticate } from "./auth";
import { oauthTokens } from "./federation/access";
import { authorize } from "./federation/credentials";
import { isPublicPath } from "./routes/oauth-token";
import { controlRoutes } from "./control";
import type { Core } from "./core";
import { ApiError, invalid } from "./errors";
import { newRequestId } from "./ids";
import { queryOf } from "./params";
import { matchRoute, type Route } from "./router";
import { apiRoutes } from "./routes";

const MAX_BODY_BYTES = 1024 * 1024;
const CONTROL_PREFIX = "/_emulator/";

export function createEmulatorServer(core: Core): Server {
  const control = controlRoutes(core);
  return createServer((req, res) => {
    const requestId = newRequestId();
    res.setHeader("request-id", requestId);
    const url = new URL(req.url ?? "/", "http://emulator.invalid");
    const respond = url.pathname.startsWith(CONTROL_PREFIX)
      ? serveControl(core, control, req, res, url)
      : serveApi(core, req, res, url, requestId);
    respond.catch((error: unknown) => sendError(res, asApiError(error), requestId));
  });
}

async function serveApi(core: Core, req: IncomingMessage, res: ServerResponse, url: URL, requestId: string) {
  const method = req.method ?? "GET";
  const match = matchRoute(apiRoutes, method, url.pathname);
  const at = Date.now();
  // Logged before the response is written, so a client that reads the counters next always sees it.
  const record = (status: number) =>
    core.log.record({ at, method, route: match.label, path: url.pathname + url.search, status, requestId });
  try {
    const raw = await readBody(req);
    for (const fault of core.faults.fire(match.label)) {
      if (fault.kind === "latency") await sleep(fault.latencyMs ?? 1000);
      if (fault.kind === "drop") {
        record(0);
        return void req.socket.destroy();
      }
      if (fault.kind === "status") {
        const headers: Record<string, string> = fault.retryAfter !== undefined ? { "retry-after": String(fault.retryAfter) } : {};
        throw new ApiError(fault.status ?? 500, `Injected fault: HTTP ${fault.status}.`, undefined, headers);
      }
    }
    const retryAfter = core.limiter.admit();
    if (retryAfter !== null) {
      throw new ApiError(429, `Number of requests has exceeded your per-minute rate limit (${core.limiter.limit}).`,
        undefined, { "retry-after": String(retryAfter) });
    }
    // The token endpoint takes no credential and no version header (see ./routes/oauth-token.ts).
    const open = isPublicPath(url.pathname);
    const principal = open ? undefined : authenticate(req.headers, core.adminKey, oauthTokens(core.store, core.oauthToken, req.headers));
    if (!open) checkVersion(req);
    if (match.kind === "none") throw new ApiError(404, `No such endpoint: ${method} ${url.pathname}.`);
    if (match.kind === "wrong_method") throw new ApiError(405, `Method ${method} is not allowed on ${url.pathname}.`);
    const body = parseJson(raw);
    core.store.sweep();
    if (principal) authorize(principal, match.route.template);
    const result = await match.route.handler({
      store: core.store, params: match.params, query: queryOf(url.searchParams), body, headers: req.headers,
      setHeader: (name, value) => res.setHeader(name, value), principal,
    });
    record(200);
    if (method !== "GET") core.onChange?.();
    sendJson(res, 200, result);
  } catch (error) {
    const apiError = asApiError(error);
    record(apiError.status);
    sendError(res, apiError, requestId);
  }
}

async function serveControl(
  core: Core, routes: Route[], req: IncomingMessage, res: ServerResponse, url: URL,
) {
  // The control surface needs no key, so it must never be reachable from another machine.
  if (!isLoopback(req.socket.remoteAddress)) throw new ApiError(403, "The control surface is loopback only.");
  const raw = await readBody(req);
  const match = matchRoute(routes, req.method ?? "GET", url.pathname);
  if (match.kind !== "found") throw new ApiError(404, `No such control endpoint: ${req.method} ${url.pathname}.`);
  const result = match.route.handler({
    store: core.store, params: match.params, query: queryOf(url.searchParams), body: parseJson(raw), headers: req.headers,
    setHeader: (name, value) => res.setHeader(name, value),
  });
  if (req.method !== "GET") core.onChange?.();
  sendJson(res, 200, result ?? { ok: true });
}

function checkVersion(req: IncomingMessage): void {
  const version = req.headers["anthropic-version"];
  if (version === undefined) throw invalid("anthropic-version: header is required");
  if (typeof version !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(version)) {
    throw invalid(`anthropic-version: '${String(version)}' is not a valid version`);
  }
}

/** Reads the whole body, even when it is too large, so a rejection never leaves a half-read connection. */
function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on("end", () => {
      if (size > MAX_BODY_BYTES) reject(new ApiError(413, `Request body exceeds ${MAX_BODY_BYTES} bytes.`));
      else resolve(Buffer.concat(chunks).toString("utf8"));
    });
    req.on("error", reject);
  });
}

function parseJson(raw: string): unknown {
  if (raw.trim() === "") return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    throw invalid("The request body is not valid JSON.");
  }
}

function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  process.stderr.write(`emulator: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
  return new ApiError(500, "Internal server error.");
}

function sendError(res: ServerResponse, error: ApiError, requestId: string): void {
  if (res.headersSent || res.destroyed) return;
  sendJson(res, error.status, error.body(requestId), error.headers);
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

function isLoopback(address: string | undefined): boolean {
  return address === "127.0.0.1" || address === "::1" || address === "::ffff:127.0.0.1" || !!address?.startsWith("127.");
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
