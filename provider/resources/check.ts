import type { z } from "zod";

/** The value the engine passes for an input that is not known yet (during preview). */
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

export interface CheckFailure {
  property: string;
  reason: string;
}

export interface CheckResult<T> {
  inputs: T | Record<string, unknown>;
  failures: CheckFailure[];
}

/**
 * Validates a resource's inputs with its zod schema and reports one failure per bad property, so that
 * `pulumi preview` rejects bad input before any request is sent. Values the engine does not know yet
 * are skipped: they are checked again once known.
 */
export function checkInputs<S extends z.ZodType>(schema: S, news: Record<string, unknown>): CheckResult<z.output<S>> {
  const { __provider, ...inputs } = news;
  const parsed = schema.safeParse(inputs);
  if (parsed.success) {
    return { inputs: parsed.data as z.output<S>, failures: [] };
  }
  const failures: CheckFailure[] = [];
  for (const issue of parsed.error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        failures.push({
          property: propertyPath([...issue.path, key]),
          reason: `unknown property "${key}"; remove it or check its spelling`,
        });
      }
      continue;
    }
    if (dependsOnUnknown(inputs, issue.path)) continue;
    const reason = issue.code === "invalid_key" ? issue.issues.map((inner) => inner.message).join("; ") : issue.message;
    failures.push({ property: propertyPath(issue.path) || "(inputs)", reason });
  }
  return { inputs, failures };
}

/** `spendLimit.monthlyUsd`, `tags["team"]`, `groups[0]`: the way Pulumi prints property paths. */
export function propertyPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const part of path) {
    if (typeof part === "number") text += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(part))) text += text ? `.${String(part)}` : String(part);
    else text += `[${JSON.stringify(String(part))}]`;
  }
  return text;
}

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
