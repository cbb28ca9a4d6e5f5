import { CHANGED_OUTSIDE, changesOutside } from "./changed-outside";

/**
 * Which inputs the program set. A resource's outputs carry live values for every field (users read
 * them), so they cannot tell "declared" from "reported"; this internal output records it. `read()`
 * then returns as inputs only what the program had set, with live values, so that a refresh or the
 * next diff never shows fields the program does not manage. Keys starting with `__` are internal to
 * Pulumi: never displayed, never diffed.
 */
export const DECLARED = "__declared";

/** Internal inputs the resource classes add (`__owner`) and the engine adds (`__provider`). */
export const isInternal = (key: string) => key.startsWith("__");

/** The inputs without the internal ones, e.g. for outputs (the owner is needed only by create). */
export function withoutInternal<T extends object>(inputs: T): T {
  return Object.fromEntries(Object.entries(inputs).filter(([key]) => !isInternal(key))) as T;
}

export function declaredKeys(inputs: object): string[] {
  return Object.entries(inputs)
    .filter(([key, value]) => value !== undefined && value !== null && !isInternal(key))
    .map(([key]) => key)
    .sort();
}

/**
 * The outputs of a create or update, recording which of the inputs were set. They describe the object
 * as this operation left it: the record of earlier changes outside Pulumi is dropped here, and the
 * dynamic provider puts back what still holds (dynamic/outside-changes.ts).
 */
export function recordDeclared<T extends object>(outputs: T, inputs: object): T {
  const { [CHANGED_OUTSIDE]: _earlier, ...rest } = outputs as Record<string, unknown>;
  return { ...rest, [DECLARED]: declaredKeys(inputs) } as T;
}

/**
 * The keys the program had set, from the outputs a resource recorded. State written before
 * `__declared` existed (package 0.1.0) falls back to `legacy`: the input keys its outputs hold minus
 * those that were always filled from the live object.
 */
export function declaredKeysOf(previous: Record<string, unknown>, legacy: Legacy): string[] {
  const recorded = previous[DECLARED];
  if (Array.isArray(recorded)) return recorded as string[];
  return legacy.inputs.filter((key) => previous[key] !== undefined && previous[key] !== null && !legacy.alwaysReported.includes(key));
}

/** The inputs refreshed outputs correspond to: the declared keys, with live values. */
export function pickDeclared(outputs: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const inputs: Record<string, unknown> = {};
  for (const key of keys) if (outputs[key] !== undefined && outputs[key] !== null) inputs[key] = outputs[key];
  return inputs;
}

export interface Legacy {
  /** Every input name of the resource. */
  inputs: readonly string[];
  /** Inputs 0.1.0 always filled from the live object, declared or not. */
  alwaysReported: readonly string[];
}

/**
 * `read()`'s answer for a live object: the outputs `outputsFor` makes from the declared inputs (as
 * state recorded them; a declared key with no recorded value is present, undefined) and the live object, and as inputs only the declared keys, with live values.
 * A field the program does not declare that changed outside Pulumi is recorded (changed-outside.ts).
 */
export function refreshed<I>(
  id: string,
  previous: object,
  legacy: Legacy,
  outputsFor: (declared: I) => object,
): { id: string; props: Record<string, unknown>; inputs: Record<string, unknown> } {
  const recorded = previous as Record<string, unknown>;
  const keys = declaredKeysOf(recorded, legacy);
  // A declared key without a recorded value (an import, which records nothing yet) reads the live one.
  const declared = Object.fromEntries(keys.map((key) => [key, recorded[key] ?? undefined]));
  const props = { ...outputsFor(declared as I), [DECLARED]: keys } as Record<string, unknown>;
  const changes = changesOutside(recorded, props, legacy.inputs, keys);
  if (changes) props[CHANGED_OUTSIDE] = changes;
  return { id, props, inputs: pickDeclared(props, keys) };
}
