import type { JWTVerifyGetKey } from "jose" with { "resolution-mode": "import" };
import { now } from "../store";
import { jose } from "./jose";
import type { FederationIssuer } from "../federation-wire";

// Where an issuer's signing keys come from: inline (no fetch), a fixed JWKS URL, or OIDC discovery
// (`<base>/.well-known/openid-configuration` -> `jwks_uri`). The emulator fetches only from loopback: it
// stands in for a real server on a developer's or CI machine and must never reach out to the internet.

const FETCH_TIMEOUT_MS = 5_000;
const POLL_INTERVAL_MS = 3600 * 1000;

/** The issuer's keys could not be obtained; the message says which step failed and never echoes a body. */
export class KeySourceError extends Error {}

export async function keySetFor(issuer: FederationIssuer): Promise<JWTVerifyGetKey> {
  const { createLocalJWKSet } = await jose();
  const { jwks } = issuer;
  if (jwks.type === "inline") return createLocalJWKSet({ keys: jwks.keys as never });
  try {
    let jwksUrl: string;
    if (jwks.type === "explicit_url") {
      jwksUrl = jwks.url;
    } else {
      const base = (jwks.discovery_base ?? issuer.issuer_url).replace(/\/+$/, "");
      const discovery = await fetchJson(`${base}/.well-known/openid-configuration`, "the OIDC discovery document");
      const uri = (discovery as { jwks_uri?: unknown }).jwks_uri;
      if (typeof uri !== "string") throw new KeySourceError("the OIDC discovery document has no `jwks_uri`");
      jwksUrl = uri;
    }
    const set = (await fetchJson(jwksUrl, "the JWKS")) as { keys?: unknown };
    if (!Array.isArray(set.keys)) throw new KeySourceError("the JWKS document has no `keys` array");
    recordPoll(issuer, true);
    return createLocalJWKSet({ keys: set.keys });
  } catch (error) {
    recordPoll(issuer, false);
    throw error instanceof KeySourceError ? error : new KeySourceError(String(error));
  }
}

/** `poll_status` as the API reports it: when keys were last fetched and how many fetches failed since. */
function recordPoll(issuer: FederationIssuer, ok: boolean): void {
  const at = now();
  const previous = issuer.poll_status ?? { consecutive_failures: 0, last_fetched_at: null, next_poll_at: null };
  issuer.poll_status = {
    consecutive_failures: ok ? 0 : previous.consecutive_failures + 1,
    last_fetched_at: ok ? at : previous.last_fetched_at,
    next_poll_at: issuer.jwks_polling_disabled_at ? null : new Date(Date.now() + POLL_INTERVAL_MS).toISOString(),
  };
}

export function isLoopbackUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  const host = url.hostname.replace(/^\[|\]$/g, "");
  return (url.protocol === "http:" || url.protocol === "https:") &&
    (host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host));
}

async function fetchJson(url: string, what: string): Promise<unknown> {
  if (!isLoopbackUrl(url)) {
    throw new KeySourceError(`${what} is at ${safeOrigin(url)}, which the emulator does not fetch (loopback only)`);
  }
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: "error" });
  } catch {
    throw new KeySourceError(`${what} could not be fetched from ${safeOrigin(url)}`);
  }
  if (!response.ok) throw new KeySourceError(`fetching ${what} from ${safeOrigin(url)} answered HTTP ${response.status}`);
  try {
    return await response.json();
  } catch {
    throw new KeySourceError(`${what} at ${safeOrigin(url)} is not JSON`);
  }
}

function safeOrigin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return "an invalid URL";
  }
}
