import { z } from "zod";
import type { CheckFailure } from "../check";
import { containsUnknown, UNKNOWN } from "../check";
import { propertyPath } from "../../base/validation";

/**
 * The request headers of a destination carry tokens, so their values never appear in a failure: each
 * problem names the header and the rule, and is reported on no property (the engine prints the value of
 * a failure's property). The rules are those the API documents.
 */

const RESERVED = new Set(["host", "cookie", "user-agent"]);
const RESERVED_PREFIXES = ["content-", "proxy-", "x-forwarded-", "anthropic-"];
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const MAX_HEADERS = 20;
const MAX_BYTES = 16_384;

const name = z.string().check((ctx) => {
  const canonical = ctx.value.toLowerCase().replaceAll("_", "-");
  const problem = !TOKEN.test(ctx.value)
    ? "is not a valid header name (letters, digits and !#$%&'*+.^_`|~-)"
    : ctx.value.length > 128
      ? "must be at most 128 characters"
      : RESERVED.has(canonical) || RESERVED_PREFIXES.some((prefix) => canonical.startsWith(prefix))
        ? "is reserved (host, cookie, user-agent, and names starting with content-, proxy-, x-forwarded- or anthropic-)"
        : undefined;
  if (problem) ctx.issues.push({ code: "custom", input: "", message: `header name ${problem}` });
});

const value = z.string({ error: "value must be a string" }).check((ctx) => {
  const problem = !/^[\x20-\x7e]*$/.test(ctx.value)
    ? "value must be printable ASCII"
    : ctx.value.length > 4096
      ? "value must be at most 4,096 characters"
      : ctx.value !== ctx.value.trim()
        ? "value must not begin or end with a space"
        : undefined;
  if (problem) ctx.issues.push({ code: "custom", input: "", message: problem });
});

export const headersInput = z
  .record(name, value, { error: "must be a map of header names to values" })
  .superRefine((headers, ctx) => {
    const names = Object.keys(headers);
    if (names.length > MAX_HEADERS) ctx.addIssue({ code: "custom", message: `must have at most ${MAX_HEADERS} headers` });
    const lower = names.map((n) => n.toLowerCase());
    if (new Set(lower).size !== lower.length) ctx.addIssue({ code: "custom", message: "must not have two names that differ only in case" });
    const bytes = Object.entries(headers).reduce((sum, [n, v]) => sum + Buffer.byteLength(n) + Buffer.byteLength(v), 0);
    if (bytes > MAX_BYTES) ctx.addIssue({ code: "custom", message: `names and values together must be at most ${MAX_BYTES.toLocaleString("en-US")} bytes` });
  });

/** Problems of the `headers` input, none naming a value; values the engine does not know yet are checked once known. */
export function headerFailures(headers: unknown): CheckFailure[] {
  if (headers === undefined || headers === null || headers === UNKNOWN) return [];
  const known = typeof headers === "object" && !Array.isArray(headers)
    ? Object.fromEntries(Object.entries(headers).filter(([, v]) => !containsUnknown(v)))
    : headers;
  const parsed = headersInput.safeParse(known);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    // A bad name is reported by the record as a key issue: name the header, not its value.
    const message = issue.code === "invalid_key" ? issue.issues.map((inner) => inner.message).join("; ") : issue.message;
    return { property: "", reason: `${propertyPath(["headers", ...issue.path])}: ${message}` };
  });
}
