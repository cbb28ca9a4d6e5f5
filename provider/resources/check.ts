import type { z } from "zod";
import { redact } from "../base/redaction";
import { UNKNOWN } from "../base/unknown";
import { ORGANIZATION_INPUT } from "../settings/organizations";
import type { ResourceKind } from "../base/kinds";
import { isInternal } from "./declared";
import { SECRET_INPUTS } from "./secret-inputs";
import { describeProblem, mayBeSecret, problemsOf, type Problem } from "../base/validation";

// Kept here too for the resources, functions and entry points that import it with the check.
export { UNKNOWN };

export interface CheckFailure {
  property: string;
  reason: string;
}

export interface CheckResult<T> {
  inputs: T | Record<string, unknown>;
  failures: CheckFailure[];
}

/**
 * Validates a resource's inputs with its zod schema and reports every bad input at once, each as a
 * failure on its property, so that `pulumi preview` rejects bad input before any request is sent.
 * Values the engine does not know yet are skipped: they are checked again once known. Internal inputs
 * (`__owner`, which resource classes add) are not the user's: they skip validation and pass through to
 * create; `__provider` is the host's, which adds it back itself. `organization`, which every resource
 * takes, passes through the same way: the dynamic provider checks it against the stack config for
 * every kind at once (dynamic/organization-handlers.ts), so a kind's schema never lists it. The kind's
 * inputs that may hold key material (secret-inputs.ts) are reported without their values.
 */
export function checkInputs<S extends z.ZodType>(kind: ResourceKind, schema: S, news: Record<string, unknown>): CheckResult<z.output<S>> {
  const { __provider, ...rest } = news;
  const internal = Object.fromEntries(Object.entries(rest).filter(([key]) => passesThrough(key)));
  const inputs = Object.fromEntries(Object.entries(rest).filter(([key]) => !passesThrough(key)));
  const parsed = schema.safeParse(inputs);
  if (parsed.success) {
    return { inputs: { ...(parsed.data as Record<string, unknown>), ...internal } as z.output<S>, failures: [] };
  }
  const secret = SECRET_INPUTS[kind];
  const problems = problemsOf(parsed.error, inputs, {
    noun: "property",
    skip: (path) => dependsOnUnknown(inputs, path),
    hidden: ([top]) => secret.includes(top as string),
  });
  return { inputs, failures: problems.map((problem) => checkFailure(problem, inputs, secret)) };
}

/**
 * A failure in the form the engine prints well. The engine shows `property <p> value <inputs[p]>`,
 * looking `p` up among the top-level inputs only (a nested path prints `{<nil>}`), so the property is
 * the top-level input and the reason names the full path. An input that could hold a secret (declared
 * so in `secret`, or shaped like one) is not named as the property at all, because the engine would
 * print its value.
 */
export function checkFailure(problem: Problem, inputs: Record<string, unknown>, secret: readonly string[] = []): CheckFailure {
  const [top] = problem.path;
  const property = typeof top === "string" && !secret.includes(top) && !mayBeSecret(inputs[top], top) ? top : "";
  const reason = property && problem.path.length === 1 ? problem.reason : describeProblem(problem, "(inputs)");
  return { property, reason };
}

/**
 * The last look at a resource's failures before the engine prints them, whoever made them: none may
 * name an input that could hold a secret as its property (the engine would print the value), and
 * none may carry anything that looks like a key or quotes a value of the kind's secret inputs.
 */
export function forEngine(kind: ResourceKind, failures: readonly CheckFailure[], inputs: Record<string, unknown>): CheckFailure[] {
  const secret = SECRET_INPUTS[kind];
  const values = secret.flatMap((name) => textsIn(inputs[name])).filter((text) => text.length >= MIN_MASKED);
  return failures.map(({ property, reason }) => {
    const masked = redact(reason, values);
    return property ? checkFailure({ path: [property], reason: masked }, inputs, secret) : { property, reason: masked };
  });
}

// Key material is long (a 128-bit key is 22 characters in base64url); shorter strings in a secret input
// are words a reason needs, such as `"explicit_url"` in the message that lists the shapes of `jwks`.
const MIN_MASKED = 16;

/** Every string value in a value, e.g. each member of a JWK (names are not secrets: header names are shown). */
function textsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value === null || typeof value !== "object") return [];
  return Object.values(value).flatMap(textsIn);
}

const passesThrough = (key: string) => isInternal(key) || key === ORGANIZATION_INPUT;

function dependsOnUnknown(value: unknown, path: readonly PropertyKey[]): boolean {
  let current: unknown = value;
  for (const part of path) {
    if (current === UNKNOWN) return true;
    if (current === null || typeof current !== "object") return false;
    current = (current as Record<PropertyKey, unknown>)[part as string];
  }
  return containsUnknown(current);
}

export function containsUnknown(value: unknown): boolean {
  if (value === UNKNOWN) return true;
  if (value === null || typeof value !== "object") return false;
  return Object.values(value).some(containsUnknown);
}
