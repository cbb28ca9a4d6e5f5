/**
 * The error a data function or component throws for wrong arguments. Apart from arguments.ts (which
 * checks them with zod) so that the package's typings, which export it, carry no zod types.
 */
import * as pulumi from "@pulumi/pulumi";
import { redact } from "../base/redaction";

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
