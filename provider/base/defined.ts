/** The same object without its undefined properties (state round-trips and API bodies drop them anyway). */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** `{ [key]: value }` when the value is set (not null, absent or empty), else nothing to spread. */
export function optional<K extends string>(key: K, value: string | null | undefined): Partial<Record<K, string>> {
  return (value ? { [key]: value } : {}) as Partial<Record<K, string>>;
}
