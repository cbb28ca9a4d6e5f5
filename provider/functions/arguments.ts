/**
 * Argument checking for the data functions: every argument is validated with zod before any request,
 * and a failure names the function, each bad argument, its value as written and what to write instead.
 */
import * as pulumi from "@pulumi/pulumi";
import type { z } from "zod";
import { problemsOf, propertyPath, type Problem } from "../base/validation";
import { InvalidArgumentsError, type ArgumentProblem } from "./invalid-arguments";

export { InvalidArgumentsError, invalidArgumentsMessage, type ArgumentProblem } from "./invalid-arguments";

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
