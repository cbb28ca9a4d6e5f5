/**
 * Imported first by implementation.ts, for its effect: Node's module compile cache in the dynamic
 * provider's process. The engine starts a fresh provider process for every preview, up, refresh and
 * destroy (two for an up or a refresh, which preview first), and each one's first call compiles zod,
 * undici's pool and the kind's handlers before its first request. The cache keeps V8's compiled code on
 * disk (in os.tmpdir()/node-compile-cache, or where NODE_COMPILE_CACHE says) for every later process.
 *
 * A quiet optimization by Node's design: a cache that cannot be written is skipped, modules that change
 * are compiled again, NODE_DISABLE_COMPILE_CACHE=1 turns it off, and a process that has it on already
 * keeps its own directory. It runs only in the provider's process: a program loads the shims, not this.
 */
import { enableCompileCache } from "node:module";

enableCompileCache?.();
