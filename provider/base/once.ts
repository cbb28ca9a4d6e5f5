/** `build`'s value, made by the first call and returned by every later one (a schema, a module's import). */
export function once<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}
