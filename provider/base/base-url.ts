/**
 * The Admin API endpoint a client talks to, checked before any request: the settings (settings/config.ts,
 * settings/organizations.ts), the client (client/) and the GitHub Actions token service
 * (credentials/github-actions-token.ts) all use it.
 */
import { ConfigurationError } from "./configuration-error";
import { redact } from "./redaction";

export const DEFAULT_BASE_URL = "https://api.anthropic.com";

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, "");
  if (host === "localhost" || host === "::1") return true;
  const octets = host.split(".");
  return octets.length === 4 && octets[0] === "127" && octets.every((o) => /^\d{1,3}$/.test(o) && Number(o) <= 255);
}

/**
 * The admin key travels in a header on every request, so plain HTTP is allowed only where nobody
 * else can listen: loopback, which is where the emulator runs.
 */
export function validateBaseUrl(raw: string, source: string): string {
  let normalized = accepted.get(raw);
  if (normalized === undefined) {
    normalized = checkedBaseUrl(raw, source);
    if (accepted.size < 32) accepted.set(raw, normalized);
  }
  return normalized;
}

/** Endpoints accepted already: every operation of a provider checks the same one or two. */
const accepted = new Map<string, string>();

function checkedBaseUrl(raw: string, source: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    // A key pasted into the wrong setting must not be echoed back.
    throw new ConfigurationError(`${source} is not a valid URL: ${JSON.stringify(redact(raw))}.`, source);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new ConfigurationError(`${source} must be an https:// URL, got ${url.protocol}//.`, source);
  }
  if (url.protocol === "http:" && !isLoopbackHost(url.hostname)) {
    throw new ConfigurationError(
      `${source} uses plain http:// to ${url.hostname}, which would send the admin key unencrypted. ` +
        "Use https://, or http:// only to a loopback address (127.0.0.1, localhost, [::1]).",
      source,
    );
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new ConfigurationError(`${source} must not carry credentials, a query or a fragment.`, source);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

