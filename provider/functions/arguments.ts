/**
 * Argument checking for the data functions: every argument is validated with zod before any request,
 * and a failure names the function, each bad argument and what to write instead.
 */
import * as pulumi from "@pulumi/pulumi";
import type { z } from "zod";
import { redact } from "../config";
import { propertyPath } from "../resources/check";

export interface ArgumentProblem {
  /** e.g. `granularity`, `workspaceIds[1]`. */
  argument: string;
  reason: string;
}

/** Thrown before any request when a data function's arguments are wrong. */
export class InvalidArgumentsError extends Error {
  readonly code = "ANTHROPIC_INVALID_ARGUMENTS";
  readonly function: string;
  readonly problems: ArgumentProblem[];

  constructor(fn: string, problems: ArgumentProblem[]) {
    const list = problems.map((p) => `${p.argument}: ${p.reason}`).join("; ");
    // Arguments are the user's own values, but a key pasted into the wrong one must not be echoed.
    super(redact(`${fn} was not called: invalid arguments: ${list}.`));
    this.name = "InvalidArgumentsError";
    this.function = fn;
    this.problems = problems;
  }
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
  const problems: ArgumentProblem[] = [];
  for (const issue of parsed.error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        problems.push({ argument: propertyPath([...issue.path, key]), reason: `unknown argument; remove it or check its spelling` });
      }
      continue;
    }
    problems.push({ argument: propertyPath(issue.path) || "(arguments)", reason: issue.message });
  }
  throw new InvalidArgumentsError(fn, problems);
}

function outputArguments(value: object): string[] {
  return Object.entries(value)
    .filter(([, v]) => pulumi.Output.isInstance(v) || v instanceof Promise)
    .map(([k]) => k);
}
