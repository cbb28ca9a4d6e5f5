import { randomBytes } from "node:crypto";

/**
 * A recognisable, fake admin key for tests that prove a key never leaks. Assembled at run time, so the
 * repository holds no string that secret scanners take for a real key.
 */
export function canaryAdminKey(label: string): string {
  return ["sk", "ant", "admin01", `${label.toUpperCase()}CANARY${randomBytes(24).toString("hex")}`].join("-");
}
