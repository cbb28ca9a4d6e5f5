import type { z } from "zod";

/**
 * One declaration per data function: its arguments and its result as zod objects whose fields carry
 * their doc text (and secrecy) as zod metadata, as the resource kinds' do (resources/declare.ts). The
 * call checks its arguments with the schema; `npm run generate` (scripts/generate/functions.mjs) writes
 * the rest from it: the plain argument, Output-argument and result interfaces (functions/generated/),
 * the plain and Output forms with their doc comments, and the package schema's `functions`. Only the
 * calls (loaded on a function's first call) and the generator import a declaration: importing the
 * package loads no zod. Type-only zod import: this module loads none of its own.
 */

export interface FieldMeta {
  /** What the argument or result field is, for the typings and the package schema. */
  description: string;
  /** May hold key material: a secret in the package schema. */
  secret?: true;
}

/** An argument or a result field, with what users read about it. */
export function field<T extends z.ZodType>(schema: T, meta: FieldMeta | string): T {
  return schema.meta(typeof meta === "string" ? { description: meta } : { ...meta });
}

/** A value type with its own exported name (and doc) in the typings and the package schema (`ApiKeyInfo`). */
export { named } from "../resources/declare";

export interface FunctionDeclaration<A extends z.ZodType = z.ZodType, R extends z.ZodObject = z.ZodObject> {
  /** The function's name in the program (`getApiKeys`); the package schema's token is `anthropic:index:<name>`. */
  name: string;
  /** What it returns and what it costs in requests: the doc comment of both forms. */
  description: string;
  /** The arguments: a zod object of `field()`s, possibly refined or transformed into what the call uses. */
  args: A;
  /** The result, an object of `field()`s (the call builds it; the typings make it match). */
  result: R;
  /** The result's exported name; default `<Name>Result` (`getOrganization` returns `OrganizationInfo`). */
  resultName?: string;
  /** The arguments' exported names; default `<Name>Args` and `<Name>OutputArgs`. */
  argsName?: string;
  outputArgsName?: string;
  /** Whether the arguments may be left out; default: when none is required. */
  argsOptional?: boolean;
  /** Left out of the package schema: a program-side construct, not an invoke (`spendBudget`). */
  programOnly?: true;
}

export function declareFunction<A extends z.ZodType, R extends z.ZodObject>(declaration: FunctionDeclaration<A, R>): FunctionDeclaration<A, R> {
  return declaration;
}
