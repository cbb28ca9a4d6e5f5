/**
 * One canonical form per field that has one, used wherever two values of the field are compared: the
 * diff, the read after a refresh, the adoption and take-over lookups, and the outputs. Emails are
 * case-insensitive (the Admin API matches them so) and hex colors are too; a difference of case only
 * is never a change.
 */
const forms: Partial<Record<string, (value: string) => string>> = {
  email: (value) => value.trim().toLowerCase(),
  displayColor: (value) => value.trim().toUpperCase(),
};

export const canonicalEmail = forms.email!;

/** The value in the form it is compared in; fields without a canonical form compare as they are. */
export function canonical(field: string, value: unknown): unknown {
  const form = forms[field];
  return form && typeof value === "string" ? form(value) : value;
}

export function sameValue(field: string, a: unknown, b: unknown): boolean {
  return canonical(field, a) === canonical(field, b);
}

/**
 * What an output reports for a field the program set: the value as the program wrote it when the live
 * value is the same in canonical form, else the live value (so real drift still shows).
 */
export function asWritten<T>(field: string, written: T | undefined, live: T): T {
  return written !== undefined && sameValue(field, written, live) ? written : live;
}
