/**
 * Every data function as an invoke, `anthropic:index:<function>` (`anthropic:index:getWorkspaces`):
 * the plain form each function exports from provider/functions, called with the invoke's arguments.
 * They read the settings of this provider instance (provider-settings.ts), so an invoke given an
 * explicit provider reads that provider's organization.
 */
import * as functions from "../functions";
import { unwrapSecrets } from "./secret-values";

type DataFunction = (args: unknown) => Promise<unknown>;

/** The plain form of the function an invoke token names, or undefined. The `...Output` forms are the SDKs' own business. */
export function dataFunction(token: string): DataFunction | undefined {
  const name = /^anthropic:index:([A-Za-z]+)$/.exec(token)?.[1];
  if (name === undefined || name.endsWith("Output") || !Object.hasOwn(functions, name)) return undefined;
  const fn = (functions as Record<string, unknown>)[name];
  return typeof fn === "function" ? (fn as DataFunction) : undefined;
}

export async function invoke(token: string, inputs: unknown): Promise<{ outputs: unknown }> {
  const fn = dataFunction(token);
  if (!fn) throw new Error(`The anthropic provider has no function "${token}". Is the plugin older than the program's SDK?`);
  const result = await fn(unwrapSecrets(inputs ?? {}));
  // An invoke answers with an object; a function that returns a list answers with it as `values`.
  return { outputs: result !== null && typeof result === "object" && !Array.isArray(result) ? result : { values: result } };
}
