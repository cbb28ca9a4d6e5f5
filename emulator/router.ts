import type { IncomingHttpHeaders } from "node:http";
import type { Principal } from "./auth";
import { invalid } from "./errors";
import type { Query } from "./params";
import type { Store } from "./store";

export interface Ctx {
  store: Store;
  params: Record<string, string>;
  query: Query;
  body: unknown;
  headers: IncomingHttpHeaders;
  /** Adds a header to a successful response (e.g. `idempotent-replayed`). */
  setHeader: (name: string, value: string) => void;
  /** Who the request acts as; absent on the control surface, which takes no credential. */
  principal?: Principal;
}

export interface Route {
  method: "GET" | "POST" | "PUT" | "DELETE";
  /** e.g. `/v1/organizations/workspaces/{id}`; `{name}` matches one path segment. */
  template: string;
  handler: (ctx: Ctx) => unknown;
}

export type Match =
  | { kind: "found"; route: Route; params: Record<string, string>; label: string }
  | { kind: "wrong_method"; label: string }
  | { kind: "none"; label: string };

/** Requests that match no route are counted under one label rather than one per raw path. */
export const UNMATCHED = "(unmatched)";

export function matchRoute(routes: Route[], method: string, path: string): Match {
  const segments = path.split("/");
  let wrongMethod: string | undefined;
  for (const route of routes) {
    const params = matchTemplate(route.template, segments);
    if (!params) continue;
    if (route.method === method) return { kind: "found", route, params, label: `${method} ${route.template}` };
    wrongMethod = `${method} ${route.template}`;
  }
  return wrongMethod ? { kind: "wrong_method", label: wrongMethod } : { kind: "none", label: `${method} ${UNMATCHED}` };
}

function matchTemplate(template: string, segments: string[]): Record<string, string> | null {
  const parts = template.split("/");
  if (parts.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part.startsWith("{") && part.endsWith("}")) {
      if (!segments[i]) return null;
      params[part.slice(1, -1)] = safeDecode(segments[i]);
    } else if (part !== segments[i]) {
      return null;
    }
  }
  return params;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Endpoints the SDK documents as "requests must send `<beta>` in this header". */
export function requireBeta(ctx: Ctx, beta: string): void {
  const header = ctx.headers["anthropic-beta"];
  const values = (Array.isArray(header) ? header.join(",") : header ?? "").split(",").map((v) => v.trim());
  if (!values.includes(beta)) {
    throw invalid(`This endpoint is in beta: send 'anthropic-beta: ${beta}' with the request.`);
  }
}

export function route(method: Route["method"], template: string, handler: Route["handler"]): Route {
  return { method, template, handler };
}
