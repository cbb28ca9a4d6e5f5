/**
 * Turning untrusted JSON into typed wire objects, and building request paths and queries. A mismatch is reported
 * as a {@link ResponseValidationError} that names the operation and each offending field's path, but
 * never a value: the body may hold a freshly minted key.
 */
import type { z } from "zod";
import { InvalidRequestError, ResponseValidationError } from "./errors";

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const key of path) out += typeof key === "number" ? `[${key}]` : out ? `.${String(key)}` : String(key);
  return out || "(body)";
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let cur: unknown = data;
  for (const key of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

/** `data[3].email: missing required field; type: Invalid input: expected "workspace"` (at most 5). */
export function describeIssues(issues: ReadonlyArray<z.core.$ZodIssue>, data: unknown): string {
  const shown = issues.slice(0, 5).map((issue) => {
    const where = formatPath(issue.path);
    const missing = issue.path.length > 0 && valueAt(data, issue.path) === undefined;
    return `${where}: ${missing ? "missing required field" : issue.message}`;
  });
  if (issues.length > shown.length) shown.push(`and ${issues.length - shown.length} more`);
  return shown.join("; ");
}

export function parseResponse<S extends z.ZodType>(
  schema: S,
  data: unknown,
  operation: string,
  requestId: string | undefined,
  status: number,
): z.infer<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const where = requestId ? ` (request-id ${requestId})` : "";
  const problem = data === undefined ? "a body that is not JSON" : `a body that does not match the Admin API: ${describeIssues(result.error.issues, data)}`;
  throw new ResponseValidationError(`${operation} failed: the server answered ${status} with ${problem}${where}`, {
    operation,
    status,
    requestId,
  });
}

/** Checks a request body before it is sent, so a caller's mistake never reaches the organization. */
export function checkBody<S extends z.ZodType>(schema: S, body: unknown, operation: string): z.output<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  throw new InvalidRequestError(`${operation} was not sent: invalid request: ${describeIssues(result.error.issues, body)}`, {
    operation,
  });
}

/**
 * `/v1/organizations/<segments>` with every segment percent-encoded. An empty id is refused:
 * `workspaces/${""}` would silently become the list endpoint.
 */
export function organizationPath(segments: ReadonlyArray<string>, operation: string): string {
  for (const segment of segments) {
    if (typeof segment !== "string" || segment.trim() === "") {
      throw new InvalidRequestError(`${operation} was not sent: an id in its path is empty`, { operation });
    }
  }
  return `/v1/organizations/${segments.map(encodeURIComponent).join("/")}`;
}

export type QueryValue = string | number | boolean | ReadonlyArray<string> | null | undefined;

/** Scalars as `k=v`, arrays as repeated `k[]=v` (the Admin API's convention); null/undefined omitted. */
export function buildQuery(query: Record<string, QueryValue> | undefined): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const item of value) params.append(`${key}[]`, item);
    else params.append(key, String(value));
  }
  return params;
}
