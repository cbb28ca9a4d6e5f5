/**
 * The owner input (`__owner`, resources/owner.ts) kept through refresh, for every kind.
 *
 * The Resource classes give it with every registration and the engine stores it among the inputs. The
 * dynamic-provider host hands `read` only the outputs, and the inputs a read returns replace the stored
 * ones; without the owner there, each refresh rewrote every resource's inputs, and the next `pulumi up`,
 * which gives the owner again, then wrote the whole checkpoint once per resource (the engine skips that
 * write only for a resource whose inputs and outputs are unchanged), so an `up` after a refresh grew with
 * the square of the stack's size. So create and update record the owner among the outputs (internal, like
 * `__declared`: never displayed, registered or diffed) and read returns it with the inputs. State written
 * before this has no record, and refreshes as before.
 */
import type * as pulumi from "@pulumi/pulumi";
import { OWNER } from "../resources/owner";

/** The owner `values` hold, when they hold one. */
function ownerIn(values: unknown): string | undefined {
  const owner = (values as Record<string, unknown> | undefined)?.[OWNER];
  return typeof owner === "string" ? owner : undefined;
}

/** `values` with `owner` among them (as they were when there is none). */
function withOwner<T>(values: T, owner: string | undefined): T {
  if (owner === undefined || !values || typeof values !== "object") return values;
  return { ...values, [OWNER]: owner };
}

/** `create`, recording the owner of its inputs among the outputs. */
export function recordingCreateOwner(
  create: (inputs: unknown) => Promise<pulumi.dynamic.CreateResult>,
): (inputs: unknown) => Promise<pulumi.dynamic.CreateResult> {
  return async (inputs) => {
    const result = await create(inputs);
    return { ...result, outs: withOwner(result.outs, ownerIn(inputs)) };
  };
}

/** `update`, recording the owner of the new inputs among the outputs. */
export function recordingUpdateOwner(
  update: (id: string, olds: unknown, news: unknown) => Promise<pulumi.dynamic.UpdateResult>,
): (id: string, olds: unknown, news: unknown) => Promise<pulumi.dynamic.UpdateResult> {
  return async (id, olds, news) => {
    const result = await update(id, olds, news);
    return { ...result, outs: withOwner(result.outs, ownerIn(news)) };
  };
}

/** `read`, returning the owner the state recorded with the inputs and keeping it among the outputs. */
export function readingOwner(
  read: (id: string, props: unknown) => Promise<pulumi.dynamic.ReadResult>,
): (id: string, props: unknown) => Promise<pulumi.dynamic.ReadResult> {
  return async (id, props) => {
    const result = await read(id, props);
    const owner = ownerIn(props);
    // A resource that is gone (no id) stays as read.
    if (owner === undefined || !result.id) return result;
    return { ...result, props: withOwner(result.props, owner), inputs: withOwner(result.inputs, owner) };
  };
}
