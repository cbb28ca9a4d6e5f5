/**
 * One way to turn zod issues into messages a person can act on, shared by resource inputs (`check()`),
 * data function arguments and component arguments. Every problem is reported at once, each on its
 * path in the form Pulumi prints property paths, with what to write instead and the value as written,
 * unless that value could be a secret.
 */
import type { z } from "zod";
import { redact } from "./redaction";

export interface Problem {
  /** The parts of the path to the bad value, as zod reports them; empty for the input as a whole. */
  path: readonly PropertyKey[];
  /** What is wrong and what to write instead, then the value as written when it is safe to show. */
  reason: string;
}

export interface ProblemOptions {
  /** What a key the schema does not know is called: "property" (resources) or "argument" (functions, components). */
  noun: "property" | "argument";
  /** Leaves out issues at these paths, e.g. values the engine does not know yet. Unknown keys are always reported. */
  skip?: (path: readonly PropertyKey[]) => boolean;
  /** Never shows the value at these paths, whatever it looks like (inputs declared to hold key material). */
  hidden?: (path: readonly PropertyKey[]) => boolean;
}

export const HIDDEN = "(value hidden)";

/** Every problem zod found in `input`, in the order it found them. */
export function problemsOf(error: z.ZodError, input: unknown, options: ProblemOptions): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        problems.push({ path: [...issue.path, key], reason: `unknown ${options.noun}; remove it or check its spelling` });
      }
      continue;
    }
    if (options.skip?.(issue.path)) continue;
    // A bad record key (a tag name) is named by the path itself; its value is not the problem.
    if (issue.code === "invalid_key") {
      problems.push({ path: issue.path, reason: redact(issue.issues.map((inner) => inner.message).join("; ")) });
      continue;
    }
    const reason = options.hidden?.(issue.path) ? `${issue.message} ${HIDDEN}` : withValue(issue.message, issue.path, input);
    problems.push({ path: issue.path, reason: redact(reason) });
  }
  return problems;
}

/** `spendLimit.monthlyUsd: must not be negative (got -5)`; `whole` names a problem with no path. */
export function describeProblem(problem: Problem, whole: string): string {
  return `${propertyPath(problem.path) || whole}: ${problem.reason}`;
}

/**
 * `spendLimit.monthlyUsd`, `tags["team"]`, `groups[0]`: the way Pulumi prints property paths. A path
 * can carry the user's text (a record key), so anything in it that looks like a key is masked.
 */
export function propertyPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const part of path) {
    if (typeof part === "number") text += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(part))) text += text ? `.${String(part)}` : String(part);
    else text += `[${JSON.stringify(String(part))}]`;
  }
  return redact(text);
}

// Names under which a value is a credential whatever it looks like: ApiKey's `key` input, `adminKey`,
// `webhookSecret`, `authToken`. (`tokensPerDay` is not one: only the name's last word counts.)
const secretName = (name: string) => /^(key|secret|password|token)$/i.test(name) || /(Key|Secret|Password|Token)$/.test(name);

/**
 * Whether showing `value` (found under the property `name`) could reveal a secret: it sits under a
 * secret-sounding name, or it or anything inside it (keys included) looks like an Anthropic key.
 * Check sees Pulumi secrets as plain values, so names and shapes are all there is to go on.
 */
export function mayBeSecret(value: unknown, name?: PropertyKey): boolean {
  if (typeof name === "string" && secretName(name)) return true;
  if (typeof value === "string") return redact(value) !== value;
  if (value === null || typeof value !== "object") return false;
  // Not plain data (an Output, a Promise): nothing to go on, so nothing is shown.
  if (!isPlainData(value)) return true;
  return Object.entries(value).some(([key, inner]) => redact(key) !== key || mayBeSecret(inner, key));
}

/** Plain JSON-like data, as a program writes it, not too deeply nested to print. */
function isPlainData(value: unknown, depth = 0): boolean {
  if (value === null || typeof value !== "object") return typeof value !== "function" && typeof value !== "symbol";
  if (depth > 8) return false;
  const prototype = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && prototype !== Object.prototype && prototype !== null) return false;
  return Object.values(value).every((inner) => isPlainData(inner, depth + 1));
}

/** The value at `path` in `input`, or undefined when the path does not lead anywhere. */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const part of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[part as string];
  }
  return current;
}

const MAX_SHOWN = 60;

function withValue(reason: string, path: readonly PropertyKey[], input: unknown): string {
  // A problem with the input as a whole (a cross-field rule) would show the whole input: say only what is wrong.
  if (path.length === 0) return reason;
  const value = valueAt(input, path);
  // Missing: the reason says what to set. An Output or a Promise has no value to show yet.
  if (value === undefined || !isPlainData(value)) return reason;
  if (mayBeSecret(value, path[path.length - 1])) return `${reason} ${HIDDEN}`;
  // Messages such as `unknown role "superuser"` already quote the value.
  if (typeof value === "string" && (reason.includes(JSON.stringify(value)) || reason.startsWith(`${value} `))) return reason;
  return `${reason} (got ${shown(value)})`;
}

/** The value as the program wrote it, JSON-like, shortened when long. */
function shown(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}
