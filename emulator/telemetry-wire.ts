import { isIP } from "node:net";
import { z } from "zod";

// Telemetry destinations as @anthropic-ai/sdk 1.14 describes them
// (resources/beta/organization/telemetry-destinations/*.d.ts). Spans are never delivered.

const timestamp = z.iso.datetime({ offset: true });

const destinationStateSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("enabled") }),
  z.strictObject({
    type: z.literal("disabled"),
    reason: z.strictObject({ type: z.enum(["caller", "sustained_failure", "invalid_address", "redirect"]) }),
  }),
]);

const tracesSchema = z.strictObject({
  content_mode: z.enum(["metadata_only", "content"]),
  enabled: z.boolean(),
  endpoint_url: z.string().nullable(),
  max_content_bytes: z.number().int().min(1).nullable(),
});

export const telemetryDestinationSchema = z.strictObject({
  id: z.string(),
  type: z.literal("telemetry_destination"),
  created_at: timestamp,
  updated_at: timestamp,
  delivery_health: z.strictObject({ last_error: z.string().nullable(), last_error_at: timestamp.nullable(), last_success_at: timestamp.nullable() }),
  display_name: z.string().nullable(),
  endpoint_url: z.string(),
  /** Header values are write-only: reads show the names alone. */
  header_names: z.array(z.string()),
  state: destinationStateSchema,
  traces: tracesSchema,
  /** The list of an include/exclude destination is not part of the object (`GET .../workspaces`). */
  workspaces: z.strictObject({ type: z.enum(["all", "include", "exclude"]) }),
});

export const workspaceEntrySchema = z.strictObject({
  created_at: timestamp,
  telemetry_destination_id: z.string(),
  type: z.literal("telemetry_destination_workspace"),
  workspace_id: z.string(),
});

export type DestinationState = z.infer<typeof destinationStateSchema>;
export type Traces = z.infer<typeof tracesSchema>;
export type TelemetryDestination = z.infer<typeof telemetryDestinationSchema>;
export type WorkspaceEntry = z.infer<typeof workspaceEntrySchema>;

export interface StoredDestination {
  destination: TelemetryDestination;
  /**
   * Header name (as registered) -> the size of its value in bytes, which the 16 KB rule needs. The value
   * itself is never kept: the emulator sends no spans, and what it does not hold it cannot leak.
   */
  headerValueBytes: Map<string, number>;
  /** Oldest first. */
  list: WorkspaceEntry[];
  /** Traffic, not state: not part of a snapshot. */
  lastTestAt?: number;
}

export const MAX_URL_LENGTH = 2048;
export const MAX_CONTENT_BYTES = 1_048_576;
const MAX_HEADERS = 20;
const MAX_NAME_LENGTH = 128;
const MAX_VALUE_LENGTH = 4096;
export const MAX_HEADER_BYTES = 16_384;

/** Why `raw` cannot be a destination's base URL (the create rules), or undefined; `anyPath` for traces.endpoint_url. */
export function urlProblem(raw: string): string | undefined {
  if (raw.length > MAX_URL_LENGTH) return `must be at most ${MAX_URL_LENGTH} characters`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "must be an absolute https URL";
  }
  if (url.protocol !== "https:") return "must use https";
  if (url.username || url.password) return "must not contain a username and password";
  if (raw.includes("?")) return "must not contain a query string";
  if (raw.includes("#")) return "must not contain a fragment";
  if (isIP(url.hostname.replace(/^\[|\]$/g, ""))) return "must use a hostname, not an IP address";
  // `new URL` drops the default port, so any port left is not 443.
  if (url.port !== "") return "must use port 443 if it gives a port";
  return undefined;
}

/** Scheme, host and port: a change of these removes every registered header. */
export const originOf = (raw: string) => new URL(raw).origin;

const url = z.string().check((ctx) => {
  const problem = urlProblem(ctx.value);
  if (problem) ctx.issues.push({ code: "custom", input: ctx.value, message: problem });
});

const RESERVED = new Set(["host", "cookie", "user-agent"]);
const RESERVED_PREFIXES = ["content-", "proxy-", "x-forwarded-", "anthropic-"];
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Why a header name is refused, or undefined. The name may be shown; a value never is. */
export function headerNameProblem(name: string): string | undefined {
  if (!TOKEN.test(name)) return "is not a valid header name";
  if (name.length > MAX_NAME_LENGTH) return `must be at most ${MAX_NAME_LENGTH} characters`;
  const canonical = name.toLowerCase().replaceAll("_", "-");
  if (RESERVED.has(canonical) || RESERVED_PREFIXES.some((prefix) => canonical.startsWith(prefix))) return "is a reserved header name";
  return undefined;
}

export function headerValueProblem(value: string): string | undefined {
  if (!/^[\x20-\x7e]*$/.test(value)) return "value must be printable ASCII";
  if (value.length > MAX_VALUE_LENGTH) return `value must be at most ${MAX_VALUE_LENGTH} characters`;
  if (value !== value.trim()) return "value must not begin or end with a space";
  return undefined;
}

/** Every problem of a set of headers (name -> value bytes), values unnamed; `unsentValues` counts values the request does not set. */
export function headerSetProblems(headers: Map<string, number>, unsentValues = 0): string[] {
  const problems: string[] = [];
  if (headers.size > MAX_HEADERS) problems.push(`headers: at most ${MAX_HEADERS} headers`);
  let bytes = unsentValues * MAX_VALUE_LENGTH;
  for (const [name, valueBytes] of headers) bytes += Buffer.byteLength(name) + valueBytes;
  if (bytes > MAX_HEADER_BYTES) problems.push(`headers: names and values together must be at most ${MAX_HEADER_BYTES} bytes`);
  return problems;
}

/** Names are checked by the routes (headerNameProblems): a record's key issue says only "Invalid key". */
export function headerNameProblems(names: Iterable<string>): string[] {
  const problems: string[] = [];
  for (const name of names) {
    const problem = headerNameProblem(name);
    if (problem) problems.push(`headers: '${name}' ${problem}`);
  }
  return problems;
}

// Value problems name the header, never the value.
const headerValue = z.string({ error: "value must be a string" }).check((ctx) => {
  const problem = headerValueProblem(ctx.value);
  if (problem) ctx.issues.push({ code: "custom", input: "", message: problem });
});

const workspaceIds = z.array(z.string()).max(100, "at most 100 per request");
const workspacesParam = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("all") }),
  z.strictObject({ type: z.literal("include"), workspace_ids: workspaceIds.optional() }),
  z.strictObject({ type: z.literal("exclude"), workspace_ids: workspaceIds.optional() }),
]);
export type WorkspacesParam = z.infer<typeof workspacesParam>;

const tracesParam = z.strictObject({
  content_mode: z.enum(["metadata_only", "content"]).nullish(),
  enabled: z.boolean().optional(),
  endpoint_url: z.string().max(MAX_URL_LENGTH).nullish(),
  max_content_bytes: z.number().int().min(1).max(MAX_CONTENT_BYTES, `must be at most ${MAX_CONTENT_BYTES}`).nullish(),
});
export type TracesParam = z.infer<typeof tracesParam>;

const displayName = z.string().min(1, "must be 1 to 255 characters").max(255, "must be 1 to 255 characters");

export const destinationCreateBody = z.strictObject({
  endpoint_url: url,
  workspaces: workspacesParam,
  display_name: displayName.nullish(),
  headers: z.record(z.string(), headerValue).optional(),
  traces: tracesParam.optional(),
});

export const destinationUpdateBody = z.strictObject({
  display_name: displayName.nullish(),
  endpoint_url: url.optional(),
  // The field itself cannot be null; a null value removes that header.
  headers: z.record(z.string(), headerValue.nullable(), { error: "must be an object of header names to values or null" }).optional(),
  state: z.discriminatedUnion("type", [z.strictObject({ type: z.literal("enabled") }), z.strictObject({ type: z.literal("disabled") })]).optional(),
  traces: tracesParam.nullish(),
  workspaces: workspacesParam.optional(),
});
