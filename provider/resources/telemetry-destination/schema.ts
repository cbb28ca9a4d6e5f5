import { isIP } from "node:net";
import { z } from "zod";
import { workspaceId } from "../fields";

/**
 * The rules the API documents for a destination's base URL: `https`, a hostname (not an IP address),
 * port 443 if one is given, no query string, fragment, username or password, at most 2,048 characters.
 */
export function endpointUrlProblem(raw: string): string | undefined {
  if (raw.length > 2048) return "must be at most 2,048 characters";
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'must be an absolute https:// URL like "https://gateway.example.com"';
  }
  if (url.protocol !== "https:") return "must use https://";
  if (url.username || url.password) return "must not carry a username or password; send credentials in headers";
  if (raw.includes("?")) return "must not contain a query string";
  if (raw.includes("#")) return "must not contain a fragment";
  if (isIP(url.hostname.replace(/^\[|\]$/g, ""))) return "must use a hostname, not an IP address";
  // The URL parser drops the default port, so any port left is not 443.
  if (url.port !== "") return "must use port 443 (or none)";
  return undefined;
}

const endpointUrl = z.string({ error: "must be an https:// URL" }).check((ctx) => {
  const problem = endpointUrlProblem(ctx.value);
  if (problem) ctx.issues.push({ code: "custom", input: ctx.value, message: problem });
});

const workspaceList = z
  .array(workspaceId, { error: "must be a list of workspace ids" })
  .max(1000, { error: "must list at most 1,000 workspaces" })
  .refine((ids) => new Set(ids).size === ids.length, { error: "must not list a workspace twice" });

export const workspacesInput = z.union(
  [z.literal("all"), z.strictObject({ include: workspaceList }), z.strictObject({ exclude: workspaceList })],
  { error: 'must be "all", { include: ["wrkspc_..."] } or { exclude: ["wrkspc_..."] }' },
);

/** Every input but `headers`, whose values are secrets and are checked apart (headers.ts). */
export const telemetryDestinationInputs = z.strictObject({
  /** The base URL of the collector's OTLP/HTTP endpoint; the API appends `/v1/traces`. */
  endpointUrl,
  /** Defaults to the logical name. */
  displayName: z.string({ error: "must be a string" }).min(1, { error: "must be 1 to 255 characters" }).max(255, { error: "must be 1 to 255 characters" }).optional(),
  /** Which workspaces' spans are exported: all (default), only those listed, or all but those listed. */
  workspaces: workspacesInput.default("all"),
  /** false stops deliveries; unset leaves the live state alone (the API may disable a failing destination). */
  enabled: z.boolean({ error: "must be true or false" }).optional(),
});

export type WorkspacesInput = z.output<typeof workspacesInput>;

export type TelemetryDestinationInputs = z.output<typeof telemetryDestinationInputs> & {
  /** Header name -> value, sent with every delivery (typically an authorization token): secrets. */
  headers?: Record<string, string>;
};

export interface TelemetryDestinationOutputs extends TelemetryDestinationInputs {
  displayName?: string;
  /** The names of the registered headers, as the API reports them (values are write-only). */
  headerNames: string[];
  /** Live, whether declared or not. */
  enabled: boolean;
  /** `caller`, `sustained_failure`, `invalid_address` or `redirect` while disabled; null while enabled. */
  disabledReason: string | null;
}
