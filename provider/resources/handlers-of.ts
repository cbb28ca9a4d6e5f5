import { moduleOf, type ResourceKind } from "../base/kinds";
import type { KindHandlers } from "./kind-handlers";

const METHODS = ["check", "diff", "create", "read", "update", "delete"] as const;

/** `ApiKey` -> `apiKeyHandlers`: the name every kind's operations.ts exports its handlers by. */
const exportName = (kind: ResourceKind) => `${kind[0]!.toLowerCase()}${kind.slice(1)}Handlers`;

function isKindHandlers(value: unknown): value is KindHandlers {
  return typeof value === "object" && value !== null && METHODS.every((method) => typeof Reflect.get(value, method) === "function");
}

const loaded = new Map<ResourceKind, Promise<KindHandlers>>();

/**
 * The handlers of `kind`, loaded by its first call: `resources/<module>/operations`, found from the
 * kind registry (kinds.ts), so that a deployment of workspaces never loads the code (zod schemas,
 * client methods) of API keys. What the dynamic shim and the native provider both call, once per
 * resource operation: later calls get the first one's handlers without going through the module loader again.
 */
export function handlersOf(kind: ResourceKind): Promise<KindHandlers> {
  let handlers = loaded.get(kind);
  if (!handlers) {
    handlers = load(kind);
    loaded.set(kind, handlers);
    // A failed load is not kept: the next call tries again, and reports its own error.
    handlers.catch(() => loaded.delete(kind));
  }
  return handlers;
}

async function load(kind: ResourceKind): Promise<KindHandlers> {
  // A path made from the registry: the test runner (vite) is told not to expand it into a glob of files.
  const operations: unknown = await import(/* @vite-ignore */ `./${moduleOf(kind)}/operations.js`);
  const handlers = typeof operations === "object" && operations !== null ? Reflect.get(operations, exportName(kind)) : undefined;
  if (!isKindHandlers(handlers)) {
    throw new Error(`pulumi-anthropic: resources/${moduleOf(kind)}/operations exports no ${exportName(kind)} with ${METHODS.join(", ")}`);
  }
  return handlers;
}
