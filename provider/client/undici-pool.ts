/**
 * The part of undici a request needs: its connection `Pool` and the `request` method, each loaded from
 * its own module on the first request. The package's entry (`require("undici")`) also loads fetch,
 * WebSocket, EventSource, the HTTP cache, mocks, interceptors and proxy agents: measured about 45 ms of
 * CPU before a provider's first request (after @pulumi/pulumi), against about 27 ms for these two.
 *
 * They are the very objects the entry exports (undici assigns `request` to `Dispatcher.prototype`);
 * test/unit/undici-pool.test.ts holds that to the installed version. undici has no "exports" map, so
 * the paths resolve; should a later undici move them, the whole package is loaded instead.
 */
import type { Dispatcher, Pool } from "undici";

export type PoolOptions = Pool.Options;
export type ResponseData = Dispatcher.ResponseData;

interface PoolParts {
  Pool: new (origin: string, options: PoolOptions) => Pool;
  request: (this: Pool, options: Dispatcher.RequestOptions) => Promise<ResponseData>;
}

let parts: PoolParts | undefined;

/* eslint-disable @typescript-eslint/no-require-imports */
function loadParts(): PoolParts {
  try {
    const own = {
      Pool: require("undici/lib/dispatcher/pool.js") as PoolParts["Pool"],
      request: require("undici/lib/api/api-request.js") as PoolParts["request"],
    };
    if (typeof own.Pool === "function" && typeof own.request === "function") return own;
  } catch {
    // A layout without these files: the entry below has both.
  }
  const undici = require("undici") as typeof import("undici");
  return { Pool: undici.Pool, request: undici.Dispatcher.prototype.request as PoolParts["request"] };
}
/* eslint-enable @typescript-eslint/no-require-imports */

/** A keep-alive pool of connections to one origin. */
export function openPool(origin: string, options: PoolOptions): Pool {
  parts ??= loadParts();
  return new parts.Pool(origin, options);
}

/** One request through `pool`, as undici's `Dispatcher#request`: the response once its headers arrived. */
export function requestThrough(pool: Pool, options: Dispatcher.RequestOptions): Promise<ResponseData> {
  parts ??= loadParts();
  return parts.request.call(pool, options);
}
