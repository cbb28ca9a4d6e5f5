/**
 * An expected failure (no admin key, an Admin API error) reaches the person running `pulumi` once,
 * as the message the engine shows on the resource, without a stack trace.
 *
 * The dynamic-provider host (`@pulumi/pulumi/cmd/dynamic-provider`, verified at 3.259) answers a failed
 * check, diff, read or delete with the error's message, which the engine prints on the resource; but it
 * first writes `${err}: ${err.stack}` to stderr, which the engine prints again, stack trace and all
 * (create and update send the message alone). For an error whose message already says what happened
 * and what to do, that copy is noise whose frames point into this package, so the host's console.error
 * is told to drop exactly that line. Any other error (a bug) keeps its stack trace.
 */

/** Errors of this package that explain themselves: configuration, Admin API and argument errors. */
export function isExpected(err: unknown): err is Error {
  // By code, not class, so that errors from another copy of the package count too.
  const code = (err as { code?: unknown } | null)?.code;
  return err instanceof Error && typeof code === "string" && code.startsWith("ANTHROPIC_");
}

const unprinted = new Set<string>();
const MAX_PENDING = 64;
let filter: typeof console.error | undefined;

function dropHostCopies(): void {
  if (filter && console.error === filter) return;
  const print = console.error;
  filter = function (this: Console, ...args: unknown[]) {
    if (args.length === 1 && typeof args[0] === "string" && unprinted.delete(args[0])) return;
    print.apply(this, args);
  };
  console.error = filter;
}

/** `handler`, whose expected failures the engine reports alone. */
export function reportedOnce<A extends unknown[], R>(handler: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (err) {
      if (isExpected(err)) {
        dropHostCopies();
        // The very line the host is about to print; a host that prints something else is not silenced.
        unprinted.add(`${err}: ${err.stack}`);
        if (unprinted.size > MAX_PENDING) unprinted.delete(unprinted.values().next().value!);
      }
      throw err;
    }
  };
}
