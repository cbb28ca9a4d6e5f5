/**
 * Which organization the resource operation now running belongs to. The dynamic-provider host runs
 * the operations of many resources at once in one process, so this cannot be a variable: each handler
 * call runs inside its own scope (set in organization-handlers.ts from the resource's `organization`),
 * and whatever it awaits, the client, the claims and the per-process listings, reads the scope.
 */
import { AsyncLocalStorage } from "node:async_hooks";

const scope = new AsyncLocalStorage<{ organization: string | undefined }>();

/** Runs `fn` for `organization` (undefined: the top-level settings). */
export function inOrganization<T>(organization: string | undefined, fn: () => T): T {
  return scope.run({ organization }, fn);
}

/** The named organization of the running operation; undefined for the top-level settings. */
export function currentOrganization(): string | undefined {
  return scope.getStore()?.organization;
}

/** The running operation's organization as a map key: "" for the top-level settings. */
export function organizationKey(): string {
  return currentOrganization() ?? "";
}
