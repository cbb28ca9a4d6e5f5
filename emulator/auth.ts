import type { IncomingHttpHeaders } from "node:http";
import { timingSafeEqual } from "node:crypto";
import { ApiError } from "./errors";

/**
 * Who a request acts as: the admin key, or an OAuth access token (Bearer) with its scopes, the actor it
 * acts for (`user_...` for a person's token, `svac_...` for a federation token), whether it is interactive
 * (a person's, as opposed to a workload's) and, for a federation token, the workspace it is scoped to.
 */
export type Principal =
  | { kind: "admin-key" }
  | { kind: "oauth"; scopes: string[]; actorId?: string; interactive?: boolean; workspaceId?: string };

/** Looks up a Bearer value that is not the admin key (see ./federation/access.ts); undefined if unknown. */
export type TokenResolver = (token: string) => Principal | undefined;

/**
 * The API takes the admin key in `x-api-key` or as `Authorization: Bearer <key>` (what the official SDK
 * sends for `new Anthropic({ apiKey })`). When both are present `x-api-key` is the one checked, as the API
 * does. The messages are the API's own ("invalid x-api-key", "Invalid bearer token"); none echoes a value.
 */
export function authenticate(headers: IncomingHttpHeaders, adminKey: string, resolveToken?: TokenResolver): Principal {
  const apiKey = single(headers["x-api-key"]);
  if (apiKey !== undefined) {
    if (!sameSecret(apiKey, adminKey)) throw new ApiError(401, "invalid x-api-key");
    return { kind: "admin-key" };
  }
  const authorization = single(headers.authorization);
  if (authorization === undefined) throw new ApiError(401, "x-api-key header is required");
  const bearer = /^Bearer\s+(.+)$/i.exec(authorization.trim());
  if (!bearer) throw new ApiError(401, "Invalid bearer token");
  const token = bearer[1].trim();
  if (sameSecret(token, adminKey)) return { kind: "admin-key" };
  const principal = resolveToken?.(token);
  if (!principal) throw new ApiError(401, "Invalid bearer token");
  return principal;
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Constant-time, so response timing does not reveal how much of a guessed key was right. */
function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
