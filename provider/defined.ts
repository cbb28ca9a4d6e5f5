/** The same object without its undefined properties (state round-trips and API bodies drop them anyway). */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The properties named by `keys` that have a value: e.g. the inputs a resource's outputs correspond to. */
export function pickDefined<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Pick<T, K> {
  return withoutUndefined(Object.fromEntries(keys.map((key) => [key, value[key]]))) as Pick<T, K>;
}
