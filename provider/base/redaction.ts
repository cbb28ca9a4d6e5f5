/** Masks credentials in any text that may leave the process: errors, audit records, debug logs. A leaf: it imports nothing. */
// Anthropic keys are `sk-ant-<kind><nn>-<base64url>`; masking the whole token keeps even its kind private.
const KEY_PATTERN = /sk-ant-[A-Za-z0-9_-]+/g;
// A signed JWT (`eyJ<header>.<payload>.<signature>`): workload identity tokens, which a server may echo.
const JWT_PATTERN = /eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/g;
// Whatever follows `Bearer` in a header a proxy echoes: an OAuth access token of any shape.
const BEARER_PATTERN = /(Bearer\s+)[A-Za-z0-9._~+/-]+=*/gi;
// A webhook signing secret (`whsec_<base64>`), which a response may carry.
const SIGNING_SECRET_PATTERN = /whsec_[A-Za-z0-9+/=_-]+/g;
const MASK = "[REDACTED]";

/**
 * Masks anything that looks like an Anthropic key (admin keys, OAuth access tokens `sk-ant-oat...`), a
 * signed JWT (identity tokens) or a Bearer credential, and each given secret (pass every credential held:
 * admin key, OAuth token, federated access token), wherever it appears.
 */
export function redact(text: string, secrets: ReadonlyArray<string | undefined> = []): string {
  let out = text;
  for (const secret of secrets) {
    // Very short strings would mask ordinary words; real keys are long.
    if (secret && secret.length >= 8) out = out.split(secret).join(MASK);
  }
  return out.replace(KEY_PATTERN, MASK).replace(JWT_PATTERN, MASK).replace(BEARER_PATTERN, `$1${MASK}`).replace(SIGNING_SECRET_PATTERN, MASK);
}
