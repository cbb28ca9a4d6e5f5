import type * as Jose from "jose" with { "resolution-mode": "import" };

export type JoseModule = typeof Jose;

let loading: Promise<JoseModule> | undefined;

/**
 * `jose` (every JWT and JWK operation here goes through it; nothing is hand-written) is an ES module and
 * this package compiles to CommonJS, so it is loaded with a dynamic import, once, on first use.
 */
export function jose(): Promise<JoseModule> {
  loading ??= import("jose");
  return loading;
}
