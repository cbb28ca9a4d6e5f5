import { isDeepStrictEqual } from "node:util";

/**
 * Changes made outside Pulumi to fields the program leaves undeclared (an ApiKey whose `status` is left
 * at its default, deactivated in the Console). Refresh records the live value, as for any field, but
 * nothing sets it back: the program did not ask for a value, and a key deactivated in the Console may
 * have been deactivated on purpose. So that such a change is never silent, refresh keeps a record of it
 * in this internal output, which the provider reports at refresh and at every preview (see
 * dynamic/outside-changes.ts) until the value comes back or the program declares the field.
 */
export const CHANGED_OUTSIDE = "__changedOutside";

export interface OutsideChange {
  /** The value state recorded before the change (the last `up`'s, or the first refresh's that saw it differ). */
  was: unknown;
  /** The live value. */
  now: unknown;
}
export type OutsideChanges = Record<string, OutsideChange>;

/**
 * The changes of undeclared inputs from the `previous` outputs to the `refreshed` ones, with those an
 * earlier refresh recorded carried over (keeping their first `was`) while the live value still differs.
 */
export function changesOutside(
  previous: Record<string, unknown>,
  refreshed: Record<string, unknown>,
  inputNames: readonly string[],
  declared: readonly string[],
): OutsideChanges | undefined {
  const earlier = recordedChanges(previous);
  const changes: OutsideChanges = {};
  for (const field of inputNames) {
    if (declared.includes(field) || !(field in refreshed)) continue;
    const now = refreshed[field] ?? null;
    const was = field in earlier ? earlier[field]!.was : (previous[field] ?? null);
    if (was !== null && !isDeepStrictEqual(was, now)) changes[field] = { was, now };
  }
  return Object.keys(changes).length > 0 ? changes : undefined;
}

/** The record an output holds (none in outputs written by an update or by older versions). */
export function recordedChanges(outputs: unknown): OutsideChanges {
  const record = (outputs as Record<string, unknown> | null | undefined)?.[CHANGED_OUTSIDE];
  return record && typeof record === "object" ? (record as OutsideChanges) : {};
}
