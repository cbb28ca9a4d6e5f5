import { randomBytes } from "node:crypto";

/**
 * A recognisable, fake admin key for tests that prove a key never leaks. Assembled at run time, so the
 * repository holds no string that secret scanners take for a real key.
 */
export function canaryAdminKey(label: string): string {
  return ["sk", "ant", "admin01", `${label.toUpperCase()}CANARY${randomBytes(24).toString("hex")}`].join("-");
}

/**
 * A recognisable secret that looks like no known key (so no pattern hides it, only the code's knowledge
 * of where secrets go): base64url text like a JWK's private member, a header token or a signing secret.
 */
export function canaryText(label: string): string {
  return `${label}CANARY${randomBytes(24).toString("base64url")}`;
}
