import { z } from "zod";
import { invalid } from "../errors";
import { newId } from "../ids";
import { parseWith } from "../params";
import { route, type Route } from "../router";
import { now } from "../store";
import { callerOf } from "../federation/caller";
import { jose } from "../federation/jose";
import { isLoopbackUrl } from "../federation/keys";
import { archivedNotModifiable, cursorList, listQuery, slug, uniqueName } from "../federation/lists";
import { requireConsoleForIssuer } from "../federation/scope-policy";
import { pinsTenant, tenantPinningMessage } from "../federation/well-known";
import { jwksSchema, type FederationIssuer, type Jwks } from "../federation-wire";

// `/v1/organizations/federation_issuers`: the OIDC identity providers an organization trusts.
// OAuth `org:admin` only (see ../federation/credentials.ts).

const BASE = "/v1/organizations/federation_issuers";
const lifetime = z.number().int().min(1).max(176_400, "must be at most 176400 seconds (49 h)");

const createBody = z.strictObject({
  issuer_url: z.string().min(1),
  name: slug,
  check_jti: z.boolean().nullish(),
  jwks: jwksSchema.optional(),
  max_jwt_lifetime_seconds: lifetime.nullish(),
});
const updateBody = z.strictObject({
  issuer_url: z.string().min(1).nullish(),
  name: slug.nullish(),
  check_jti: z.boolean().nullish(),
  jwks: jwksSchema.nullish(),
  jwks_polling_disabled: z.boolean().nullish(),
  max_jwt_lifetime_seconds: lifetime.nullish(),
});

/** https anywhere; plain http only on loopback, where the emulator's test issuers live. */
function checkUrl(value: string, field: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw invalid(`${field}: '${value}' is not a URL.`);
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopbackUrl(value))) {
    throw invalid(`${field}: must be an https:// URL (plain http:// is accepted only on loopback).`);
  }
  return value;
}

/** Public keys only, each one importable: a private key or a shared secret has no place in a trust anchor. */
async function checkJwks(jwks: Jwks, issuerUrl: string): Promise<Jwks> {
  if (jwks.type === "explicit_url") checkUrl(jwks.url, "jwks.url");
  if (jwks.type === "discovery" && jwks.discovery_base) checkUrl(jwks.discovery_base, "jwks.discovery_base");
  if (jwks.type === "discovery" && !jwks.discovery_base) checkUrl(issuerUrl, "issuer_url");
  if (jwks.type !== "inline") return jwks;
  if (jwks.keys.length === 0) throw invalid("jwks.keys: must hold at least one key.");
  const { importJWK } = await jose();
  for (const [index, key] of jwks.keys.entries()) {
    if (key.kty === "oct") throw invalid(`jwks.keys.${index}: symmetric (oct) keys are not accepted; give the issuer's public keys.`);
    if ("d" in key || "p" in key || "k" in key) throw invalid(`jwks.keys.${index}: holds private key material; give only the public key.`);
    try {
      await importJWK(key as never, typeof key.alg === "string" ? key.alg : defaultAlg(key));
    } catch {
      throw invalid(`jwks.keys.${index}: is not a usable public JWK (kty ${String(key.kty)}).`);
    }
  }
  return jwks;
}

function defaultAlg(key: Record<string, unknown>): string {
  if (key.kty === "EC") return key.crv === "P-384" ? "ES384" : key.crv === "P-521" ? "ES512" : "ES256";
  if (key.kty === "OKP") return "EdDSA";
  return "RS256";
}

export const federationIssuerRoutes: Route[] = [
  route("POST", BASE, async (ctx) => {
    const input = parseWith(createBody, ctx.body, "body");
    const issuerUrl = input.issuer_url;
    checkUrlLoose(issuerUrl);
    if (new URL(issuerUrl).protocol !== "https:") checkUrl(issuerUrl, "issuer_url");
    const jwks = await checkJwks(input.jwks ?? { type: "discovery" }, issuerUrl);
    const federation = ctx.store.federation;
    uniqueName(federation.issuers.values(), input.name, "federation issuer");
    const caller = callerOf(ctx);
    const at = now();
    const issuer: FederationIssuer = {
      id: newId("fdis"), type: "federation_issuer", name: input.name, issuer_url: issuerUrl, jwks,
      check_jti: input.check_jti ?? true, max_jwt_lifetime_seconds: input.max_jwt_lifetime_seconds ?? 3600,
      jwks_polling_disabled_at: null, poll_status: null,
      created_at: at, created_by_actor_id: caller.actorId, updated_at: at, updated_by_actor_id: caller.actorId,
      archived_at: null, archived_by_actor_id: null,
    };
    federation.issuers.set(issuer.id, issuer);
    return issuer;
  }),
  route("GET", BASE, ({ store, query }) => {
    const params = parseWith(listQuery, query, "query");
    const issuers = [...store.federation.issuers.values()].filter((i) => params.include_archived || i.archived_at === null);
    return cursorList(issuers, params);
  }),
  route("GET", `${BASE}/{id}`, ({ store, params }) => store.federation.issuer(params.id)),
  route("POST", `${BASE}/{id}`, async (ctx) => {
    const federation = ctx.store.federation;
    const issuer = federation.issuer(ctx.params.id);
    const input = parseWith(updateBody, ctx.body, "body");
    if (issuer.archived_at) throw archivedNotModifiable("Federation issuer", issuer.id);
    const caller = callerOf(ctx);
    requireConsoleForIssuer(caller, federation.rules.values(), issuer.id);
    if (input.jwks_polling_disabled === true) {
      throw invalid("jwks_polling_disabled: only `false` is accepted, to re-enable polling; polling is paused automatically.");
    }
    const issuerUrl = input.issuer_url ?? issuer.issuer_url;
    if (input.issuer_url != null) checkUrlLoose(issuerUrl);
    const jwks = input.jwks != null ? await checkJwks(input.jwks, issuerUrl) : issuer.jwks;
    if (input.name != null) uniqueName(federation.issuers.values(), input.name, "federation issuer", issuer.id);
    if (input.issuer_url != null) {
      const loose = [...federation.rules.values()].find((r) => r.issuer_id === issuer.id && r.archived_at === null && !pinsTenant(issuerUrl, r.match));
      if (loose) throw invalid(`issuer_url: live rule '${loose.id}' would not constrain tenant identity. ${tenantPinningMessage(issuerUrl)}`);
    }
    // Everything is checked; now write.
    issuer.issuer_url = issuerUrl;
    issuer.jwks = jwks;
    if (input.name != null) issuer.name = input.name;
    if (input.check_jti != null) issuer.check_jti = input.check_jti;
    if (input.max_jwt_lifetime_seconds != null) issuer.max_jwt_lifetime_seconds = input.max_jwt_lifetime_seconds;
    if (input.jwks_polling_disabled === false) issuer.jwks_polling_disabled_at = null;
    issuer.updated_at = now();
    issuer.updated_by_actor_id = caller.actorId;
    return issuer;
  }),
  route("POST", `${BASE}/{id}/archive`, (ctx) => {
    const federation = ctx.store.federation;
    const issuer = federation.issuer(ctx.params.id);
    if (issuer.archived_at) return issuer;
    const live = [...federation.rules.values()].filter((r) => r.archived_at === null && r.issuer_id === issuer.id);
    if (live.length > 0) {
      throw invalid(`Federation issuer '${issuer.id}' still backs live rule(s) ${live.map((r) => `'${r.id}'`).join(", ")}; ` +
        "archive those rules first (a rule's issuer cannot be changed), or recreate them against another issuer.");
    }
    issuer.archived_at = now();
    issuer.archived_by_actor_id = callerOf(ctx).actorId;
    return issuer;
  }),
];

/** The issuer URL only has to be a URL: for explicit and inline keys it is matched as `iss`, never fetched. */
function checkUrlLoose(value: string): string {
  try {
    new URL(value);
  } catch {
    throw invalid(`issuer_url: '${value}' is not a URL.`);
  }
  return value;
}
