import { ConflictError, InvalidRequestError, NotFoundError } from "../client/errors";

/**
 * Thrown from create or update when the object exists but a later call failed. The dynamic provider
 * host reports it to the engine as "created, failed to initialize" with these properties, so the object
 * is recorded in state (never orphaned) and the next `up` finishes the job.
 *
 * The engine prints only `reasons` for such an error (as "1 error occurred: * <reason>"), never the
 * message, and keeps them in state, so the reason itself carries what to do next.
 */
export class PartialResourceError extends Error {
  override readonly name = "PartialResourceError";
  readonly reasons: string[];

  constructor(
    readonly id: string,
    readonly properties: Record<string, unknown>,
    cause: unknown,
  ) {
    const failure = cause instanceof Error ? cause.message : String(cause);
    const reason = `${id} was created but is not complete; run \`pulumi up\` again to finish it. ${failure}`;
    super(reason, { cause });
    this.reasons = [reason];
  }
}

/** Resolves to undefined when the object does not exist (404): the caller decides what "gone" means. */
export async function unlessNotFound<T>(call: Promise<T>): Promise<T | undefined> {
  try {
    return await call;
  } catch (err) {
    if (err instanceof NotFoundError) return undefined;
    throw err;
  }
}

/**
 * A delete in one request, when state says the object exists: done when it succeeds, when the object
 * is gone (404), or when the API refuses because it is already done: a refusal whose message says so
 * (`saysDone`, e.g. "is archived") is taken at its word; any other refusal is checked with one read,
 * `alreadyDone`, on that path only.
 */
export async function doneUnless(
  request: Promise<unknown>,
  saysDone: RegExp,
  alreadyDone: () => Promise<boolean>,
): Promise<void> {
  try {
    await request;
  } catch (err) {
    if (err instanceof NotFoundError) return;
    if (!(err instanceof InvalidRequestError || err instanceof ConflictError)) throw err;
    if (saysDone.test(err.serverMessage ?? "") || (await alreadyDone())) return;
    throw err;
  }
}

/** `read()`'s answer for an object that no longer exists: no id, so the engine drops it from state. */
export const gone = { id: "", props: {} } as const;
