/**
 * Secrets across the provider boundary. The engine sends a secret input as a marker object (Pulumi's
 * wire form of a secret: `{ <sig key>: <secret sig>, value }`); the handlers take plain values, as the
 * dynamic host gives them. On the way back, the engine keeps every value secret that came in secret
 * (it copies secretness from inputs to outputs of the same name), so only outputs that are secret by
 * themselves need the marker: those the package schema declares `secret: true` (an API key's `key`,
 * a webhook's `signingSecret`).
 */
import { specialSecretSig, specialSigKey } from "@pulumi/pulumi/runtime/rpc";

function isSecretMarker(value: unknown): value is { value: unknown } {
  return typeof value === "object" && value !== null && (value as Record<string, unknown>)[specialSigKey] === specialSecretSig;
}

/** `value` with every secret marker replaced by the value it holds, at any depth. */
export function unwrapSecrets(value: unknown): unknown {
  if (isSecretMarker(value)) return unwrapSecrets(value.value);
  if (Array.isArray(value)) return value.map(unwrapSecrets);
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, unwrapSecrets(inner)]));
  }
  return value;
}

/** Whether any value inside `value` came in secret. */
export function holdsSecret(value: unknown): boolean {
  if (isSecretMarker(value)) return true;
  if (Array.isArray(value)) return value.some(holdsSecret);
  if (typeof value === "object" && value !== null) return Object.values(value).some(holdsSecret);
  return false;
}

/** `value` as a secret on the wire. */
export function secretValue(value: unknown): unknown {
  return isSecretMarker(value) ? value : { [specialSigKey]: specialSecretSig, value };
}

/** `properties` with each of `secret` (those that are set) marked secret. */
export function markSecrets(properties: unknown, secret: readonly string[]): unknown {
  if (typeof properties !== "object" || properties === null || secret.length === 0) return properties;
  const marked: Record<string, unknown> = { ...(properties as Record<string, unknown>) };
  for (const name of secret) {
    if (marked[name] !== undefined && marked[name] !== null) marked[name] = secretValue(marked[name]);
  }
  return marked;
}
