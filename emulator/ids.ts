import { randomBytes, randomUUID } from "node:crypto";

// Base58 in ASCII order, so ids compare (as plain strings) in the order they were minted.
const ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

let sequence = 0;

function base58(value: number, width: number): string {
  let out = "";
  for (let i = 0; i < width; i++) {
    out = ALPHABET[value % 58] + out;
    value = Math.floor(value / 58);
  }
  return out;
}

function randomChars(n: number): string {
  const bytes = randomBytes(n);
  let out = "";
  for (const b of bytes) out += ALPHABET[b % 58];
  return out;
}

/**
 * `prefix_01` + 22 characters, like the real API's tagged ids. The first 8 characters after `01` are a
 * process-wide monotonic sequence, which keeps every list in creation order and lets `after_id`/`before_id`
 * cursors work by string comparison even after the cursor object has been deleted.
 */
export function newId(prefix: string): string {
  // Milliseconds, bumped on collision (as ULIDs do), so ids also look unrelated across runs.
  sequence = Math.max(sequence + 1, Date.now());
  return `${prefix}_01${base58(sequence, 8)}${randomChars(14)}`;
}

export function newRequestId(): string {
  return `req_011C${randomChars(20)}`;
}

export function newOrganizationId(): string {
  return randomUUID();
}

const secret = (prefix: string) => `${prefix}-${randomBytes(70).toString("base64url").slice(0, 93)}AA`;

/** The secret value of a new API key: shown once, never stored. */
export const newApiKeySecret = () => secret("sk-ant-api03");
export const newAdminKey = () => secret("sk-ant-admin01");

/** The Console's redacted form of a key, e.g. `sk-ant-api03-R2D...igAA`. */
export function keyHint(secret: string): string {
  return `${secret.slice(0, 16)}...${secret.slice(-4)}`;
}
