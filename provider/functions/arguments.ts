/**
 * Argument checking for the data functions: every argument is validated with zod before any request,
 * and a failure names the function, each bad argument, its value as written and what to write instead.
 */
import * as pulumi from "@pulumi/pulumi";
import type { z } from "zod";
import { redact } from "../config";
import { problemsOf, propertyPath, type Problem } from "../validation";

export interface ArgumentProblem {
  /** e.g. `granularity`, `workspaceIds[1]`. */
  argument: string;
  reason: string;
}

/**
 * Thrown before any request when a data function's arguments are wrong. A `pulumi.RunError`, so
 * that a program that does not catch it ends with this message alone: the stack trace of a mistake
 * in the program's arguments would only point into this package.
 */
export class InvalidArgumentsError extends pulumi.RunError {
  readonly code = "ANTHROPIC_INVALID_ARGUMENTS";
  readonly function: string;
  readonly problems: ArgumentProblem[];

  constructor(fn: string, problems: ArgumentProblem[]) {
    super(invalidArgumentsMessage(`${fn} was not called`, problems));
    this.name = "InvalidArgumentsError";
    this.function = fn;
    this.problems = problems;
  }
}

/** `<what happened>: invalid arguments: a: reason; b: reason.` */
export function invalidArgumentsMessage(outcome: string, problems: readonly ArgumentProblem[]): string {
  // Arguments are the user's own values, but a key pasted into the wrong one must not be echoed.
  return redact(`${outcome}: invalid arguments: ${problems.map((p) => `${p.argument}: ${p.reason}`).join("; ")}.`);
}

/** Problems as arguments: the path in Pulumi's form, or `(arguments)` for the arguments as a whole. */
export function argumentProblems(problems: readonly Problem[]): ArgumentProblem[] {
  return problems.map((p) => ({ argument: propertyPath(p.path) || "(arguments)", reason: p.reason }));
}

/** Parses `args` (undefined means `{}`) or throws {@link InvalidArgumentsError} listing every problem. */
export function parseArgs<S extends z.ZodType>(fn: string, schema: S, args: unknown): z.output<S> {
  const value = args ?? {};
  if (typeof value !== "object" || Array.isArray(value)) {
    throw new InvalidArgumentsError(fn, [{ argument: "(arguments)", reason: `must be an object, e.g. ${fn}({ ... })` }]);
  }
  const outputs = outputArguments(value);
  if (outputs.length > 0) {
    throw new InvalidArgumentsError(
      fn,
      outputs.map((argument) => ({ argument, reason: `is a pulumi.Output; call ${fn}Output(...) to pass Outputs` })),
    );
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new InvalidArgumentsError(fn, argumentProblems(problemsOf(parsed.error, value, { noun: "argument" })));
}

function outputArguments(value: object): string[] {
  return Object.entries(value)
    .filter(([, v]) => pulumi.Output.isInstance(v) || v instanceof Promise)
    .map(([k]) => k);
}
