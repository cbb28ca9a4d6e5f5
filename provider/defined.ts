/** The same object without its undefined properties (state round-trips and API bodies drop them anyway). */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
