import { exchange } from "../federation/exchange";
import { route, type Route } from "../router";

/**
 * The token endpoint. It sits outside `/v1/organizations` and takes no credential (the assertion is the
 * proof) and no `anthropic-version` (the SDK's `oidcFederationProvider` sends none): the server lets this
 * path through unauthenticated (see `isPublicPath`).
 */
export const TOKEN_PATH = "/v1/oauth/token";

export const isPublicPath = (path: string) => path === TOKEN_PATH;

export const oauthTokenRoutes: Route[] = [
  route("POST", TOKEN_PATH, async (ctx) => {
    // RFC 6749 section 5.1: token responses must not be cached.
    ctx.setHeader("cache-control", "no-store");
    return exchange(ctx.store, ctx.headers, ctx.body);
  }),
];
