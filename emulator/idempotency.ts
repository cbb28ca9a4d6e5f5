import { ApiError, invalid } from "./errors";
import type { Ctx } from "./router";
import type { Store } from "./store";

// Idempotency keys for creates, as Stripe-style APIs offer them: a client that cannot tell whether its
// create reached the server (a timeout, a killed `pulumi up`) sends the same request with the same
// `Idempotency-Key` again and gets the first response back instead of a second object.
//
// - Only a completed create is saved. A rejected one created nothing, so its key stays free for the
//   corrected request.
// - Records live beside the Store they describe (a WeakMap keyed by it), and a record is dropped once
//   the object it created is gone: `POST /_emulator/reset` clears the store's maps, so it ends every
//   replay without this module hooking into the reset.

export const IDEMPOTENCY_HEADER = "Idempotency-Key";
export const REPLAYED_HEADER = "idempotent-replayed";
export const IDEMPOTENCY_WINDOW_MS = 24 * 3600 * 1000;

const KEY_PATTERN = /^[\x20-\x7e]{1,255}$/;

interface SavedResponse {
  /** The route and the canonical body of the request that used the key. */
  fingerprint: string;
  response: { id: string };
  savedAt: number;
}

const savedByStore = new WeakMap<Store, Map<string, SavedResponse>>();

/** The request's `Idempotency-Key`, or undefined when it sent none; 400 when it is malformed. */
export function idempotencyKeyOf(ctx: Ctx): string | undefined {
  const value = ctx.headers[IDEMPOTENCY_HEADER.toLowerCase()];
  if (value === undefined) return undefined;
  if (typeof value !== "string" || !KEY_PATTERN.test(value)) {
    throw invalid(`${IDEMPOTENCY_HEADER}: must be 1 to 255 printable ASCII characters.`);
  }
  return value;
}

/**
 * Runs `create` once per idempotency key: a repeat of the same request within the window replays the
 * first response and creates nothing; the same key on a different request is a 409. Without a key,
 * `create` simply runs. `exists` says whether the object a saved response created is still in the store.
 */
export function createOnce<T extends { id: string }>(
  ctx: Ctx,
  route: string,
  exists: (id: string) => boolean,
  create: () => T,
  at: number = Date.now(),
): T {
  const key = idempotencyKeyOf(ctx);
  if (key === undefined) return create();
  const saved = savedFor(ctx.store, exists, at);
  const fingerprint = `${route} ${canonicalJson(ctx.body)}`;
  const prior = saved.get(key);
  if (prior) {
    if (prior.fingerprint !== fingerprint) {
      // Resending cannot help, so tell clients that retry 409s not to.
      throw new ApiError(409,
        `The ${IDEMPOTENCY_HEADER} was already used with a different request; use a new key for a new request.`,
        undefined, { "x-should-retry": "false" });
    }
    ctx.setHeader(REPLAYED_HEADER, "true");
    return structuredClone(prior.response) as T;
  }
  const response = create();
  saved.set(key, { fingerprint, response: structuredClone(response), savedAt: at });
  return response;
}

function savedFor(store: Store, exists: (id: string) => boolean, at: number): Map<string, SavedResponse> {
  let saved = savedByStore.get(store);
  if (!saved) {
    saved = new Map();
    savedByStore.set(store, saved);
  }
  for (const [key, record] of saved) {
    if (at - record.savedAt >= IDEMPOTENCY_WINDOW_MS || !exists(record.response.id)) saved.delete(key);
  }
  return saved;
}

/** JSON with object keys sorted, so the same body sent with its fields in another order still matches. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
