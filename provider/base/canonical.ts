/**
 * One canonical form per field that has one, used wherever two values of the field are compared: the
 * diff, the read after a refresh, the adoption and take-over lookups, and the outputs. Emails and hex
 * colors are case-insensitive (the Admin API treats them so), lists that are sets compare in any order,
 * and an instant compares as an instant however it is written. A difference of form only is never a
 * change.
 */
const text = (form: (value: string) => string) => (value: unknown) => (typeof value === "string" ? form(value) : value);
const set = (value: unknown) => (Array.isArray(value) ? [...value].sort() : value);
const instant = text((value) => (Number.isNaN(Date.parse(value)) ? value : new Date(value).toISOString()));

const forms: Partial<Record<string, (value: unknown) => unknown>> = {
  email: text((value) => value.trim().toLowerCase()),
  displayColor: text((value) => value.trim().toUpperCase()),
  allowedInferenceGeos: set,
  groups: set,
  expiresAt: instant,
};

/** The value in the form it is compared in; fields without a canonical form compare as they are. */
export function canonical(field: string, value: unknown): unknown {
  const form = forms[field];
  return form ? form(value) : value;
}

export function sameValue(field: string, a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(field, a)) === JSON.stringify(canonical(field, b));
}

/**
 * What an output reports for a field the program set: the value as the program wrote it when the live
 * value is the same in canonical form, else the live value (so real drift still shows).
 */
export function asWritten<T>(field: string, written: T | undefined, live: T): T {
  return written !== undefined && sameValue(field, written, live) ? written : live;
}
