import { randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import type { Principal } from "../auth";
import { ApiError } from "../errors";
import type { Store } from "../store";
import { ORG_ADMIN_SCOPE } from "./credentials";

/** An OAuth access token in the API's form (`sk-ant-oat01-...`), for a person's login or a federation exchange. */
export const newAccessToken = () => `sk-ant-oat01-${randomBytes(70).toString("base64url").slice(0, 93)}AA`;

/** `anthropic-beta` value the API requires on every request authenticated by an OAuth access token. */
export const OAUTH_BETA = "oauth-2025-04-20";

/**
 * Resolves a Bearer value that is not the admin key: the person's token the emulator was started with
 * (`org:admin`, what `ant auth login --scope org:admin` gives) or a token minted by a federation exchange.
 * Unknown values resolve to nothing (the caller answers "Invalid bearer token"); known ones still need the
 * OAuth beta header and must not have expired. Messages are the API's and never echo the token.
 */
export function oauthTokens(store: Store, userToken: string | undefined, headers: IncomingHttpHeaders) {
  return (token: string): Principal | undefined => {
    let principal: Principal | undefined;
    if (userToken !== undefined && same(token, userToken)) {
      principal = { kind: "oauth", scopes: [ORG_ADMIN_SCOPE], actorId: store.adminUserId, interactive: true };
    } else {
      const grant = store.federation.tokenGrant(token);
      if (!grant) return undefined;
      if (grant.expiresAt <= Date.now()) {
        throw new ApiError(401, "OAuth token has expired. Please obtain a new token or refresh your existing token.");
      }
      principal = { kind: "oauth", scopes: grant.scopes, actorId: grant.actorId, interactive: false, workspaceId: grant.workspaceId };
    }
    const betas = String(headers["anthropic-beta"] ?? "").split(",").map((b) => b.trim());
    if (!betas.includes(OAUTH_BETA)) throw new ApiError(401, "OAuth authentication is currently not supported.");
    return principal;
  };
}

function same(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
