import type { z } from "zod";
import type { DiffSpec } from "./diff";

/**
 * One declaration per resource kind: its zod schema, each field carrying what else is said about it
 * (doc text, what a change does, whether it holds a secret) as zod metadata. The check runs on the
 * schema; the diff's update and replace lists are derived from it; `npm run generate`
 * (scripts/generate/) writes the rest from it: the public Args and State interfaces, the registered
 * and secret outputs, SECRET_INPUTS, the README's field tables and the package schema (schema.json).
 * A test proves those files current. Type-only zod import: this module loads no zod of its own.
 */

/** What changing an input does to the object. */
export type Change = "update" | "replace";

export interface InputMeta {
  /** What the input is, for the typings, the README and the package schema. */
  description: string;
  /** What a change does; the generated docs say it. */
  change: Change;
  /**
   * The kind's plan turns this change into the other one in some cases (the description says when),
   * so the package schema leaves it to the provider's diff instead of listing it in replaceOnChanges.
   */
  planDecides?: true;
  /** May hold key material: never shown in a check failure, a secret in the package schema. */
  secret?: true;
  /**
   * The resource class gives the resource's logical name when the program gives none, so the argument is
   * optional where the check requires it.
   */
  defaultsToLogicalName?: true;
}

export interface OutputMeta {
  /** What users read in the property. */
  description: string;
  /** A secret output: stored only as ciphertext. */
  secret?: true;
  /**
   * `false`: recorded in state (and given to `get` as state) but not a property of the resource class,
   * so not registered with each resource (each registered property costs the program time and state bytes).
   */
  registered?: false;
}

/** An input field of a kind's schema, with what is declared about it. */
export function input<T extends z.ZodType>(schema: T, meta: InputMeta): T {
  return schema.meta({ ...meta });
}

/** A property users read on the resource (registered with every resource of the kind unless it says not). */
export function output<T extends z.ZodType>(schema: T, meta: OutputMeta): T {
  return schema.meta({ ...meta, output: true });
}

/** A value type with its own exported name (and doc) in the typings and the package schema (`TelemetryWorkspaces`). */
export function named<T extends z.ZodType>(schema: T, typeName: string, description: string): T {
  return schema.meta({ typeName, typeDescription: description });
}

/** The values a string takes, for a schema whose own check enumerates them (to word its errors). */
export function oneOf<T extends z.ZodType>(schema: T, values: readonly string[]): T {
  return schema.meta({ values: [...values] });
}

/** `organization`, which every kind takes and the dynamic provider checks (organization-handlers.ts). */
export const organizationInput: InputMeta = {
  description:
    "Which organization of the stack config (`anthropic:organizations.<name>.*`) this resource lives in; " +
    "default: the top-level `anthropic:*` settings. Changing it to another organization replaces the resource; " +
    "another name of the same organization is an update that records the name.",
  change: "replace",
  planDecides: true,
};

export interface Declaration<
  I extends z.ZodObject = z.ZodObject,
  O extends z.ZodObject = z.ZodObject,
  A extends z.ZodObject | undefined = z.ZodObject | undefined,
> {
  /** The kind's name, as the type token says it (`anthropic:index:<kind>`); its doc is its class's doc comment. */
  kind: string;
  /** Every input but `organization` (which every kind takes): the schema check runs. */
  inputs: I;
  /** Inputs that another check handles (their values are secrets), declared for their docs and types. */
  checkedApart?: A;
  /** The properties users read on the resource, each made with `output()`. */
  outputs: O;
}

export function declareKind<I extends z.ZodObject, O extends z.ZodObject, A extends z.ZodObject | undefined = undefined>(
  declaration: Declaration<I, O, A>,
): Declaration<I, O, A> {
  return declaration;
}

/** Every input field of a declaration with its metadata, in declaration order. */
export function declaredInputs(declaration: Declaration): Array<[name: string, meta: InputMeta]> {
  const shape = { ...declaration.inputs.shape, ...declaration.checkedApart?.shape };
  return Object.entries(shape).map(([name, schema]) => {
    const meta = (schema as z.ZodType).meta() as Partial<InputMeta> | undefined;
    if (!meta?.description || !meta.change) throw new Error(`${declaration.kind}.${name} is declared without input(): give it a description and a change`);
    return [name, meta as InputMeta];
  });
}

/**
 * The update and replace lists of the kind's diff, from what a change of each input does (the kind's
 * generated.ts `inputChanges`, so a diff builds no zod schema); what the kind adds (keep-when-unset,
 * delete before replace) is its own.
 */
export function diffSpecOf(changes: Readonly<Record<string, Change>>, own: Omit<DiffSpec, "updates" | "replaces"> = {}): DiffSpec {
  const inputs = Object.entries(changes);
  return {
    updates: inputs.filter(([, change]) => change === "update").map(([name]) => name),
    replaces: inputs.filter(([, change]) => change === "replace").map(([name]) => name),
    ...own,
  };
}
