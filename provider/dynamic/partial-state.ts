/**
 * The state of a partly created (or partly updated) resource, for every kind at once.
 *
 * A create or update that fails after the object exists throws an error carrying the object's `id`,
 * `properties` and `reasons` (resources/outcomes.ts, PartialResourceError). The dynamic-provider host
 * hands those properties to the engine as they are, and the engine saves them as the resource's state.
 * The host finds the provider of every later call (refresh, delete, the next update) in that state's
 * `__provider`, which it adds itself only to successful results: a partial state without it strands
 * the stack (refresh, destroy and removing the resource fail) until an update succeeds. So whatever a
 * kind's handler puts into its partial state, the stored provider reference from the call's inputs is
 * added here.
 */

const PROVIDER = "__provider";

/** Where each method finds its inputs, as the host passes them: create(inputs), update(id, olds, news). */
const inputsOf = {
  create: (args: unknown[]) => args[0],
  update: (args: unknown[]) => args[2],
};

/** `handler` (a create or an update), whose partial states keep the provider reference of its inputs. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function keepingProvider<H extends (...args: any[]) => Promise<unknown>>(method: keyof typeof inputsOf, handler: H): H {
  return (async (...args: unknown[]) => {
    try {
      return await handler(...args);
    } catch (err) {
      const provider = (inputsOf[method](args) as Record<string, unknown> | undefined)?.[PROVIDER];
      const partial = err as { id?: unknown; properties?: unknown } | null;
      if (provider !== undefined && partial?.id && partial.properties && typeof partial.properties === "object") {
        partial.properties = { ...(partial.properties as Record<string, unknown>), [PROVIDER]: provider };
      }
      throw err;
    }
  }) as H;
}
