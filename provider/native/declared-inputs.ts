/**
 * What the package schema (generated from the one declaration per kind) says about a kind's inputs,
 * for the two things the dynamic path's resource classes do in the program and the native path must
 * do in the plugin, where a generated SDK's class passes its arguments as they are:
 * - the name defaults to the resource's logical name (`name`, or `displayName` for kinds that have
 *   that instead), except when adopting an existing object (`adoptId`): then an unset name leaves
 *   the object's own name alone;
 * - `pulumi import` records the inputs the live object has: the kind's inputs among what its read
 *   reports (import-read.ts).
 */
import { isInternal } from "../resources/declared";
import type { PackageSchema } from "./package-schema";

const NAME_INPUTS = ["name", "displayName"] as const;
const ADOPT_INPUT = "adoptId";

function inputsOf(schema: PackageSchema, token: string): Record<string, { secret?: boolean; replaceOnChanges?: boolean }> {
  const resource = schema.resources?.[token] as { inputProperties?: Record<string, { secret?: boolean; replaceOnChanges?: boolean }> } | undefined;
  return resource?.inputProperties ?? {};
}

/** `news` with the kind's name input set to the URN's name when the program left it (and `adoptId`) unset. */
export function withNameDefault(schema: PackageSchema, token: string, urn: string, news: Record<string, unknown>): Record<string, unknown> {
  const inputs = inputsOf(schema, token);
  const field = NAME_INPUTS.find((name) => Object.hasOwn(inputs, name));
  if (!field || news[field] !== undefined || news[ADOPT_INPUT] !== undefined) return news;
  return { ...news, [field]: urn.split("::").at(-1) };
}

/**
 * The kind's inputs among a read's properties: what an import records. Secret inputs are left out: a
 * value the API never returns is not invented, and one it returns stays in the (secret) outputs.
 */
export function inputsAmong(schema: PackageSchema, token: string, props: Record<string, unknown>): Record<string, unknown> {
  const inputs = inputsOf(schema, token);
  return Object.fromEntries(
    Object.entries(props).filter(
      ([key, value]) => !isInternal(key) && value !== undefined && value !== null && Object.hasOwn(inputs, key) && inputs[key]?.secret !== true,
    ),
  );
}

/**
 * The inputs an import's read declares: every input of the kind but the secret ones (the API never
 * returns a key's value). A read reports the live value of those the object has.
 */
export function importedInputs(schema: PackageSchema, token: string): string[] {
  return Object.entries(inputsOf(schema, token)).filter(([, spec]) => spec.secret !== true).map(([name]) => name).sort();
}

/** The inputs the schema marks `replaceOnChanges` (the engine replaces on any change of one). */
export function replacingInputs(schema: PackageSchema, token: string): string[] {
  return Object.entries(inputsOf(schema, token)).filter(([, spec]) => spec.replaceOnChanges === true).map(([name]) => name);
}
